import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { RecordReader } from '../../src/core/ingest/records.ts';
import { SAMPLE_ROWS } from '../../src/core/ingest/tableRows.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';
import { expectEveryLineOnce } from './lineAccounting.ts';

/** `count` plain call rows from line `firstLine` on: `+6281200000001,+6281300000001,60`, … */
function plainRows(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => `+62812${String(from + i).padStart(8, '0')},+62813${String(from + i).padStart(8, '0')},${(from + i) % 600}`);
}

/** The rows a single reading of the text finds (the reference: one RecordReader from the header on, nothing read again). */
function readOnce(text: string): { fields: string[]; line: number }[] {
  const reader = new RecordReader(text, ',');
  const header = reader.next();
  reader.width = header?.fields.length ?? 0;
  const rows: { fields: string[]; line: number }[] = [];
  for (let record = reader.next(); record; record = reader.next()) if (!record.broken && record.fields.length > 0) rows.push({ fields: record.fields, line: record.line });
  return rows;
}

function ledgerOf(name: string, text: string) {
  const { prepared, failed } = prepareFiles([csv(name, text)], { defaultCountry: 'ID' });
  expect(failed).toEqual([]);
  return buildCase(prepared).ledger[0]!;
}

// A value as a CSV writer quotes it, or a fault a telco export has: a line break in quotes, a quote doubled, a stray quote.
const cell = fc.oneof(
  fc.constantFrom('1', 'SMS', '+6281234567890', '', ' x '),
  fc.constantFrom('"a,b"', '"line one\nline two"', '"one\r\ntwo\r\nthree"', '"say ""hi"""', '"Big "Boss" Lee"', 'ab"c', '"never closed'),
);
const trickyRow = fc.tuple(cell, cell, cell).map((cells) => cells.join(','));
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

describe('TableRows: a long file\'s rows read again from its text', () => {
  it('reads every row past the held ones as one reading does: quoted line breaks, doubled and stray quotes, broken quotes', () => {
    fc.assert(fc.property(
      fc.array(trickyRow, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 30 }), lineBreak,
      (tricky, before, eol) => {
        // The tricky rows straddle the last held row: some held, the others read again.
        const text = ['A_NUMBER,B_NUMBER,DURATION', ...plainRows(SAMPLE_ROWS - before), ...tricky, ...plainRows(3, SAMPLE_ROWS)].join(eol) + eol;
        const table = parseTable(text, 'cdr.csv');
        expectEveryLineOnce(table, text);
        const reference = readOnce(text);
        // NOTE: a footer is not a row of the table; these files have none (their last rows are plain calls).
        expect(table.lines).toEqual(reference.map((row) => row.line));
        expect([...table.rows]).toEqual(reference.map((row) => row.fields));
        expect([...table.rows.interned()]).toEqual(reference.map((row) => row.fields));
        for (const index of [SAMPLE_ROWS - 1, SAMPLE_ROWS, table.rows.length - 1]) expect(table.rows.at(index)).toEqual(reference[index]?.fields);
        expect(table.rows.slice(SAMPLE_ROWS - 2, SAMPLE_ROWS + 2)).toEqual(reference.slice(SAMPLE_ROWS - 2, SAMPLE_ROWS + 2).map((row) => row.fields));
      },
    ), { seed: 90, numRuns: 8 });
  });

  it('imports a row with a line break in quotes past the held rows whole, and the rows below it on their own lines', () => {
    const rows = plainRows(SAMPLE_ROWS + 10);
    rows.splice(SAMPLE_ROWS + 2, 0, '+6281299999991,+6281399999991,"12\n"');
    rows.splice(SAMPLE_ROWS + 5, 0, '+6281299999992,+6281399999992,30,extra');
    const ledger = ledgerOf('cdr.csv', ['A_NUMBER,B_NUMBER,DURATION', ...rows].join('\n') + '\n');
    // The header is line 1, row i is line i + 2; the quoted value takes lines SAMPLE_ROWS + 4 and + 5.
    expect(ledger.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ line: SAMPLE_ROWS + 4, code: 'value-spans-lines' })]));
    expect(ledger.rejected).toEqual([expect.objectContaining({ line: SAMPLE_ROWS + 8, code: 'field-count' })]);
    expect(ledger.rows).toBe(SAMPLE_ROWS + 12);
    expect(ledger.imported).toBe(SAMPLE_ROWS + 11);
  });

  it('takes a footer at the end of a file longer than the held rows, on its own line, by the count of rows it states', () => {
    const rows = plainRows(SAMPLE_ROWS + 7);
    const text = ['A_NUMBER,B_NUMBER,DURATION', ...rows, '', `${rows.length}`].join('\r\n') + '\r\n';
    const table = parseTable(text, 'cdr.csv');
    expectEveryLineOnce(table, text);
    expect(table.rows).toHaveLength(rows.length);
    expect(table.rows.at(rows.length - 1)).toEqual(rows[rows.length - 1]?.split(','));
    expect([...table.rows].at(-1)).toEqual(rows[rows.length - 1]?.split(','));
    expect(table.rejected).toEqual([expect.objectContaining({ line: rows.length + 3, code: 'footer-line' })]);
    const ledger = ledgerOf('cdr.csv', text);
    expect(ledger.imported).toBe(rows.length);
    expect(ledger.rejected.map((row) => [row.line, row.code])).toEqual([[rows.length + 3, 'footer-line']]);
  });

  it('names a long headerless file\'s columns by its widest row, not by a wider footer', () => {
    const rows = plainRows(SAMPLE_ROWS + 3);
    rows[SAMPLE_ROWS + 1] = `${rows[SAMPLE_ROWS + 1]},note`;
    const text = [...rows, `Total records: ${rows.length},,,,,`].join('\n') + '\n';
    const table = parseTable(text, 'cdr.csv', { header: false });
    expect(table.rejected.map((row) => row.code)).toEqual(['footer-line']);
    expect(table.headers).toEqual(['column 1', 'column 2', 'column 3', 'column 4']);
  });

  it('gives an added column (the statement\'s own account) to every row, held or read again, cut or padded to the header first', () => {
    const rows = plainRows(SAMPLE_ROWS + 2);
    rows[SAMPLE_ROWS + 1] = `${rows[SAMPLE_ROWS + 1]},spill`;
    rows[SAMPLE_ROWS] = '+6281200000000';
    const table = parseTable(['A_NUMBER,B_NUMBER,DURATION', ...rows].join('\n'), 'cdr.csv');
    const added = table.rows.withAppended(3, '0071001234567');
    const read = [...added];
    expect(read).toHaveLength(rows.length);
    expect(read.every((row) => row.length === 4 && row[3] === '0071001234567')).toBe(true);
    expect(read[SAMPLE_ROWS]).toEqual(['+6281200000000', '', '', '0071001234567']);
    expect(added.at(SAMPLE_ROWS + 1)?.slice(0, 3)).toEqual(rows[SAMPLE_ROWS + 1]?.split(',').slice(0, 3));
    // The table it came from is unchanged.
    expect(table.rows.at(SAMPLE_ROWS + 1)).toHaveLength(4);
  });
});
