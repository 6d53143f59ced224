// Simpul's findings about one entity (cluster, key-player, broker and centrality scores) as FtM text.

import type { AnalysisResult } from '../../analysis/types.ts';

export interface Findings {
  /** `simpul-cluster-C3` (FtM `keywords` are searchable facets in Aleph). */
  keywords(entityId: string): string[];
  /** One sentence: cluster, key-player score, broker score, centrality. */
  summary(entityId: string): string | undefined;
  /** The cluster of an entity. */
  clusterOf(entityId: string): string | undefined;
}

/** Findings from an analysis (none when the export is made from a model alone). */
export function findingsOf(analysis: AnalysisResult | undefined): Findings {
  const keyPlayer = new Map<string, number>();
  const broker = new Map<string, { score: number; clusters: string[] }>();
  const hubs = new Set<string>();
  for (const cluster of analysis?.clusters ?? []) for (const player of cluster.keyPlayers) keyPlayer.set(player.id, player.score);
  for (const item of analysis?.brokers ?? []) broker.set(item.id, { score: item.score, clusters: item.clusters });
  for (const hub of analysis?.hubs ?? []) hubs.add(hub.id);
  const clusterOf = (id: string): string | undefined => (analysis ? analysis.clusterOf[id] : undefined);
  return {
    clusterOf,
    keywords: (id) => {
      const cluster = clusterOf(id);
      return cluster ? [`simpul-cluster-${cluster}`] : [];
    },
    summary: (id) => {
      const cluster = clusterOf(id);
      if (!analysis || !cluster) return undefined;
      const parts = [`Simpul cluster ${cluster}${hubs.has(id) ? ' (hub, set aside as noise)' : ''}`];
      const player = keyPlayer.get(id);
      if (player !== undefined) parts.push(`key player, score ${player}`);
      const bridge = broker.get(id);
      if (bridge) parts.push(`broker between ${bridge.clusters.join(', ')}, score ${bridge.score}`);
      const scores = analysis.scores[id];
      if (scores) parts.push(`weighted degree ${scores.weightedDegree}, PageRank ${scores.pagerank}, betweenness ${scores.betweenness}`);
      return `${parts.join('; ')}.`;
    },
  };
}
