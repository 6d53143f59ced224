// entities.xlsx: the case tables as a workbook whose identifiers stay text, written by write-excel-file.

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

// NOTE: the writer stamps each zip entry with the current time; writing one fixed date into every entry's
// local and central header makes the same case give the same bytes. The dates are patched in place: the old
// way, unzipping and deflating the whole workbook a second time, was a third of the workbook's cost.
function withFixedDates(xlsx: Uint8Array): Uint8Array {
  const mtime = new Date('2000-01-01T00:00:00Z');
  // The MS-DOS date and time fields as fflate writes them (local time, two-second steps).
  const dos = (((mtime.getFullYear() - 1980) << 25) | ((mtime.getMonth() + 1) << 21) | (mtime.getDate() << 16)
    | (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1)) >>> 0;
  const view = new DataView(xlsx.buffer, xlsx.byteOffset, xlsx.byteLength);
  let end = xlsx.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('xlsx: the writer gave no zip directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('xlsx: unexpected zip directory entry');
    view.setUint32(at + 12, dos, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('xlsx: unexpected zip file header');
    view.setUint32(local + 10, dos, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return xlsx;
}

function cellOf(cell: TableCell): Cell {
  if (cell === null) return null;
  if ('number' in cell) return { value: cell.number, type: Number };
  if ('flag' in cell) return { value: cell.flag, type: Boolean };
  return { value: cell.text, type: String };
}
