// An entity's neighbours grouped by link type, with what the links add up to (counts, time, money, dates).

import type { Link, LinkType } from '../model/types.ts';
import { otherEnd, type CaseIndex } from './caseIndex.ts';

export interface NeighbourRow {
  id: string;
  label: string;
  /** 'out': this entity is the link's source; 'in': its target; 'both' for undirected links. */
  direction: 'out' | 'in' | 'both';
  link: Link;
}

export interface NeighbourGroup {
  type: LinkType;
  rows: NeighbourRow[];
  /** Links of this type in all (rows holds the strongest `limit`). */
  total: number;
}

/** Neighbours of `id` by link type (types in model order), strongest link first; at most `limit` rows per type. */
export function neighbourGroups(index: CaseIndex, id: string, limit = 50, outside?: ReadonlySet<number>): { groups: NeighbourGroup[]; total: number } {
  const byType = new Map<LinkType, { row: NeighbourRow; weight: number }[]>();
  // NOTE: `outside` (a brushed time range) leaves out the links with nothing in the range.
  const links = (index.linksOf.get(id) ?? []).filter((linkIndex) => !outside?.has(linkIndex));
  for (const linkIndex of links) {
    const link = index.model.links[linkIndex];
    if (!link) continue;
    const other = otherEnd(link, id);
    const direction: NeighbourRow['direction'] = link.source === link.target || link.type === 'associated' || link.type === 'linked'
      ? 'both' : link.source === id ? 'out' : 'in';
    const row = { id: other, label: index.entity.get(other)?.label ?? other, direction, link };
    const list = byType.get(link.type) ?? [];
    list.push({ row, weight: index.weights[linkIndex] ?? 0 });
    byType.set(link.type, list);
  }
  const groups = [...byType.entries()].map(([type, rows]) => ({
    type,
    total: rows.length,
    rows: rows.sort((a, b) => b.weight - a.weight || (a.row.id < b.row.id ? -1 : 1)).slice(0, limit).map((item) => item.row),
  }));
  return { groups, total: links.length };
}
