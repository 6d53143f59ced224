// The ledger's rejected rows as a CSV an investigator can open in Excel and fix at the source.

import type { LedgerEntry, RejectedRow } from '../ingest/ledger.ts';
import { toCsv } from '../report/csv.ts';

/** How the CSV says its header and reasons in the reader's language (the recorded English without it). */
export interface RejectedCsvWords {
  headers: readonly [string, string, string];
  reason: (row: RejectedRow) => string;
  error: (error: NonNullable<LedgerEntry['error']>) => string;
}

/** file, line, reason — one row per rejected row, files in ledger order (BOM, formula cells neutralised). */
export function rejectedRowsCsv(ledger: readonly LedgerEntry[], words?: RejectedCsvWords): string {
  const rows: (string | number)[][] = [];
  for (const entry of ledger) {
    if (entry.error) rows.push([entry.file, 0, `${entry.error.code}: ${words ? words.error(entry.error) : entry.error.message}`]);
    for (const rejected of entry.rejected) rows.push([entry.file, rejected.line, words ? words.reason(rejected) : rejected.reason]);
  }
  return toCsv(words ? [...words.headers] : ['file', 'line', 'reason'], rows);
}
