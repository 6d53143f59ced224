// The "why" of key players, brokers and country shares from an untrusted case file, each checked.

import { BROKER_ROLES } from '../analysis/brokerRoles.ts';
import type { BetweennessMethod, Broker, BrokerBridge, ClusterProfile, CountryShare, KeyPlayer, KeyPlayerMeasures } from '../analysis/types.ts';
import { LINK_TYPES, type LinkType } from '../model/types.ts';
import { readCodedText } from '../i18n/coded.ts';
import type { Check } from './check.ts';

/** The optional parts of a key player (measures, identifiers, why); absent ones stay absent. */
export function readKeyPlayerExtras(check: Check, data: Record<string, unknown>, at: string): Pick<KeyPlayer, 'measures' | 'identifiers' | 'why' | 'whyCode'> {
  const extras: Pick<KeyPlayer, 'measures' | 'identifiers' | 'why' | 'whyCode'> = {};
  if (data.measures !== undefined) {
    const m = check.record(data.measures, `${at}.measures`);
    const read = (key: keyof KeyPlayerMeasures) => check.number(m[key] ?? 0, `${at}.measures.${key}`, { min: 0 });
    extras.measures = { strength: read('strength'), pagerank: read('pagerank'), betweenness: read('betweenness'), money: read('money') };
  }
  if (data.identifiers !== undefined) extras.identifiers = check.strings(data.identifiers, `${at}.identifiers`);
  if (data.why !== undefined) extras.why = check.string(data.why, `${at}.why`);
  if (data.whyCode !== undefined) extras.whyCode = readCodedText(check, data.whyCode, `${at}.whyCode`);
  return extras;
}

/** The optional parts of a cluster profile: country shares, venues, how betweenness was computed. */
export function readClusterExtras(
  check: Check, data: Record<string, unknown>, at: string, readPlayer: (item: unknown, at: string) => KeyPlayer,
): Pick<ClusterProfile, 'countryShares' | 'venues' | 'betweenness'> {
  const extras: Pick<ClusterProfile, 'countryShares' | 'venues' | 'betweenness'> = {};
  if (data.countryShares !== undefined) {
    extras.countryShares = check.list(data.countryShares, `${at}.countryShares`).map((item, i) => readShare(check, item, `${at}.countryShares[${i}]`));
  }
  if (data.venues !== undefined) extras.venues = check.list(data.venues, `${at}.venues`).map((item, i) => readPlayer(item, `${at}.venues[${i}]`));
  if (data.betweenness !== undefined) extras.betweenness = readMethod(check, data.betweenness, `${at}.betweenness`);
  return extras;
}

/** The optional parts of a broker: bridges, roles, significance, identifiers, why. */
export function readBrokerExtras(check: Check, data: Record<string, unknown>, at: string): Pick<Broker, 'bridges' | 'role' | 'roles' | 'pValue' | 'identifiers' | 'why' | 'whyCode'> {
  const extras: Pick<Broker, 'bridges' | 'role' | 'roles' | 'pValue' | 'identifiers' | 'why' | 'whyCode'> = {};
  if (data.bridges !== undefined) extras.bridges = check.list(data.bridges, `${at}.bridges`).map((item, i) => readBridge(check, item, `${at}.bridges[${i}]`));
  if (data.role !== undefined) extras.role = check.oneOf(data.role, BROKER_ROLES, `${at}.role`);
  if (data.roles !== undefined) {
    const roles = check.record(data.roles, `${at}.roles`);
    extras.roles = Object.fromEntries(BROKER_ROLES.filter((role) => roles[role] !== undefined)
      .map((role) => [role, check.number(roles[role], `${at}.roles.${role}`, { integer: true, min: 0 })]));
  }
  if (data.pValue !== undefined) extras.pValue = check.number(data.pValue, `${at}.pValue`, { min: 0 });
  if (data.identifiers !== undefined) extras.identifiers = check.strings(data.identifiers, `${at}.identifiers`);
  if (data.why !== undefined) extras.why = check.string(data.why, `${at}.why`);
  if (data.whyCode !== undefined) extras.whyCode = readCodedText(check, data.whyCode, `${at}.whyCode`);
  return extras;
}

function readBridge(check: Check, value: unknown, at: string): BrokerBridge {
  const data = check.record(value, at);
  const rows = check.record(data.rows, `${at}.rows`);
  return {
    cluster: check.string(data.cluster, `${at}.cluster`),
    weight: check.number(data.weight, `${at}.weight`, { min: 0 }),
    expected: check.number(data.expected, `${at}.expected`, { min: 0 }),
    excess: check.number(data.excess, `${at}.excess`),
    z: check.number(data.z, `${at}.z`),
    pValue: check.number(data.pValue, `${at}.pValue`, { min: 0 }),
    significant: check.boolean(data.significant, `${at}.significant`),
    ...(data.tiedTo !== undefined ? { tiedTo: check.string(data.tiedTo, `${at}.tiedTo`) } : {}),
    partners: check.number(data.partners, `${at}.partners`, { integer: true, min: 0 }),
    rows: Object.fromEntries(LINK_TYPES.filter((type) => rows[type] !== undefined)
      .map((type): [LinkType, number] => [type, check.number(rows[type], `${at}.rows.${type}`, { integer: true, min: 0 })])),
    amounts: check.map(data.amounts, `${at}.amounts`, (item, where) => check.number(item, where)),
  };
}

function readShare(check: Check, value: unknown, at: string): CountryShare {
  const data = check.record(value, at);
  const count = (key: 'actors' | 'people' | 'phones' | 'accounts') => check.number(data[key], `${at}.${key}`, { integer: true, min: 0 });
  return {
    country: check.string(data.country, `${at}.country`),
    actors: count('actors'),
    share: check.number(data.share, `${at}.share`, { min: 0 }),
    people: count('people'),
    phones: count('phones'),
    accounts: count('accounts'),
    moneyReceived: check.map(data.moneyReceived, `${at}.moneyReceived`, (item, where) => check.number(item, where)),
  };
}

function readMethod(check: Check, value: unknown, at: string): BetweennessMethod {
  const data = check.record(value, at);
  const method = check.oneOf(data.method, ['exact', 'sampled'] as const, `${at}.method`);
  if (method === 'exact') return { method };
  return {
    method,
    samples: check.number(data.samples, `${at}.samples`, { integer: true, min: 1 }),
    errorBound: check.number(data.errorBound, `${at}.errorBound`, { min: 0 }),
    confidence: check.number(data.confidence, `${at}.confidence`, { min: 0 }),
  };
}
