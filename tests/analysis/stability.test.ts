import { describe, expect, it } from 'vitest';
import { communityLabels, detectCommunities } from '../../src/core/analysis/communities.ts';
import { toFastGraph } from '../../src/core/graph/fastGraph.ts';
import { AGREEMENT_TOLERANCE, MIN_RUNS, STABILITY_EDGE_BUDGET, clusterStability, stabilityRunsFor } from '../../src/core/analysis/stability.ts';
import { mulberry32 } from '../../src/core/analysis/seededRandom.ts';
import { buildCaseGraph, type CaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { caseOf, link, phone } from './fixtures/caseBuilder.ts';

/** Phones p0…p(n-1) with calls (count 3) between the index pairs given. */
function callGraph(n: number, pairs: [number, number][], count = 3): CaseGraph {
  const phones = Array.from({ length: n }, (_, i) => phone(`p${String(i).padStart(3, '0')}`));
  const links = new Map(pairs.filter(([a, b]) => a !== b).map(([a, b]) => {
    const made = link('called', phones[a] ?? 'x', phones[b] ?? 'x', { count });
    return [made.id, made] as const;
  }));
  return buildCaseGraph(caseOf(phones, [...links.values()]));
}

/** Cliques of `size` phones, consecutive ones joined by one weak call. */
function cliques(count: number, size: number): CaseGraph {
  const pairs: [number, number][] = [];
  for (let c = 0; c < count; c++) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) pairs.push([c * size + i, c * size + j]);
    if (c > 0) pairs.push([c * size, (c - 1) * size + 1]);
  }
  return callGraph(count * size, pairs);
}

/** A sparse random graph: no boundary is firm. */
function sparse(n: number, seed: number): CaseGraph {
  const random = mulberry32(seed);
  const pairs: [number, number][] = [];
  for (let i = 1; i < n; i++) pairs.push([i, Math.floor(random() * i)]);
  for (let k = 0; k < n; k++) pairs.push([Math.floor(random() * n), Math.floor(random() * n)]);
  return callGraph(n, pairs, 1);
}

describe('clusterStability', () => {
  it('gives 1 to clusters that come back whole under every seed (cliques joined by a weak tie)', () => {
    const graph = cliques(4, 8);
    const reference = detectCommunities(graph, { seed: 42, resolution: 1 });
    const result = clusterStability(graph, reference, { seed: 42, resolution: 1, runs: 10 });
    expect(reference.clusters).toHaveLength(4);
    // Every run agrees with the others: the re-runs stop as soon as they may.
    expect(result.runs).toBe(MIN_RUNS);
    expect(result.byCluster).toEqual([1, 1, 1, 1]);
    expect([...result.coMembership.values()].every((share) => share === 1)).toBe(true);
  });

  it('gives less to clusters cut out of a graph without firm boundaries, and marks members that wander', () => {
    const graph = sparse(120, 3);
    const reference = detectCommunities(graph, { seed: 42, resolution: 1 });
    const result = clusterStability(graph, reference, { seed: 42, resolution: 1, runs: 12 });
    // The runs disagree on how much of the case is stable: none of them is skipped.
    expect(result.runs).toBe(12);
    const mean = result.byCluster.reduce((sum, value) => sum + value, 0) / result.byCluster.length;
    expect(mean).toBeLessThan(0.8);
    expect([...result.coMembership.values()].some((share) => share < 0.6)).toBe(true);
    for (const value of [...result.byCluster, ...result.coMembership.values()]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('is reproducible: same graph, reference and seed give the same numbers; another seed may not', () => {
    const graph = sparse(80, 5);
    const reference = detectCommunities(graph, { seed: 1, resolution: 1 });
    const a = clusterStability(graph, reference, { seed: 1, resolution: 1, runs: 8 });
    const b = clusterStability(graph, reference, { seed: 1, resolution: 1, runs: 8 });
    expect(b).toEqual(a);
  });

  it('stops early only once the case-wide agreement is known to the tolerance, and says so in its progress', () => {
    const graph = cliques(4, 8);
    const reference = detectCommunities(graph, { seed: 42, resolution: 1 });
    const seen: [number, number][] = [];
    const result = clusterStability(graph, reference, { seed: 42, resolution: 1, runs: 20, onProgress: (done, total) => seen.push([done, total]) });
    expect(AGREEMENT_TOLERANCE).toBeGreaterThan(0);
    expect(seen).toEqual([[1, 20], [2, 20], [3, 20], [4, 20], [5, 5]]);
    expect(result.runs).toBe(5);
  });

  it('reports progress once per run and measures nothing with 0 runs', () => {
    const graph = cliques(2, 5);
    const reference = detectCommunities(graph, { seed: 42, resolution: 1 });
    const seen: number[] = [];
    clusterStability(graph, reference, { seed: 42, resolution: 1, runs: 3, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2, 3]);
    expect(clusterStability(graph, reference, { seed: 42, resolution: 1, runs: 0 }).runs).toBe(0);
  });
});

describe('stabilityRunsFor', () => {
  it.each([
    [20, 1_000, 20],
    [20, STABILITY_EDGE_BUDGET / 20, 20],
    [20, STABILITY_EDGE_BUDGET / 10, 10],
    [20, STABILITY_EDGE_BUDGET, MIN_RUNS],
    [3, STABILITY_EDGE_BUDGET, 3],
    [0, 10, 0],
  ])('asks %i runs on %i edges → %i', (asked, edges, expected) => {
    expect(stabilityRunsFor(asked, edges)).toBe(expected);
  });
});

describe('communityLabels (what the re-runs compare)', () => {
  it.each([1, 7, 42])('numbers every node as detectCommunities does (seed %i), on a graph without firm boundaries', (seed) => {
    const fast = toFastGraph(sparse(150, seed));
    const reference = detectCommunities(fast, { seed, resolution: 1 });
    const labels = communityLabels(fast, { seed, resolution: 1 });
    expect(reference.clusters.length).toBeGreaterThan(3);
    expect(fast.ids.map((id) => reference.assignment.get(id))).toEqual([...labels]);
  });
});
