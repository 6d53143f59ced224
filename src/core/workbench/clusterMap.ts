// The overview graph: one node per cluster, one edge per pair of clusters that share links, weighted by them.

import type { ClusterProfile } from '../analysis/types.ts';
import { orderedClusters, type CaseIndex } from './caseIndex.ts';

export interface ClusterMapNode {
  id: string;
  size: number;
  crossBorder: boolean;
  countries: string[];
  hub: boolean;
}

export interface ClusterMapEdge {
  id: string;
  source: string;
  target: string;
  /** Sum of link weights between the two clusters. */
  weight: number;
  links: number;
}

/** Clusters the map draws at most (a national case has thousands; the cluster list has them all). */
export const MAP_LIMIT = 80;

/** Cluster nodes (the `limit` first in investigator order, plus `hubs` if asked) and the ties between them. */
export function buildClusterMap(index: CaseIndex, options: { limit?: number; includeHubs?: boolean; minSize?: number } = {}): {
  nodes: ClusterMapNode[]; edges: ClusterMapEdge[];
  /** Clusters too small to draw (fewer than `minSize` members). */
  omitted: number;
  /** Clusters big enough but beyond the `limit` drawn (the map draws the first in investigator order; the list has all). */
  beyond: number;
} {
  const all = orderedClusters(index.analysis, options.includeHubs ?? false);
  const minSize = options.minSize ?? 2;
  const drawable = all.filter((cluster) => cluster.size >= minSize || cluster.hub);
  const shown: ClusterProfile[] = drawable.slice(0, options.limit ?? MAP_LIMIT);
  const shownIds = new Set(shown.map((cluster) => cluster.id));
  const ties = new Map<string, ClusterMapEdge>();
  index.model.links.forEach((link, linkIndex) => {
    const a = index.analysis.clusterOf[link.source];
    const b = index.analysis.clusterOf[link.target];
    if (!a || !b || a === b || !shownIds.has(a) || !shownIds.has(b)) return;
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${source}~${target}`;
    const tie = ties.get(id) ?? { id, source, target, weight: 0, links: 0 };
    tie.weight += index.weights[linkIndex] ?? 0;
    tie.links += 1;
    ties.set(id, tie);
  });
  return {
    nodes: shown.map((cluster) => ({ id: cluster.id, size: cluster.size, crossBorder: cluster.crossBorder, countries: cluster.countries, hub: Boolean(cluster.hub) })),
    edges: [...ties.values()],
    omitted: all.length - drawable.length,
    beyond: drawable.length - shown.length,
  };
}
