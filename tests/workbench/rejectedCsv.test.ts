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
});
