import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { BETWEENNESS_EDGE_BUDGET, MIN_BETWEENNESS_SAMPLES, betweennessSamplesFor, computeCentrality, csrPagerank } from '../../src/core/analysis/centrality.ts';
import { sampledBetweenness } from '../../src/core/analysis/sampledBetweenness.ts';
import { buildAnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { caseOf, link, phone } from './fixtures/caseBuilder.ts';
import { generateSyndicates } from './fixtures/syndicates.ts';

const star = () => {
  const centre = phone('centre');
  const leaves = ['a', 'b', 'c', 'd'].map((k) => phone(k));
  return buildAnalysisGraph(caseOf([centre, ...leaves], leaves.map((leaf, i) => link('called', centre, leaf, { count: 2 ** i }))));
};

describe('computeCentrality', () => {
  it('returns nothing for an empty graph', () => {
    expect(computeCentrality(buildAnalysisGraph({ entities: [], links: [] }), { seed: 1 }).size).toBe(0);
  });

  it('gives the centre of a star all the betweenness and the highest PageRank', () => {
    const scores = computeCentrality(star(), { seed: 1 });
    const centre = scores.get('phone:centre');
    expect(centre).toMatchObject({ degree: 4, weightedDegree: 1 + 2 + 3 + 4, betweenness: 1 });
    expect(scores.get('phone:a')?.betweenness).toBe(0);
    for (const leaf of ['a', 'b', 'c', 'd']) expect(centre?.pagerank).toBeGreaterThan(scores.get(`phone:${leaf}`)?.pagerank ?? 1);
  });

  it('weights PageRank: the leaf with more calls ranks higher', () => {
    const scores = computeCentrality(star(), { seed: 1 });
    expect(scores.get('phone:d')?.pagerank).toBeGreaterThan(scores.get('phone:a')?.pagerank ?? 1);
    const total = [...scores.values()].reduce((sum, s) => sum + s.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
  });
});

describe('sampledBetweenness', () => {
  const graph = buildCaseGraph(generateSyndicates({ syndicates: 3, crew: 20, victims: 5 }).model);
  const exact = betweenness(graph, { getEdgeWeight: null, normalized: true });

  it('equals the exact betweenness when every node is a source', () => {
    const all = sampledBetweenness(graph, { samples: graph.order, seed: 3 });
    for (const [node, value] of all) expect(value).toBeCloseTo(exact[node] ?? NaN, 10);
  });

  it('estimates it on the same scale from a sample, and finds the same top nodes', () => {
    const sampled = sampledBetweenness(graph, { samples: Math.round(graph.order / 3), seed: 3 });
    const top = (scores: [string, number][]) => scores.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id]) => id);
    const exactTop = top(Object.entries(exact));
    const sampledTop = top([...sampled]);
    expect(sampledTop.filter((id) => exactTop.includes(id)).length).toBeGreaterThanOrEqual(4);
    const [leader] = exactTop;
    expect(sampled.get(leader as string)).toBeGreaterThan((exact[leader as string] ?? 0) * 0.7);
    expect(sampled.get(leader as string)).toBeLessThan((exact[leader as string] ?? 0) * 1.3);
  });

  it('equals the exact betweenness on a graph of several components (each search resets only what it reached)', () => {
    const phones = Array.from({ length: 14 }, (_, i) => phone(`q${String(i).padStart(2, '0')}`));
    const at = (i: number) => phones[i] as (typeof phones)[number];
    // A path of five, a star of five and a triangle with a tail: three components of different shapes.
    const pairs: [number, number][] = [[0, 1], [1, 2], [2, 3], [3, 4], [5, 6], [5, 7], [5, 8], [5, 9], [10, 11], [11, 12], [12, 10], [12, 13]];
    const parts = buildCaseGraph(caseOf(phones, pairs.map(([a, b]) => link('called', at(a), at(b)))));
    const reference = betweenness(parts, { getEdgeWeight: null, normalized: true });
    for (const [node, value] of sampledBetweenness(parts, { samples: parts.order, seed: 5 })) expect(value).toBeCloseTo(reference[node] ?? NaN, 12);
  });

  it('is reproducible for a seed', () => {
    expect(sampledBetweenness(graph, { samples: 50, seed: 9 })).toEqual(sampledBetweenness(graph, { samples: 50, seed: 9 }));
  });

  it('is used above 2,000 nodes', () => {
    const big = buildAnalysisGraph(generateSyndicates({ syndicates: 12, crew: 60, victims: 20 }).model);
    expect(big.ids.length).toBeGreaterThan(2000);
    const scores = computeCentrality(big, { seed: 5, samples: 64 });
    const expected = sampledBetweenness(big, { samples: 64, seed: 5 });
    for (const node of big.ids) expect(scores.get(node)?.betweenness).toBe(expected.get(node));
  });
});

describe('betweennessSamplesFor', () => {
  it.each([
    [400, 1000, 400],
    [400, BETWEENNESS_EDGE_BUDGET / 400, 400],
    [400, BETWEENNESS_EDGE_BUDGET / 100, 100],
    [400, BETWEENNESS_EDGE_BUDGET, MIN_BETWEENNESS_SAMPLES],
    [30, BETWEENNESS_EDGE_BUDGET, 30],
  ])('draws %i sources on %i edges as %i (cost stays within the budget, never below the floor)', (asked, edges, expected) => {
    expect(betweennessSamplesFor(asked, edges)).toBe(expected);
  });
});

describe('csrPagerank (graphology-metrics\' PageRank on the integer graph)', () => {
  it.each([
    { name: 'a generated case of three syndicates', model: generateSyndicates({ syndicates: 3, crew: 20, victims: 5 }).model },
    {
      name: 'a case with isolated nodes and a pair (dangling nodes)',
      model: caseOf([phone('a'), phone('b'), phone('c'), phone('d'), phone('e')], [link('called', 'phone:a', 'phone:b', { count: 3 }), link('called', 'phone:c', 'phone:b')]),
    },
  ])('gives graphology\'s ranks to the last bit on $name', ({ model }) => {
    const reference = pagerank(buildCaseGraph(model), { getEdgeWeight: 'weight' });
    const graph = buildAnalysisGraph(model);
    const ranks = csrPagerank(graph, 100);
    expect(ranks && Object.fromEntries(graph.ids.map((id, i) => [id, ranks[i]]))).toEqual(reference);
    expect(Object.fromEntries([...computeCentrality(graph, { seed: 1 })].map(([id, score]) => [id, score.pagerank]))).toEqual(reference);
  });

  it('says when it does not converge within its iterations', () => {
    expect(csrPagerank(buildAnalysisGraph(generateSyndicates({ syndicates: 3, crew: 20, victims: 5 }).model), 1)).toBeUndefined();
  });
});
