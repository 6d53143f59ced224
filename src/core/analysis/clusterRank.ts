// Which clusters matter first: investigative weight (people, money, reach, confidence, cohesion), background last.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import type { FastGraph } from '../graph/fastGraph.ts';
import { isVictim } from '../model/roles.ts';
import type { CaseModel, Entity } from '../model/types.ts';
import { round6 } from './round6.ts';
import type { ClusterProfile, ClusterRankFacts, ClusterRanking } from './types.ts';
import { pulse } from '../progressPulse.ts';

// NOTE: compared lower-cased, as parts of the role or status written by the source; English,
// Indonesian (tersangka, DPO = wanted list), Filipino, Vietnamese and Thai words investigators use.
const SUSPECT_WORDS = [
  'suspect', 'wanted', 'accused', 'arrested', 'tersangka', 'dpo', 'buron', 'suspek', 'akusado', 'nghi phạm', 'truy nã', 'ผู้ต้องหา',
  'boss', 'bos', 'manager', 'recruiter', 'financier', 'money handler', 'mule', 'broker',
];

/** Below this share of possible pairs linked, a group without people or money is background. */
export const BACKGROUND_DENSITY = 0.15;
/**
 * Below this mean weight of its internal links (about two calls a pair), a group without people or money
 * is background: its members barely know each other. A crew in a calls-only case calls again and again.
 */
export const BACKGROUND_TIE = 2;

/** How much each part weighs in a cluster's investigative weight (they sum to 1). */
export const RANK_WEIGHTS = { people: 0.3, money: 0.25, spread: 0.15, stability: 0.15, cohesion: 0.15 } as const;

export interface RankInput {
  model: CaseModel;
  /** The graph clustered (without hubs). */
  graph: AnalysisGraph;
  /** Profiles in cluster order, with `stability` when it was measured. */
  profiles: readonly ClusterProfile[];
}

/** True when a person's role or status names a suspect or a role in a crew (never a victim). */
export function isSuspect(entity: Pick<Entity, 'type' | 'attributes'>): boolean {
  if (entity.type !== 'person' || isVictim(entity)) return false;
  for (const field of ['role', 'status']) {
    const value = entity.attributes[field]?.trim().toLowerCase();
    if (value && SUSPECT_WORDS.some((word) => value === word || value.split(/[\s,;/()-]+/).includes(word) || (word.includes(' ') && value.includes(word)))) return true;
  }
  return false;
}

/**
 * One ranking per profile (same order). Each part is scaled to [0, 1]:
 *
 *   people    = min(1, (persons + 2 × suspects) / 12)       persons known to the sources; suspects count thrice
 *   money     = min(1, log10(1 + transfer rows) / 2)        100 transfers touching the cluster or more → 1
 *   spread    = min(1, (countries − 1) / 4)                 one country → 0, five or more → 1
 *   stability = the cluster's stability (0.5 when not measured)
 *   cohesion  = weight of ties inside / weight of all ties of the members
 *
 * weight = Σ RANK_WEIGHTS × part. A cluster with no person, no transfer and loose ties (density <
 * `BACKGROUND_DENSITY`, or internal links averaging under `BACKGROUND_TIE`, or fewer than three members)
 * is background: listed after every other cluster, whatever its size or countries. Hubs come last.
 * In a calls-only case (no person, no money anywhere) crews still stand out by their repeated calls.
 *
 * NOTE: size is deliberately not a part: the largest clusters of a real case are often subscribers
 * who share a cell tower or a call centre, not a crew.
 */
export function rankClusters(input: RankInput): ClusterRanking[] {
  const { model, graph: fast, profiles } = input;
  const entities = new Map(model.entities.map((entity) => [entity.id, entity]));
  const clusterOf = new Map<string, number>();
  profiles.forEach((profile, index) => profile.memberIds.forEach((id) => clusterOf.set(id, index)));
  const transfers = new Array<number>(profiles.length).fill(0);
  for (const link of model.links) {
    pulse();
    if (link.type !== 'transferred') continue;
    const ends = new Set([clusterOf.get(link.source), clusterOf.get(link.target)]);
    for (const index of ends) if (index !== undefined) transfers[index] = (transfers[index] ?? 0) + link.count;
  }

  // NOTE: ties are counted on the integer graph with one cluster label per node.
  const labels = new Int32Array(fast.offsets.length - 1).fill(-1);
  for (const [id, index] of clusterOf) {
    const v = fast.indexOf.get(id);
    if (v !== undefined) labels[v] = index;
  }
  const parts = profiles.map((profile, index) => {
    const members = profile.memberIds.map((id) => entities.get(id)).filter((entity): entity is Entity => entity !== undefined);
    const persons = members.filter((entity) => entity.type === 'person').length;
    const suspects = members.filter(isSuspect).length;
    const { inside, all, pairs } = ties(fast, profile.memberIds, labels, index);
    const meanTie = pairs > 0 ? inside / 2 / pairs : 0;
    const size = profile.memberIds.length;
    const density = size > 1 ? pairs / ((size * (size - 1)) / 2) : 0;
    const moved = transfers[index] ?? 0;
    const part = {
      people: Math.min(1, (persons + 2 * suspects) / 12),
      money: Math.min(1, Math.log10(1 + moved) / 2),
      spread: Math.min(1, Math.max(0, profile.countries.length - 1) / 4),
      stability: profile.stability ?? 0.5,
      cohesion: all > 0 ? inside / all : 0,
    };
    const weight = round6(
      RANK_WEIGHTS.people * part.people + RANK_WEIGHTS.money * part.money + RANK_WEIGHTS.spread * part.spread
      + RANK_WEIGHTS.stability * part.stability + RANK_WEIGHTS.cohesion * part.cohesion,
    );
    const background = !profile.hub && persons === 0 && moved === 0 && (size < 3 || density < BACKGROUND_DENSITY || meanTie < BACKGROUND_TIE);
    return { profile, index, persons, suspects, moved, density, meanTie, part, weight, background };
  });

  const order = [...parts].sort((a, b) =>
    Number(Boolean(a.profile.hub)) - Number(Boolean(b.profile.hub))
    || Number(a.background) - Number(b.background)
    || b.weight - a.weight
    || b.profile.size - a.profile.size
    || a.index - b.index);
  const rankOf = new Map(order.map((item, position) => [item.index, position + 1]));

  return parts.map((item): ClusterRanking => {
    const ranking: ClusterRanking = { rank: rankOf.get(item.index) ?? 0, weight: item.weight, why: explain(item), facts: factsOf(item) };
    if (item.background) ranking.background = true;
    return ranking;
  });
}

/** What the investigative order reads of a cluster (an analysis profile or a report's cluster). */
export interface RankedCluster {
  hub?: boolean;
  ranking?: Pick<ClusterRanking, 'rank'>;
  crossBorder: boolean;
  size: number;
}

/**
 * Clusters in investigative order, the one every view follows (the workbench's list and map, the dossier): by
 * `ranking.rank` (weight, background last), else cross-border first, then by size; hubs last; ties keep the order given.
 */
export function inRankOrder<T extends RankedCluster>(clusters: readonly T[]): T[] {
  return clusters
    .map((cluster, index) => ({ cluster, index }))
    .sort((a, b) =>
      Number(Boolean(a.cluster.hub)) - Number(Boolean(b.cluster.hub))
      || (a.cluster.ranking?.rank ?? Infinity) - (b.cluster.ranking?.rank ?? Infinity)
      || Number(b.cluster.crossBorder) - Number(a.cluster.crossBorder)
      || b.cluster.size - a.cluster.size
      || a.index - b.index)
    .map((item) => item.cluster);
}

function ties(fast: FastGraph, members: readonly string[], labels: Int32Array, index: number): { inside: number; all: number; pairs: number } {
  let inside = 0;
  let all = 0;
  let pairs = 0;
  for (const id of members) {
    const v = fast.indexOf.get(id);
    if (v === undefined) continue;
    for (let e = fast.offsets[v] as number; e < (fast.offsets[v + 1] as number); e++) {
      const w = fast.weights[e] as number;
      all += w;
      const other = fast.targets[e] as number;
      if (labels[other] === index) {
        inside += w;
        // Each internal edge is seen from both ends; count it once.
        if (v < other) pairs += 1;
      }
    }
  }
  return { inside, all, pairs };
}

function factsOf(item: {
  profile: ClusterProfile; persons: number; suspects: number; moved: number; density: number; meanTie: number; part: { stability: number; cohesion: number };
}): ClusterRankFacts {
  const facts: ClusterRankFacts = {
    persons: item.persons, suspects: item.suspects, transfers: item.moved, countries: item.profile.countries.length,
    cohesion: round6(item.part.cohesion), density: round6(item.density), meanTie: round6(item.meanTie),
  };
  if (item.profile.stability !== undefined) facts.stability = round6(item.part.stability);
  return facts;
}

function explain(item: {
  profile: ClusterProfile; persons: number; suspects: number; moved: number; density: number; meanTie: number; weight: number; background: boolean;
  part: { stability: number; cohesion: number };
}): string {
  if (item.profile.hub) return 'hub set aside as noise';
  if (item.background) {
    const loose = item.profile.memberIds.length < 3 ? 'too small to be a group'
      : `${Math.round(item.density * 100)}% of possible pairs linked, ${item.meanTie.toFixed(1)} mean tie weight`;
    return `background: no known person, no money, ${loose}`;
  }
  const parts = [
    item.persons > 0 ? `${item.persons} ${item.persons === 1 ? 'person' : 'people'}${item.suspects > 0 ? ` (${item.suspects} with a crew role or suspect status)` : ''}` : 'no known person',
    item.moved > 0 ? `${item.moved} ${item.moved === 1 ? 'transfer' : 'transfers'}` : 'no money',
    `${item.profile.countries.length} ${item.profile.countries.length === 1 ? 'country' : 'countries'}`,
    item.profile.stability !== undefined ? `stability ${item.part.stability.toFixed(2)}` : 'stability not measured',
    `cohesion ${item.part.cohesion.toFixed(2)}`,
  ];
  return `weight ${item.weight.toFixed(2)}: ${parts.join(', ')}`;
}
