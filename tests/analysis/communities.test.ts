import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCommunities, modularity } from '../../src/core/analysis/communities.ts';
import { buildCaseGraph, type CaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { caseOf, link, phone } from './fixtures/caseBuilder.ts';
import { generateSyndicates } from './fixtures/syndicates.ts';

/** Phones p0…p(n-1) and calls between the given index pairs. */
function callGraph(n: number, pairs: [number, number][]): CaseGraph {
  const phones = Array.from({ length: n }, (_, i) => phone(`p${i}`));
  const links = pairs
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => link('called', phones[a] ?? 'x', phones[b] ?? 'x', { count: 2 }));
  const unique = new Map(links.map((l) => [l.id, l]));
  return buildCaseGraph(caseOf(phones, [...unique.values()]));
}

function isConnected(graph: CaseGraph, members: string[]): boolean {
  const inside = new Set(members);
  const seen = new Set([members[0]]);
  const queue = [members[0] as string];
  while (queue.length > 0) {
    graph.forEachNeighbor(queue.pop() as string, (n) => {
      if (inside.has(n) && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    });
  }
  return seen.size === members.length;
}

describe('detectCommunities', () => {
  it('returns nothing for an empty graph', () => {
    const result = detectCommunities(callGraph(0, []), { seed: 42, resolution: 1 });
    expect(result.clusters).toEqual([]);
    expect(result.modularity).toBe(0);
  });

  it('makes every isolated node a singleton', () => {
    const result = detectCommunities(callGraph(3, []), { seed: 42, resolution: 1 });
    expect(result.clusters).toEqual([['phone:p0'], ['phone:p1'], ['phone:p2']]);
  });

  it('finds two triangles joined by one call, numbering the larger first', () => {
    // p0-p1-p2 triangle + p3 hanging off p2's side; p4-p5-p6 triangle; one call p2–p4.
    const graph = callGraph(7, [[0, 1], [1, 2], [2, 0], [3, 0], [3, 1], [4, 5], [5, 6], [6, 4], [2, 4]]);
    const result = detectCommunities(graph, { seed: 42, resolution: 1 });
    expect(result.clusters).toEqual([
      ['phone:p0', 'phone:p1', 'phone:p2', 'phone:p3'],
      ['phone:p4', 'phone:p5', 'phone:p6'],
    ]);
    expect(result.assignment.get('phone:p3')).toBe(0);
    expect(result.assignment.get('phone:p6')).toBe(1);
    expect(result.modularity).toBeCloseTo(modularity(graph, result.assignment), 12);
    expect(result.modularity).toBeGreaterThan(0.3);
  });

  it('breaks size ties by the smallest member id', () => {
    const graph = callGraph(4, [[2, 3], [0, 1]]);
    expect(detectCommunities(graph, { seed: 1, resolution: 1 }).clusters).toEqual([
      ['phone:p0', 'phone:p1'],
      ['phone:p2', 'phone:p3'],
    ]);
  });

  it('gives the same clusters for the same graph and seed', () => {
    const { model } = generateSyndicates({ syndicates: 6, crew: 30, victims: 10 });
    const first = detectCommunities(buildCaseGraph(model), { seed: 7, resolution: 1 });
    const second = detectCommunities(buildCaseGraph(model), { seed: 7, resolution: 1 });
    expect(second).toEqual(first);
  });

  it('makes more, smaller clusters at a higher resolution', () => {
    const { model } = generateSyndicates({ syndicates: 4, crew: 30, victims: 10 });
    const graph = buildCaseGraph(model);
    const coarse = detectCommunities(graph, { seed: 42, resolution: 0.5 });
    const fine = detectCommunities(graph, { seed: 42, resolution: 3 });
    expect(fine.clusters.length).toBeGreaterThan(coarse.clusters.length);
  });

  it('always reports connected clusters that cover every node exactly once', () => {
    const edges = fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 80 });
    fc.assert(
      fc.property(edges, fc.nat(1000), fc.double({ min: 0.2, max: 4, noNaN: true }), (pairs, seed, resolution) => {
        const graph = callGraph(30, pairs);
        const result = detectCommunities(graph, { seed, resolution });
        const all = result.clusters.flat();
        expect(all.length).toBe(graph.order);
        expect(new Set(all).size).toBe(graph.order);
        for (const members of result.clusters) expect(isConnected(graph, members)).toBe(true);
        for (let i = 1; i < result.clusters.length; i++) {
          expect((result.clusters[i - 1] as string[]).length).toBeGreaterThanOrEqual((result.clusters[i] as string[]).length);
        }
      }),
      { numRuns: 60 },
    );
  });
});
