// Cluster profiles: make-up, countries, key players, money across the boundary, time span.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { ENTITY_TYPES, type CaseModel, type Entity, type EntityType } from '../model/types.ts';
import { compareIds } from '../model/order.ts';
import { round6 } from './round6.ts';
import { clusterId } from './communities.ts';
import { isIdentityEdge } from './identity.ts';
import type { AnalysisProgress, ClusterProfile, KeyPlayer, MoneyByCurrency, NodeScores } from './types.ts';

/** Key players listed per cluster. */
export const KEY_PLAYERS_PER_CLUSTER = 5;

export interface ProfileInput {
  model: CaseModel;
  /** The graph clustered (without hubs). */
  graph: CaseGraph;
  /** Members of each cluster, sorted by id; index i is cluster `C{i+1}`. */
  clusters: string[][];
  /** Ids of hub entities; a cluster made of one is marked `hub: true`. */
  hubIds: ReadonlySet<string>;
  scores: ReadonlyMap<string, NodeScores>;
  /** Never key players (see `protectedIds`). */
  protectedIds: ReadonlySet<string>;
  onProgress?: AnalysisProgress;
}

interface Flow {
  moneyIn: Map<string, number>;
  moneyOut: Map<string, number>;
  moneyInternal: Map<string, number>;
  firstActivity?: string;
  lastActivity?: string;
}

/**
 * One profile per cluster, in cluster order.
 *
 * Key player score = mean of three measures, each divided by its maximum within the cluster:
 * weighted degree counted inside the cluster only (ties that hold *this* group together),
 * PageRank and betweenness (both on the whole graph without hubs). Protected ids are skipped.
 */
export function profileClusters(input: ProfileInput): ClusterProfile[] {
  const { model, clusters, onProgress } = input;
  const entities = new Map(model.entities.map((entity) => [entity.id, entity]));
  const clusterOf = new Map<string, number>();
  clusters.forEach((members, index) => members.forEach((id) => clusterOf.set(id, index)));
  const flows = clusterFlows(model, clusterOf, clusters.length);

  return clusters.map((members, index) => {
    const entitiesIn = members.map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
    const isHub = members.length === 1 && input.hubIds.has(members[0] as string);
    const countries = [...new Set(entitiesIn.flatMap((e) => (e.country ? [e.country] : [])))].sort(compareIds);
    const flow = flows[index] as Flow;
    const profile: ClusterProfile = {
      id: clusterId(index),
      size: members.length,
      memberIds: members,
      membersByType: countByType(entitiesIn),
      countries,
      crossBorder: countries.length > 1,
      keyPlayers: isHub ? [] : keyPlayers(input, entitiesIn, clusterOf, index),
      moneyIn: toRecord(flow.moneyIn),
      moneyOut: toRecord(flow.moneyOut),
      moneyInternal: toRecord(flow.moneyInternal),
    };
    if (flow.firstActivity !== undefined) profile.firstActivity = flow.firstActivity;
    if (flow.lastActivity !== undefined) profile.lastActivity = flow.lastActivity;
    if (isHub) profile.hub = true;
    onProgress?.('profile', index + 1, clusters.length);
    return profile;
  });
}

function countByType(entities: Entity[]): Record<EntityType, number> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  for (const entity of entities) counts[entity.type] += 1;
  return counts;
}

function keyPlayers(input: ProfileInput, members: Entity[], clusterOf: Map<string, number>, index: number): KeyPlayer[] {
  const { graph, scores } = input;
  const inside = members.map((entity) => {
    let weight = 0;
    if (graph.hasNode(entity.id)) {
      graph.forEachEdge(entity.id, (_edge, attributes, source, target) => {
        const other = source === entity.id ? target : source;
        if (clusterOf.get(other) === index) weight += attributes.weight;
      });
    }
    return weight;
  });
  const pagerank = members.map((entity) => scores.get(entity.id)?.pagerank ?? 0);
  const betweenness = members.map((entity) => scores.get(entity.id)?.betweenness ?? 0);
  const scaled = (values: number[]) => {
    const max = values.reduce((m, value) => Math.max(m, value), 0);
    return values.map((value) => (max > 0 ? value / max : 0));
  };
  const [a, b, c] = [scaled(inside), scaled(pagerank), scaled(betweenness)];
  const scored = members.map((entity, i) => ({ entity, score: round6(((a[i] ?? 0) + (b[i] ?? 0) + (c[i] ?? 0)) / 3) }));
  // NOTE: investigators ask "who", not "which SIM": a phone, account or handset held by a member
  // lends its score to that person and is not listed itself. Identifiers with no known holder stay.
  const byId = new Map(scored.map((item) => [item.entity.id, item]));
  const heldBy = new Set<string>();
  for (const item of scored) {
    if (item.entity.type === 'person' || !graph.hasNode(item.entity.id)) continue;
    graph.forEachEdge(item.entity.id, (_edge, attributes, source, target) => {
      const holder = byId.get(source === item.entity.id ? target : source);
      if (!holder || holder.entity.type !== 'person' || !isIdentityEdge(attributes.types)) return;
      holder.score = Math.max(holder.score, item.score);
      heldBy.add(item.entity.id);
    });
  }
  return scored
    .filter(({ entity }) => !input.protectedIds.has(entity.id) && !heldBy.has(entity.id))
    .sort((x, y) => y.score - x.score || compareIds(x.entity.id, y.entity.id))
    .slice(0, KEY_PLAYERS_PER_CLUSTER)
    .map(({ entity, score }) => ({ id: entity.id, type: entity.type, key: entity.key, label: entity.label, score }));
}

/** Money and time per cluster, from one pass over the links. */
function clusterFlows(model: CaseModel, clusterOf: Map<string, number>, count: number): Flow[] {
  const flows: Flow[] = Array.from({ length: count }, () => ({
    moneyIn: new Map(),
    moneyOut: new Map(),
    moneyInternal: new Map(),
  }));
  for (const link of model.links) {
    const from = clusterOf.get(link.source);
    const to = clusterOf.get(link.target);
    for (const index of new Set([from, to])) {
      const flow = index === undefined ? undefined : flows[index];
      if (!flow) continue;
      // NOTE: ISO 8601 strings compare as text when written alike (dates, or UTC date-times).
      if (link.firstTime && (flow.firstActivity === undefined || link.firstTime < flow.firstActivity)) {
        flow.firstActivity = link.firstTime;
      }
      if (link.lastTime && (flow.lastActivity === undefined || link.lastTime > flow.lastActivity)) {
        flow.lastActivity = link.lastTime;
      }
    }
    if (link.type !== 'transferred' || from === undefined || to === undefined) continue;
    if (from === to) add((flows[from] as Flow).moneyInternal, link.amounts);
    else {
      add((flows[from] as Flow).moneyOut, link.amounts);
      add((flows[to] as Flow).moneyIn, link.amounts);
    }
  }
  return flows;
}

function add(total: Map<string, number>, amounts: Record<string, number>): void {
  for (const [currency, amount] of Object.entries(amounts)) total.set(currency, (total.get(currency) ?? 0) + amount);
}

/**
 * Currencies sorted, as a plain record.
 * NOTE: built with `Object.fromEntries`, so a currency written "__proto__" in a file stays data.
 */
function toRecord(total: Map<string, number>): MoneyByCurrency {
  return Object.fromEntries([...total].sort(([a], [b]) => compareIds(a, b)));
}
