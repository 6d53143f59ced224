// Brokers: entities that tie different sizeable clusters together, strongly and evenly.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { compareIds } from '../model/order.ts';
import { clusterId } from './communities.ts';
import { actorCount, isIdentityEdge } from './identity.ts';
import { round6 } from './round6.ts';
import type { Broker } from './types.ts';

/** Clusters with fewer actors than this are not worth brokering between (see `actorCount`). */
export const BROKER_MIN_CLUSTER_SIZE = 3;
/** A tie to a cluster counts from this weight: one transfer or association does, one call does not. */
export const BROKER_MIN_TIE = 2;
/** The phones, accounts and handsets a person holds (one identity step away). */
function identifiersOf(graph: CaseGraph, personId: string): string[] {
  const held: string[] = [];
  graph.forEachEdge(personId, (_edge, edge, source, target) => {
    if (isIdentityEdge(edge.types)) held.push(source === personId ? target : source);
  });
  return held;
}

/** Brokers listed. */
export const BROKER_LIMIT = 25;

export interface RankBrokersInput {
  /** The graph clustered (without hubs). */
  graph: CaseGraph;
  /** Node id → cluster index. */
  clusterOf: ReadonlyMap<string, number>;
  /** Members of each cluster, by index. */
  clusters: readonly (readonly string[])[];
  /** Cluster indices that are hubs (never brokered between). */
  hubClusters?: ReadonlySet<number>;
  /** Never ranked (see `protectedIds`). */
  protectedIds: ReadonlySet<string>;
}

/**
 * Ranks brokers. For each entity, W_c = sum of edge weights to members of each sizeable cluster c
 * (three actors or more, not a hub; its own cluster included), W = Σ W_c:
 *
 *   participation P = 1 − Σ (W_c / W)²        (0 = all ties in one cluster, → 1 = evenly spread)
 *   score          = P × ln(1 + W_external)    (W_external = Σ W_c over clusters other than its own)
 *
 * so a broker must be both even (P) and strong (W_external) — a transfer hub moving money between
 * two syndicates scores high, a crew member with one stray call elsewhere scores near zero. An
 * entity must tie at least two sizeable clusters with weight ≥ `BROKER_MIN_TIE` each. Accounts and
 * the people holding them are ranked separately: either may be the bridge.
 *
 * NOTE: identity edges (person–phone, person–account, phone–handset) are left out of W: they join
 * an actor to itself, and counting them would make every account's owner look like its home.
 * A person is scored with the ties of the phones and accounts they hold: an OTC trader whose phone
 * talks to one syndicate and whose wallet serves another is a broker even if no single identifier
 * is. A cluster is sizeable by actors, not entities: one person with a phone and an account is not a
 * group worth brokering between.
 *
 * @returns the top 25, by score (6 decimals) descending, then id.
 */
export function rankBrokers(input: RankBrokersInput): Broker[] {
  const { graph, clusterOf, protectedIds } = input;
  const isSizeable = input.clusters.map(
    (members, index) => !(input.hubClusters?.has(index) ?? false) && actorCount(graph, members) >= BROKER_MIN_CLUSTER_SIZE,
  );
  const sizeable = (index: number | undefined): index is number => index !== undefined && isSizeable[index] === true;

  const brokers: Broker[] = [];
  graph.forEachNode((node, attributes) => {
    if (protectedIds.has(node)) return;
    const ties = new Map<number, number>();
    const addTies = (from: string) =>
      graph.forEachEdge(from, (_edge, edge, source, target) => {
        if (isIdentityEdge(edge.types)) return;
        const cluster = clusterOf.get(source === from ? target : source);
        if (sizeable(cluster)) ties.set(cluster, (ties.get(cluster) ?? 0) + edge.weight);
      });
    addTies(node);
    if (attributes.type === 'person') for (const held of identifiersOf(graph, node)) addTies(held);
    const strong = [...ties].filter(([, weight]) => weight >= BROKER_MIN_TIE);
    if (strong.length < 2) return;
    const own = clusterOf.get(node);
    let total = 0;
    let external = 0;
    for (const [cluster, weight] of ties) {
      total += weight;
      if (cluster !== own) external += weight;
    }
    let concentration = 0;
    for (const weight of ties.values()) concentration += (weight / total) ** 2;
    const score = round6((1 - concentration) * Math.log1p(external));
    const clusters = strong
      .sort(([a, wa], [b, wb]) => wb - wa || a - b)
      .map(([cluster]) => clusterId(cluster));
    brokers.push({ id: node, type: attributes.type, key: attributes.key, label: attributes.label, score, clusters });
  });
  return brokers.sort((a, b) => b.score - a.score || compareIds(a.id, b.id)).slice(0, BROKER_LIMIT);
}
