// A case past ROW_DETAIL_LIMIT keeps each tie's first and last time, not its rows: what its activity chart may say.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histogram, linksOutsideRange, tieHistogram, tieSpansInSteps, timedRows, type TieSpans } from '../../src/core/workbench/timeline.ts';
import type { CaseModel, Link } from '../../src/core/model/types.ts';
import type { AnalysisResult } from '../../src/core/analysis/types.ts';
import { buildCaseIndex } from '../../src/core/workbench/caseIndex.ts';
import { clusterActivity } from '../../src/core/workbench/clusterActivity.ts';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/** A call link as a large case keeps it: count, first and last time, no rows. */
const summed = (i: number, first: number, last: number, count: number, type: Link['type'] = 'called'): Link => ({
  id: `${type}|phone:${i}|phone:${i + 1}`, type, source: `phone:${i}`, target: `phone:${i + 1}`, count, durationSeconds: 0, amounts: {},
  firstTime: iso(first), lastTime: iso(last), sources: [{ file: 'cdr.csv', lines: [i + 2] }],
});

const read = (model: CaseModel, zones = new Map<string, number>()): TieSpans => {
  const steps = tieSpansInSteps(model, zones, undefined, 3);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

describe('tieHistogram', () => {
  it('draws uniform activity flat, where counting rows at first times drew a first-week spike', () => {
    // 40 ties each calling every day of 20 weeks, as the fresh user's generated compound case did.
    const links = Array.from({ length: 40 }, (_, i) => summed(i, START + (i % 7) * 3_600_000, START + 139 * DAY + (i % 7) * 3_600_000, 140));
    const model: CaseModel = { entities: [], links };
    const ties = tieHistogram(read(model), 0, 30);
    expect(ties.unit).toBe('week');
    const inner = ties.calls.slice(1, -1);
    expect(Math.min(...inner)).toBe(40);
    expect(Math.max(...ties.calls)).toBe(40);
    // The old reading: all 5,600 rows at their ties' first times, within the first day of a 20-week case.
    const rows = histogram(timedRows(model, new Map()), 0, 30);
    expect(rows.calls.reduce((sum, value) => sum + value, 0)).toBe(40 * 140);
    expect((rows.edges.at(-1) ?? 0) - (rows.edges[0] ?? 0)).toBeLessThanOrEqual(DAY);
  });

  it('counts a tie in each bin from its first to its last time, calls and transfers apart', () => {
    const model: CaseModel = {
      entities: [],
      links: [
        summed(0, START, START + 2 * DAY, 5),
        summed(1, START + 2 * DAY, START + 2 * DAY, 1),
        summed(2, START + DAY, START + 3 * DAY, 4, 'transferred'),
        summed(3, START, START + 3 * DAY, 9, 'uses_phone'),
      ],
    };
    const bins = tieHistogram(read(model), 0);
    expect(bins.unit).toBe('hour');
    const perDay = (values: number[]) => [0, 1, 2, 3].map((day) => values[day * 24] ?? 0);
    expect(perDay(bins.calls)).toEqual([1, 1, 2, 0]);
    expect(perDay(bins.transfers)).toEqual([0, 1, 1, 1]);
  });

  it('reads each tie in its file\'s zone', () => {
    const model: CaseModel = { entities: [], links: [summed(0, START + 23 * 3_600_000, START + 23 * 3_600_000, 2)] };
    expect(read(model, new Map([['cdr.csv', 420]])).first[0]).toBe(START + 16 * 3_600_000);
  });

  it('never loses a tie: the first bin counts every tie that began in it (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), { minLength: 1, maxLength: 40 }), (spans) => {
      const links = spans.map(([a, b], i) => summed(i, START + Math.min(a, b) * 3_600_000, START + Math.max(a, b) * 3_600_000, 1));
      const ties = read({ entities: [], links });
      const bins = tieHistogram(ties, 0, 20);
      const firstEdge = bins.edges[1] ?? Infinity;
      const began = spans.filter(([a, b]) => START + Math.min(a, b) * 3_600_000 < firstEdge).length;
      expect(bins.calls[0]).toBe(began);
      expect(Math.max(...bins.calls)).toBeLessThanOrEqual(spans.length);
    }), { seed: 11, numRuns: 100 });
  });
});

describe('linksOutsideRange without row detail', () => {
  it('keeps a tie whose first time is before the range and last time after it', () => {
    const model: CaseModel = { entities: [], links: [summed(0, START, START + 60 * DAY, 30), summed(1, START, START + 5 * DAY, 3)] };
    const outside = linksOutsideRange(model, new Map(), { from: START + 20 * DAY, to: START + 30 * DAY });
    expect([...outside]).toEqual([1]);
  });
});

describe('clusterActivity without row detail', () => {
  it('counts the ties in contact in a brushed period, not "0 calls"', () => {
    const model: CaseModel = {
      entities: [],
      links: [summed(0, START, START + 60 * DAY, 30), summed(1, START, START + 5 * DAY, 3), summed(2, START + 10 * DAY, START + 40 * DAY, 8, 'transferred')],
    };
    const index = buildCaseIndex(model, { clusters: [], hubs: [], brokers: [], clusterOf: {}, scores: {} } as unknown as AnalysisResult);
    const activity = clusterActivity(index, ['phone:0', 'phone:1', 'phone:2'], new Map(), { from: START + 20 * DAY, to: START + 30 * DAY });
    expect(activity.ties).toEqual({ calls: 1, transfers: 1 });
    expect(activity.calls + activity.transfers).toBe(0);
  });
});
