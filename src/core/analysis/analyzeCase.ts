// The whole analysis of a case: hubs → clusters → centrality → profiles → brokers.

import { buildCaseGraph } from '../graph/buildCaseGraph.ts';
import { inducedSubgraph, toFastGraph } from '../graph/fastGraph.ts';
import type { CaseModel } from '../model/types.ts';
import { groupActors } from './actors.ts';
import { rankBrokers } from './brokers.ts';
import { computeCentrality } from './centrality.ts';
import { clusterId, detectCommunities } from './communities.ts';
import { detectHubs } from './hubs.ts';
import { profileClusters } from './profile.ts';
import { protectedIds } from './protectedIds.ts';
import { findVenues } from './venues.ts';
import type { AnalysisProgress, AnalysisResult, HubOverrides, NodeScores } from './types.ts';

export interface AnalyzeCaseParameters {
  /** Louvain seed (integer). */
  seed: number;
  /** Louvain resolution (> 0). */
  resolution: number;
  hubOverrides?: HubOverrides;
}

/**
 * Analyses a case end to end:
 * 1. hubs are detected on the full graph and set aside;
 * 2. the graph without hubs is clustered (Louvain, split into connected clusters);
 * 3. each hub becomes a cluster of its own (`hub: true`), numbered after the others;
 * 4. centrality is computed on the graph without hubs (a hotline would otherwise look central);
 * 5. clusters are profiled and brokers ranked.
 *
 * Every entity ends up in exactly one cluster. Same model + same parameters → deep-equal result.
 */
export function analyzeCase(model: CaseModel, params: AnalyzeCaseParameters, onProgress?: AnalysisProgress): AnalysisResult {
  onProgress?.('cluster', 0, 1);
  // NOTE: one graphology graph and one integer copy; hubs are dropped from both rather than rebuilt.
  const graph = buildCaseGraph(model);
  const fullFast = toFastGraph(graph);
  const hubs = detectHubs(model, graph, { overrides: params.hubOverrides, fast: fullFast });
  const hubIds = new Set(hubs.map((hub) => hub.id));
  const hubScoreOf = new Map(hubs.map((hub) => [hub.id, hubScores(graph, hub.id)]));
  for (const id of hubIds) if (graph.hasNode(id)) graph.dropNode(id);
  const kept: number[] = [];
  fullFast.ids.forEach((id, i) => {
    if (!hubIds.has(id)) kept.push(i);
  });
  const fast = kept.length === fullFast.ids.length ? fullFast : inducedSubgraph(fullFast, kept);
  const communities = detectCommunities(fast, { seed: params.seed, resolution: params.resolution });

  const clusters = [...communities.clusters, ...hubs.map((hub) => [hub.id])];
  const clusterIndex = new Map<string, number>();
  clusters.forEach((members, index) => members.forEach((id) => clusterIndex.set(id, index)));
  const hubClusters = new Set(hubs.map((_hub, i) => communities.clusters.length + i));
  onProgress?.('cluster', 1, 1);

  const scores = computeCentrality(graph, { seed: params.seed });
  for (const [id, score] of hubScoreOf) scores.set(id, score);
  const protect = protectedIds(model);
  const actors = groupActors(graph);
  const venues = findVenues(model, graph);

  const profiles = profileClusters({ model, graph, clusters, hubIds, scores, protectedIds: protect, actors, venues, seed: params.seed, onProgress });
  const brokers = rankBrokers({
    model,
    actors,
    venues,
    graph,
    clusterOf: clusterIndex,
    clusters,
    hubClusters,
    protectedIds: protect,
  });

  const clusterOf: Record<string, string> = {};
  const scoreRecord: AnalysisResult['scores'] = {};
  for (const entity of model.entities) {
    const index = clusterIndex.get(entity.id);
    if (index !== undefined) clusterOf[entity.id] = clusterId(index);
    const score = scores.get(entity.id);
    if (score) scoreRecord[entity.id] = { weightedDegree: score.weightedDegree, pagerank: score.pagerank, betweenness: score.betweenness };
  }

  return {
    parameters: { algorithm: 'louvain', seed: params.seed, resolution: params.resolution },
    modularity: communities.modularity,
    clusters: profiles,
    clusterOf,
    hubs,
    brokers,
    scores: scoreRecord,
  };
}

/**
 * A hub's own degree, from the full graph.
 * NOTE: its PageRank and betweenness are reported as 0 — it was set aside as noise, and a number
 * taken from the graph it was removed from would invite ranking it.
 */
function hubScores(graph: ReturnType<typeof buildCaseGraph>, id: string): NodeScores {
  let weightedDegree = 0;
  if (!graph.hasNode(id)) return { degree: 0, weightedDegree, pagerank: 0, betweenness: 0 };
  graph.forEachEdge(id, (_edge, attributes) => {
    weightedDegree += attributes.weight;
  });
  return { degree: graph.degree(id), weightedDegree, pagerank: 0, betweenness: 0 };
}
