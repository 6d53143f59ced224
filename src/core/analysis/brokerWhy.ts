// Why a broker and a key player rank, in one line an investigator can check against the files.

import type { LinkType } from '../model/types.ts';
import type { Broker, BrokerBridge, KeyPlayerMeasures } from './types.ts';

const ROW_WORDS: Record<LinkType, [string, string]> = {
  called: ['call', 'calls'],
  transferred: ['transfer', 'transfers'],
  associated: ['stated association', 'stated associations'],
  seen_at: ['sighting', 'sightings'],
  linked: ['link', 'links'],
  uses_phone: ['phone held', 'phones held'],
  holds_account: ['account held', 'accounts held'],
  uses_device: ['handset', 'handsets'],
};

/** "12 calls, 4 transfers (52,000 THB)" for one bridge. */
export function describeTies(bridge: Pick<BrokerBridge, 'rows' | 'amounts'>): string {
  const parts = (Object.entries(bridge.rows) as [LinkType, number][])
    .filter(([, rows]) => rows > 0)
    .map(([type, rows]) => `${rows} ${ROW_WORDS[type][rows === 1 ? 0 : 1]}`);
  const money = Object.entries(bridge.amounts).map(([currency, amount]) => `${formatAmount(amount)} ${currency}`);
  return `${parts.join(', ') || 'no rows'}${money.length > 0 ? ` (${money.join(', ')})` : ''}`;
}

/** One sentence: the clusters bridged, the ties into each against chance, and the role. */
export function describeBroker(broker: Broker): string {
  const significant = (broker.bridges ?? []).filter((bridge) => bridge.significant);
  const bridges = significant.map(
    (bridge) => `${bridge.cluster}: ${describeTies(bridge)} with ${bridge.partners} of its members — weight ${bridge.weight} where ${bridge.expected} is expected by chance (${formatP(bridge.pValue)})`,
  );
  const roles = broker.roles ?? {};
  const flows = Object.values(roles).reduce((sum, n) => sum + (n ?? 0), 0);
  const role = broker.role
    ? `; ${broker.role} in ${roles[broker.role] ?? 0} of ${flows} call or money flows through it`
    : '; direction of its ties unknown, no role';
  const carried = broker.identifiers && broker.identifiers.length > 0 ? ` (with the ties of ${broker.identifiers.length} phone(s), account(s) or handset(s) it holds)` : '';
  return `Ties ${significant.length} clusters beyond chance${carried}: ${bridges.join('; ')}${role}.`;
}

/** Why a key player ranks where it does in its cluster. */
/** `method` describes how betweenness was computed; absent for venues, which are not measured on it. */
export function describeKeyPlayer(rank: number, measures: KeyPlayerMeasures, best: KeyPlayerMeasures, identifiers: number, method?: string): string {
  const part = (value: number, max: number) => (max > 0 ? `${Math.round((100 * value) / max)}% of the cluster's highest` : 'none in the cluster');
  const held = identifiers > 0 ? ` (its ${identifiers} phone(s), account(s) or handset(s) included)` : '';
  const parts = [
    `tie strength inside the cluster ${formatAmount(measures.strength)}${held}, ${part(measures.strength, best.strength)}`,
    `PageRank ${part(measures.pagerank, best.pagerank)}`,
  ];
  if (method !== undefined) {
    parts.push(`betweenness among the cluster's actors ${measures.betweenness.toFixed(3)} (${method}), ${part(measures.betweenness, best.betweenness)}`);
    parts.push(best.money > 0 ? `money received along transfers ${part(measures.money, best.money)}` : 'no money moved inside the cluster');
  }
  return `#${rank}: ${parts.join('; ')}.`;
}

function formatP(p: number): string {
  return p < 1e-6 ? 'p < 0.000001' : `p = ${p.toPrecision(2)}`;
}

function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
