import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from '../../src/core/workbench/rejectedCsv.ts';

describe('rejectedRowsCsv', () => {
  it('lists file, line and reason with a BOM, and neutralises formula-like cells', () => {
    const csv = rejectedRowsCsv([
      { file: 'calls.csv', rows: 3, imported: 2, rejected: [{ line: 4, reason: '=HYPERLINK("x") is not a phone number' }], warnings: [], assumptions: [] },
      { file: 'notes.csv', rows: 0, imported: 0, rejected: [], warnings: [], assumptions: [], error: { code: 'UNCLASSIFIABLE_FILE', message: 'cannot tell' } },
    ]);
    expect(csv.startsWith('\uFEFFfile,line,reason\r\n')).toBe(true);
    expect(csv).toContain(`calls.csv,4,"'=HYPERLINK(""x"") is not a phone number"`);
    expect(csv).toContain('notes.csv,0,UNCLASSIFIABLE_FILE: cannot tell');
  });

  it('says its header and reasons in the words it is given, file names and lines as they are', () => {
    const csv = rejectedRowsCsv([
      { file: 'cdr.csv', rows: 2, imported: 1, rejected: [{ line: 3, reason: 'row is empty', code: 'row-empty' }], warnings: [], assumptions: [] },
    ], { headers: ['berkas', 'baris', 'alasan'], reason: (row) => (row.code === 'row-empty' ? 'baris kosong' : row.reason), error: (error) => error.message });
    expect(csv.startsWith('\uFEFFberkas,baris,alasan\r\n')).toBe(true);
    expect(csv).toContain('cdr.csv,3,baris kosong');
    expect(csv).not.toContain('row is empty');
  });
});
