// Who is central: degree, weighted degree, weighted PageRank and betweenness for every node.

import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { sampledBetweenness } from './sampledBetweenness.ts';
import type { NodeScores } from './types.ts';

/** Above this many nodes betweenness is estimated from a sample of sources. */
export const EXACT_BETWEENNESS_LIMIT = 2000;
/** Number of sampled sources on large graphs. */
export const BETWEENNESS_SAMPLES = 400;

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
 *   sampled Brandes with `BETWEENNESS_SAMPLES` seeded sources above; both normalised to [0, 1].
 *
 * NOTE: our weights are strengths, and weighted betweenness reads weights as distances — strong
 * ties would become long detours. Counting hops is the honest choice here.
 */
export function computeCentrality(graph: CaseGraph, options: CentralityOptions): Map<string, NodeScores> {
  const result = new Map<string, NodeScores>();
  if (graph.order === 0) return result;
  const ranks = weightedPagerank(graph);
  const between =
    graph.order <= EXACT_BETWEENNESS_LIMIT
      ? new Map(Object.entries(betweenness(graph, { getEdgeWeight: null, normalized: true })))
      : sampledBetweenness(graph, { samples: options.samples ?? BETWEENNESS_SAMPLES, seed: options.seed });
  graph.forEachNode((node) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_edge, attributes) => {
      weightedDegree += attributes.weight;
    });
    result.set(node, {
      degree: graph.degree(node),
      weightedDegree,
      pagerank: ranks[node] ?? 0,
      betweenness: between.get(node) ?? 0,
    });
  });
  return result;
}

function weightedPagerank(graph: CaseGraph): Record<string, number> {
  try {
    return pagerank(graph, { getEdgeWeight: 'weight' });
  } catch {
    // NOTE: the library throws when 100 power iterations do not converge; give it more room once.
    return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 2000 });
  }
}
