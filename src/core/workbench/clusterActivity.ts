// A cluster's activity inside a brushed time range: calls, transfers, money in and out, first and last row.

import { roundMoney, sortKeys } from '../model/order.ts';
import type { CaseIndex } from './caseIndex.ts';
import { overlaps, tieSpan, timeSpan, type FileZones, type TimeRange } from './timeline.ts';

export interface ClusterActivity {
  calls: number;
  transfers: number;
  moneyIn: Record<string, number>;
  moneyOut: Record<string, number>;
  moneyInternal: Record<string, number>;
  /** UTC ms of the first and last dated row in the range. */
  first?: number;
  last?: number;
  /**
   * Ties without their rows (a case past ROW_DETAIL_LIMIT) whose first-to-last span meets the range: their calls,
   * transfers and money in the range are not known, so they are counted as ties, not as rows.
   */
  ties?: { calls: number; transfers: number };
}

/**
 * What the members did inside `range`, row by row: a call or transfer row counts when its time falls in
 * the range (a date alone: its day overlaps it). Money is per currency, in / out / within as in the profile.
 */
export function clusterActivity(index: CaseIndex, memberIds: readonly string[], zones: FileZones, range: TimeRange): ClusterActivity {
  const members = new Set(memberIds);
  const seen = new Set<number>();
  const moneyIn = new Map<string, number>();
  const moneyOut = new Map<string, number>();
  const moneyInternal = new Map<string, number>();
  const activity: ClusterActivity = { calls: 0, transfers: 0, moneyIn: {}, moneyOut: {}, moneyInternal: {} };
  for (const id of memberIds) {
    for (const linkIndex of index.linksOf.get(id) ?? []) {
      if (seen.has(linkIndex)) continue;
      seen.add(linkIndex);
      const link = index.model.links[linkIndex];
      if (!link || (link.type !== 'called' && link.type !== 'transferred')) continue;
      if (!link.rows) {
        // NOTE: counted as rows, such a tie added nothing: a brushed period of a large case said "0 calls".
        const span = tieSpan(link, zones);
        if (!span || !overlaps(span, range)) continue;
        activity.ties ??= { calls: 0, transfers: 0 };
        if (link.type === 'called') activity.ties.calls += 1;
        else activity.ties.transfers += 1;
        continue;
      }
      for (const row of link.rows) {
        const span = row.time ? timeSpan(row.time, zones.get(row.file) ?? 0) : undefined;
        if (!span || !overlaps(span, range)) continue;
        activity.first = Math.min(activity.first ?? span.lo, span.lo);
        activity.last = Math.max(activity.last ?? span.lo, span.lo);
        if (link.type === 'called') {
          activity.calls += 1;
          continue;
        }
        activity.transfers += 1;
        if (row.amount === undefined) continue;
        const inside = members.has(link.source);
        const into = members.has(link.target);
        const total = inside && into ? moneyInternal : into ? moneyIn : moneyOut;
        const currency = row.currency ?? 'unspecified';
        total.set(currency, roundMoney((total.get(currency) ?? 0) + row.amount));
      }
    }
  }
  activity.moneyIn = sortKeys(Object.fromEntries(moneyIn));
  activity.moneyOut = sortKeys(Object.fromEntries(moneyOut));
  activity.moneyInternal = sortKeys(Object.fromEntries(moneyInternal));
  return activity;
}
