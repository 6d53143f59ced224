// Runs a prepared file's rows through its reader into the case, accounting for every row in the ledger.

import type { SimpulError } from '../model/errors.ts';
import type { CaseBuilder } from '../resolve/caseBuilder.ts';
import { addAssumption, newLedgerEntry, rejection, warning, type LedgerEntry } from './ledger.ts';
import { delimiterName, type Delimiter } from './delimiter.ts';
import type { Table } from './parseTable.ts';
import type { PreparedFile } from './prepareFile.ts';
import type { ColumnPlan } from './classify.ts';
import { MONEY_ROLES, type ColumnRole } from './roles.ts';
import { ROW_READERS, ReadingCache, RowContext } from './readers/index.ts';
import { columnShapes, rejoinSplitThousands } from './splitThousands.ts';

// NOTE: 1,000 rows is a few tens of ms even on a busy machine; the worker throttles what it posts to the page.
const PROGRESS_EVERY = 1000;

/** Imports every row; returns the file's ledger entry. `onProgress(done, total)` fires every few thousand rows. */
export function importFile(prepared: PreparedFile, builder: CaseBuilder, onProgress?: (done: number, total: number) => void): LedgerEntry {
  const { table, classification, settings } = prepared;
  const ledger = newLedgerEntry(table.file, classification.kind);
  ledger.assumptions.push(...prepared.assumptions);
  if (prepared.zone) ledger.zone = prepared.zone;
  if (prepared.notes && prepared.notes.length > 0) ledger.notes = [...(ledger.notes ?? []), ...prepared.notes];
  for (const note of prepared.fileWarnings) ledger.warnings.push(warning(1, note.text, note.code, note.params));
  const read = ROW_READERS[classification.kind];
  const width = table.headers.length;
  const cache = new ReadingCache();
  let rejoin: ((cells: string[]) => ReturnType<typeof rejoinSplitThousands>) | undefined;
  const total = table.rows.length;
  let index = 0;
  // NOTE: each row is read from the file's text as the import reaches it and goes once read (see TableRows).
  for (const written of table.rows.interned()) {
    const line = table.lines[index] ?? 0;
    ledger.rows += 1;
    let cells = written;
    if (cells.length > width && table.delimiter === ',') {
      rejoin ??= splitAmountReader(prepared);
      const rejoined = rejoin(cells);
      if (rejoined) {
        cells = rejoined.cells;
        for (const { column, text } of rejoined.rejoined) {
          const header = table.headers[column] ?? '';
          ledger.warnings.push(warning(line, `the amount "${text}" in "${header}" was written with unquoted thousands separators and split into ${text.split(',').length} fields; read as one amount — check it`,
            'split-thousands-rejoined', { amount: text, column: header, pieces: text.split(',').length }));
        }
      }
    }
    if (cells.length !== width) {
      const delimiter = printable(settings.file, table.delimiter);
      ledger.rejected.push(rejection(line, `has ${cells.length} fields where the header has ${width}: check for a stray "${delimiter}" or an unclosed quote`,
        'field-count', { count: cells.length, width, delimiter }));
    } else if (cells.every((cell) => cell.trim() === '')) {
      ledger.rejected.push(rejection(line, 'row is empty', 'row-empty'));
    } else {
      const row = new RowContext(settings, cells, line, builder, cache);
      const reason = read(row);
      if (reason) ledger.rejected.push(rejection(line, reason.text, reason.code, reason.params));
      else {
        row.commit();
        ledger.imported += 1;
        for (const said of row.warnings) ledger.warnings.push(warning(line, said.text, said.code, said.params));
      }
    }
    index += 1;
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index, total);
  }
  onProgress?.(total, total);
  // NOTE: lines the parser could not read (a broken quote) are rows of the ledger too, in line order.
  ledger.rows += table.rejected.length;
  ledger.rejected = [...ledger.rejected, ...table.rejected].sort((a, b) => a.line - b.line);
  ledger.warnings = [...table.warnings, ...ledger.warnings].sort((a, b) => a.line - b.line);
  for (const note of table.notes) addAssumption(ledger, note.text, note.code, note.params);
  for (const note of cache.notes.lines()) addAssumption(ledger, note.text, note.code, note.params);
  for (const note of cache.notes.currencyNotes()) addAssumption(ledger, note.text, note.code, note.params);
  if (ledger.imported > 0) for (const header of unreadColumns(settings.columns, cache)) {
    addAssumption(ledger, `${header}: not imported — the ${classification.kind} reader does not read this column; its values stay in the file (every link names its file and lines)`,
      'column-not-read', { column: header, kind: classification.kind });
  }
  return ledger;
}

// NOTE: measured, not listed: a column counts as read when some row asked for its role (or the reader kept the
// row's other columns as attributes). A calls file's `Remarks` column used to vanish without a word.
/** Headers of the columns no row of the file read: no role asked for, and not kept as attributes. */
function unreadColumns(columns: readonly ColumnPlan[], cache: ReadingCache): string[] {
  const first = new Set<string>();
  const unread: string[] = [];
  for (const column of columns) {
    if (column.role === 'ignore') continue;
    const firstOfRole = column.role !== undefined && !first.has(column.role);
    if (column.role !== undefined) first.add(column.role);
    const read = firstOfRole ? cache.readRoles.has(column.role as ColumnRole) : cache.keptExtras;
    if (!read) unread.push(column.header);
  }
  return unread;
}

/** Rejoins split amounts of this file's rows (see splitThousands.ts), knowing its amount columns and column shapes. */
function splitAmountReader(prepared: PreparedFile): (cells: string[]) => ReturnType<typeof rejoinSplitThousands> {
  const { table, settings } = prepared;
  const width = table.headers.length;
  const amounts = new Set<number>();
  settings.columns.forEach((column, index) => {
    if (column.role && MONEY_ROLES.has(column.role)) amounts.add(index);
  });
  const shapes = columnShapes(table.rows, width);
  return (cells) => rejoinSplitThousands(cells, width, amounts, shapes);
}

function printable(_file: string, delimiter: Delimiter): string {
  return delimiterName(delimiter);
}

/**
 * The ledger entry of a file that could not be read: when it could be parsed, every data row is counted and
 * listed as not imported with the reason (which says what mapping lines would read it); otherwise rows = 0.
 */
export function unreadFileEntry(name: string, error: SimpulError, table?: Table, bytes?: Uint8Array): LedgerEntry {
  const entry = newLedgerEntry(name);
  entry.error = { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail.map((item) => ({ ...item })) } : {}) };
  if (!table) {
    // NOTE: a text file refused before it could be parsed (its encoding) still counts its lines: each is rejected with
    // why. A binary file (a spreadsheet renamed .csv, a PDF) has no lines: its bytes would count as thousands of rows.
    const lines = bytes && error.code === 'UNSUPPORTED_ENCODING' ? dataLines(bytes) : [];
    entry.rows = lines.length;
    const said = notReadReason(error.code);
    entry.rejected = lines.map((line) => rejection(line, said, 'file-not-read', { error: error.code }));
    return entry;
  }
  const reason = notReadReason(error.code);
  const rows = table.lines.map((line) => rejection(line, reason, 'file-not-read', { error: error.code }));
  entry.rows = rows.length + table.rejected.length;
  entry.rejected = [...rows, ...table.rejected].sort((a, b) => a.line - b.line);
  return entry;
}

/** Why each line of a file not read is rejected, and what would read it (catalogue `ledger.code` `file-not-read`). */
function notReadReason(code: string): string {
  if (code === 'UNCLASSIFIABLE_FILE') return 'file not read (its kind is unclear): choose its kind in the review or state it in a mapping file';
  if (code === 'UNSUPPORTED_ENCODING') return 'file not read (not UTF-8 text): choose its encoding in the review (“Read as”) or save it as CSV UTF-8';
  return `file not read (${code}): the file as a whole was refused (see its error)`;
}

/**
 * The line numbers of a file's data lines as a text editor counts them, read from its bytes alone (for a file whose
 * text could not be decoded): every non-blank line after the first non-blank one (the header). Lines end at LF (a CR
 * before it is part of the ending); a UTF-16 file's NUL bytes are ignored, so its lines count too.
 */
export function dataLines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let line = 1;
  let blank = true;
  let headerSeen = false;
  const end = () => {
    if (!blank) {
      if (headerSeen) lines.push(line);
      headerSeen = true;
    }
    blank = true;
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === 0x0a) {
      end();
      line += 1;
    } else if (byte !== 0x0d && byte !== 0x20 && byte !== 0x09 && byte !== 0x00 && !(i < 3 && (byte === 0xef || byte === 0xbb || byte === 0xbf || byte === 0xff || byte === 0xfe))) blank = false;
  }
  end();
  return lines;
}
