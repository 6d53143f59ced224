import { describe, expect, it } from 'vitest';
import { louvainPartition } from '../../src/core/analysis/louvain.ts';
import { mulberry32 } from '../../src/core/analysis/seededRandom.ts';
import { buildFastGraph } from '../../src/core/graph/fastGraph.ts';
import { generateSyndicates } from './fixtures/syndicates.ts';

describe('louvainPartition in a cache-friendly numbering', () => {
  const graph = buildFastGraph(generateSyndicates({ syndicates: 8, crew: 25, victims: 10 }).model);

  it.each([1, 7, 42])('gives the same communities, to the last label, as on the graph\'s own numbering (seed %i)', (seed) => {
    const plain = louvainPartition(graph, 1, mulberry32(seed), undefined, Infinity);
    const renumbered = louvainPartition(graph, 1, mulberry32(seed), undefined, 0);
    expect(new Set(plain).size).toBeGreaterThan(4);
    expect([...renumbered]).toEqual([...plain]);
  });

  it('and so with several graphs side by side, each with its own 2m', () => {
    const n = graph.offsets.length - 1;
    const m2Of = Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 2 * graph.totalWeight : graph.totalWeight));
    expect([...louvainPartition(graph, 1.5, mulberry32(3), m2Of, 0)]).toEqual([...louvainPartition(graph, 1.5, mulberry32(3), m2Of, Infinity)]);
  });
});
