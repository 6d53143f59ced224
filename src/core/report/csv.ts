// CSV out: UTF-8 with BOM (Excel shows Burmese and Thai), quoted as needed, formula injection neutralised.

import type { Table, TableCell } from './tables.ts';
import { collectText, type TextOut } from './textOut.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
/** Anything csvCell may change: most cells have none of it and are written as they are. */
const NEEDS_WORK = /^[=+\-@\t\r]|[",\n\r;]/;
/** A plain negative decimal (`-6.1480`): Excel reads it as the number it is; no formula can hide in it. */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

// NOTE: OWASP CSV injection: a cell starting with = + - @ tab or CR can run as a formula in Excel or
// LibreOffice; a leading apostrophe makes it text. Numbers we write ourselves are not text cells, and a
// negative decimal is left bare so a southern latitude stays a number.
/** Makes one text cell safe: neutralised if formula-like, quoted if it holds a delimiter, quote or newline. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!NEEDS_WORK.test(value)) return value;
  const safe = FORMULA_START.test(value) && !NEGATIVE_NUMBER.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document with a BOM and CRLF line ends (what Excel expects). */
export function toCsv(headers: readonly string[], rows: Iterable<readonly (string | number | boolean | undefined | null)[]>): string {
  const lines = [headers.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A typed table as CSV: number cells bare, text cells guarded. */
export function tableCsv(table: Table): string {
  return collectText((out) => writeTableCsv(out, table));
}

/** The same CSV as `tableCsv`, written a row at a time. */
export function writeTableCsv(out: TextOut, table: Table): void {
  out.write(`\uFEFF${table.headers.map(csvCell).join(',')}\r\n`);
  const numberTexts = table.numberTexts ?? [];
  for (const row of table.rows) {
    let line = '';
    for (let index = 0; index < row.length; index++) {
      const cell = row[index] ?? null;
      // NOTE: a number's text (`numberTexts`) is written as the number itself would be: bare.
      line += (index === 0 ? '' : ',') + (typeof cell === 'string' && numberTexts[index] === true ? cell : plainCell(cell));
    }
    out.write(`${line}\r\n`);
  }
}

function plainCell(cell: TableCell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? csvCell(cell) : String(cell);
}
