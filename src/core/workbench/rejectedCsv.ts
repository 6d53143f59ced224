// The ledger's rejected rows as a CSV an investigator can open in Excel and fix at the source.

import type { LedgerEntry } from '../ingest/ledger.ts';
import { toCsv } from '../report/csv.ts';

/** file, line, reason — one row per rejected row, files in ledger order (BOM, formula cells neutralised). */
export function rejectedRowsCsv(ledger: readonly LedgerEntry[]): string {
  const rows: (string | number)[][] = [];
  for (const entry of ledger) {
    if (entry.error) rows.push([entry.file, 0, `${entry.error.code}: ${entry.error.message}`]);
    for (const rejected of entry.rejected) rows.push([entry.file, rejected.line, rejected.reason]);
  }
  return toCsv(['file', 'line', 'reason'], rows);
}
