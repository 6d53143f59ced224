// The whole analysis of a case: hubs → clusters → centrality → profiles → brokers.

import { communitiesFromPartition, type ExternalCommunities } from '../share/externalCommunities.ts';
import { buildAnalysisGraph } from '../graph/analysisGraph.ts';
import { buildFastGraph, inducedSubgraph, type FastGraph } from '../graph/fastGraph.ts';
import type { CaseModel } from '../model/types.ts';
import { groupActors } from './actors.ts';
import { rankBrokers } from './brokers.ts';
import { computeCentrality } from './centrality.ts';
import { clusterId, detectCommunities, type Communities } from './communities.ts';
import { findHubs } from './hubs.ts';
import { profileClusters } from './profile.ts';
import { protectedIds } from './protectedIds.ts';
import { findVenues } from './venues.ts';
import { rankClusters } from './clusterRank.ts';
import { clusterStability, type Stability } from './stability.ts';
import { windowModel } from './timeWindow.ts';
import { releaseWorkspace } from '../graph/workspace.ts';
import type { AnalysisProgress, AnalysisResult, ClusterProfile, Hub, HubOverrides, NodeScores } from './types.ts';
import { pulse } from '../progressPulse.ts';

export interface AnalyzeCaseParameters {
  /** Louvain seed (integer). */
  seed: number;
  /** Louvain resolution (> 0). */
  resolution: number;
  hubOverrides?: HubOverrides;
  /** Re-runs for cluster stability (see `clusterStability`); absent or 0: not measured. */
  stabilityRuns?: number;
  /** Time window (see `windowModel`); '' or absent: open. */
  from?: string;
  to?: string;
  /** Clusters computed elsewhere (Neo4j GDS communityId), used instead of Louvain; see externalCommunities. */
  communities?: ExternalCommunities;
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
export function analyzeCase(fullModel: CaseModel, params: AnalyzeCaseParameters, onProgress?: AnalysisProgress): AnalysisResult {
  try {
    return analyze(fullModel, params, onProgress);
  } finally {
    // NOTE: the clustering's lent arrays (graph/workspace.ts) are not kept past the analysis, even a cancelled one.
    releaseWorkspace();
  }
}

function analyze(fullModel: CaseModel, params: AnalyzeCaseParameters, onProgress?: AnalysisProgress): AnalysisResult {
  const model = windowModel(fullModel, params.from ?? '', params.to ?? '');
  const { hubs, notHubs, hubScoreOf, communities, stability } = clusterStages(model, params, onProgress);
  const hubIds = new Set(hubs.map((hub) => hub.id));
  const clusters = [...communities.clusters, ...hubs.map((hub) => [hub.id])];
  const clusterIndex = new Map<string, number>();
  clusters.forEach((members, index) => members.forEach((id) => clusterIndex.set(id, index)));
  const hubClusters = new Set(hubs.map((_hub, i) => communities.clusters.length + i));

  // NOTE: the profile stage counts four steps: centrality; actors and venues; the clusters (a fraction each);
  // cluster ranking and brokers. A national case's centrality alone took seconds: a cluster's share of the bar, it stood still.
  const profileSteps = 4;
  onProgress?.('profile', 0, profileSteps);
  // NOTE: integer arrays, not a graphology copy of the case (see `buildAnalysisGraph`); the clustering's own arrays are gone by now.
  const graph = buildAnalysisGraph(model, { exclude: hubIds });
  const scores = computeCentrality(graph, { seed: params.seed });
  for (const [id, score] of hubScoreOf) scores.set(id, score);
  onProgress?.('profile', 1, profileSteps);
  const protect = protectedIds(model);
  const actors = groupActors(graph);
  const venues = findVenues(model, graph);
  onProgress?.('profile', 2, profileSteps);

  const profiles = profileClusters({
    model, graph, clusters, hubIds, scores, protectedIds: protect, actors, venues, seed: params.seed,
    onProgress: (stage, done) => onProgress?.(stage, 2 + done / Math.max(1, clusters.length), profileSteps),
  });
  if (stability) stability.byCluster.forEach((value, index) => { if (profiles[index]) (profiles[index] as ClusterProfile).stability = value; });
  rankClusters({ model, graph, profiles }).forEach((ranking, index) => { (profiles[index] as ClusterProfile).ranking = ranking; });
  onProgress?.('profile', profileSteps - 1, profileSteps);
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

  // NOTE: the per-entity records below are seconds of a national case: the stage ends after them, their loops pulsing.
  const clusterOf: Record<string, string> = {};
  const scoreRecord: AnalysisResult['scores'] = {};
  // NOTE: one id string per cluster, shared by its members (a national case's quarter of a million made one each).
  const clusterIds = clusters.map((_members, index) => clusterId(index));
  for (const entity of model.entities) {
    pulse();
    const index = clusterIndex.get(entity.id);
    if (index !== undefined) clusterOf[entity.id] = clusterIds[index] as string;
    // NOTE: a victim, or a phone/account only victims use, carries no score anywhere — report, CSV, xlsx,
    // GraphML/GEXF, FtM, Neo4j: sorting an export by PageRank must not rank a trafficked worker either.
    const score = protect.has(entity.id) ? undefined : scores.get(entity.id);
    if (score) scoreRecord[entity.id] = { weightedDegree: score.weightedDegree, pagerank: score.pagerank, betweenness: score.betweenness };
  }

  const coMembership: Record<string, number> = {};
  if (stability) for (const entity of model.entities) {
    pulse();
    const share = stability.coMembership.get(entity.id);
    if (share !== undefined) coMembership[entity.id] = share;
  }
  onProgress?.('profile', profileSteps, profileSteps);
  return {
    parameters: {
      algorithm: 'louvain', seed: params.seed, resolution: params.resolution,
      ...(stability ? { stabilityRuns: stability.runs } : {}),
      ...(params.from ? { from: params.from } : {}), ...(params.to ? { to: params.to } : {}),
      ...(params.communities ? { communitiesFrom: params.communities.source } : {}),
    },
    modularity: communities.modularity,
    clusters: profiles,
    clusterOf,
    hubs,
    ...(notHubs.length > 0 ? { notHubs } : {}),
    brokers,
    scores: scoreRecord,
    ...(stability ? { coMembership } : {}),
  };
}

/**
 * The cluster and stability stages: hubs set aside, the rest clustered, the clusters' stability measured.
 * NOTE: a function of its own so that the clustering's integer graph is not held through the profile stage.
 */
function clusterStages(model: CaseModel, params: AnalyzeCaseParameters, onProgress?: AnalysisProgress): {
  hubs: Hub[]; notHubs: Hub[]; hubScoreOf: Map<string, NodeScores>; communities: Communities; stability?: Stability;
} {
  // NOTE: progress after every step that takes a noticeable share of a big case, so the page's bar keeps moving.
  const CLUSTER_STEPS = 4;
  onProgress?.('cluster', 0, CLUSTER_STEPS);
  const { hubs, notHubs, hubScoreOf, fast } = setHubsAside(model, params, () => onProgress?.('cluster', 1, CLUSTER_STEPS));
  onProgress?.('cluster', 2, CLUSTER_STEPS);
  const communities = params.communities
    ? communitiesFromPartition(fast, params.communities.partition, params.resolution)
    : detectCommunities(fast, { seed: params.seed, resolution: params.resolution });
  onProgress?.('cluster', 3, CLUSTER_STEPS);
  onProgress?.('cluster', CLUSTER_STEPS, CLUSTER_STEPS);
  // NOTE: the stage opens before its first re-run ends (how many it plans is known after it), so the bar moves inside that run.
  if (params.stabilityRuns) onProgress?.('stability', 0, 1);
  const stability = params.stabilityRuns
    ? clusterStability(fast, communities, {
      seed: params.seed, resolution: params.resolution, runs: params.stabilityRuns,
      onProgress: (done, total) => onProgress?.('stability', done, total),
    })
    : undefined;
  releaseWorkspace();
  return { hubs, notHubs, hubScoreOf, communities, ...(stability ? { stability } : {}) };
}

/**
 * Hubs found on the whole case's graph, their scores, and the graph without them (integer arrays).
 * NOTE: a function of its own so that the whole graph's arrays are not held once it returns.
 */
function setHubsAside(model: CaseModel, params: AnalyzeCaseParameters, built: () => void): { hubs: Hub[]; notHubs: Hub[]; hubScoreOf: Map<string, NodeScores>; fast: FastGraph } {
  const full = buildFastGraph(model);
  built();
  const { hubs, kept: notHubs } = findHubs(model, full, { overrides: params.hubOverrides, fast: full });
  const hubIds = new Set(hubs.map((hub) => hub.id));
  const hubScoreOf = new Map(hubs.map((hub) => [hub.id, hubScores(full, hub.id)]));
  const kept: number[] = [];
  full.ids.forEach((id, i) => {
    if (!hubIds.has(id)) kept.push(i);
  });
  return { hubs, notHubs, hubScoreOf, fast: kept.length === full.ids.length ? full : inducedSubgraph(full, kept) };
}

/**
 * A hub's own degree, from the full graph.
 * NOTE: its PageRank and betweenness are reported as 0 — it was set aside as noise, and a number
 * taken from the graph it was removed from would invite ranking it.
 */
function hubScores(full: FastGraph, id: string): NodeScores {
  const v = full.indexOf.get(id);
  if (v === undefined) return { degree: 0, weightedDegree: 0, pagerank: 0, betweenness: 0 };
  let weightedDegree = 0;
  for (let e = full.offsets[v] as number; e < (full.offsets[v + 1] as number); e++) weightedDegree += full.weights[e] as number;
  return { degree: (full.offsets[v + 1] as number) - (full.offsets[v] as number), weightedDegree, pagerank: 0, betweenness: 0 };
}
