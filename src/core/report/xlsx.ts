// case.xlsx: the case tables as a workbook whose identifiers stay text (SpreadsheetML written directly).

import { xmlText } from './exporters/xml.ts';
import type { Table, TableCell } from './tables.ts';
import { concatBytes, type ByteSink, type TextOut } from './textOut.ts';
import { ZipOut, type ZipOptions } from './zipOut.ts';

// NOTE: a CSV leaves the reading to the spreadsheet, which turns `015819105` into 15819105 and an IMEI into
// 3.59E+14. In .xlsx every cell carries its type: identifiers are string cells (shown and kept as written,
// never parsed), amounts, counts and coordinates are number cells. No formula cells are ever written, so a
// name like `=HYPERLINK(…)` is inert text without an apostrophe.
// NOTE: the workbook used to be written by write-excel-file, which builds every cell through generic
// attribute and escaping helpers: on 100,000 links that was the largest single cost of the exports. The few
// parts a workbook of plain typed cells needs are written here instead, one string per row; text cells are
// inline strings (no shared-string table to build), which Excel, LibreOffice and read-excel-file all read.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style 1 is the bold header; style 0 everything else. */
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>`
  + '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
  + '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** One sheet per table, header row frozen and bold, identifiers as text cells and numbers as numbers. */
export async function xlsxWorkbook(tables: readonly Table[], options: ZipOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  writeXlsx((chunk) => chunks.push(chunk), tables, options);
  return concatBytes(chunks);
}

/** The workbook streamed into `sink`: each sheet is written row by row and deflated as it comes. */
export function writeXlsx(sink: ByteSink, tables: readonly Table[], options: ZipOptions = {}): void {
  const paths = tables.map((_, index) => `worksheets/sheet${index + 1}.xml`);
  const zip = new ZipOut(sink, options);
  zip.text('[Content_Types].xml', (out) => out.write(`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + paths.map((path) => `<Override PartName="/xl/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'));
  zip.text('_rels/.rels', (out) => out.write(`${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  zip.text('xl/workbook.xml', (out) => out.write(`${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheets>`
    + tables.map((table, index) => `<sheet name="${xmlText(table.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')
    + '</sheets></workbook>'));
  zip.text('xl/_rels/workbook.xml.rels', (out) => out.write(`${HEAD}<Relationships xmlns="${RELS}">`
    + paths.map((path, index) => `<Relationship Id="rId${index + 1}" Type="${OFFICE_RELS}/worksheet" Target="${path}"/>`).join('')
    + `<Relationship Id="rId${tables.length + 1}" Type="${OFFICE_RELS}/styles" Target="styles.xml"/></Relationships>`));
  zip.text('xl/styles.xml', (out) => out.write(STYLES));
  tables.forEach((table, index) => zip.text(`xl/${paths[index] ?? ''}`, (out) => writeSheet(out, table)));
  zip.end();
}

function writeSheet(out: TextOut, table: Table): void {
  const columns = table.headers.map((_, index) => columnName(index));
  const widths = table.headers.map((header, index) => `<col min="${index + 1}" max="${index + 1}" width="${Math.min(Math.max(header.length + 2, 10), 40)}" customWidth="1"/>`);
  out.write(`${HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">`
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + `${widths.length > 0 ? `<cols>${widths.join('')}</cols>` : ''}<sheetData>`
    + `<row r="1">${table.headers.map((header, index) => `<c r="${columns[index]}1" t="inlineStr" s="1"><is><t xml:space="preserve">${xmlText(header)}</t></is></c>`).join('')}</row>`);
  // NOTE: each column's `<c r="B` is made once per sheet and each row's number once per row.
  const opens = table.headers.map((_, index) => `<c r="${columns[index]}`);
  const numberTexts = table.numberTexts ?? [];
  let r = 1;
  for (const row of table.rows) {
    r += 1;
    const number = String(r);
    let cells = `<row r="${number}">`;
    for (let index = 0; index < row.length; index++) {
      const cell = row[index] ?? null;
      if (cell === null) continue;
      const open = opens[index] ?? `<c r="${columnName(index)}`;
      // NOTE: a number's text (`numberTexts`) is a number cell, written as the number itself would be.
      cells += typeof cell === 'string' && numberTexts[index] === true ? `${open}${number}"><v>${cell}</v></c>` : cellXml(cell, open, number);
    }
    out.write(`${cells}</row>`);
  }
  out.write('</sheetData></worksheet>');
}

// NOTE: `xml:space="preserve"` tells Excel to keep spaces at the ends of a text; it is written only where a text
// has any (or tabs, line breaks, doubled spaces): on a national case it was a fifth of the sheet to deflate.
const SPACES_TO_KEEP = /^\s|\s$|\s\s|[\t\n\r]/;

/** One cell: `open` is `<c r="B`, the row's number follows. */
function cellXml(cell: Exclude<TableCell, null>, open: string, row: string): string {
  if (typeof cell === 'number') return `${open}${row}"><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `${open}${row}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  return `${open}${row}" t="inlineStr"><is>${SPACES_TO_KEEP.test(cell) ? '<t xml:space="preserve">' : '<t>'}${xmlText(cell)}</t></is></c>`;
}

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
