// case.xlsx: the case tables as a workbook whose identifiers stay text (SpreadsheetML written directly).

import { strToU8, zipSync, type Zippable } from 'fflate';
import { xmlText } from './exporters/xml.ts';
import type { Table, TableCell } from './tables.ts';

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
export async function xlsxWorkbook(tables: readonly Table[]): Promise<Uint8Array> {
  const mtime = new Date('2000-01-01T00:00:00Z');
  const sheets = tables.map((table, index) => ({ name: table.name, path: `worksheets/sheet${index + 1}.xml`, xml: sheetXml(table) }));
  const files: Record<string, string> = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + sheets.map((sheet) => `<Override PartName="/xl/${sheet.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheets>`
      + sheets.map((sheet, index) => `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')
      + '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="${RELS}">`
      + sheets.map((sheet, index) => `<Relationship Id="rId${index + 1}" Type="${OFFICE_RELS}/worksheet" Target="${sheet.path}"/>`).join('')
      + `<Relationship Id="rId${sheets.length + 1}" Type="${OFFICE_RELS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  for (const sheet of sheets) files[`xl/${sheet.path}`] = sheet.xml;
  const entries: Zippable = {};
  // NOTE: one fixed date inside the zip keeps the bytes the same for the same case.
  for (const [name, content] of Object.entries(files)) entries[name] = [strToU8(content), { mtime }];
  // NOTE: level 1 deflates 2.4× faster than the default 6 for a file about a sixth larger (measured on a 40 MB sheet).
  return zipSync(entries, { level: 1 });
}

function sheetXml(table: Table): string {
  const columns = table.headers.map((_, index) => columnName(index));
  const widths = table.headers.map((header, index) => `<col min="${index + 1}" max="${index + 1}" width="${Math.min(Math.max(header.length + 2, 10), 40)}" customWidth="1"/>`);
  const rows: string[] = [`<row r="1">${table.headers.map((header, index) => `<c r="${columns[index]}1" t="inlineStr" s="1"><is><t xml:space="preserve">${xmlText(header)}</t></is></c>`).join('')}</row>`];
  table.rows.forEach((row, rowIndex) => {
    const r = rowIndex + 2;
    let cells = '';
    for (let index = 0; index < row.length; index++) cells += cellXml(row[index] ?? null, `${columns[index] ?? columnName(index)}${r}`);
    rows.push(`<row r="${r}">${cells}</row>`);
  });
  return `${HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">`
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + `${widths.length > 0 ? `<cols>${widths.join('')}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

function cellXml(cell: TableCell, ref: string): string {
  if (cell === null) return '';
  if ('number' in cell) return `<c r="${ref}"><v>${cell.number}</v></c>`;
  if ('flag' in cell) return `<c r="${ref}" t="b"><v>${cell.flag ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.text)}</t></is></c>`;
}

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
