// Value evidence for a list's own id column that its header words do not name: short identifier codes under an id word.

import type { ColumnProfile } from './valueShapes.ts';

/** The score such a column gets as the person id: moderate, below any header that names a person id outright. */
export const ID_CODE_SCORE = 0.6;

const MIN_CODES = 0.8;
// NOTE: a person can hold several phones or accounts, so ids repeat in a list; a code written on every row
// (`JKT-01`, a branch) identifies no one.
const MIN_DISTINCT = 0.3;

// NOTE: `id_pelanggan` (customer id) holds `P-0001`: its words name a subscriber and an id, which header words alone
// read as the subscriber's number; the values are no phone numbers but the codes people lists use for persons.
/** The evidence line when a column whose header names only an id holds short identifier codes; otherwise undefined. */
export function idCodeEvidence(header: string, namesOnlyAnId: boolean, p: ColumnProfile): string | undefined {
  const codes = p.code * (1 - p.integer);
  if (!namesOnlyAnId || p.count === 0 || codes < MIN_CODES || p.distinct < MIN_DISTINCT || p.phone > 0.2 || p.datetime > 0) return undefined;
  return `values: ${Math.round(codes * 100)}% identifier codes (like a people list's ids) under an id word ("${header}")`;
}
