import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineTally, linesPerFile } from '../../src/core/report/exporters/sourceRanges.ts';
import type { SourceLines } from '../../src/core/model/types.ts';

/** The plain count: a Set of lines per file, files in name order. */
function reference(lists: readonly (readonly SourceLines[])[]): [string, number][] {
  const perFile = new Map<string, Set<number>>();
  for (const sources of lists) {
    for (const source of sources) {
      const lines = perFile.get(source.file) ?? new Set<number>();
      for (const line of source.lines) lines.add(line);
      perFile.set(source.file, lines);
    }
  }
  return [...perFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, lines]) => [file, lines.size]);
}

const sourceLines = fc.record({
  file: fc.constantFrom('calls.csv', 'people.csv', 'mutasi.csv'),
  lines: fc.array(fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.constantFrom(0, -2, 1.5, 2 ** 31)), { maxLength: 12 }),
});
const cluster = fc.array(fc.array(sourceLines, { maxLength: 4 }), { maxLength: 6 });

describe('LineTally', () => {
  it('counts each distinct line once per file, files in order', () => {
    const tally = new LineTally();
    expect([...tally.count([[{ file: 'people.csv', lines: [7] }], [{ file: 'calls.csv', lines: [2, 3, 4] }, { file: 'calls.csv', lines: [4, 9] }]])])
      .toEqual([['calls.csv', 4], ['people.csv', 1]]);
  });

  it('forgets the lines of the previous count (one tally, cluster after cluster)', () => {
    const tally = new LineTally();
    tally.count([[{ file: 'calls.csv', lines: [2, 3, 4] }]]);
    expect([...tally.count([[{ file: 'calls.csv', lines: [3, 5] }]])]).toEqual([['calls.csv', 2]]);
  });

  it('gives what a Set per file gives, over many counts in a row and any lines', () => {
    fc.assert(fc.property(fc.array(cluster, { minLength: 1, maxLength: 8 }), (clusters) => {
      const tally = new LineTally();
      for (const lists of clusters) expect([...tally.count(lists)]).toEqual(reference(lists));
      expect([...linesPerFile(clusters.flat())]).toEqual(reference(clusters.flat()));
    }), { seed: 9, numRuns: 300 });
  });
});
