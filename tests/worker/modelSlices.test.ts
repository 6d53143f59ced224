// The case goes to the page in slices cut by count and by weight (source lines), so no message is a long task.
import { describe, expect, it } from 'vitest';
import { sliceStarts } from '../../src/worker/modelSlices.ts';

/** An invented record seen on `lines` rows of one file. */
const seenOn = (lines: number) => ({ sources: [{ file: 'cdr.csv', lines: Array.from({ length: lines }, (_, i) => i + 2) }] });

describe('sliceStarts', () => {
  it.each([
    ['no records: no slice', [], [0]],
    ['one light record', [seenOn(1)], [0, 1]],
    ['600 light records: 250 a slice', Array.from({ length: 600 }, () => seenOn(1)), [0, 250, 500, 600]],
    ['a record on 6,000 rows is a slice of its own, between light ones', [seenOn(3), seenOn(6000), seenOn(3)], [0, 1, 2, 3]],
    ['records of 2,000 rows: two a slice (5,000 lines at most)', [seenOn(2000), seenOn(2000), seenOn(2000), seenOn(2000), seenOn(2000)], [0, 2, 4, 5]],
  ])('%s', (_name, items, expected) => {
    expect(sliceStarts(items)).toEqual(expected);
  });

  it('counts rows of detail as weight too', () => {
    const heavy = { sources: [{ file: 'cdr.csv', lines: [2] }], rows: Array.from({ length: 4000 }, () => ({})) };
    expect(sliceStarts([heavy, heavy, heavy])).toEqual([0, 1, 2, 3]);
  });
});
