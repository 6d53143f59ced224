// The row ledger: every data row of every file is imported or rejected, with its line and a reason.

import type { FileKind } from './roles.ts';

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface RowWarning {
  line: number;
  message: string;
}

export interface LedgerEntry {
  file: string;
  kind?: FileKind;
  /** Data rows, header excluded (blank lines are not rows). */
  rows: number;
  imported: number;
  rejected: RejectedRow[];
  /** Rows kept with a part left out (a call with an unreadable date is still a call). */
  warnings: RowWarning[];
  /** What was assumed for the whole file, e.g. the country of national-format phone numbers. */
  assumptions: string[];
  /** Set when the whole file could not be read; then rows = imported = 0. */
  error?: { code: string; message: string };
}

export function newLedgerEntry(file: string, kind?: FileKind): LedgerEntry {
  return { file, ...(kind ? { kind } : {}), rows: 0, imported: 0, rejected: [], warnings: [], assumptions: [] };
}
