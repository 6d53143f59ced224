// The drawing's cap keeps the strongest entities: the same ones, in the same order, as sorting them all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strongest } from '../../src/ui/state/useGraphView.ts';
import { compareIds } from '../../src/core/model/order.ts';

/** The plain way: every id sorted by strength (strongest first), ties by id, the first `cap`. */
function byFullSort(strength: readonly number[], ids: readonly string[], cap: number): string[] {
  return ids.map((id, i) => ({ id, value: strength[i] as number }))
    .sort((a, b) => b.value - a.value || compareIds(a.id, b.id)).slice(0, cap).map((item) => item.id);
}

describe('strongest', () => {
  it.each([
    ['nothing asked', [3, 1], ['b', 'a'], 0, []],
    ['ties at the cap broken by id', [2, 5, 2, 2], ['d', 'a', 'c', 'b'], 2, ['a', 'b']],
    ['more asked than there are', [1, 2], ['x', 'y'], 5, ['y', 'x']],
  ])('%s', (_name, strength, ids, cap, expected) => {
    expect(strongest(strength, ids, cap)).toEqual(expected);
  });

  it('keeps what a full sort keeps, many ties included', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 400 }).chain((ids) => fc.tuple(
        fc.constant(ids), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: ids.length, maxLength: ids.length }), fc.integer({ min: 0, max: ids.length + 2 }),
      )),
      ([ids, strength, cap]) => {
        expect(strongest(strength, ids, cap)).toEqual(byFullSort(strength, ids, cap));
      },
    ), { seed: 11, numRuns: 200 });
  });
});
