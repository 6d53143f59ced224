import { describe, expect, it } from 'vitest';
import { mergeById } from '../../src/core/model/order.ts';

const records = (...ids: string[]) => ids.map((id, index) => ({ id, n: index }));

describe('mergeById', () => {
  it.each([
    { a: [], b: [], merged: [] },
    { a: ['a'], b: [], merged: ['a'] },
    { a: [], b: ['b'], merged: ['b'] },
    { a: ['b', 'd'], b: ['a', 'c', 'e'], merged: ['a', 'b', 'c', 'd', 'e'] },
    // code-unit order, as compareIds: 'B' (66) before 'a' (97), '10' before '9'
    { a: ['a', 'b'], b: ['B', '10', '9'], merged: ['10', '9', 'B', 'a', 'b'] },
  ])('merges $a and $b into $merged', ({ a, b, merged }) => {
    expect(mergeById(records(...a), records(...[...b].sort())).map((record) => record.id)).toEqual(merged);
  });

  it('puts the first list\'s record first where the ids are equal (as a stable sort of both does)', () => {
    const first = [{ id: 'x', from: 'a' }];
    const second = [{ id: 'w', from: 'b' }, { id: 'x', from: 'b' }];
    expect(mergeById(first, second).map((record) => record.from)).toEqual(['b', 'a', 'b']);
  });
});
