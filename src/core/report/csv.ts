// CSV out: UTF-8 with BOM (Excel shows Burmese and Thai), quoted as needed, formula injection neutralised.

import type { Table, TableCell } from './tables.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain negative decimal (`-6.1480`): Excel reads it as the number it is; no formula can hide in it. */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

// NOTE: OWASP CSV injection: a cell starting with = + - @ tab or CR can run as a formula in Excel or
// LibreOffice; a leading apostrophe makes it text. Numbers we write ourselves are not text cells, and a
// negative decimal is left bare so a southern latitude stays a number.
/** Makes one text cell safe: neutralised if formula-like, quoted if it holds a delimiter, quote or newline. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
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
  return toCsv(table.headers, table.rows.map((row) => row.map(plain)));
}

function plain(cell: TableCell): string | number | boolean | undefined {
  if (cell === null) return undefined;
  if ('number' in cell) return cell.number;
  if ('flag' in cell) return cell.flag;
  return cell.text;
}
