// Brokers: actors tied to two or more clusters more strongly than their degree would make them by chance.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import { compareIds } from '../model/order.ts';
import { LINK_TYPES, type CaseModel, type Entity, type LinkType } from '../model/types.ts';
import { groupActors, isLoneHandset, type Actors } from './actors.ts';
import { brokerRoles } from './brokerRoles.ts';
import { explainBroker } from './brokerWhy.ts';
import { clusterId } from './communities.ts';
import { actorCount } from './identity.ts';
import { poissonUpperTail } from './poisson.ts';
import { round6 } from './round6.ts';
import { tieEvidence, tieWeight, type TieEvidence } from './tieEvidence.ts';
import type { Broker, BrokerBridge } from './types.ts';
import { findVenues } from './venues.ts';
import { pulse } from '../progressPulse.ts';

/** Clusters with fewer actors than this are not worth brokering between (see `actorCount`). */
export const BROKER_MIN_CLUSTER_SIZE = 3;
/** A bridge needs this much brokerage weight: one transfer or association does, two stray calls do not. */
export const BROKER_MIN_BRIDGE = 3;
/** …and a Poisson tail probability under this (one in a hundred). */
export const BROKER_ALPHA = 0.01;
/**
 * Two clusters tied, without the actor, at this multiple of the configuration model's expectation
 * or more are one group split in two: no hole to bridge. Separate crews talk to each other below
 * chance (most of their weight stays inside); halves of one crew well above it.
 */
export const CLUSTERS_TIED_RATIO = 1;
/** Brokers listed. */
export const BROKER_LIMIT = 25;
/** Bridges listed per broker besides the significant ones (the strongest of the rest). */
const OTHER_BRIDGES_LISTED = 3;

export interface RankBrokersInput {
  model: CaseModel;
  /** The graph clustered (without hubs). */
  graph: AnalysisGraph;
  /** Node id → cluster index. */
  clusterOf: ReadonlyMap<string, number>;
  /** Members of each cluster, by index. */
  clusters: readonly (readonly string[])[];
  /** Cluster indices that are hubs (never brokered between). */
  hubClusters?: ReadonlySet<number>;
  /** Never ranked (see `protectedIds`). */
  protectedIds: ReadonlySet<string>;
  /** Who stands behind each node (computed from the graph when absent). */
  actors?: Actors;
  /** Places and service numbers, never ranked (computed when absent; see `findVenues`). */
  venues?: ReadonlySet<string>;
}

interface Tie {
  weight: number;
  partners: Set<string>;
  rows: Partial<Record<LinkType, number>>;
  amounts: Map<string, number>;
}

/**
 * Ranks brokers against a null model. Each actor (a person with their phones, accounts and handsets,
 * or an identifier nobody is known to hold) has, towards each sizeable cluster c (three actors or
 * more, not a hub; its own included):
 *
 *   W_c   = brokerage weight of its ties into c (`brokerageWeight`: money > associations > calls)
 *   E_c   = k_i · K_c / 2m        the configuration-model expectation (Newman & Girvan 2004;
 *                                  Newman 2006, "Modularity and community structure in networks"),
 *                                  k_i its total weight, K_c the cluster's, 2m the case's; for its
 *                                  own cluster K_c leaves the actor itself out
 *   bridge significant when W_c ≥ `BROKER_MIN_BRIDGE`, W_c > E_c and P(Poisson(E_c) ≥ W_c) < `BROKER_ALPHA`
 *
 * and an actor with two significant bridges or more is a broker, scored by the excess W_c − E_c of
 * its second-strongest one — not counting a bridge into a cluster already tied to a stronger bridge's
 * cluster at `CLUSTERS_TIED_RATIO` × chance without the actor (two halves of one crew have no
 * structural hole between them to broker, Burt 1992): a broker must stand out on both sides, and a crew member whose
 * cross-talk is what the case's ordinary cross-talk would give is not one (Guimerà & Amaral 2005
 * score participation; the excess over a null model is what tells a broker from background).
 * Each broker's role (Gould & Fernandez 1989) comes from the direction of its calls and transfers
 * (see `brokerRoles`).
 *
 * NOTE: weights are read as Poisson counts: one call weighs 1, so the tail is honest for calls and
 * conservative for money (a transfer weighing 4 is rarer than four calls).
 * Victims, the identifiers only they use, places and service numbers are never listed.
 *
 * @returns the top `BROKER_LIMIT`, by score descending, then id.
 */
export function rankBrokers(input: RankBrokersInput): Broker[] {
  const { graph, protectedIds } = input;
  const actors = input.actors ?? groupActors(graph);
  const venues = input.venues ?? findVenues(input.model, graph);
  const ranked: { broker: Broker; bridges: BrokerBridge[] }[] = [];
  // NOTE: every actor is measured on weights alone; the evidence behind each bridge (partners, rows,
  // money) is gathered for the listed brokers only, from their own edges: building it for every actor
  // of a national case was most of the brokers' cost.
  for (const [actor, bridges] of measureBridges({ ...input, actors }, { details: false, candidatesOnly: true })) {
    if (protectedIds.has(actor) || venues.has(actor) || isLoneHandset(graph, actors, actor)) continue;
    const significant = bridges.filter((bridge) => bridge.significant);
    const second = significant.filter((bridge) => bridge.tiedTo === undefined)[1];
    if (!second) continue;
    const attributes = graph.entities[graph.indexOf.get(actor) as number] as Entity;
    ranked.push({
      broker: {
        id: actor, type: attributes.type, key: attributes.key, label: attributes.label,
        score: second.excess,
        clusters: significant.map((bridge) => bridge.cluster),
        pValue: second.pValue,
        identifiers: (actors.members.get(actor) ?? []).filter((node) => node !== actor),
      },
      bridges: [...significant, ...bridges.filter((bridge) => !bridge.significant).slice(0, OTHER_BRIDGES_LISTED)],
    });
  }
  ranked.sort((a, b) => b.broker.score - a.broker.score || compareIds(a.broker.id, b.broker.id));
  const top = ranked.slice(0, BROKER_LIMIT);
  for (const { broker, bridges } of top) fillEvidence(input, actors, broker.id, bridges);
  const roles = brokerRoles({ model: input.model, actorOf: actors.actorOf, clusterOf: input.clusterOf, brokers: top.map(({ broker }) => broker.id) });
  return top.map(({ broker, bridges }) => {
    const role = roles.get(broker.id);
    const result: Broker = { ...broker, bridges };
    if (role) {
      result.roles = role.counts;
      if (role.role) result.role = role.role;
    }
    Object.assign(result, explainBroker(result));
    return result;
  });
}

/**
 * Every actor's bridges into sizeable clusters (see `rankBrokers`), significant ones first, each
 * group by excess descending. Also answers "why is this person not a broker?".
 */
export function measureBridges(
  input: Omit<RankBrokersInput, 'protectedIds' | 'venues'>, options: { details?: boolean; candidatesOnly?: boolean } = {},
): Map<string, BrokerBridge[]> {
  const details = options.details ?? true;
  const { graph } = input;
  const actors = input.actors ?? groupActors(graph);
  const sizeable = input.clusters.map((nodes, index) => {
    pulse(index, input.clusters.length);
    return !(input.hubClusters?.has(index) ?? false) && actorCount(graph, nodes, actors) >= BROKER_MIN_CLUSTER_SIZE;
  });
  // NOTE: each node's actor and cluster read once into integer arrays (-1: none): the edge loop below ran
  // four string-keyed look-ups per edge of a national case.
  const { ids, edgeEnds } = graph;
  const n = ids.length;
  const actorAt = new Int32Array(n).fill(-1);
  const clusterAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const actor = actors.actorOf.get(id);
    actorAt[i] = actor === undefined ? -1 : graph.indexOf.get(actor) ?? -1;
    clusterAt[i] = input.clusterOf.get(id) ?? -1;
  }

  const strength = new Float64Array(n);
  const clusterStrength = new Float64Array(input.clusters.length);
  const ties = new Map<number, Map<number, Tie>>();
  const between = new Map<number, number>();
  const pairKey = (a: number, b: number) => (a < b ? a * input.clusters.length + b : b * input.clusters.length + a);
  let total = 0;
  const addTie = (actor: number, node: number, evidence: TieEvidence) => {
    const cluster = clusterAt[node] as number;
    if (cluster < 0) return;
    clusterStrength[cluster] = (clusterStrength[cluster] as number) + evidence.weight;
    strength[actor] = (strength[actor] as number) + evidence.weight;
    const byCluster = ties.get(actor) ?? new Map<number, Tie>();
    // NOTE: the light pass shares empty evidence (never written): a tie per actor and cluster of a national case.
    const tie = byCluster.get(cluster)
      ?? (details ? { weight: 0, partners: new Set<string>(), rows: {}, amounts: new Map<string, number>() } : { weight: 0, partners: NO_PARTNERS, rows: NO_ROWS, amounts: NO_AMOUNTS });
    tie.weight += evidence.weight;
    if (details) {
      tie.partners.add(ids[node] as string);
      for (const [type, rows] of Object.entries(evidence.rows) as [LinkType, number][]) tie.rows[type] = (tie.rows[type] ?? 0) + rows;
      for (const [currency, amount] of evidence.amounts) tie.amounts.set(currency, (tie.amounts.get(currency) ?? 0) + amount);
    }
    byCluster.set(cluster, tie);
    ties.set(actor, byCluster);
  };
  const edges = edgeEnds.length / 2;
  for (let e = 0; e < edges; e++) {
    pulse(e, edges);
    const source = edgeEnds[2 * e] as number;
    const target = edgeEnds[2 * e + 1] as number;
    const [a, b] = [actorAt[source] as number, actorAt[target] as number];
    if (a < 0 || b < 0 || a === b) continue;
    const evidence = details ? tieEvidence(graph, e) : { weight: tieWeight(graph, e), rows: NO_ROWS, amounts: NO_AMOUNTS };
    if (evidence.weight === 0) continue;
    total += 2 * evidence.weight;
    addTie(a, target, evidence);
    addTie(b, source, evidence);
    const [ca, cb] = [clusterAt[source] as number, clusterAt[target] as number];
    if (ca >= 0 && cb >= 0 && ca !== cb) {
      const key = pairKey(ca, cb);
      between.set(key, (between.get(key) ?? 0) + evidence.weight);
    }
  }
  /** Clusters p and q tied at `CLUSTERS_TIED_RATIO` × chance or more without `actor`'s own ties (`own` its cluster). */
  const tied = (p: number, q: number, own: number | undefined, byCluster: ReadonlyMap<number, Tie>): boolean => {
    const mine = own === p ? (byCluster.get(q)?.weight ?? 0) : own === q ? (byCluster.get(p)?.weight ?? 0) : 0;
    const expected = total > 0 ? ((clusterStrength[p] as number) * (clusterStrength[q] as number)) / total : 0;
    return expected > 0 && (between.get(pairKey(p, q)) ?? 0) - mine >= CLUSTERS_TIED_RATIO * expected;
  };
  // NOTE: each edge added its weight to both ends' clusters: clusterStrength[c] = K_c, Σ = 2m.

  const result = new Map<string, BrokerBridge[]>();
  let done = 0;
  for (const [actor, byCluster] of ties) {
    pulse(done++, ties.size);
    // NOTE: a broker needs two significant bridges, each of `BROKER_MIN_BRIDGE` at least: most actors tie into one cluster.
    if (options.candidatesOnly && !twoBridgesPossible(byCluster, sizeable)) continue;
    const k = strength[actor] as number;
    const own = clusterAt[actor] === -1 ? undefined : clusterAt[actor];
    const bridges: (BrokerBridge & { index: number })[] = [];
    for (const [cluster, tie] of byCluster) {
      if (!sizeable[cluster]) continue;
      const others = (clusterStrength[cluster] as number) - (cluster === own ? k : 0);
      const expected = total > 0 ? (k * Math.max(0, others)) / total : 0;
      const pValue = poissonUpperTail(tie.weight, expected);
      const excess = tie.weight - expected;
      bridges.push({
        index: cluster,
        cluster: clusterId(cluster),
        weight: round6(tie.weight),
        expected: round6(expected),
        excess: round6(excess),
        z: round6(expected > 0 ? excess / Math.sqrt(expected) : 0),
        pValue: Number(pValue.toPrecision(6)),
        significant: tie.weight >= BROKER_MIN_BRIDGE && excess > 0 && pValue < BROKER_ALPHA,
        partners: tie.partners.size,
        rows: sortedRows(tie.rows),
        amounts: Object.fromEntries([...tie.amounts].map(([c, a]) => [c, round6(a)] as const).sort(([a], [b]) => compareIds(a, b))),
      });
    }
    bridges.sort((a, b) => Number(b.significant) - Number(a.significant) || byExcess(a, b));
    const kept: (BrokerBridge & { index: number })[] = [];
    for (const bridge of bridges) {
      if (!bridge.significant) break;
      const twin = kept.find((other) => tied(other.index, bridge.index, own, byCluster));
      if (twin) bridge.tiedTo = twin.cluster;
      else kept.push(bridge);
    }
    result.set(ids[actor] as string, bridges.map(({ index: _index, ...bridge }) => bridge));
  }
  return result;
}

/** Shared, never written: the light pass adds no partners, rows or amounts. */
const NO_AMOUNTS = new Map<string, number>();
const NO_PARTNERS = new Set<string>();
const NO_ROWS: Partial<Record<LinkType, number>> = Object.freeze({});

/** True when at least two sizeable clusters have ties heavy enough to be significant bridges. */
function twoBridgesPossible(byCluster: ReadonlyMap<number, Tie>, sizeable: readonly boolean[]): boolean {
  let heavy = 0;
  for (const [cluster, tie] of byCluster) if (sizeable[cluster] && tie.weight >= BROKER_MIN_BRIDGE && ++heavy === 2) return true;
  return false;
}

/**
 * The evidence behind a listed broker's bridges, from the broker's own edges: the same partners,
 * rows and amounts `measureBridges` gathers with `details`, per cluster.
 */
function fillEvidence(input: RankBrokersInput, actors: Actors, actor: string, bridges: BrokerBridge[]): void {
  const { graph, clusterOf } = input;
  const { offsets, targets, edgeAt, ids } = graph;
  const byCluster = new Map<string, Tie>();
  for (const node of actors.members.get(actor) ?? [actor]) {
    const v = graph.indexOf.get(node);
    if (v === undefined) continue;
    for (let slot = offsets[v] as number; slot < (offsets[v + 1] as number); slot++) {
      const other = ids[targets[slot] as number] as string;
      const holder = actors.actorOf.get(other);
      if (holder === undefined || holder === actor) continue;
      const cluster = clusterOf.get(other);
      if (cluster === undefined) continue;
      const evidence = tieEvidence(graph, edgeAt[slot] as number);
      if (evidence.weight === 0) continue;
      const id = clusterId(cluster);
      const tie = byCluster.get(id) ?? { weight: 0, partners: new Set<string>(), rows: {}, amounts: new Map<string, number>() };
      tie.partners.add(other);
      for (const [type, rows] of Object.entries(evidence.rows) as [LinkType, number][]) tie.rows[type] = (tie.rows[type] ?? 0) + rows;
      for (const [currency, amount] of evidence.amounts) tie.amounts.set(currency, (tie.amounts.get(currency) ?? 0) + amount);
      byCluster.set(id, tie);
    }
  }
  for (const bridge of bridges) {
    const tie = byCluster.get(bridge.cluster);
    if (!tie) continue;
    bridge.partners = tie.partners.size;
    bridge.rows = sortedRows(tie.rows);
    bridge.amounts = Object.fromEntries([...tie.amounts].map(([c, a]) => [c, round6(a)] as const).sort(([a], [b]) => compareIds(a, b)));
  }
}

/** Rows by link type in `LINK_TYPES` order, so a report reads the same whatever order the edges were walked in. */
function sortedRows(rows: Partial<Record<LinkType, number>>): Partial<Record<LinkType, number>> {
  const sorted: Partial<Record<LinkType, number>> = {};
  for (const type of LINK_TYPES) if (rows[type] !== undefined) sorted[type] = rows[type];
  return sorted;
}

function byExcess(a: BrokerBridge, b: BrokerBridge): number {
  return b.excess - a.excess || compareIds(a.cluster, b.cluster);
}
