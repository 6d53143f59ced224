// Clusters: Louvain communities, split until every cluster is connected, numbered deterministically.

import louvain from 'graphology-communities-louvain';
import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { compareIds } from '../model/order.ts';
import { mulberry32 } from './seededRandom.ts';

export interface CommunityOptions {
  /** Seed of the random order in which Louvain visits nodes. */
  seed: number;
  /** Louvain resolution: above 1 favours smaller clusters, below 1 larger ones. */
  resolution: number;
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
 * Louvain (weighted by the edge `weight`, random order drawn from `mulberry32(seed)`), then every
 * community that is not connected is split into its connected components, so that each cluster
 * can be read as "these entities are linked". Isolated nodes are singletons.
 *
 * Cluster indices are deterministic: largest cluster first, ties broken by the smallest member id.
 * Same graph (same insertion order) + same seed + same resolution → identical output.
 *
 * NOTE: Louvain can merge pieces that only touch through a node that later moved away; a cluster
 * an investigator cannot walk across would be a claim without evidence, hence the split.
 */
export function detectCommunities(graph: CaseGraph, options: CommunityOptions): Communities {
  const labels = louvainLabels(graph, options);
  const components = splitIntoConnected(graph, labels);
  components.sort((a, b) => b.length - a.length || compareIds(a[0] ?? '', b[0] ?? ''));
  const assignment = new Map<string, number>();
  components.forEach((members, index) => {
    for (const node of members) assignment.set(node, index);
  });
  return { assignment, clusters: components, modularity: modularity(graph, assignment, options.resolution) };
}

function louvainLabels(graph: CaseGraph, options: CommunityOptions): Map<string, number> {
  const labels = new Map<string, number>();
  if (graph.size === 0) {
    // NOTE: no edges, nothing to optimise: every node is its own community.
    let next = 0;
    graph.forEachNode((node) => labels.set(node, next++));
    return labels;
  }
  const communities = louvain(graph, {
    getEdgeWeight: 'weight',
    resolution: options.resolution,
    rng: mulberry32(options.seed),
  });
  graph.forEachNode((node) => labels.set(node, communities[node] ?? -1));
  return labels;
}

/** Connected components of each community, members sorted by id. */
function splitIntoConnected(graph: CaseGraph, labels: Map<string, number>): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    const label = labels.get(start);
    const members = [start];
    seen.add(start);
    for (let i = 0; i < members.length; i++) {
      graph.forEachNeighbor(members[i] as string, (neighbor) => {
        if (seen.has(neighbor) || labels.get(neighbor) !== label) return;
        seen.add(neighbor);
        members.push(neighbor);
      });
    }
    components.push(members.sort(compareIds));
  });
  return components;
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
