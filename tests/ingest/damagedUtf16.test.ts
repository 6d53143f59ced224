// A UTF-16 file damaged near its end (cut short, a broken character) keeps the rows before the damage; every line
// from the damage on is rejected with its line number and the reason, and a damaged header still refuses the file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeKeepingGoodLines } from '../../src/core/ingest/decode.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { utf16le } from '../helpers.ts';

const TEXT = 'DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,DATE\n1234567890,9876543210,150000,2024-03-01\n1234567890,9876543210,220000,2024-03-02\n1234567890,7021333335,98000,2024-03-03\n';

describe('a damaged UTF-16 file', () => {
  it.each([
    ['cut short in the middle of a character', (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 9), 4, 4],
    ['a lone surrogate on line 3, lines 3–4 suspect', (bytes: Uint8Array) => { const copy = new Uint8Array(bytes); const at = 2 + 2 * TEXT.indexOf('220000'); copy[at] = 0x00; copy[at + 1] = 0xd8; return copy; }, 3, 4],
  ])('%s: the lines before are read, the rest rejected with line and reason', (_what, damage, first, last) => {
    const bytes = damage(utf16le('t.csv', TEXT).bytes);
    const result = runPipeline([{ name: 't.csv', bytes }], { stabilityRuns: 0 });
    const entry = result.ledger.find((candidate) => candidate.file === 't.csv');
    expect(entry?.error).toBeUndefined();
    expect(entry?.imported).toBe(first - 2);
    expect(entry?.rejected.map((row) => row.line)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    expect(entry?.rejected.every((row) => row.code === 'text-damaged' && row.params?.first === first)).toBe(true);
    expect((entry?.imported ?? 0) + (entry?.rejected.length ?? 0)).toBe(entry?.rows);
  });

  it('still refuses a file damaged on its header line', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x0a, 0x00, 0x31, 0x00]);
    expect(() => decodeKeepingGoodLines(bytes, 'h.csv')).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_ENCODING' }));
  });

  it('the fresh user’s truncated KBank log: 14 rows read, line 16 rejected as cut short', () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/truncated_kbank_utf16.csv'));
    const result = runPipeline([{ name: 'truncated_kbank_utf16.csv', bytes }], { stabilityRuns: 0 });
    const entry = result.ledger.find((candidate) => candidate.file === 'truncated_kbank_utf16.csv');
    expect(entry?.error).toBeUndefined();
    expect(entry?.imported).toBe(14);
    expect(entry?.rejected).toEqual([expect.objectContaining({ line: 16, code: 'text-damaged', params: { first: 16, cut: 'yes' } })]);
  });
});
