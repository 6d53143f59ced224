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
/**
 * Why a key player ranks: the lens it is strongest on first, then the others against the cluster's top.
 * `method` says how betweenness was computed; absent for venues, which are measured on ties alone.
 */
export function describeKeyPlayer(rank: number, measures: KeyPlayerMeasures, best: KeyPlayerMeasures, identifiers: number, method?: string): string {
  const pct = (value: number, max: number) => (max > 0 ? Math.round((100 * value) / max) : 0);
  const held = identifiers > 0 ? `, its ${identifiers} phone(s), account(s) or handset(s) included` : '';
  const lenses = [
    { part: pct(measures.strength, best.strength), text: `ties inside the cluster ${formatAmount(measures.strength)}${held}` },
    ...(method === undefined ? [] : [
      { part: pct(measures.betweenness, best.betweenness), text: `betweenness among its actors ${measures.betweenness.toFixed(3)} (${method})` },
      { part: pct(measures.money, best.money), text: best.money > 0 ? `money level ${measures.money.toFixed(2)} (where the cluster's transfers end)` : 'no money moved inside the cluster' },
    ]),
  ];
  const [lead, ...rest] = [...lenses].sort((a, b) => b.part - a.part);
  if (!lead) return `#${rank}.`;
  const others = rest.map((lens) => `${lens.text}, ${lens.part}% of the top`);
  return `#${rank}: ${lead.part === 100 ? 'leads the cluster on' : 'strongest on'} ${lead.text}${lead.part === 100 ? '' : ` (${lead.part}% of the top)`}; ` +
    `${[...others, `PageRank ${pct(measures.pagerank, best.pagerank)}% of the top`].join('; ')}.`;
}

function formatP(p: number): string {
  return p < 1e-6 ? 'p < 0.000001' : `p = ${p.toPrecision(2)}`;
}

function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
