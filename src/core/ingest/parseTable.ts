// Text to a header and rows, each row knowing the physical lines it spans; every line of the file accounted for.

import { SimpulError } from '../model/errors.ts';
import { ownString } from '../model/strings.ts';
import type { LedgerNote, RejectedRow, RowWarning } from './ledger.ts';
import { delimiterName, sniffDelimiter, type Delimiter } from './delimiter.ts';
import { MAX_QUOTED_LINES, RecordReader, type BrokenQuote, type RawRecord } from './records.ts';
import { findHeaderLine, headerAtLine } from './titleLines.ts';
import { lineEnd, splitLine } from './lineScan.ts';
import { footerRow, footerRows } from './footerLines.ts';
import { SAMPLE_ROWS, TableRows } from './tableRows.ts';
import type { LegacyEncoding } from './legacyEncoding.ts';

export interface Table {
  file: string;
  delimiter: Delimiter;
  headers: string[];
  /** Data rows, header excluded, blank lines skipped: the first held, the others read again from the text on each pass. */
  rows: TableRows;
  /** Line (as a text editor shows it, CRLF, LF or a lone CR ending a line) where each row starts. */
  lines: number[];
  /** Line where each row ends: later than its start when a quoted value holds line breaks. */
  endLines: number[];
  /** True when the file has no header row: columns are named `column 1`, `column 2`, … */
  headerless: boolean;
  /** Line of the header, 0 when headerless. */
  headerLine: number;
  /** Lines the header spans (0 when headerless; 2 when a column name holds a line break). */
  headerLines: number;
  /** Lines skipped above the header: a report title, a period, a blank line. */
  titleLines: number[];
  /** Blank lines below the first line of the header or data (they are not rows). */
  blankLines: number;
  /** Lines in the file (a final line break ends the last line, it does not start another). */
  physicalLines: number;
  /** Lines that could not be read as rows (a broken quote): each is a row of the ledger, rejected. */
  rejected: RejectedRow[];
  /** Rows read with something to know (a stray quote kept as written, a value spanning lines). */
  warnings: RowWarning[];
  /** What was done to the file as a whole (title lines skipped, header repaired). */
  notes: LedgerNote[];
  /** Characters the reader examined: held to a small multiple of the text's length (linear time). */
  work: number;
  /** The legacy encoding the file was read in, when it is not UTF-8 or UTF-16 (a person chose it). */
  encoding?: LegacyEncoding;
}

export interface ParseOptions {
  delimiter?: Delimiter;
  /** false: the first line is data; true: it is a header; undefined: decide from the first line. */
  header?: boolean;
  /** The header's line as stated (a mapping's `headerLine`): the non-blank lines above it are a title. */
  headerLine?: number;
  /** Called every few thousand records with the share of the text read so far (progress inside a big file). */
  onProgress?: (fraction: number) => void;
}

/** Records between two `onProgress` calls. */
const PROGRESS_EVERY = 4096;

/** Lines a header may span (a column name written on two lines in a spreadsheet cell). */
const MAX_HEADER_LINES = 3;

/** Parses CSV text; quoted fields may hold delimiters and line breaks; a broken quote costs only its line. */
export function parseTable(text: string, file: string, options: ParseOptions = {}): Table {
  const body = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chosen = options.delimiter ?? sniffDelimiter(text, body);
  const found = options.headerLine ? headerAtLine(text, body, options.headerLine, file) : findHeaderLine(text, body, chosen);
  if (!found) {
    throw new SimpulError('EMPTY_FILE', `${file} has no header row: the first line must name the columns.`, { file });
  }
  const table: Table = {
    file, delimiter: chosen, headers: [], rows: TableRows.EMPTY, lines: [], endLines: [], headerless: false, headerLine: 0, headerLines: 0,
    titleLines: found.titleLines, blankLines: found.blankLines, physicalLines: 0, rejected: [], warnings: [], notes: [], work: 0,
  };
  if (found.titleLines.length > 0) {
    const first = found.titleLines[0] ?? 1;
    const last = found.titleLines[found.titleLines.length - 1] ?? first;
    const span = first === last ? `line ${first}` : `lines ${first}–${last}`;
    table.notes.push({
      text: `${span} above the header (${quoteText(found.title)}) read as a report title and skipped; the header is line ${found.line}`,
      code: 'title-lines-skipped', params: { first, last, header: found.line, title: found.title },
    });
  }
  const reader = new RecordReader(text, chosen, found.pos, found.line);
  reader.maxQuotedLines = MAX_HEADER_LINES;
  let firstAt = reader.offset;
  let first = reader.next();
  while (first && first.fields.length === 0 && !first.broken) {
    table.blankLines += 1;
    firstAt = reader.offset;
    first = reader.next();
  }
  if (!first) throw new SimpulError('EMPTY_FILE', `${file} has no header row: the first line must name the columns.`, { file });
  const cells = first.broken ? repairedHeader(text, found.pos, chosen) : first.fields.map(cleanHeader);
  const headerless = options.header === undefined ? looksLikeData(cells, () => rowsBelow(text, chosen, reader.position)) : !options.header;
  const rows: RowsRead = { starts: [], held: [], widest: 0 };
  if (headerless) {
    if (first.broken) table.rejected.push(brokenRow(first, chosen));
    else addRecord(table, rows, first, firstAt);
    reader.width = first.fields.length;
  } else {
    if (cells.every((cell) => cell === '')) {
      throw new SimpulError('EMPTY_FILE', `${file} has no header row: line ${first.line} must name the columns.`, { file, line: first.line });
    }
    table.headers = cells;
    table.headerLine = first.line;
    table.headerLines = first.endLine - first.line + 1;
    if (first.broken) {
      table.notes.push({
        text: `the header on line ${first.line} has a broken quote (${describeBroken(first.broken)}); its quotes were removed and the header read as ${cells.map(quoteText).join(', ')}`,
        code: 'header-quote-repaired', params: { line: first.line },
      });
    }
    reader.width = cells.length;
  }
  reader.maxQuotedLines = MAX_QUOTED_LINES;
  let sinceProgress = 0;
  for (let at = reader.offset, record = reader.next(); record; at = reader.offset, record = reader.next()) {
    if (options.onProgress && ++sinceProgress === PROGRESS_EVERY) {
      sinceProgress = 0;
      options.onProgress(reader.offset / Math.max(1, text.length));
    }
    if (record.broken) table.rejected.push(brokenRow(record, chosen));
    else if (record.fields.length === 0) table.blankLines += 1;
    else addRecord(table, rows, record, at);
  }
  table.physicalLines = reader.position.line - 1;
  table.work = reader.work;
  table.rows = new TableRows(text, chosen, reader.width, rows.starts, rows.held);
  const footers = takeFooters(table, headerless ? first.fields.length : cells.length);
  if (headerless) {
    // NOTE: the footer's fields name no column: without it, the widest row is read again (a footer is rare).
    const width = footers === 0 ? rows.widest : widestRow(table.rows);
    table.headers = Array.from({ length: width }, (_, i) => `column ${i + 1}`);
  }
  table.headerless = headerless;
  return table;
}

/** Trailing rows of another width whose text is a total or end-of-report phrase: moved to the ledger as footers. */
function takeFooters(table: Table, width: number): number {
  const footers: RejectedRow[] = [];
  // NOTE: which last rows are the footer is decided in footerRows (a total phrase, the row count or a column's sum).
  const { rows } = table;
  const count = footerRows(rows, width, (index) => table.lines[index] === table.endLines[index]);
  for (let index = rows.length - 1; index >= rows.length - count; index -= 1) {
    const row = rows.at(index) ?? [];
    const line = table.lines.pop() ?? 0;
    table.endLines.pop();
    footers.unshift(footerRow(line, row.map((cell) => cell.trim()).filter((cell) => cell !== '').join(' ')));
    table.warnings = table.warnings.filter((warning) => warning.line !== line);
  }
  rows.truncate(rows.length - count);
  if (footers.length > 0) table.rejected = [...table.rejected, ...footers].sort((a, b) => a.line - b.line);
  return count;
}

function widestRow(rows: Iterable<readonly string[]>): number {
  let widest = 0;
  for (const row of rows) widest = Math.max(widest, row.length);
  return widest;
}

/** Where the rows read so far start, the first of them as read, and the most fields a row had. */
interface RowsRead {
  starts: number[];
  held: string[][];
  widest: number;
}

function addRecord(table: Table, rows: RowsRead, record: RawRecord, at: number): void {
  rows.starts.push(at);
  if (rows.held.length < SAMPLE_ROWS) rows.held.push(record.fields);
  if (record.fields.length > rows.widest) rows.widest = record.fields.length;
  table.lines.push(record.line);
  table.endLines.push(record.endLine);
  if (record.strayQuote) {
    table.warnings.push({
      line: record.line, code: 'stray-quote', params: { line: record.line },
      message: 'a quote inside a quoted value is not doubled ("" is how a quote is written inside quotes); the value was kept as written',
    });
  }
  if (record.endLine > record.line) {
    table.warnings.push({
      line: record.line, code: 'value-spans-lines', params: { line: record.line, endLine: record.endLine },
      message: `a quoted value holds line breaks: this row runs from line ${record.line} to line ${record.endLine}`,
    });
  }
}

function brokenRow(record: RawRecord, delimiter: Delimiter): RejectedRow {
  const column = record.column ?? 1;
  return {
    line: record.line, code: 'unclosed-quote', params: { line: record.line, column, cause: record.broken ?? 'never-closed' },
    reason: `the quote that opens field ${column} ${describeBroken(record.broken ?? 'never-closed')}: this line is rejected and reading goes on with the next line ` +
      `(fix: close the quote, or double a quote inside a value: "", or remove it; fields are separated by ${JSON.stringify(delimiterName(delimiter))})`,
  };
}

function describeBroken(broken: BrokenQuote): string {
  switch (broken) {
    case 'never-closed': return 'is never closed';
    case 'swallows-rows': return 'closes only after taking in the rows on the lines below it';
    case 'too-many-lines': return 'is still open many lines further down';
    case 'stray-quote': return 'is followed by a stray quote and runs past the end of the line';
  }
}

/** A header whose quotes do not pair: read its first line with the quotes removed. */
function repairedHeader(text: string, start: number, delimiter: Delimiter): string[] {
  const end = lineEnd(text, start);
  const line = text.slice(start, end).replace(/"/g, '');
  return splitLine(line, 0, line.length, delimiter).fields.map(cleanHeader);
}

// NOTE: some telco exports have no header line. A first line whose every cell is a number, a phone
// number, a date or a wallet address names no column: it is data. So is a first line that is mostly such values
// and whose other cells are words the column below holds too (`0812345678|…|MOC|…` over rows of MOC/MTC/SMSMO):
// a header's words name the columns, they are not among their values.
function looksLikeData(cells: string[], below: () => string[][]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 0) return false;
  if (filled.every(isValueCell)) return true;
  const rows = below();
  if (rows.length < MIN_ROWS_BELOW) return false;
  let values = 0;
  for (const [index, cell] of cells.entries()) {
    if (cell === '') continue;
    const column = rows.map((row) => (row[index] ?? '').trim()).filter((value) => value !== '');
    if (column.length === 0) return false;
    if (isValueCell(cell)) {
      // The cells below a value are values as well: a header of years over names is a header.
      if (column.filter(isValueCell).length < VALUES_BELOW_SHARE * column.length) return false;
      values += 1;
    } else if (!column.some((value) => value.toLowerCase() === cell.toLowerCase())) return false;
  }
  return 2 * values >= filled.length;
}

const MIN_ROWS_BELOW = 2;
const ROWS_BELOW = 20;
const VALUES_BELOW_SHARE = 0.8;

function isValueCell(cell: string): boolean {
  return /^[+(]?\d[\d\s().\-/:+,T]*$/.test(cell) || /^(T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40})$/.test(cell);
}

/** The first rows below the first line, read ahead without moving the table's reader. */
function rowsBelow(text: string, delimiter: Delimiter, from: { pos: number; line: number }): string[][] {
  const ahead = new RecordReader(text, delimiter, from.pos, from.line);
  const rows: string[][] = [];
  for (let record = ahead.next(); record && rows.length < ROWS_BELOW; record = ahead.next()) {
    if (!record.broken && record.fields.length > 0) rows.push(record.fields);
  }
  return rows;
}

/** A header as named, in a string of its own (the plan keeps it: it must not keep the file's text alive). */
function cleanHeader(header: string): string {
  return ownString(header.replace(/^\uFEFF/, '').replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function quoteText(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
