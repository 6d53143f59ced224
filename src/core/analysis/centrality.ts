// Who is central: degree, weighted degree, weighted PageRank and betweenness for every node.

import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { CaseGraph } from '../graph/buildCaseGraph.ts';
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
  /** `graph` as integer arrays (same nodes, same order), when the caller has it. */
  fast?: FastGraph;
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
export function computeCentrality(graph: CaseGraph, options: CentralityOptions): Map<string, NodeScores> {
  const result = new Map<string, NodeScores>();
  if (graph.order === 0) return result;
  const ranks = weightedPagerank(graph);
  const between =
    graph.order <= EXACT_BETWEENNESS_LIMIT
      ? new Map(Object.entries(betweenness(graph, { getEdgeWeight: null, normalized: true })))
      : sampledBetweenness(options.fast ?? graph, { samples: options.samples ?? betweennessSamplesFor(BETWEENNESS_SAMPLES, graph.size), seed: options.seed });
  const fast = options.fast;
  if (fast) {
    // NOTE: degrees read from the integer graph (each node's weights summed in the same order as below).
    fast.ids.forEach((node, i) => {
      result.set(node, {
        degree: (fast.offsets[i + 1] as number) - (fast.offsets[i] as number),
        weightedDegree: fast.strength[i] as number,
        pagerank: ranks[node] ?? 0,
        betweenness: between.get(node) ?? 0,
      });
    });
    return result;
  }
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
