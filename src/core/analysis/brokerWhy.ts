// Why a broker and a key player rank, in one line an investigator can check against the files: kept as a
// message code with its figures (`whyCode`, said in the reader's language) and in English (`why`).

import { sayInEnglish, type CodedText } from '../i18n/coded.ts';
import { LINK_TYPES } from '../model/types.ts';
import type { BetweennessMethod, Broker, BrokerBridge, KeyPlayerMeasures } from './types.ts';

/** The catalogue group the codes below belong to (src/core/i18n: `why.*`). */
export const WHY_GROUP = 'why';

/** A reason as English text and as its code (see `sayCoded`). */
export interface Explained {
  why: string;
  whyCode: CodedText;
}

/** "12 calls, 4 transfers (52,000 THB)" for one bridge: its ties and money as coded lists. */
function tiesOf(bridge: Pick<BrokerBridge, 'rows' | 'amounts'>): CodedText['lists'] {
  return {
    ties: {
      separator: ', ',
      items: LINK_TYPES.filter((type) => (bridge.rows[type] ?? 0) > 0).map((type) => ({ code: 'tie', params: { type, rows: bridge.rows[type] ?? 0 } })),
    },
    amounts: { separator: ', ', items: Object.entries(bridge.amounts).map(([currency, amount]) => ({ code: 'amount', params: { amount, currency } })) },
  };
}

/** "12 calls, 4 transfers (52,000 THB)" for one bridge, in English. */
export function describeTies(bridge: Pick<BrokerBridge, 'rows' | 'amounts'>): string {
  return sayInEnglish(WHY_GROUP, { code: 'ties', lists: tiesOf(bridge) });
}

/** One sentence: the clusters bridged, the ties into each against chance, and the role. */
export function explainBroker(broker: Broker): Explained {
  const significant = (broker.bridges ?? []).filter((bridge) => bridge.significant);
  const roles = broker.roles ?? {};
  const flows = Object.values(roles).reduce((sum, n) => sum + (n ?? 0), 0);
  const whyCode: CodedText = {
    code: 'broker',
    params: {
      clusters: significant.length, held: broker.identifiers?.length ?? 0,
      role: broker.role ?? 'none', roleFlows: broker.role ? roles[broker.role] ?? 0 : 0, flows,
    },
    lists: {
      bridges: {
        separator: '; ',
        items: significant.map((bridge) => ({
          code: 'bridge',
          params: {
            cluster: bridge.cluster, partners: bridge.partners, weight: bridge.weight, expected: bridge.expected,
            p: bridge.pValue, tiny: bridge.pValue < 1e-6 ? 'yes' : 'no',
          },
          lists: tiesOf(bridge),
        })),
      },
    },
  };
  return { why: sayInEnglish(WHY_GROUP, whyCode), whyCode };
}

/** The broker's reason in English (see `explainBroker`). */
export function describeBroker(broker: Broker): string {
  return explainBroker(broker).why;
}

/**
 * Why a key player ranks: the lens it is strongest on first, then the others against the cluster's top.
 * `method` says how betweenness was computed; absent for venues, which are measured on ties alone.
 */
export function explainKeyPlayer(rank: number, measures: KeyPlayerMeasures, best: KeyPlayerMeasures, identifiers: number, method?: BetweennessMethod): Explained {
  const pct = (value: number, max: number) => (max > 0 ? Math.round((100 * value) / max) : 0);
  const methodParams: Record<string, string | number> = method === undefined ? {} : method.method === 'exact' ? { method: 'exact' }
    : { method: 'sampled', errorBound: method.errorBound, confidence: method.confidence };
  const lenses: { part: number; lens: CodedText }[] = [
    { part: pct(measures.strength, best.strength), lens: { code: 'lens.strength', params: { value: measures.strength, held: identifiers } } },
    ...(method === undefined ? [] : [
      { part: pct(measures.betweenness, best.betweenness), lens: { code: 'lens.betweenness', params: { value: measures.betweenness, ...methodParams } } },
      { part: pct(measures.money, best.money), lens: best.money > 0 ? { code: 'lens.money', params: { value: measures.money } } : { code: 'lens.noMoney' } },
    ]),
  ];
  const [lead, ...rest] = [...lenses].sort((a, b) => b.part - a.part);
  const whyCode: CodedText = !lead ? { code: 'keyPlayerBare', params: { rank } } : {
    code: 'keyPlayer',
    params: { rank, leads: lead.part === 100 ? 'yes' : 'no', part: lead.part },
    lists: {
      lead: { separator: '', items: [lead.lens] },
      others: {
        separator: '; ',
        items: [
          ...rest.map(({ part, lens }): CodedText => ({ code: 'other', params: { part }, lists: { lens: { separator: '', items: [lens] } } })),
          { code: 'pagerank', params: { part: pct(measures.pagerank, best.pagerank) } },
        ],
      },
    },
  };
  return { why: sayInEnglish(WHY_GROUP, whyCode), whyCode };
}
