import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histogram, type TimedRow } from '../../src/core/workbench/timeline.ts';

const HOUR = 3_600_000;
const START = Date.UTC(2024, 2, 1);

describe('histogram', () => {
  it('counts rows in any order as it counts them sorted (the page reads them in link order)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 24 * 400 }), fc.boolean()), { minLength: 1, maxLength: 60 }),
      fc.constantFrom(0, 420, 480, -300), fc.integer({ min: 5, max: 120 }),
      (seeds, zone, maxBins) => {
        const rows: TimedRow[] = seeds.map(([hours, call], linkIndex) => ({
          linkIndex, kind: call ? 'call' : 'transfer', span: { lo: START + hours * HOUR + 17, hi: START + hours * HOUR + 17 },
        }));
        const sorted = [...rows].sort((a, b) => a.span.lo - b.span.lo || a.linkIndex - b.linkIndex);
        const bins = histogram(rows, zone, maxBins);
        expect(bins).toEqual(histogram(sorted, zone, maxBins));
        expect(bins.calls.reduce((sum, n) => sum + n, 0)).toBe(rows.filter((row) => row.kind === 'call').length);
        expect(bins.transfers.reduce((sum, n) => sum + n, 0)).toBe(rows.filter((row) => row.kind === 'transfer').length);
      },
    ), { seed: 21, numRuns: 120 });
  });

  it('puts a row on a bin edge in the bin that starts there', () => {
    const rows: TimedRow[] = [0, 24, 25, 48].map((hours, linkIndex) => ({ linkIndex, kind: 'call', span: { lo: START + hours * HOUR, hi: START + hours * HOUR } }));
    const bins = histogram([...rows].reverse(), 0);
    expect(bins.unit).toBe('hour');
    expect(bins.calls[0]).toBe(1);
    expect(bins.calls[24]).toBe(1);
    expect(bins.calls[25]).toBe(1);
    expect(bins.calls[48]).toBe(1);
  });
});
