// entities.xlsx: the case tables as a workbook whose identifiers stay text, written by write-excel-file.

import { unzipSync, zipSync, type Zippable } from 'fflate';
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { Table, TableCell } from './tables.ts';

// NOTE: a CSV leaves the reading to the spreadsheet, which turns `015819105` into 15819105 and an IMEI into
// 3.59E+14. In .xlsx every cell carries its type: identifiers are String cells (shown and kept as written,
// never parsed), amounts, counts and coordinates are Number cells. No formula cells are ever written, so a
// name like `=HYPERLINK(…)` is inert text without an apostrophe.
/** One sheet per table, header row frozen, identifiers as text cells and numbers as numbers. */
export async function xlsxWorkbook(tables: readonly Table[]): Promise<Uint8Array> {
  const sheets: Sheet<Blob>[] = tables.map((table) => ({
    sheet: table.name,
    stickyRowsCount: 1,
    columns: table.headers.map((header) => ({ width: Math.min(Math.max(header.length + 2, 10), 40) })),
    data: [
      table.headers.map((header): Cell => ({ value: header, type: String, fontWeight: 'bold' })),
      ...table.rows.map((row) => row.map(cellOf)),
    ],
  }));
  const blob = await writeXlsxFile(sheets).toBlob();
  return withFixedDates(new Uint8Array(await blob.arrayBuffer()));
}

// NOTE: the writer stamps each zip entry with the current time; re-packing with one fixed date makes the
// same case give the same bytes (the workbook's content is untouched).
function withFixedDates(xlsx: Uint8Array): Uint8Array {
  const entries: Zippable = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const [name, content] of Object.entries(unzipSync(xlsx))) entries[name] = [content, { mtime }];
  return zipSync(entries, { level: 6 });
}

function cellOf(cell: TableCell): Cell {
  if (cell === null) return null;
  if ('number' in cell) return { value: cell.number, type: Number };
  if ('flag' in cell) return { value: cell.flag, type: Boolean };
  return { value: cell.text, type: String };
}
