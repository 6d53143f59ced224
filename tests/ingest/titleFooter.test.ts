// Title blocks that hold the delimiter, and footer lines after the last row: found by evidence, every line accounted for.
import { describe, expect, it } from 'vitest';
import { parseTable, type Table } from '../../src/core/ingest/parseTable.ts';
import { isFooterText } from '../../src/core/ingest/footerLines.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';
import { expectEveryLineOnce } from './lineAccounting.ts';

function parsed(text: string): Table {
  const table = parseTable(text, 'f.csv');
  expectEveryLineOnce(table, text);
  return table;
}

function ledgerOf(name: string, text: string) {
  const { prepared, failed } = prepareFiles([csv(name, text)], { defaultCountry: 'KH' });
  expect(failed).toEqual([]);
  return buildCase(prepared).ledger[0]!;
}

describe('a title block whose lines hold the delimiter', () => {
  it.each([
    ['an operator name with "Co., Ltd."', 'ACME TELECOM (Acme Co., Ltd.) - CALL DETAIL RECORD\nNo.,Calling No.,Called No.,Date\n1,012555101,0975550199,01/03/2025\n2,012555101,0975550199,02/03/2025\n', ',', [1], 2],
    ['a batch line in parentheses under a plain title', 'REPUBLIK INDONESIA - BP2MI\nDAFTAR PMI DIPULANGKAN (Batch 2, Mei 2025)\n\nNo,Nama,Asal,Telepon\n1,Siti Aminah,Indramayu,081234560001\n2,Dewi Lestari,Cirebon,081234560002\n', ',', [1, 2], 4],
    ['a ; file whose title holds ";" twice', 'BANK CONTOH; CABANG MEDAN; MUTASI\nPeriode 01/03/2024 - 31/03/2024\nTanggal;Keterangan;Debit;Kredit;Saldo\n01/03/2024;TRF;100;0;900\n02/03/2024;TRF;0;50;950\n', ';', [1, 2], 3],
    ['a key/value line with commas and a tab file', 'Name: SOMCHAI\tMobile: 0812345678\nวันที่\tเวลา\tเลขปลายทาง\tระยะเวลา\n01/03/2567\t08:00\t0898765432\t30\n02/03/2567\t09:00\t0898765432\t45\n', '\t', [1], 2],
    ['three title lines, two with commas, a Khmer/English header', 'CELL CO., LTD.\nRequested by: Police, Preah Sihanouk\nPeriod: 01/03/2025 - 31/03/2025\n\nល.រ / No.,លេខហៅ / Calling No.,លេខទទួល / Called No.,Cell ID\n1,012888101,0975550101,SHV-100\n2,012888101,0975550101,SHV-101\n3,012888101,0975550101,SHV-102\n', ',', [1, 2, 3], 5],
  ])('skips %s as a title and finds the header by its words', (_label, text, delimiter, titles, header) => {
    const table = parsed(text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.titleLines).toEqual(titles);
    expect(table.headerLine).toBe(header);
    expect(table.rejected).toEqual([]);
    expect(table.notes.map((note) => note.code)).toEqual(['title-lines-skipped']);
  });

  it.each([
    ['a header one field short of its rows (trailing commas)', 'First,Last\nJohn,Smith,\nJane,Doe,\nAli,Baba,\n', ['First', 'Last']],
    ['a header of another width over rows of words', 'nama,alias,kota\nBudi,Si Budi\nAni,Ani K\nCici,Cici\n', ['nama', 'alias', 'kota']],
    ['a headerless file whose first line is data', '6281234567890,6281377778888,20240301\n6281377778888,6281234567890,20240302\n', ['column 1', 'column 2', 'column 3']],
  ])('keeps %s (no title is invented)', (_label, text, headers) => {
    const table = parsed(text);
    expect(table.titleLines).toEqual([]);
    expect(table.headers).toEqual(headers);
  });

  it('imports every row of a one-target CDR whose operator name holds a comma', () => {
    const ledger = ledgerOf('cdr_title_comma.csv', 'ACME TELECOM (Acme Co., Ltd.) - CALL DETAIL RECORD\n\nCalling No.,Called No.,Date,Time,Duration,Type\n' +
      '012555101,0975550199,01/03/2025,08:00:00,30,MOC\n012555101,0975550188,02/03/2025,09:00:00,45,MOC\n0975550199,012555101,03/03/2025,10:00:00,60,MTC\n');
    expect(ledger.kind).toBe('calls');
    expect([ledger.rows, ledger.imported, ledger.rejected.length]).toEqual([3, 3, 0]);
  });
});

describe('footer lines after the last row', () => {
  it.each([
    ['Total records: 3'], ['TOTAL,,'], ['Jumlah transaksi: 3'], ['Tổng cộng: 3 giao dịch'], ['*** End of Report ***'], ['-- END --'],
    ['Grand total: 1,234.00'], ['Number of records: 3'], ['Bilangan rekod: 3'], ['รวม 3 รายการ'], ['សរុប ៣'], ['合计 3'], ['Kabuuan: 3'],
  ])('counts %j as a footer, not a row with the wrong number of fields', (footer) => {
    const text = `No,Calling,Called,Duration\n1,012555101,0975550199,30\n2,012555101,0975550188,45\n3,0975550199,012555101,60\n\n${footer}\n`;
    const table = parsed(text);
    expect(table.rows).toHaveLength(3);
    expect(table.rejected).toEqual([expect.objectContaining({ line: 6, code: 'footer-line' })]);
  });

  it('counts two footer lines, and a footer below a broken row', () => {
    const table = parsed('a,b,c\n1,2,3\n4,"5,6\nTotal: 2\nEnd of report\n');
    expect([...table.rows]).toEqual([['1', '2', '3']]);
    expect(table.rejected.map((row) => [row.line, row.code])).toEqual([[3, 'unclosed-quote'], [4, 'footer-line'], [5, 'footer-line']]);
  });

  it.each([
    ['a row of the header\'s width that says Total', 'name,phone,amount\nBudi,0812345678,10\nTotal,,10\n', 2, 0],
    ['a total line in the middle, rows below it', 'a,b,c\n1,2,3\nTotal: 1\n4,5,6\n', 3, 1],
    ['a trailing line of another width that is no footer phrase', 'a,b,c\n1,2,3\nsee note 4\n', 2, 1],
    ['a trailing short line that only mentions a total later', 'a,b,c\n1,2,3\nnote: total unknown\n', 2, 1],
  ])('does not take %s for a footer', (_label, text, rows, wrongWidth) => {
    const table = parsed(text);
    expect(table.rows).toHaveLength(rows);
    expect(table.rejected.filter((row) => row.code === 'footer-line')).toEqual([]);
    expect([...table.rows].filter((row) => row.length !== 3)).toHaveLength(wrongWidth);
  });

  it('says the footer in the ledger with its own code, and every line is accounted for', () => {
    const ledger = ledgerOf('cdr_footer.csv', 'Calling No.,Called No.,Date,Time,Duration,Type\n' +
      '012555101,0975550199,01/03/2025,08:00:00,30,MOC\n012555101,0975550188,02/03/2025,09:00:00,45,MOC\n\nTotal records: 2\n');
    expect([ledger.rows, ledger.imported]).toEqual([3, 2]);
    expect(ledger.rejected).toEqual([expect.objectContaining({ line: 5, code: 'footer-line', params: { line: 5, text: 'Total records: 2' } })]);
  });

  it.each(['Total', 'Jumlah: 5', 'END OF FILE', 'Tong cong'])('reads %j as footer text', (text) => expect(isFooterText(text)).toBe(true));
  it.each(['Totally unrelated', 'Endang Susanti', 'Tonga', 'Record of interview', '012555101', ''])('does not read %j as footer text', (text) => expect(isFooterText(text)).toBe(false));
});
