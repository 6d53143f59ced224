// A column's cells found from the text by their characters: equal values are one string, different values never mixed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellTables } from '../../src/core/ingest/cellTable.ts';

describe('CellTables', () => {
  it('gives the same string for the same value of a column, wherever in whichever text it lies', () => {
    const cells = new CellTables();
    const first = cells.cell(0, 'x,+6281234567890,y', 2, 16);
    expect(first).toBe('+6281234567890');
    expect(cells.cell(0, '+6281234567890|z', 0, 14)).toBe(first);
    expect(cells.string(0, '+62812345678' + '90')).toBe(first);
    // another column keeps its own values
    expect(cells.cell(1, '+6281234567890', 0, 14)).toBe('+6281234567890');
  });

  it('reads every cell as written: many values, lengths 0 to 20, columns judged too distinct included', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('MOC', 'MTC', 'SMS', '')), { minLength: 1, maxLength: 12_000 }), (rows) => {
      const cells = new CellTables();
      for (const [distinct, repeated] of rows) {
        const text = `${distinct}\u0001${repeated}`;
        expect(cells.cell(0, text, 0, distinct.length)).toBe(distinct);
        expect(cells.cell(1, text, distinct.length + 1, text.length)).toBe(repeated);
        cells.endRow();
      }
    }), { seed: 12, numRuns: 6 });
  });
});
