// The row ledger: every data row of every file is imported or rejected, with its line and a reason.

import type { FileKind } from './roles.ts';

/**
 * Values a coded message is built from, so it can be translated later (`{line}`, `{count}`, `{header}`...).
 * Keys are message placeholders chosen by the code, never by data.
 */
export type LedgerParams = Record<string, string | number>;

export interface RejectedRow {
  line: number;
  /** English reason, as shown today. */
  reason: string;
  /** Stable code of the reason (e.g. `unclosed-quote`), for translation and tests. */
  code?: string;
  params?: LedgerParams;
}

export interface RowWarning {
  line: number;
  /** English message, as shown today. */
  message: string;
  code?: string;
  params?: LedgerParams;
}

/** The structured form of one assumption line: same English text, plus its code. */
export interface LedgerNote {
  /** Equal to the entry's line in `assumptions`. */
  text: string;
  code: string;
  params?: LedgerParams;
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
  /**
   * Coded form of the assumptions that have a code (a subset of `assumptions`, same texts), so a
   * translation can replace the English line; assumptions without a code stay as plain text.
   */
  notes?: LedgerNote[];
  /** Set when the whole file could not be read; then rows = imported = 0. */
  error?: { code: string; message: string; /** `message` as codes (catalogue `readingReview`), for other languages. */ detail?: { code: string; params: LedgerParams }[] };
  /** SHA-256 of the file's bytes (hex), its fingerprint in the dossier. */
  sha256?: string;
  /**
   * The zone the file's times are read in, when the file gives evidence for one: offsets its times state (`values`), a
   * zone its header or title names (`header`), the country of its numbering plan or wallets (`country`, a guess).
   * Absent: nothing in the file tells (the workbench guesses from the countries of its entities, else UTC).
   */
  zone?: FileZone;
}

/** A file's time zone and where it came from (see LedgerEntry.zone). */
export interface FileZone {
  /** Minutes east of UTC. */
  minutes: number;
  from: 'values' | 'header' | 'country';
}

export function newLedgerEntry(file: string, kind?: FileKind): LedgerEntry {
  return { file, ...(kind ? { kind } : {}), rows: 0, imported: 0, rejected: [], warnings: [], assumptions: [] };
}

/** A rejection with its code (params only when given). */
export function rejection(line: number, reason: string, code?: string, params?: LedgerParams): RejectedRow {
  return { line, reason, ...(code !== undefined ? { code } : {}), ...(params !== undefined ? { params } : {}) };
}

/** A warning with its code (params only when given). */
export function warning(line: number, message: string, code?: string, params?: LedgerParams): RowWarning {
  return { line, message, ...(code !== undefined ? { code } : {}), ...(params !== undefined ? { params } : {}) };
}

/** Adds an assumption line, and its coded form when a code is given. */
export function addAssumption(entry: Pick<LedgerEntry, 'assumptions' | 'notes'>, text: string, code?: string, params?: LedgerParams): void {
  entry.assumptions.push(text);
  if (code === undefined) return;
  entry.notes ??= [];
  entry.notes.push({ text, code, ...(params !== undefined ? { params } : {}) });
}

/**
 * The rows a file's ledger entry counts: each row of its table (a row of empty cells included) and each line rejected
 * while reading it (a footer, a damaged line). The one count: the review card says the same number as the ledger.
 */
export function ledgerRowCount(table: { rows: { readonly length: number }; rejected: readonly unknown[] }): number {
  return table.rows.length + table.rejected.length;
}
