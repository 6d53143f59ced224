import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TALLIED, Tally } from '../../src/core/resolve/tally.ts';
import { compareIds } from '../../src/core/model/order.ts';

/** The reference: a Map counting each value, new values only while there is room; the winner most frequent, ties to the first in code-unit order. */
function reference(values: readonly string[]): { entries: [string, number][]; pick: string | undefined } {
  const counts = new Map<string, number>();
  for (const value of values) {
    const seen = counts.get(value);
    if (seen !== undefined) counts.set(value, seen + 1);
    else if (counts.size < MAX_TALLIED) counts.set(value, 1);
  }
  let pick: [string, number] | undefined;
  for (const entry of counts) if (!pick || entry[1] > pick[1] || (entry[1] === pick[1] && compareIds(entry[0], pick[0]) < 0)) pick = entry;
  return { entries: [...counts], pick: pick?.[0] };
}

describe('Tally', () => {
  it.each([
    ['nothing', [], [], undefined],
    ['one value seen twice', ['ID', 'ID'], [['ID', 2]], 'ID'],
    ['a second value: both kept with their counts, in the order first seen', ['TH', 'TH', 'KH'], [['TH', 2], ['KH', 1]], 'TH'],
    ['a tie goes to the first in code-unit order, not the first seen', ['b', 'a'], [['b', 1], ['a', 1]], 'a'],
    ['the later value wins when it is seen more', ['x', 'y', 'y'], [['x', 1], ['y', 2]], 'y'],
  ] as const)('counts %s', (_name, values, entries, pick) => {
    const tally = new Tally();
    for (const value of values) tally.add(value);
    expect([...tally]).toEqual(entries);
    expect([...tally.keys()]).toEqual(entries.map(([value]) => value));
    expect(tally.size).toBe(entries.length);
    expect(tally.pick()).toBe(pick);
    for (const [value] of entries) expect(tally.has(value)).toBe(true);
    expect(tally.has('never seen')).toBe(false);
  });

  it('adds another tally\'s counts (a merge) as if its values had been seen here', () => {
    const into = Tally.of([['a', 2]]);
    into.addAll(Tally.of([['b', 3], ['a', 1]]));
    expect([...into]).toEqual([['a', 3], ['b', 3]]);
    expect(into.pick()).toBe('a');
  });

  it('counts like a Map, and keeps no more than MAX_TALLIED values', () => {
    const many = Array.from({ length: MAX_TALLIED + 5 }, (_, i) => `v${i}`);
    const tally = Tally.of(many.map((value) => [value, 1] as const));
    tally.add('v3');
    tally.add('late');
    expect(tally.size).toBe(MAX_TALLIED);
    expect(tally.has('late')).toBe(false);
    expect(tally.pick()).toBe('v3');
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'ab', 'B'), { maxLength: 30 }), (values) => {
      const tally = new Tally();
      for (const value of values) tally.add(value);
      const expected = reference(values);
      expect([...tally]).toEqual(expected.entries);
      expect(tally.pick()).toBe(expected.pick);
    }), { seed: 9, numRuns: 200 });
  });
});
