import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { buildFastGraph, toFastGraph, type FastGraph } from '../../src/core/graph/fastGraph.ts';
import type { LinkType } from '../../src/core/model/types.ts';
import { caseOf, entity, link } from '../analysis/fixtures/caseBuilder.ts';

/** Everything a FastGraph holds, as plain arrays (the CSR and the node order). */
function plain(graph: FastGraph) {
  return {
    ids: [...graph.ids], offsets: [...graph.offsets], targets: [...graph.targets], weights: [...graph.weights],
    identity: [...graph.identity], strength: [...graph.strength], totalWeight: graph.totalWeight,
  };
}

const TYPES: LinkType[] = ['called', 'transferred', 'uses_phone', 'holds_account', 'associated', 'seen_at', 'uses_device', 'linked'];

describe('buildFastGraph', () => {
  it('merges parallel links of one pair into one edge, drops self-loops, marks identity edges', () => {
    const [a, b, c] = [entity('person', 'a'), entity('phone', 'b'), entity('phone', 'c')];
    const graph = buildFastGraph(caseOf([a, b, c], [
      link('called', b, c, { count: 4 }), link('called', c, b), link('uses_phone', a, b), link('called', c, c),
    ]));
    expect(graph.ids).toEqual(['person:a', 'phone:b', 'phone:c']);
    // b's neighbours in the order of the pair's first link: c (the call), then a (the phone's holder).
    expect([...graph.targets.subarray(graph.offsets[1], graph.offsets[2])]).toEqual([2, 0]);
    expect([...graph.weights.subarray(graph.offsets[1], graph.offsets[2])]).toEqual([3 + 1, 8]);
    expect([...graph.identity.subarray(graph.offsets[1], graph.offsets[2])]).toEqual([0, 1]);
    expect(graph.totalWeight).toBe(12);
  });

  it('throws on a link to an entity the model does not hold', () => {
    expect(() => buildFastGraph(caseOf([entity('phone', 'a')], [link('called', 'phone:a', 'phone:z')]))).toThrow(/phone:z/);
  });

  it('is exactly the integer copy of the graphology graph (same order, same sums) on random cases', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.nat(TYPES.length - 1), fc.integer({ min: 1, max: 9 })), { maxLength: 60 }),
      (n, pairs) => {
        const nodes = Array.from({ length: n }, (_, i) => entity(i % 3 === 0 ? 'person' : 'phone', `n${i}`));
        const links = new Map(pairs.map(([s, t, k, count]) => {
          const made = link(TYPES[k] as LinkType, nodes[s % n] as never, nodes[t % n] as never, { count, durationSeconds: count * 37 });
          return [made.id, made] as const;
        }));
        const model = caseOf(nodes, [...links.values()]);
        expect(plain(buildFastGraph(model))).toEqual(plain(toFastGraph(buildCaseGraph(model))));
      },
    ), { seed: 9, numRuns: 200 });
  });
});
