// Identifying evidence: a column is an identifier only if its values tell rows apart the way the rows' names do.
// An exchange's `KYC Level` (1, 2) under a person word was read as a person id and merged 200 customers into two.

import { readNameCell } from '../../normalize/remark.ts';
import type { ColumnRole } from '../roles.ts';
import type { ColumnEvidence, ColumnProfile } from './valueShapes.ts';

/** Roles whose value names one entity: rows that share it are the same person or account. */
export const IDENTIFYING_ROLES: ReadonlySet<ColumnRole> = new Set(['person_id', 'account', 'phone']);

/** Rows in groups of a repeated value below which a column says nothing about being an id. */
const MIN_GROUPED_ROWS = 4;
/** Share of grouped rows naming another person than their group's most common name that refutes an id. */
const MIXED = 0.5;
/** Few distinct small numbers (levels, flags, counts): at most this many values over at most this share of the rows. */
const FEW_VALUES = 10;
const FEW_SHARE = 0.2;
const NAMED = 0.8;

/**
 * The column of the rows' names, when one is clear: a header naming a person's name over words (or values written
 * like names), the best of them. Undefined when none is.
 */
export function namesColumn(columns: readonly ColumnEvidence[]): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  columns.forEach((column, index) => {
    const header = column.header.get('person_name') ?? 0;
    const score = (header >= NAMED ? header : 0) + column.profile.name;
    if (column.profile.count > 0 && Math.max(column.profile.text, column.profile.name) >= 0.5 && score >= 1 && score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

// NOTE: a person id or an account repeats over a person's rows (one subscriber with many phones), but the rows that
// share it name the same person. A value shared by rows naming many different people is a class (a KYC level, a
// branch, a status), not an id. Without a names column, few distinct small numbers repeated down the file are a level
// or a count, never an id: the ages rule of valueShapes, for any id role.
/** Why a column cannot be an identifier, or undefined when nothing refutes it. */
export function notIdentifying(cells: readonly string[], profile: ColumnProfile, names?: readonly string[]): string | undefined {
  const groups = new Map<string, Map<string, number>>();
  cells.forEach((cell, row) => {
    const value = cell.trim();
    const name = names ? readNameCell(names[row] ?? '').name.trim().toLowerCase().replace(/\s+/g, ' ') : '';
    if (value === '' || (names && name === '')) return;
    const counts = groups.get(value) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    groups.set(value, counts);
  });
  let grouped = 0;
  let mixed = 0;
  for (const counts of groups.values()) {
    const rows = [...counts.values()].reduce((sum, count) => sum + count, 0);
    if (rows < 2) continue;
    grouped += rows;
    mixed += rows - Math.max(...counts.values());
  }
  if (names && grouped >= MIN_GROUPED_ROWS && mixed / grouped >= MIXED) {
    return `${groups.size} distinct values over rows naming many different people (${Math.round((mixed / grouped) * 100)}% of rows sharing a value name another person)`;
  }
  const values = groups.size;
  if (profile.smallInteger >= 0.9 && values <= FEW_VALUES && values / Math.max(1, profile.count) <= FEW_SHARE) {
    return `only ${values} distinct small numbers over ${profile.count} rows: a level or a count`;
  }
  return undefined;
}
