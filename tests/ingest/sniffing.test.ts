import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/ingest/decode.ts';
import { sniffDelimiter } from '../../src/core/ingest/delimiter.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { SimpulError } from '../../src/core/model/errors.ts';
import { utf16le } from '../helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof SimpulError ? error.code : 'not a SimpulError';
  }
  return undefined;
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(encode('nama\nBudi'), 'a.csv')).toBe('nama\nBudi');
  });
  it('drops the UTF-8 BOM Excel writes', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('id;nama')]), 'a.csv')).toBe('id;nama');
  });
  it('reads UTF-16 little-endian with BOM (Excel "Unicode Text")', () => {
    expect(decodeText(utf16le('a.csv', 'nama\tအောင်').bytes, 'a.csv')).toBe('nama\tအောင်');
  });
  it('keeps Burmese, Thai and Chinese as written', () => {
    expect(decodeText(encode('မောင်မောင်,สมชาย,王伟'), 'a.csv')).toBe('မောင်မောင်,สมชาย,王伟');
  });
  it('refuses a legacy 8-bit encoding with a fix', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x6e, 0x61, 0x6d, 0xe9, 0x0a]), 'a.csv'))).toBe('UNSUPPORTED_ENCODING');
  });
  it('refuses a spreadsheet (zip) as not a CSV', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'case.xlsx'))).toBe('NOT_A_CSV');
  });
  it('refuses an empty file', () => {
    expect(codeOf(() => decodeText(new Uint8Array(), 'a.csv'))).toBe('EMPTY_FILE');
  });
});

describe('sniffDelimiter', () => {
  it.each([
    [',', 'A_NUMBER,B_NUMBER,DURATION\n6281,6282,30\n'],
    [';', 'id_orang;nama;kewarganegaraan\nP-1;Budi;Indonesia\n'],
    ['\t', 'CALLING_PARTY\tCALLED_PARTY\n0812\t0813\n'],
    ['|', 'A_PARTY|B_PARTY|DUR_SEC\n012345678|098765432|12\n'],
  ])('finds %j', (delimiter, text) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
  it('is not fooled by commas inside quoted names in a ; file', () => {
    expect(sniffDelimiter('id;nama\nP-1;"Santos, Maria"\nP-2;"Reyes, Jun"\n')).toBe(';');
  });
  it('is not fooled by decimal commas in a ; file', () => {
    expect(sniffDelimiter('tanggal;jumlah\n01/02/2024;1.500.000,00\n02/02/2024;250,50\n')).toBe(';');
  });
});

describe('parseTable', () => {
  it('numbers rows as a text editor does: header is line 1', () => {
    const table = parseTable('a,b\n1,2\n3,4\n', 'f.csv');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.lines).toEqual([2, 3]);
  });
  it('reads CRLF line ends', () => {
    const table = parseTable('a,b\r\n1,2\r\n3,4\r\n', 'f.csv');
    expect(table.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(table.lines).toEqual([2, 3]);
  });
  it('keeps a quoted field with an embedded newline in one row and counts its lines', () => {
    const table = parseTable('id,note\n1,"line one\nline two"\n2,plain\n', 'f.csv');
    expect(table.rows[0]).toEqual(['1', 'line one\nline two']);
    expect(table.lines).toEqual([2, 4]);
  });
  it('skips blank lines without shifting line numbers', () => {
    const table = parseTable('a,b\n\n1,2\n\n\n3,4', 'f.csv');
    expect(table.lines).toEqual([3, 6]);
  });
  it('reads a header-only file as zero rows', () => {
    expect(parseTable('a,b\n', 'f.csv').rows).toEqual([]);
  });
});
