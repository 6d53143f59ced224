// An analysis result from an untrusted case file: clusters, hubs, brokers and scores, each checked.

import type { AnalysisResult, Broker, ClusterProfile, ClusterRankFacts, ClusterRanking, Hub, KeyPlayer } from '../analysis/types.ts';
import { ENTITY_TYPES, type CaseModel, type EntityType } from '../model/types.ts';
import { readCodedText } from '../i18n/coded.ts';
import type { Check } from './check.ts';
import { readBrokerExtras, readClusterExtras, readKeyPlayerExtras } from './readPlayers.ts';

/** Reads an analysis and checks that every id it names is an entity of `model`. */
export function readAnalysis(check: Check, value: unknown, at: string, model: CaseModel): AnalysisResult {
  const data = check.record(value, at);
  const entityIds = new Set(model.entities.map((entity) => entity.id));
  const known = (id: string, where: string) => {
    if (!entityIds.has(id)) check.fail(where, `names ${JSON.stringify(id)}, which is not an entity of the case`);
    return id;
  };
  const p = check.record(data.parameters, `${at}.parameters`);
  const clusters = check.list(data.clusters, `${at}.clusters`).map((item, i) => readCluster(check, item, `${at}.clusters[${i}]`, known));
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  const clusterOf = check.map(data.clusterOf, `${at}.clusterOf`, (item, where) => {
    const id = check.string(item, where);
    if (!clusterIds.has(id)) check.fail(where, `names cluster ${JSON.stringify(id)}, which is not in analysis.clusters`);
    return id;
  });
  for (const id of Object.keys(clusterOf)) known(id, `${at}.clusterOf["${id}"]`);
  return {
    parameters: {
      algorithm: check.oneOf(p.algorithm, ['louvain'] as const, `${at}.parameters.algorithm`),
      seed: check.number(p.seed, `${at}.parameters.seed`, { integer: true }),
      resolution: check.number(p.resolution, `${at}.parameters.resolution`, { min: 0 }),
      ...optional('stabilityRuns', p.stabilityRuns === undefined ? undefined : check.number(p.stabilityRuns, `${at}.parameters.stabilityRuns`, { integer: true, min: 0 })),
      ...optional('from', check.optionalString(p.from, `${at}.parameters.from`)),
      ...optional('to', check.optionalString(p.to, `${at}.parameters.to`)),
    },
    modularity: check.number(data.modularity, `${at}.modularity`),
    clusters,
    clusterOf,
    hubs: check.list(data.hubs, `${at}.hubs`).map((item, i) => readHub(check, item, `${at}.hubs[${i}]`, known)),
    ...(data.notHubs !== undefined ? {
      notHubs: check.list(data.notHubs, `${at}.notHubs`).map((item, i) => readHub(check, item, `${at}.notHubs[${i}]`, known)),
    } : {}),
    brokers: check.list(data.brokers, `${at}.brokers`).map((item, i) => readBroker(check, item, `${at}.brokers[${i}]`, known)),
    scores: check.map(data.scores, `${at}.scores`, (item, where) => {
      const s = check.record(item, where);
      return {
        weightedDegree: check.number(s.weightedDegree, `${where}.weightedDegree`),
        pagerank: check.number(s.pagerank, `${where}.pagerank`),
        betweenness: check.number(s.betweenness, `${where}.betweenness`),
      };
    }),
    ...(data.coMembership !== undefined ? {
      coMembership: check.map(data.coMembership, `${at}.coMembership`, (item, where) => share(check, item, where)),
    } : {}),
  };
}

/** `{ key: value }` when the value is there, `{}` otherwise (optional fields stay absent, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function share(check: Check, value: unknown, at: string): number {
  const number = check.number(value, at, { min: 0 });
  if (number > 1) check.fail(at, `must be a share from 0 to 1, found ${number}`);
  return number;
}

function readRanking(check: Check, value: unknown, at: string): ClusterRanking {
  const data = check.record(value, at);
  if (data.background !== undefined && data.background !== true) check.fail(`${at}.background`, 'must be true when present');
  return {
    rank: check.number(data.rank, `${at}.rank`, { integer: true, min: 0 }),
    weight: share(check, data.weight, `${at}.weight`),
    ...(data.background === true ? { background: true as const } : {}),
    why: check.string(data.why, `${at}.why`),
    ...(data.facts !== undefined ? { facts: readRankFacts(check, data.facts, `${at}.facts`) } : {}),
  };
}

function readRankFacts(check: Check, value: unknown, at: string): ClusterRankFacts {
  const data = check.record(value, at);
  const count = (key: string): number => check.number(data[key], `${at}.${key}`, { integer: true, min: 0 });
  return {
    persons: count('persons'),
    suspects: count('suspects'),
    transfers: count('transfers'),
    countries: count('countries'),
    ...(data.stability !== undefined ? { stability: share(check, data.stability, `${at}.stability`) } : {}),
    cohesion: check.number(data.cohesion, `${at}.cohesion`, { min: 0 }),
    density: share(check, data.density, `${at}.density`),
    meanTie: check.number(data.meanTie, `${at}.meanTie`, { min: 0 }),
  };
}

type Known = (id: string, where: string) => string;

function readCluster(check: Check, value: unknown, at: string, known: Known): ClusterProfile {
  const data = check.record(value, at);
  const byType = check.record(data.membersByType, `${at}.membersByType`);
  const membersByType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, check.number(byType[type], `${at}.membersByType.${type}`, { integer: true, min: 0 })]));
  const money = (key: 'moneyIn' | 'moneyOut' | 'moneyInternal') => check.map(data[key], `${at}.${key}`, (item, where) => check.number(item, where));
  const firstActivity = check.optionalString(data.firstActivity, `${at}.firstActivity`);
  const lastActivity = check.optionalString(data.lastActivity, `${at}.lastActivity`);
  if (data.hub !== undefined && data.hub !== true) check.fail(`${at}.hub`, 'must be true when present');
  return {
    id: check.string(data.id, `${at}.id`),
    size: check.number(data.size, `${at}.size`, { integer: true, min: 0 }),
    memberIds: check.strings(data.memberIds, `${at}.memberIds`).map((id, i) => known(id, `${at}.memberIds[${i}]`)),
    membersByType: typedCounts(membersByType),
    countries: check.strings(data.countries, `${at}.countries`),
    crossBorder: check.boolean(data.crossBorder, `${at}.crossBorder`),
    keyPlayers: check.list(data.keyPlayers, `${at}.keyPlayers`).map((item, i) => readKeyPlayer(check, item, `${at}.keyPlayers[${i}]`, known)),
    moneyIn: money('moneyIn'),
    moneyOut: money('moneyOut'),
    moneyInternal: money('moneyInternal'),
    ...(firstActivity !== undefined ? { firstActivity } : {}),
    ...(lastActivity !== undefined ? { lastActivity } : {}),
    ...(data.hub === true ? { hub: true as const } : {}),
    ...readClusterExtras(check, data, at, (item, where) => readKeyPlayer(check, item, where, known)),
    ...(data.stability !== undefined ? { stability: share(check, data.stability, `${at}.stability`) } : {}),
    ...(data.ranking !== undefined ? { ranking: readRanking(check, data.ranking, `${at}.ranking`) } : {}),
  };
}

function typedCounts(counts: Record<string, number>): Record<EntityType, number> {
  return { person: counts.person ?? 0, phone: counts.phone ?? 0, account: counts.account ?? 0, location: counts.location ?? 0, device: counts.device ?? 0 };
}

function readRef(check: Check, data: Record<string, unknown>, at: string, known: Known) {
  return {
    id: known(check.string(data.id, `${at}.id`), `${at}.id`),
    type: check.oneOf(data.type, ENTITY_TYPES, `${at}.type`),
    key: check.string(data.key, `${at}.key`),
    label: check.string(data.label, `${at}.label`),
  };
}

function readKeyPlayer(check: Check, value: unknown, at: string, known: Known): KeyPlayer {
  const data = check.record(value, at);
  return { ...readRef(check, data, at, known), score: check.number(data.score, `${at}.score`), ...readKeyPlayerExtras(check, data, at) };
}

function readHub(check: Check, value: unknown, at: string, known: Known): Hub {
  const data = check.record(value, at);
  return {
    ...readRef(check, data, at, known), reason: check.string(data.reason, `${at}.reason`),
    ...(data.reasonCode !== undefined ? { reasonCode: readCodedText(check, data.reasonCode, `${at}.reasonCode`) } : {}),
  };
}

function readBroker(check: Check, value: unknown, at: string, known: Known): Broker {
  const data = check.record(value, at);
  return {
    ...readRef(check, data, at, known), score: check.number(data.score, `${at}.score`), clusters: check.strings(data.clusters, `${at}.clusters`),
    ...readBrokerExtras(check, data, at),
  };
}
