// sortIds sorts large lists in blocks and merges them: the order must be exactly the built-in sort's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortIds } from '../../src/core/model/order.ts';

describe('sortIds', () => {
  it('orders a list longer than one block exactly as the built-in sort, duplicates, surrogates and all', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('phone:+6281', 'phone:+6281', 'a', 'A', '')), { minLength: 70_000, maxLength: 140_000 }),
      (ids) => {
        const expected = [...ids].sort();
        const sorted = sortIds(ids);
        expect(sorted.length).toBe(expected.length);
        // NOTE: the first place they differ, not a diff of two 100k-element arrays.
        expect(sorted.findIndex((id, i) => id !== expected[i])).toBe(-1);
      },
    ), { seed: 9, numRuns: 3, endOnFailure: true });
  });

  it('orders a short list and an empty one', () => {
    expect(sortIds(['b', 'a', 'B'])).toEqual(['B', 'a', 'b']);
    expect(sortIds([])).toEqual([]);
  });
});
