// Who is central: degree, weighted degree, weighted PageRank and betweenness for every node.

import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { caseGraphOf } from '../graph/buildCaseGraph.ts';
import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import { pulse } from '../progressPulse.ts';
import type { FastGraph } from '../graph/fastGraph.ts';
import { sampledBetweenness } from './sampledBetweenness.ts';
import type { NodeScores } from './types.ts';

/** Above this many nodes betweenness is estimated from a sample of sources. */
export const EXACT_BETWEENNESS_LIMIT = 2000;
/** Number of sampled sources on large graphs. */
export const BETWEENNESS_SAMPLES = 400;
/**
 * Cost budget of sampled betweenness in edge visits (sources × edges): above it fewer sources are
 * drawn, never fewer than `MIN_BETWEENNESS_SAMPLES`, so the cost stays linear in the edges.
 * NOTE: the case-wide betweenness is only reported per node (key players and brokers measure their
 * own cluster's actor graph); its error bound grows as 1/√k (`betweennessErrorBound`).
 */
export const BETWEENNESS_EDGE_BUDGET = 10_000_000;
export const MIN_BETWEENNESS_SAMPLES = 50;

/** Sources drawn for `asked` on a graph of `edges` edges (see `BETWEENNESS_EDGE_BUDGET`). */
export function betweennessSamplesFor(asked: number, edges: number): number {
  if (edges * asked <= BETWEENNESS_EDGE_BUDGET) return asked;
  return Math.min(asked, Math.max(MIN_BETWEENNESS_SAMPLES, Math.floor(BETWEENNESS_EDGE_BUDGET / Math.max(1, edges))));
}

export interface CentralityOptions {
  /** Seed of the betweenness source sample (large graphs only). */
  seed: number;
  /** Override `BETWEENNESS_SAMPLES` (tests use it). */
  samples?: number;
}

/**
 * Centrality of every node of the graph.
 *
 * - PageRank is weighted by `weight` (damping 0.85).
 * - Betweenness ignores weights: exact (graphology-metrics) up to `EXACT_BETWEENNESS_LIMIT` nodes,
 *   sampled Brandes with `BETWEENNESS_SAMPLES` seeded sources above (fewer on very large graphs,
 *   see `BETWEENNESS_EDGE_BUDGET`); both normalised to [0, 1].
 *
 * NOTE: our weights are strengths, and weighted betweenness reads weights as distances — strong
 * ties would become long detours. Counting hops is the honest choice here.
 */
export function computeCentrality(graph: AnalysisGraph, options: CentralityOptions): Map<string, NodeScores> {
  const result = new Map<string, NodeScores>();
  const n = graph.ids.length;
  if (n === 0) return result;
  const ranks = weightedPagerank(graph);
  const edges = graph.targets.length / 2;
  // NOTE: exact betweenness is graphology's (a small graph, so its copy costs little).
  const between =
    n <= EXACT_BETWEENNESS_LIMIT
      ? new Map(Object.entries(betweenness(caseGraphOf(graph), { getEdgeWeight: null, normalized: true })))
      : sampledBetweenness(graph, { samples: options.samples ?? betweennessSamplesFor(BETWEENNESS_SAMPLES, edges), seed: options.seed });
  graph.ids.forEach((node, i) => {
    result.set(node, {
      degree: (graph.offsets[i + 1] as number) - (graph.offsets[i] as number),
      weightedDegree: graph.strength[i] as number,
      pagerank: ranks[i] as number,
      betweenness: between.get(node) ?? 0,
    });
  });
  return result;
}

/** PageRank weighted by `weight`, damping 0.85; more room once when 100 iterations do not converge. */
function weightedPagerank(graph: FastGraph): Float64Array {
  return csrPagerank(graph, 100) ?? csrPagerank(graph, 2000) ?? failed();
}

function failed(): never {
  throw new Error('computeCentrality: PageRank failed to converge');
}

/**
 * graphology-metrics' PageRank (2.4, defaults: alpha 0.85, tolerance 1e-6) on the CSR arrays, its
 * arithmetic in the same order, so the same ranks to the last bit (tests/analysis/centrality.test.ts
 * compares them). Undefined when `maxIterations` power iterations do not converge.
 */
export function csrPagerank(graph: FastGraph, maxIterations: number): Float64Array | undefined {
  const alpha = 0.85;
  const tolerance = 1e-6;
  const { offsets, targets, weights, strength } = graph;
  const n = offsets.length - 1;
  const p = 1 / n;
  let x = new Float64Array(n);
  const normalized = new Float64Array(targets.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    x[i] = p;
    const d = strength[i] as number;
    if (d === 0) dangling.push(i);
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) normalized[j] = (weights[j] as number) / d;
  }
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    pulse(iteration, maxIterations);
    [last, x] = [x, last];
    x.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i] as number;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const end = offsets[i + 1] as number;
      for (let j = offsets[i] as number; j < end; j++) {
        const neighbor = targets[j] as number;
        x[neighbor] = (x[neighbor] as number) + alpha * (last[i] as number) * (normalized[j] as number);
      }
      x[i] = (x[i] as number) + (dangleSum * p + (1 - alpha) * p);
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs((x[i] as number) - (last[i] as number));
    if (error < n * tolerance) return x;
  }
  return undefined;
}
