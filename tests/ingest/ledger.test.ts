import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function importOne(name: string, text: string, defaultCountry?: string) {
  const { prepared, failed } = prepareFiles([csv(name, text)], defaultCountry ? { defaultCountry } : {});
  if (failed.length > 0) return { ledger: failed[0]!, model: { entities: [], links: [] } };
  const { ledger, model } = buildCase(prepared);
  return { ledger: ledger[0]!, model };
}

describe('row ledger', () => {
  it('counts a header-only file as zero rows', () => {
    const { ledger } = importOne('calls.csv', 'A_NUMBER,B_NUMBER\n');
    expect(ledger).toMatchObject({ rows: 0, imported: 0, rejected: [] });
  });

  it('imports one good row', () => {
    const { ledger, model } = importOne('calls.csv', 'A_NUMBER,B_NUMBER\n+66812345678,+959781234567\n');
    expect(ledger).toMatchObject({ kind: 'calls', rows: 1, imported: 1, rejected: [] });
    expect(model.links).toHaveLength(1);
  });

  it('rejects a call with nothing usable, with its line and a reason a person understands', () => {
    const { ledger } = importOne('calls.csv', 'A_NUMBER,B_NUMBER\n+66812345678,+959781234567\nN/A,\n');
    expect(ledger.rows).toBe(2);
    expect(ledger.imported).toBe(1);
    expect(ledger.rejected).toEqual([{
      line: 3, code: 'call-parties', params: expect.objectContaining({ cause: 'not-phone', causeHeader: 'A_NUMBER', cause2: 'empty', cause2Header: 'B_NUMBER' }),
      reason: expect.stringMatching(/call needs both parties: A_NUMBER "N\/A" is not a phone number; B_NUMBER is empty/),
    }]);
  });

  it('keeps a call with a bad date and warns', () => {
    const { ledger, model } = importOne('calls.csv', 'A_NUMBER,B_NUMBER,CALL_DATE\n+66812345678,+959781234567,31/02/2024\n');
    expect(ledger.imported).toBe(1);
    expect(ledger.warnings).toEqual([{ line: 2, code: 'date-not-real-time', params: { value: '31/02/2024' }, message: expect.stringMatching(/31\/02\/2024.*not a real date/) }]);
    expect(model.links[0]?.firstTime).toBeUndefined();
  });

  it('rejects a row with the wrong number of fields, naming the delimiter', () => {
    const { ledger } = importOne('people.csv', 'id_orang;nama;peran\nP-1;Budi;perekrut\nP-2;Sari;korban;extra\n');
    expect(ledger.rejected).toEqual([{ line: 3, code: 'field-count', params: { count: 4, width: 3, delimiter: ';' }, reason: 'has 4 fields where the header has 3: check for a stray ";" or an unclosed quote' }]);
  });

  it('leaves no trace of a rejected row in the case', () => {
    const { model } = importOne('calls.csv', 'A_NUMBER,B_NUMBER\n+66812345678,garbage\n');
    expect(model.entities).toEqual([]);
  });

  it('records a file that cannot be read at all, and goes on', () => {
    const { ledger } = importOne('mystery.csv', 'foo,bar\n1,2\n');
    expect(ledger.error?.code).toBe('UNCLASSIFIABLE_FILE');
  });

  it('records the assumed country of national-format numbers', () => {
    const { ledger } = importOne('cdr.csv', 'A_NUMBER,B_NUMBER\n0812-3456-7890,0813-1234-5678\n081298765432,6281311112222\n');
    expect(ledger.assumptions.join(' ')).toMatch(/national form.*Indonesia \(ID\)/);
    expect(ledger.imported).toBe(2);
  });

  it('accounts for every row exactly once, whatever the rows hold (property)', () => {
    const cell = fc.oneof(fc.constantFrom('', 'N/A', '+66812345678', '0812-3456-7890', '959781234567', '"', ';', '\n'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 25 }), (rows) => {
        const body = rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(',')).join('\n');
        const { ledger } = importOne('calls.csv', `A_NUMBER,B_NUMBER,DURATION\n${body}\n`, 'TH');
        expect(ledger.imported + ledger.rejected.length).toBe(ledger.rows);
        expect(new Set(ledger.rejected.map((row) => row.line)).size).toBe(ledger.rejected.length);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('files without a header line', () => {
  it('reads a headerless CDR: columns by position, data from line 1', () => {
    const { ledger, model } = importOne('raw.csv', '+66812345678,+959781234567,2024-03-01 10:00:00\n+66812345678,+6281234567890,2024-03-02 11:00:00\n');
    expect(ledger).toMatchObject({ kind: 'calls', rows: 2, imported: 2 });
    expect(model.links.map((link) => link.sources[0]?.lines[0]).sort()).toEqual([1, 2]);
  });

  it('does not guess a country that explains only some national numbers', () => {
    const { ledger } = importOne('cdr.csv', 'A_NUMBER,B_NUMBER\n0812-3456-7890,(022)28952819\n(080)12345678,(044)123456\n');
    expect(ledger.assumptions.join(' ')).toMatch(/no country's numbering plan explains most national-form phone numbers/);
  });
});
