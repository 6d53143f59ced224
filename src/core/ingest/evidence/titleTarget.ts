// A one-target CDR whose target number is written only above the header ("Target: +855 12 345 678"):
// the number is read from the title (or from the mapping's `targetNumber`) as a column of its own.

import { normalizePhone, PHONE_COUNTRY_CANDIDATES } from '../../normalize/phone.ts';
import type { Table } from '../parseTable.ts';
import { namesSubscriber } from './headerWords.ts';
import { profileColumn } from './valueShapes.ts';

/** The header of the column the target is read into: its words name the target's number. */
export const TARGET_COLUMN = 'Target MSISDN (from title)';

const NUMBER = /(?:\+|\b00)?\d[\d\s\-().]{6,18}\d/g;
const MIN_PHONE_SHARE = 0.5;

/** The one phone number a title line labels as the file's subject (`Target:`, `MSISDN`, `Nomor sasaran`, `เบอร์เป้าหมาย`). */
export function titleTarget(lines: readonly { line: number; text: string }[]): { number: string; line: number } | undefined {
  const found = new Map<string, { number: string; line: number }>();
  for (const { line, text } of lines) {
    for (const match of text.matchAll(NUMBER)) {
      const label = text.slice(0, match.index).split(/[,;|\t]/).pop() ?? '';
      if (!namesSubscriber(label)) continue;
      const number = match[0].trim();
      if (!readsAsPhone(number)) continue;
      const key = number.replace(/\D/g, '').slice(-9);
      if (!found.has(key)) found.set(key, { number, line });
    }
  }
  // NOTE: two numbers labelled as targets is no single target: nothing is assumed.
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function readsAsPhone(number: string): boolean {
  return normalizePhone(number)?.valid === true
    || PHONE_COUNTRY_CANDIDATES.some((country) => normalizePhone(number, { defaultCountry: country })?.valid === true);
}

/**
 * The table with the target as a last column, when the file lists calls of one subscriber without naming it on its
 * rows: one column of phone numbers (the other parties), none of which holds the target. A stated target (the
 * mapping's `targetNumber`) needs no title; the ledger says where the number came from either way.
 */
export function withTitleTarget(table: Table, titleLines: readonly { line: number; text: string }[], stated?: string): Table {
  if (table.headerless || table.headers.includes(TARGET_COLUMN)) return table;
  const found = stated ? { number: stated, line: 0 } : titleTarget(titleLines);
  if (!found) return table;
  const key = found.number.replace(/\D/g, '').slice(-9);
  const sample = table.rows.slice(0, 200);
  const phoneColumns = table.headers.filter((_, index) => profileColumn(sample.map((row) => row[index] ?? '')).phone >= MIN_PHONE_SHARE);
  const holds = table.headers.some((_, index) => sample.filter((row) => (row[index] ?? '').replace(/\D/g, '').endsWith(key)).length >= sample.length / 2);
  if (holds || (!stated && phoneColumns.length !== 1)) return table;
  const text = stated
    ? `the mapping states the file's target ${found.number}: read as the subscriber of every row (column "${TARGET_COLUMN}")`
    : `line ${found.line} (the title) names the file's target ${found.number}: read as the subscriber of every row (column "${TARGET_COLUMN}")`;
  return {
    ...table,
    headers: [...table.headers, TARGET_COLUMN],
    rows: table.rows.map((row) => Array.from({ length: table.headers.length + 1 }, (_, index) => (index < table.headers.length ? row[index] ?? '' : found.number))),
    notes: [...table.notes, { text, code: stated ? 'target-stated' : 'target-from-title', params: { line: found.line, number: found.number } }],
  };
}
