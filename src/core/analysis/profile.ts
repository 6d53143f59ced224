// Cluster profiles: make-up, countries, key players, money across the boundary, time span.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import { ENTITY_TYPES, type CaseModel, type Entity, type EntityType, type Link } from '../model/types.ts';
import { compareIds } from '../model/order.ts';
import { clusterId } from './communities.ts';
import { groupActors, type Actors } from './actors.ts';
import { countryShares, isCrossBorder, moneyReceived } from './countryShares.ts';
import { clusterLookup, rankClusterPlayers } from './keyPlayers.ts';
import type { AnalysisProgress, ClusterProfile, MoneyByCurrency, NodeScores } from './types.ts';
import { findVenues } from './venues.ts';
import { pulse } from '../progressPulse.ts';

export interface ProfileInput {
  model: CaseModel;
  /** The graph clustered (without hubs). */
  graph: AnalysisGraph;
  /** Members of each cluster, sorted by id; index i is cluster `C{i+1}`. */
  clusters: string[][];
  /** Ids of hub entities; a cluster made of one is marked `hub: true`. */
  hubIds: ReadonlySet<string>;
  scores: ReadonlyMap<string, NodeScores>;
  /** Never key players (see `protectedIds`). */
  protectedIds: ReadonlySet<string>;
  /** Who stands behind each node (computed from the graph when absent). */
  actors?: Actors;
  /** Places and service numbers (computed when absent; see `findVenues`). */
  venues?: ReadonlySet<string>;
  /** Seed of sampled betweenness in clusters too large for the exact one. */
  seed?: number;
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
 * One profile per cluster, in cluster order: key players and venues (`rankClusterPlayers`),
 * country shares and the cross-border flag (`countryShares`, `isCrossBorder`), money and time.
 */
export function profileClusters(input: ProfileInput): ClusterProfile[] {
  const { model, clusters, onProgress } = input;
  const entities = new Map(model.entities.map((entity) => [entity.id, entity]));
  const clusterOf = new Map<string, number>();
  clusters.forEach((members, index) => members.forEach((id) => clusterOf.set(id, index)));
  const flows = clusterFlows(model, clusterOf, clusters.length);
  const actors = input.actors ?? groupActors(input.graph);
  const venues = input.venues ?? findVenues(model, input.graph);
  const received = moneyReceived(model);
  const lookup = clusterLookup(input.graph, actors, venues, clusters);
  const transfers = clusters.map((): Link[] => []);
  for (const link of model.links) {
    pulse();
    const cluster = link.type === 'transferred' ? clusterOf.get(link.source) : undefined;
    if (cluster !== undefined && clusterOf.get(link.target) === cluster) transfers[cluster]?.push(link);
  }

  return clusters.map((members, index) => {
    const entitiesIn = members.map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
    const isHub = members.length === 1 && input.hubIds.has(members[0] as string);
    const countries = [...new Set(entitiesIn.flatMap((e) => (e.country ? [e.country] : [])))].sort(compareIds);
    const flow = flows[index] as Flow;
    const shares = countryShares(entitiesIn, received);
    const players = isHub
      ? undefined
      : rankClusterPlayers({ graph: input.graph, members, scores: input.scores, actors, venues, protectedIds: input.protectedIds, transfers: transfers[index] ?? [], seed: input.seed ?? 0, lookup });
    const profile: ClusterProfile = {
      id: clusterId(index),
      size: members.length,
      memberIds: members,
      membersByType: countByType(entitiesIn),
      countries,
      crossBorder: !isHub && isCrossBorder(shares),
      countryShares: shares,
      keyPlayers: players?.keyPlayers ?? [],
      venues: players?.venues ?? [],
      ...(players ? { betweenness: players.betweenness } : {}),
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

/** Money and time per cluster, from one pass over the links. */
function clusterFlows(model: CaseModel, clusterOf: Map<string, number>, count: number): Flow[] {
  const flows: Flow[] = Array.from({ length: count }, () => ({
    moneyIn: new Map(),
    moneyOut: new Map(),
    moneyInternal: new Map(),
  }));
  for (const link of model.links) {
    pulse();
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
