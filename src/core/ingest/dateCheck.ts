// How many of a file's date cells the date reader cannot read, per column: a date column whose cells fail in numbers
// is a column read wrong (a format Simpul does not know), so the file is flagged before its rows lose their times.

import { readDate, type DateFormat } from '../normalize/date.ts';
import type { Classification } from './classify.ts';
import type { ColumnRole } from './roles.ts';

/** One date column whose sampled cells fail the date reader too often; `example` is the first failing cell. */
export interface UnreadableDates {
  index: number;
  header: string;
  unreadable: number;
  total: number;
  example: string;
}

// NOTE: a stray bad date (a typo, 31 February) is a row's problem and said on its row; a column is flagged when at least
// this share of its cells and this many of them fail, which a format the reader does not know does from its first rows.
const FLAG_SHARE = 0.05;
const FLAG_CELLS = 3;

/** The date columns (roles `roles`) of `rows` in which the reader, in `format`, fails on too many cells. */
export function unreadableDateColumns(rows: readonly (readonly string[])[], classification: Classification, roles: readonly ColumnRole[], format: DateFormat): UnreadableDates[] {
  const found: UnreadableDates[] = [];
  classification.columns.forEach((column, index) => {
    if (!column.role || !roles.includes(column.role)) return;
    let total = 0;
    let unreadable = 0;
    let example = '';
    for (const row of rows) {
      const cell = (row[index] ?? '').trim();
      if (cell === '') continue;
      total += 1;
      if (readDate(cell, format) !== null) continue;
      unreadable += 1;
      if (example === '') example = cell;
    }
    if (unreadable >= FLAG_CELLS && unreadable >= FLAG_SHARE * total) found.push({ index, header: column.header, unreadable, total, example });
  });
  return found;
}
