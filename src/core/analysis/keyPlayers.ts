// Key players: the actors who hold a cluster together; its places and service numbers listed apart.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import { compareIds } from '../model/order.ts';
import type { Entity, Link } from '../model/types.ts';
import { isLoneHandset, type Actors } from './actors.ts';
import { moneyLevels, type MoneyEdge } from './moneyLevel.ts';
import { brokerageWeight } from './tieEvidence.ts';
import { explainKeyPlayer } from './brokerWhy.ts';
import type { FastGraph } from '../graph/fastGraph.ts';
import { round6 } from './round6.ts';
import { betweennessErrorBound, csrBetweenness, sampleSources } from './sampledBetweenness.ts';
import type { BetweennessMethod, KeyPlayer, KeyPlayerMeasures, NodeScores } from './types.ts';

/** Key players (and venues) listed per cluster. */
export const KEY_PLAYERS_PER_CLUSTER = 5;
/** Betweenness is exact within clusters of up to this many actors, sampled above. */
export const EXACT_CLUSTER_BETWEENNESS_LIMIT = 3000;
/** Sources sampled in larger clusters. */
export const CLUSTER_BETWEENNESS_SAMPLES = 500;
/** Confidence of the stated error bound of sampled betweenness. */
export const BETWEENNESS_CONFIDENCE = 0.95;

export interface KeyPlayersInput {
  graph: AnalysisGraph;
  /** Node ids of the cluster. */
  members: readonly string[];
  scores: ReadonlyMap<string, NodeScores>;
  actors: Actors;
  venues: ReadonlySet<string>;
  /** Never listed (see `protectedIds`). */
  protectedIds: ReadonlySet<string>;
  /** `transferred` links with both ends in the cluster. */
  transfers: readonly Link[];
  /** Seed of the source sample, used only above `EXACT_CLUSTER_BETWEENNESS_LIMIT` actors. */
  seed: number;
  /** The graph as integer arrays with each node's holder and cluster (`clusterLookup`), shared by every cluster's call. */
  lookup?: ClusterLookup;
}

/** The clustered graph as integer arrays, with each node's holder (actor or venue) and cluster index (-1: none). */
export interface ClusterLookup {
  fast: FastGraph;
  holder: Int32Array;
  clusterOf: Int32Array;
  /** Scratch: node index of an actor → its index in the cluster being ranked (-1 between calls). */
  local: Int32Array;
}

/** Builds the lookup once for all clusters (`clusters`: member ids by cluster index). */
export function clusterLookup(fast: FastGraph, actors: Actors, venues: ReadonlySet<string>, clusters: readonly (readonly string[])[]): ClusterLookup {
  const n = fast.offsets.length - 1;
  const holder = new Int32Array(n);
  const clusterOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const id = fast.ids[i] as string;
    const h = venues.has(id) ? id : actors.actorOf.get(id) ?? id;
    holder[i] = fast.indexOf.get(h) ?? i;
  }
  clusters.forEach((members, c) => {
    for (const id of members) {
      const v = fast.indexOf.get(id);
      if (v !== undefined) clusterOf[v] = c;
    }
  });
  return { fast, holder, clusterOf, local: new Int32Array(n).fill(-1) };
}

export interface ClusterPlayers {
  keyPlayers: KeyPlayer[];
  venues: KeyPlayer[];
  betweenness: BetweennessMethod;
}

/**
 * Ranks a cluster's actors (a person with their phones, accounts and the handsets only those phones
 * use; or an identifier nobody is known to hold; see `groupActors`) through three lenses, each divided by its maximum in the cluster:
 * - strength — who holds it together: weight of the actor's ties to the cluster's other actors
 *   (identity links left out);
 * - betweenness — who connects its parts: on the cluster's actor graph (actors joined when any of
 *   their identifiers are), exact up to `EXACT_CLUSTER_BETWEENNESS_LIMIT` actors — so no seed changes
 *   the list — and sampled with a stated Hoeffding bound above;
 * - money level — where its money ends: trophic level along transfers (`moneyLevels`).
 * Score = the best of the three (an actor who leads on any lens is key: the boss who only receives
 * the proceeds as much as the manager everyone calls); ties broken by the mean of the three and
 * PageRank (summed over the actor's identifiers, graph without hubs).
 * Places and service numbers (`findVenues`) are ranked apart by strength (PageRank breaking ties)
 * and never listed as key players; victims and identifiers only they use are never listed at all; nor is a
 * handset standing alone (a shared device, see `groupActors`): an investigator ranks people and their
 * numbers, and a handset seen with several SIMs is evidence about them, not someone who holds a crew together.
 *
 * NOTE: venues are left out of the actor graph: a compound everyone is seen at would otherwise
 * carry every shortest path and take the betweenness that belongs to whoever runs the place.
 */
export function rankClusterPlayers(input: KeyPlayersInput): ClusterPlayers {
  const { graph, actors, venues } = input;
  const inCluster = new Set(input.members);
  const actorIds: string[] = [];
  const venueIds: string[] = [];
  for (const node of input.members) {
    if (!graph.indexOf.has(node)) continue;
    if (venues.has(node)) venueIds.push(node);
    else if (actors.actorOf.get(node) === node && !isLoneHandset(graph, actors, node)) actorIds.push(node);
  }
  const holderOf = (node: string) => (venues.has(node) ? node : actors.actorOf.get(node) ?? node);
  const nodesOf = (id: string) => (venues.has(id) ? [id] : (actors.members.get(id) ?? [id]).filter((node) => inCluster.has(node) && !venues.has(node)));

  const index = new Map(actorIds.map((id, i) => [id, i]));
  const strength = new Map<string, number>();
  const pagerank = new Map<string, number>();
  const adjacency: Set<number>[] = actorIds.map(() => new Set<number>());
  // NOTE: the edges are walked on the integer graph (one holder and one cluster per node index),
  // not through graphology's callbacks and string sets: this ran for every member of every cluster.
  const lookup = input.lookup ?? clusterLookup(graph, actors, venues, [input.members]);
  const { fast, holder, clusterOf, local } = lookup;
  const cluster = clusterOf[fast.indexOf.get(input.members[0] ?? '') ?? -1] ?? -2;
  // NOTE: an actor's place in this cluster read per edge from an integer array, not a Map of ids.
  const actorNodes = actorIds.map((id) => fast.indexOf.get(id) as number);
  actorNodes.forEach((v, i) => { local[v] = i; });
  for (const id of [...actorIds, ...venueIds]) {
    let weight = 0;
    let rank = 0;
    const self = index.get(id);
    const selfIndex = fast.indexOf.get(id) as number;
    for (const node of nodesOf(id)) {
      rank += input.scores.get(node)?.pagerank ?? 0;
      const v = fast.indexOf.get(node);
      if (v === undefined) continue;
      for (let e = fast.offsets[v] as number; e < (fast.offsets[v + 1] as number); e++) {
        const other = fast.targets[e] as number;
        if (clusterOf[other] !== cluster || fast.identity[e] === 1) continue;
        const h = holder[other] as number;
        if (h === selfIndex) continue;
        weight += fast.weights[e] as number;
        if (self === undefined) continue;
        const j = local[h] as number;
        if (j >= 0) (adjacency[self] as Set<number>).add(j);
      }
    }
    strength.set(id, weight);
    pagerank.set(id, rank);
  }
  for (const v of actorNodes) local[v] = -1;

  const { values: between, method } = actorBetweenness(adjacency, input.seed);
  const money = actorMoney(input.transfers, index, holderOf);
  const measuresOf = (id: string): KeyPlayerMeasures => {
    const i = index.get(id);
    return {
      strength: round6(strength.get(id) ?? 0),
      pagerank: round6(pagerank.get(id) ?? 0),
      betweenness: round6(i !== undefined ? (between[i] ?? 0) : 0),
      money: round6(i !== undefined ? (money[i] ?? 0) : 0),
    };
  };
  return {
    keyPlayers: rank(input, actorIds.filter((id) => !input.protectedIds.has(id)), measuresOf, true, method),
    venues: rank(input, venueIds, measuresOf, false, method),
    betweenness: method,
  };
}

function rank(
  input: KeyPlayersInput, ids: string[], measuresOf: (id: string) => KeyPlayerMeasures, withBetweenness: boolean, method: BetweennessMethod,
): KeyPlayer[] {
  const measured = ids.map((id) => ({ id, measures: measuresOf(id) }));
  const best: KeyPlayerMeasures = { strength: 0, pagerank: 0, betweenness: 0, money: 0 };
  for (const { measures } of measured) {
    best.strength = Math.max(best.strength, measures.strength);
    best.pagerank = Math.max(best.pagerank, measures.pagerank);
    best.betweenness = Math.max(best.betweenness, measures.betweenness);
    best.money = Math.max(best.money, measures.money);
  }
  const part = (value: number, max: number) => (max > 0 ? value / max : 0);
  const scored = measured.map(({ id, measures }) => {
    const lenses = withBetweenness
      ? [part(measures.strength, best.strength), part(measures.betweenness, best.betweenness), part(measures.money, best.money)]
      : [part(measures.strength, best.strength)];
    const all = [...lenses, part(measures.pagerank, best.pagerank)];
    return { id, measures, score: round6(Math.max(...lenses)), mean: round6(all.reduce((sum, value) => sum + value, 0) / all.length) };
  });
  // NOTE: an actor with no tie to another actor of the cluster, no path through it and no money is held together with
  // nothing: ranking it on PageRank alone read "strongest on ties 0 (0% of the top)". Such an actor is no key player.
  return scored
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.mean - a.mean || compareIds(a.id, b.id))
    .slice(0, KEY_PLAYERS_PER_CLUSTER)
    .map(({ id, measures, score }, i) => {
      const attributes = input.graph.entities[input.graph.indexOf.get(id) as number] as Entity;
      const identifiers = (input.actors.members.get(id) ?? []).filter((node) => node !== id && !input.venues.has(id));
      return {
        id, type: attributes.type, key: attributes.key, label: attributes.label, score, measures, identifiers,
        ...explainKeyPlayer(i + 1, measures, best, identifiers.length, withBetweenness ? method : undefined),
      };
    });
}

/** Each actor's level in the cluster's money chain (0 for actors that move no money). */
function actorMoney(transfers: readonly Link[], index: ReadonlyMap<string, number>, holderOf: (node: string) => string): Float64Array {
  const edges: MoneyEdge[] = [];
  for (const link of transfers) {
    const [from, to] = [index.get(holderOf(link.source)), index.get(holderOf(link.target))];
    if (from !== undefined && to !== undefined && from !== to) edges.push({ from, to, weight: brokerageWeight(link) });
  }
  return moneyLevels(index.size, edges);
}

/** Betweenness on the actor graph: exact when small enough, else sampled with its bound. */
function actorBetweenness(adjacency: Set<number>[], seed: number): { values: Float64Array; method: BetweennessMethod } {
  const n = adjacency.length;
  const starts = new Int32Array(n + 1);
  const flat: number[] = [];
  adjacency.forEach((neighbours, i) => {
    starts[i] = flat.length;
    flat.push(...[...neighbours].sort((a, b) => a - b));
  });
  starts[n] = flat.length;
  const neighbors = Int32Array.from(flat);
  if (n <= EXACT_CLUSTER_BETWEENNESS_LIMIT) {
    return { values: csrBetweenness(starts, neighbors, sampleSources(n, n, 0)), method: { method: 'exact' } };
  }
  const samples = CLUSTER_BETWEENNESS_SAMPLES;
  return {
    values: csrBetweenness(starts, neighbors, sampleSources(n, samples, seed)),
    method: { method: 'sampled', samples, errorBound: round6(betweennessErrorBound(n, samples, BETWEENNESS_CONFIDENCE)), confidence: BETWEENNESS_CONFIDENCE },
  };
}
