import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CaseModel, Link } from '../../src/core/model/types.ts';
import { histogram, rowTimesInSteps, timedRows, type RowTimes, type TimedRow } from '../../src/core/workbench/timeline.ts';

function compact(rows: readonly TimedRow[]): RowTimes {
  return { times: Float64Array.from(rows, (row) => row.span.lo), calls: Uint8Array.from(rows, (row) => (row.kind === 'call' ? 1 : 0)), length: rows.length };
}

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
        expect(histogram(compact(rows), zone, maxBins)).toEqual(bins);
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

  it('reads the same rows as typed arrays, in steps, as timedRows reads as objects', () => {
    const link = (i: number, type: Link['type'], extra: Partial<Link>): Link => ({
      id: `${type}:${i}`, type, source: `phone:${i}`, target: `phone:${i + 1}`, count: 1, durationSeconds: 0, amounts: {},
      sources: [{ file: i % 2 ? 'cdr_ID.csv' : 'bank_TH.csv', lines: [i + 2] }], ...extra,
    });
    const model: CaseModel = {
      entities: [],
      links: [
        link(0, 'called', { count: 3, firstTime: '2024-03-02T10:00:00' }),
        link(1, 'transferred', { rows: [{ file: 'bank_TH.csv', line: 4, time: '2024-03-05' }, { file: 'bank_TH.csv', line: 9, time: '2024-02-01T08:00' }] } as Partial<Link>),
        link(2, 'uses_phone', { firstTime: '2024-03-01' }),
        link(3, 'called', { firstTime: '2024-04-11T23:59:00' }),
        link(4, 'called', {}),
      ],
    };
    const zones = new Map([['cdr_ID.csv', 420], ['bank_TH.csv', 420]]);
    const steps = rowTimesInSteps(model, zones, undefined, 2);
    let step = steps.next();
    let yielded = 0;
    while (!step.done) {
      yielded += 1;
      step = steps.next();
    }
    expect(yielded).toBe(2);
    const rows = timedRows(model, zones);
    expect(step.value.length).toBe(rows.length);
    expect(histogram(step.value, 420)).toEqual(histogram(rows, 420));
  });
});
