// The time window: a case cut down to the rows between two dates, so a period can be analysed on its own.

import { compareIds, roundMoney, sortKeys } from '../model/order.ts';
import type { CaseModel, Link, LinkRow } from '../model/types.ts';

/**
 * Is a time (as written: a date or a date-time) inside [from, to]? An empty end is open; a date alone
 * as `to` includes its whole day ("to 2024-03-31" keeps 2024-03-31T23:59).
 */
export function inWindow(time: string, from: string, to: string): boolean {
  if (from !== '' && time.slice(0, from.length) < from && time < from) return false;
  if (to !== '' && time > to && time.slice(0, to.length) > to) return false;
  return true;
}

/**
 * The case with only the rows inside the window. A call or transfer link keeps its rows inside (its
 * count, money and span recomputed) and is dropped when none is; a link without dates (who holds which
 * phone, an undated association) stays, since it is not an event in time. Entities all stay: one
 * without links in the window becomes a cluster of its own.
 *
 * NOTE: a link without row detail (not a call or transfer, or a case too large to keep rows, see
 * `ROW_DETAIL_LIMIT`) is judged by its first and last time: kept when that span touches the window.
 */
export function windowModel(model: CaseModel, from: string, to: string): CaseModel {
  if (from === '' && to === '') return model;
  const links: Link[] = [];
  for (const link of model.links) {
    const kept = windowLink(link, from, to);
    if (kept) links.push(kept);
  }
  return { entities: model.entities, links };
}

function windowLink(link: Link, from: string, to: string): Link | undefined {
  if (!link.rows) {
    if (!link.firstTime || !link.lastTime) return link;
    const outside = (from !== '' && !inWindow(link.lastTime, from, '')) || (to !== '' && !inWindow(link.firstTime, '', to));
    return outside ? undefined : link;
  }
  const rows = link.rows.filter((row) => row.time === undefined || inWindow(row.time, from, to));
  if (rows.length === 0) return undefined;
  if (rows.length === link.rows.length) return link;
  return { ...link, ...totals(rows), rows };
}

/** Count, duration, money and time span recomputed from the rows kept. */
function totals(rows: readonly LinkRow[]): Pick<Link, 'count' | 'durationSeconds' | 'amounts' | 'firstTime' | 'lastTime' | 'sources'> {
  const amounts: Record<string, number> = {};
  const lines = new Map<string, number[]>();
  let durationSeconds = 0;
  let firstTime: string | undefined;
  let lastTime: string | undefined;
  for (const row of rows) {
    durationSeconds += row.durationSeconds ?? 0;
    if (row.amount !== undefined) {
      const currency = row.currency ?? 'unspecified';
      amounts[currency] = roundMoney((amounts[currency] ?? 0) + row.amount);
    }
    if (row.time !== undefined) {
      if (firstTime === undefined || row.time < firstTime) firstTime = row.time;
      if (lastTime === undefined || row.time > lastTime) lastTime = row.time;
    }
    const list = lines.get(row.file) ?? [];
    list.push(row.line);
    lines.set(row.file, list);
  }
  return {
    count: rows.length, durationSeconds, amounts: sortKeys(amounts),
    ...(firstTime !== undefined ? { firstTime } : {}), ...(lastTime !== undefined ? { lastTime } : {}),
    sources: [...lines].sort(([a], [b]) => compareIds(a, b)).map(([file, list]) => ({ file, lines: [...new Set(list)].sort((a, b) => a - b) })),
  };
}
