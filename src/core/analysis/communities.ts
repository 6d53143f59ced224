// Clusters: Louvain, then a significant-split pass against the resolution limit, every cluster connected, numbered deterministically.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { isFastGraph, toFastGraph, type FastGraph } from '../graph/fastGraph.ts';
import { compareIds } from '../model/order.ts';
import { louvainPartition } from './louvain.ts';
import { mulberry32 } from './seededRandom.ts';
import { connectedParts, fastModularity, splitWhereSignificant } from './significantSplit.ts';

export interface CommunityOptions {
  /** Seed of every random choice (node order, null-model rewirings). */
  seed: number;
  /** Modularity resolution γ: above 1 favours smaller clusters, below 1 larger ones. */
  resolution: number;
  /** Look inside each cluster and keep a split when it is significant (default true); false = plain Louvain. */
  refine?: boolean;
}

export interface Communities {
  /** Node id → cluster index (0-based; cluster id is `clusterId(index)`). */
  assignment: Map<string, number>;
  /** Members of each cluster, sorted by id; index = cluster index. */
  clusters: string[][];
  /** Weighted modularity (at the given resolution) of the final, connected partition. */
  modularity: number;
}

/** `C1`, `C2`, … for cluster index 0, 1, … */
export function clusterId(index: number): string {
  return `C${index + 1}`;
}

/**
 * Clusters of a graph: weighted Louvain (node order drawn from `mulberry32(seed)`), every community
 * split into its connected components, then — unless `refine` is false — each cluster looked into
 * and split further only where the split beats random graphs of the same degrees
 * (`splitWhereSignificant`, the answer to modularity's resolution limit). Isolated nodes are singletons.
 *
 * Cheap to call many times (the workbench's stability runs): pass a `FastGraph` (`toFastGraph`, once)
 * rather than the graphology graph, and vary `seed`. Cost ~O(m log n) per call.
 *
 * Cluster indices are deterministic: largest cluster first, ties broken by the smallest member id.
 * Same graph (same insertion order) + same options → identical output.
 *
 * NOTE: Louvain can merge pieces that only touch through a node that later moved away; a cluster
 * an investigator cannot walk across would be a claim without evidence, hence the split.
 */
export function detectCommunities(graph: CaseGraph | FastGraph, options: CommunityOptions): Communities {
  const fast = isFastGraph(graph) ? graph : toFastGraph(graph);
  const parts = communityParts(fast, options);
  const components = parts.map((part) => part.map((i) => fast.ids[i] as string).sort(compareIds));
  components.sort((a, b) => b.length - a.length || compareIds(a[0] ?? '', b[0] ?? ''));
  const assignment = new Map<string, number>();
  const final = new Int32Array(fast.ids.length);
  components.forEach((members, index) => {
    for (const node of members) {
      assignment.set(node, index);
      final[fast.indexOf.get(node) as number] = index;
    }
  });
  return { assignment, clusters: components, modularity: fastModularity(fast, final, options.resolution) };
}

/**
 * The same clustering as `detectCommunities`, as one cluster index per node of `graph` (same
 * numbering: largest first, ties by smallest member id), without building the member lists.
 * NOTE: for the stability re-runs, which only compare memberships: sorting every cluster's ids
 * and filling a Map of strings was a sixth of each re-run.
 */
export function communityLabels(graph: FastGraph, options: CommunityOptions): Int32Array {
  const parts = communityParts(graph, options);
  const first = parts.map((part) => {
    let min = graph.ids[part[0] as number] as string;
    for (const v of part) {
      const id = graph.ids[v] as string;
      if (compareIds(id, min) < 0) min = id;
    }
    return min;
  });
  const order = parts.map((_part, p) => p);
  order.sort((a, b) => (parts[b] as number[]).length - (parts[a] as number[]).length || compareIds(first[a] as string, first[b] as string));
  const labels = new Int32Array(graph.offsets.length - 1);
  order.forEach((p, index) => {
    for (const v of parts[p] as number[]) labels[v] = index;
  });
  return labels;
}

function communityParts(fast: FastGraph, options: CommunityOptions): number[][] {
  const random = mulberry32(options.seed);
  const labels = louvainPartition(fast, options.resolution, random);
  const parts = connectedParts(fast, labels);
  return options.refine !== false ? splitWhereSignificant(fast, parts, options.resolution, random) : parts;
}

/** Q = Σ_c [ w_c / m − γ (d_c / 2m)² ], weighted; 0 for a graph without edges. */
export function modularity(graph: CaseGraph, assignment: Map<string, number>, resolution = 1): number {
  let total = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const w = attributes.weight;
    total += w;
    const cs = assignment.get(source) ?? -1;
    const ct = assignment.get(target) ?? -1;
    degree.set(cs, (degree.get(cs) ?? 0) + w);
    degree.set(ct, (degree.get(ct) ?? 0) + w);
    if (cs === ct) inside.set(cs, (inside.get(cs) ?? 0) + w);
  });
  if (total === 0) return 0;
  let q = 0;
  for (const [community, d] of degree) {
    q += (inside.get(community) ?? 0) / total - resolution * (d / (2 * total)) ** 2;
  }
  return q;
}
