import { describe, expect, it } from 'vitest';
import { parseTable, type Table } from '../../src/core/ingest/parseTable.ts';
import { SimpulError } from '../../src/core/model/errors.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';
import { expectEveryLineOnce } from './lineAccounting.ts';

function parsed(text: string): Table {
  const table = parseTable(text, 'f.csv');
  expectEveryLineOnce(table, text);
  return table;
}

function ledgerOf(name: string, text: string) {
  const { prepared, failed } = prepareFiles([csv(name, text)], { defaultCountry: 'ID' });
  if (failed[0]) return failed[0];
  return buildCase(prepared).ledger[0]!;
}

describe('line numbers whatever ends the lines', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['lone CR (old Mac, some telco exports)', 'a,b\r1,2\r3,4\r'],
    ['no final break', 'a,b\r1,2\r3,4'],
  ])('numbers rows 2 and 3 with %s', (_name, text) => {
    const table = parsed(text);
    expect([...table.rows]).toEqual([['1', '2'], ['3', '4']]);
    expect(table.lines).toEqual([2, 3]);
  });

  it('keeps rows apart in a file that mixes LF, CRLF and CR', () => {
    const table = parsed('a,b\n1,2\r\n3,4\r5,6\n\r7,8');
    expect([...table.rows]).toEqual([['1', '2'], ['3', '4'], ['5', '6'], ['7', '8']]);
    expect(table.lines).toEqual([2, 3, 4, 6]);
    expect(table.blankLines).toBe(1);
  });

  it('gives each row of a CR-only file its own line in the ledger', () => {
    const ledger = ledgerOf('calls.csv', 'A_NUMBER,B_NUMBER\r+66812345678,+959781234567\rN/A,\r+66812345679,\r');
    expect(ledger.rows).toBe(3);
    expect(ledger.rejected.map((row) => row.line)).toEqual([3, 4]);
  });

  it('counts lines inside a quoted value that holds a lone CR', () => {
    const table = parsed('id,note\r1,"one\rtwo"\r2,x\r');
    expect([...table.rows]).toEqual([['1', 'one\rtwo'], ['2', 'x']]);
    expect(table.lines).toEqual([2, 4]);
    expect(table.endLines).toEqual([3, 4]);
  });
});

describe('a quote that never closes costs one line, not the rest of the file', () => {
  it('rejects the line with the open quote in the last column and reads the lines after it', () => {
    const table = parsed('a,b,c\n1,2,"x\n3,4,5\n6,7,8\n');
    expect([...table.rows]).toEqual([['3', '4', '5'], ['6', '7', '8']]);
    expect(table.rejected).toEqual([expect.objectContaining({ line: 2, code: 'unclosed-quote', params: expect.objectContaining({ column: 3 }) })]);
  });

  it('does not let a later quote close it across rows (four data lines stay four rows)', () => {
    const table = parsed('id,name,phone\n1,"Budi,0811\n2,Sari,0812\n3,"Adi",0813\n4,Rina,0814\n');
    expect(table.rejected.map((row) => row.line)).toEqual([2]);
    expect([...table.rows]).toEqual([['2', 'Sari', '0812'], ['3', 'Adi', '0813'], ['4', 'Rina', '0814']]);
  });

  it('rejects an open quote on the last line', () => {
    const table = parsed('a,b\n1,2\n3,"4');
    expect([...table.rows]).toEqual([['1', '2']]);
    expect(table.rejected.map((row) => [row.line, row.params?.cause])).toEqual([[3, 'never-closed']]);
  });

  it('rejects each of many broken lines on its own', () => {
    const text = `a,b\n${Array.from({ length: 20 }, (_, i) => (i % 2 ? `${i},"open` : `${i},ok`)).join('\n')}\n`;
    const table = parsed(text);
    expect(table.rows).toHaveLength(10);
    expect(table.rejected).toHaveLength(10);
  });

  it('keeps a real value that spans lines, and says so', () => {
    const table = parsed('id,address\n1,"Jl. Merdeka 5\nJakarta"\n2,Medan\n');
    expect([...table.rows]).toEqual([['1', 'Jl. Merdeka 5\nJakarta'], ['2', 'Medan']]);
    expect(table.warnings).toEqual([expect.objectContaining({ line: 2, code: 'value-spans-lines', params: { line: 2, endLine: 3 } })]);
  });

  it('keeps a stray quote inside a one-line value as written, with a warning', () => {
    const table = parsed('id,alias\n1,"Big "Boss" Lee"\n2,Ko\n');
    expect(table.rows.at(0)).toEqual(['1', 'Big "Boss" Lee']);
    expect(table.warnings.map((warning) => warning.code)).toEqual(['stray-quote']);
  });

  it('puts the parser\'s rejections in the ledger, balanced, with their lines', () => {
    const ledger = ledgerOf('calls.csv', 'A_NUMBER,B_NUMBER\n+66812345678,"+959781234567\n+66812345679,+959781234568\n+66812345670,+959781234569\n');
    expect(ledger.rows).toBe(3);
    expect(ledger.imported).toBe(2);
    expect(ledger.rejected).toEqual([expect.objectContaining({ line: 2, code: 'unclosed-quote' })]);
  });
});

describe('a header with a broken quote', () => {
  it.each([
    ['"" before a name', 'id,""name,phone\n1,Budi,0811\n2,Sari,0812\n', ['id', 'name', 'phone']],
    ['a quote never closed', 'id,"name,phone\n1,Budi,0811\n2,Sari,0812\n', ['id', 'name', 'phone']],
    ['a stray quote after a name', 'id,name",phone\n1,Budi,0811\n2,Sari,0812\n', ['id', 'name"', 'phone']],
  ])('is repaired (%s) and the rows are read', (_name, text, headers) => {
    const table = parsed(text);
    expect(table.headers).toEqual(headers);
    expect([...table.rows]).toEqual([['1', 'Budi', '0811'], ['2', 'Sari', '0812']]);
  });

  it('says in the ledger that the header was repaired', () => {
    const ledger = ledgerOf('people.csv', 'id_orang,""nama,peran\nP-1,Budi,perekrut\nP-2,Sari,korban\n');
    expect(ledger.rows).toBe(2);
    expect(ledger.notes?.map((note) => note.code)).toContain('header-quote-repaired');
  });

  it('is refused with its line when nothing is left of it', () => {
    let error: unknown;
    try {
      parseTable('""",\n', 'f.csv');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SimpulError);
    expect(error).toMatchObject({ code: 'EMPTY_FILE', line: 1 });
  });

  it('may span two lines when a column name holds a line break', () => {
    const table = parsed('id,"Call\nDate"\n1,2024-03-01\n');
    expect(table.headers).toEqual(['id', 'Call Date']);
    expect(table.lines).toEqual([3]);
  });
});

describe('title lines above the header', () => {
  it('skips an operator name, a report period and a blank line', () => {
    const text = 'PT TELEKOMUNIKASI CONTOH\nLaporan CDR periode 01/03/2024 - 31/03/2024\n\nNo,Nomor A,Nomor B\n1,081298765432,081377778888\n2,081377778888,081298765432\n';
    const table = parsed(text);
    expect(table.headers).toEqual(['No', 'Nomor A', 'Nomor B']);
    expect(table.headerLine).toBe(4);
    expect(table.titleLines).toEqual([1, 2]);
    expect(table.lines).toEqual([5, 6]);
    expect(table.notes).toEqual([expect.objectContaining({ code: 'title-lines-skipped', params: expect.objectContaining({ first: 1, last: 2, header: 4 }) })]);
  });

  it('skips a title padded with delimiters, as Excel saves it, in a ; file', () => {
    const table = parsed('BANK CONTOH - MUTASI REKENING;;;\nTanggal;Keterangan;Debit;Kredit\n01/03/2024;TRF;100;0\n02/03/2024;TRF;0;50\n');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Tanggal', 'Keterangan', 'Debit', 'Kredit']);
    expect(table.titleLines).toEqual([1]);
  });

  it('keeps a short header line as the header (it is not a title)', () => {
    const table = parsed('a,b\n1,2,3\n4,5,6\n');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.titleLines).toEqual([]);
  });

  it('reads the corpus CDR with its title (when the shared corpus is present)', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile('../shared/import-corpus/07-cdr-with-title.csv', 'utf8').catch(() => undefined);
    if (text === undefined) return;
    const table = parsed(text);
    expect(table.headers[0]).toBe('No');
    expect(table.titleLines).toEqual([1, 2]);
  });
});

describe('whitespace-separated edge lists', () => {
  it.each([
    ['0 1\n1 2\n2 0\n', [['0', '1'], ['1', '2'], ['2', '0']]],
    ['12 77 3\n12   80 1\n 77\t80 2 \n', [['12', '77', '3'], ['12', '80', '1'], ['77', '80', '2']]],
    ['source target weight\na b 1\n"a c" d 2\n', [['a', 'b', '1'], ['a c', 'd', '2']]],
  ])('reads %j split on runs of spaces', (text, rows) => {
    const table = parsed(text);
    expect(table.delimiter).toBe(' ');
    expect([...table.rows]).toEqual(rows);
  });

  it('reads a headerless edge list as columns 1 to 3', () => {
    const table = parsed('101 202 2\n101 303 1\n');
    expect(table.headerless).toBe(true);
    expect(table.headers).toEqual(['column 1', 'column 2', 'column 3']);
    expect(table.lines).toEqual([1, 2]);
  });

  it('leaves a list of names with spaces as one column', () => {
    expect(parsed('nama\nBudi Santoso\nSiti\n').delimiter).toBe(',');
  });

  it('takes a space delimiter from the mapping', () => {
    const table = parseTable('a b\n1 2\n', 'f.txt', { delimiter: ' ' });
    expect([...table.rows]).toEqual([['1', '2']]);
  });
});
