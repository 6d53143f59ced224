// Betweenness for large graphs: Brandes' algorithm from a seeded sample of source nodes.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { isFastGraph, type FastGraph } from '../graph/fastGraph.ts';
import { mulberry32 } from './seededRandom.ts';
import { pulseItem } from '../progressPulse.ts';

export interface SampledBetweennessOptions {
  /** Number of source nodes k; k ≥ node count gives the exact value. */
  samples: number;
  /** Seed of the source sample. */
  seed: number;
}

/**
 * Unweighted betweenness estimated from k source nodes drawn without replacement (Brandes &
 * Pich 2007, as in NetworkX `betweenness_centrality(k=…)`): dependencies accumulated from the
 * sampled sources are scaled by n/k, then normalised by 1/((n−1)(n−2)) exactly like
 * graphology-metrics' `betweenness` on an undirected graph, so both read on the same [0, 1] scale.
 *
 * Cost O(k·(n + m)) instead of O(n·(n + m)); less when the sources lie in small components.
 *
 * NOTE: path counts are kept in a Float64Array: a 32-bit counter overflows on large, meshed graphs.
 */
export function sampledBetweenness(graph: CaseGraph | FastGraph, options: SampledBetweennessOptions): Map<string, number> {
  const nodes = isFastGraph(graph) ? graph.ids : graph.nodes();
  const { starts, neighbors } = isFastGraph(graph) ? { starts: graph.offsets, neighbors: graph.targets } : adjacency(graph, nodes);
  const values = localBetweenness(starts, neighbors, sampleSources(nodes.length, options.samples, options.seed));
  const result = new Map<string, number>();
  nodes.forEach((node, i) => result.set(node, values[i] as number));
  return result;
}

/**
 * `csrBetweenness` on a copy of the graph numbered in breadth-first order: the same searches, sums
 * and values (every node keeps its neighbours in their order, so each search visits the same nodes
 * in the same sequence), but a node's neighbours lie near it in memory.
 * NOTE: on a national case the searches spend their time waiting for memory, not computing: numbered
 * in file order, a crew's members are scattered over the whole case, and this copy halved the time.
 */
function localBetweenness(starts: Int32Array, neighbors: Int32Array, sources: Int32Array): Float64Array {
  const n = starts.length - 1;
  const rank = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let placed = 0;
  for (let start = 0; start < n; start++) {
    if (rank[start] !== -1) continue;
    rank[start] = placed;
    order[placed++] = start;
    for (let head = placed - 1; head < placed; head++) {
      const v = order[head] as number;
      for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        if (rank[w] === -1) {
          rank[w] = placed;
          order[placed++] = w;
        }
      }
    }
  }
  const localStarts = new Int32Array(n + 1);
  const localNeighbors = new Int32Array(neighbors.length);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    localStarts[i] = cursor;
    const v = order[i] as number;
    for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) localNeighbors[cursor++] = rank[neighbors[j] as number] as number;
  }
  localStarts[n] = cursor;
  const local = csrBetweenness(localStarts, localNeighbors, sources.map((source) => rank[source] as number));
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[order[i] as number] = local[i] as number;
  return values;
}

/**
 * Brandes' accumulation from the given sources on a compressed undirected adjacency (`starts` has
 * n + 1 offsets into `neighbors`), scaled by n / sources and normalised by 1/((n−1)(n−2)).
 * Every source gives the exact value.
 */
export function csrBetweenness(starts: Int32Array, neighbors: Int32Array, sources: Int32Array): Float64Array {
  const n = starts.length - 1;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);

  distance.fill(-1);
  for (const source of sources) {
    pulseItem();
    distance[source] = 0;
    sigma[source] = 1;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (distance[v] as number) + 1;
      for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    // Back-propagate dependencies in reverse BFS order; predecessors are the neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      const previous = (distance[w] as number) - 1;
      for (let j = starts[w] as number; j < (starts[w + 1] as number); j++) {
        const v = neighbors[j] as number;
        if (distance[v] === previous) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      centrality[w] = (centrality[w] as number) + (delta[w] as number);
    }
    // NOTE: only what this search reached is reset, not the whole graph: a source in a crew of a
    // hundred costs a hundred, not the size of the case (most of a national case is small components).
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  const scale = n <= 2 || sources.length === 0 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i] = (centrality[i] as number) * scale;
  return centrality;
}

/**
 * Half-width ε such that every node's sampled betweenness lies within ±ε of the exact one with
 * probability ≥ `confidence` (Hoeffding's inequality for sampling without replacement, Serfling
 * 1974, with a union bound over the n nodes): each source contributes a value in [0, n/(n−1)]
 * to the normalised estimate, so ε = n/(n−1) · √(ln(2n / (1 − confidence)) / (2k)).
 */
export function betweennessErrorBound(n: number, samples: number, confidence: number): number {
  if (samples >= n || n <= 2) return 0;
  return (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / (1 - confidence)) / (2 * samples));
}

/** Compressed adjacency (CSR) in graph node order. */
function adjacency(graph: CaseGraph, nodes: readonly string[]): { starts: Int32Array; neighbors: Int32Array } {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const starts = new Int32Array(nodes.length + 1);
  const neighbors = new Int32Array(graph.size * 2);
  let cursor = 0;
  nodes.forEach((node, i) => {
    starts[i] = cursor;
    graph.forEachNeighbor(node, (neighbor) => {
      neighbors[cursor++] = index.get(neighbor) as number;
    });
  });
  starts[nodes.length] = cursor;
  return { starts, neighbors };
}

/** k distinct indices out of n, by a partial Fisher–Yates shuffle driven by the seed. */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const count = Math.max(0, Math.min(n, Math.floor(k)));
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = swap;
  }
  return pool.slice(0, count);
}
