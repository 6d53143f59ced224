import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/readInputs.ts';
import { MAX_INPUT_BYTES, checkInputSize, decodeText } from '../../src/core/ingest/decode.ts';
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
    expect([...table.rows]).toEqual([['1', '2'], ['3', '4']]);
    expect(table.lines).toEqual([2, 3]);
  });
  it('keeps a quoted field with an embedded newline in one row and counts its lines', () => {
    const table = parseTable('id,note\n1,"line one\nline two"\n2,plain\n', 'f.csv');
    expect(table.rows.at(0)).toEqual(['1', 'line one\nline two']);
    expect(table.lines).toEqual([2, 4]);
  });
  it('skips blank lines without shifting line numbers', () => {
    const table = parseTable('a,b\n\n1,2\n\n\n3,4', 'f.csv');
    expect(table.lines).toEqual([3, 6]);
  });
  it('reads a header-only file as zero rows', () => {
    expect([...parseTable('a,b\n', 'f.csv').rows]).toEqual([]);
  });
});

describe('decodeText: messages that name the line and the fix', () => {
  const utf16NoBom = (text: string, bigEndian = false) => {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
      bytes[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
    }
    return bytes;
  };
  function errorOf(action: () => unknown): SimpulError | undefined {
    try {
      action();
    } catch (error) {
      if (error instanceof SimpulError) return error;
      throw error;
    }
    return undefined;
  }

  it.each([
    ['little-endian', false, 'A_NUMBER,B_NUMBER\r\n0812,0813\r\n'],
    ['big-endian', true, 'id_orang;nama\nP-1;Budi\n'],
    ['little-endian with Thai text', false, 'nama\tเบอร์\nสมชาย\t0812\n'],
  ])('recognises UTF-16 %s without a BOM', (_name, bigEndian, text) => {
    expect(decodeText(utf16NoBom(text, bigEndian), 'a.csv')).toBe(text);
  });

  it.each([
    ['on line 1', [0x6e, 0x61, 0x6d, 0xe9, 0x0a], 1],
    ['on line 3 after LF lines', [...encode('id,nama\nP-1,Budi\nP-2,Ren'), 0xe9, ...encode('\n')], 3],
    ['on line 4 after CR and CRLF lines', [...encode('a\rb\r\nc\n'), 0x80], 4],
    ['a truncated multi-byte character on line 2', [...encode('a\n'), 0xe0, 0xb8], 2],
  ])('names the line of a byte that is not UTF-8 (%s)', (_name, bytes, line) => {
    const error = errorOf(() => decodeText(new Uint8Array(bytes), 'a.csv'));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line });
    expect(error?.message).toMatch(new RegExp(`a\\.csv line ${line}: byte 0x[0-9A-F]{2} is not UTF-8.*CSV UTF-8`));
  });

  it('names the line of damaged UTF-16', () => {
    const bytes = utf16le('a.csv', 'a\nb\nc').bytes;
    const damaged = new Uint8Array([...bytes, 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate on line 3
    expect(errorOf(() => decodeText(damaged, 'a.csv'))).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 3 });
  });

  it('states the size limit and refuses a larger file before reading it', () => {
    expect(errorOf(() => checkInputSize('huge.csv', MAX_INPUT_BYTES + 1))).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(errorOf(() => checkInputSize('huge.csv', MAX_INPUT_BYTES + 1))?.message).toMatch(/huge\.csv is too large: 501 MB.*up to 500 MB.*Split/);
    expect(errorOf(() => checkInputSize('ok.csv', MAX_INPUT_BYTES))).toBeUndefined();
  });

  it('refuses a file over the limit on the command line from its size, without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-size-'));
    try {
      const path = join(dir, 'huge.csv');
      const fd = openSync(path, 'w');
      ftruncateSync(fd, MAX_INPUT_BYTES + 1024 * 1024); // sparse: takes no disk space
      closeSync(fd);
      expect(errorOf(() => readInputs([path]))).toMatchObject({ code: 'FILE_TOO_LARGE', file: 'huge.csv' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still calls a PDF and an xlsx binary, not UTF-16', () => {
    expect(errorOf(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00]), 'a.pdf'))?.code).toBe('NOT_A_CSV');
  });
});
