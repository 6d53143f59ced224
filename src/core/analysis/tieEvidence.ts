// What one tie is evidence of, for brokerage: money and stated associations count more than calls.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import type { Link, LinkType } from '../model/types.ts';
import { IDENTITY_LINKS } from './identity.ts';

/** Rows, money and weight behind one edge of the case graph, identity links left out. */
export interface TieEvidence {
  weight: number;
  rows: Partial<Record<LinkType, number>>;
  amounts: Map<string, number>;
}

/**
 * Brokerage weight of one aggregated link (identity links weigh 0: they join an actor to itself).
 *
 * - `transferred`: 2 × (2 + log2 count) — 4 for one transfer, 10 for eight: money moved again and
 *   again is the strongest sign of working together;
 * - `associated`: 3 — a stated relationship (intelligence, a statement);
 * - `called`, `seen_at`: 1 + log2 count — a single call weighs 1, so one or two stray calls stay
 *   under `BROKER_MIN_BRIDGE` whatever the case;
 * - `linked`: count (generic links carry no meaning of their own).
 *
 * NOTE: the case graph's `linkWeight` is tuned for clustering (where a call and a transfer are
 * both "belongs together"); for brokerage the kind of tie matters more than its repetition.
 */
export function brokerageWeight(link: Pick<Link, 'type' | 'count'>): number {
  const repeats = Math.log2(Math.max(1, link.count));
  switch (link.type) {
    case 'transferred':
      return 2 * (2 + repeats);
    case 'associated':
      return 3;
    case 'called':
    case 'seen_at':
      return 1 + repeats;
    case 'linked':
      return Math.max(1, link.count);
    default:
      return 0;
  }
}

/** The evidence behind edge `e` of `graph` (see `AnalysisGraph`), from the model links it merges. */
export function tieEvidence(graph: AnalysisGraph, e: number): TieEvidence {
  const evidence: TieEvidence = { weight: 0, rows: {}, amounts: new Map() };
  for (let k = graph.linkStart[e] as number; k < (graph.linkStart[e + 1] as number); k++) {
    const link = graph.links[graph.linkOrder[k] as number] as Link;
    if (IDENTITY_LINKS.has(link.type)) continue;
    evidence.weight += brokerageWeight(link);
    evidence.rows[link.type] = (evidence.rows[link.type] ?? 0) + link.count;
    for (const [currency, amount] of Object.entries(link.amounts)) {
      evidence.amounts.set(currency, (evidence.amounts.get(currency) ?? 0) + amount);
    }
  }
  return evidence;
}

/** `tieEvidence(graph, e).weight` without building the rows and amounts. */
export function tieWeight(graph: AnalysisGraph, e: number): number {
  let weight = 0;
  for (let k = graph.linkStart[e] as number; k < (graph.linkStart[e + 1] as number); k++) {
    const link = graph.links[graph.linkOrder[k] as number] as Link;
    if (!IDENTITY_LINKS.has(link.type)) weight += brokerageWeight(link);
  }
  return weight;
}
