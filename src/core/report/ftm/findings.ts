// Simpul's findings about one entity (cluster, key-player, broker and centrality scores) as FtM text.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { ExportFacts } from '../exportFacts.ts';

/** Findings about the entity at a position in the case (`at`). */
export interface Findings {
  /** `simpul-cluster-C3` (FtM `keywords` are searchable facets in Aleph). */
  keywords(at: number): string[];
  /** One sentence: cluster, key-player score, broker score, centrality. */
  summary(entityId: string, at: number): string | undefined;
  /** The cluster of an entity. */
  clusterAt(at: number): string | undefined;
}

/** Findings from an analysis (none when the export is made from a model alone). */
export function findingsOf(analysis: AnalysisResult | undefined, facts: ExportFacts): Findings {
  const keyPlayer = new Map<string, number>();
  const broker = new Map<string, { score: number; clusters: string[] }>();
  const hubs = new Set<string>();
  for (const cluster of analysis?.clusters ?? []) for (const player of cluster.keyPlayers) keyPlayer.set(player.id, player.score);
  for (const item of analysis?.brokers ?? []) broker.set(item.id, { score: item.score, clusters: item.clusters });
  for (const hub of analysis?.hubs ?? []) hubs.add(hub.id);
  const clusterAt = (at: number): string | undefined => (analysis ? facts.clusterAt(at) : undefined);
  return {
    clusterAt,
    keywords: (at) => {
      const cluster = clusterAt(at);
      return cluster ? [`simpul-cluster-${cluster}`] : [];
    },
    summary: (id, at) => {
      const cluster = clusterAt(at);
      if (!analysis || !cluster) return undefined;
      const parts = [`Simpul cluster ${cluster}${hubs.has(id) ? ' (hub, set aside as noise)' : ''}`];
      const player = keyPlayer.get(id);
      if (player !== undefined) parts.push(`key player, score ${player}`);
      const bridge = broker.get(id);
      if (bridge) parts.push(`broker between ${bridge.clusters.join(', ')}, score ${bridge.score}`);
      // NOTE: the scores' texts are the ones every export writes (ExportFacts), made once.
      const weightedDegree = facts.scoreText(at, 0);
      if (weightedDegree !== undefined) parts.push(`weighted degree ${weightedDegree}, PageRank ${facts.scoreText(at, 1)}, betweenness ${facts.scoreText(at, 2)}`);
      return `${parts.join('; ')}.`;
    },
  };
}
