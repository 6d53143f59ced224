// Which nodes and links the drill-down graph draws: a cluster or any selection, expanded, hidden and filtered.

import type { EntityType, Link } from '../model/types.ts';
import { UNSTABLE_BELOW } from '../analysis/stability.ts';
import { otherEnd, type CaseIndex } from './caseIndex.ts';

export interface GraphFilters {
  types: ReadonlySet<EntityType>;
  /** Empty: every country (and entities without one). */
  countries: ReadonlySet<string>;
  minWeight: number;
  showHubs: boolean;
}

export interface SubgraphNode {
  id: string;
  type: EntityType;
  label: string;
  country?: string;
  cluster?: string;
  hub: boolean;
  victim: boolean;
  /** Left its cluster's core in most stability re-runs (co-membership below `UNSTABLE_BELOW`). */
  unstable: boolean;
  /** Weighted degree within the case, for sizing. */
  strength: number;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  link: Link;
  weight: number;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  /** Selected entities the filters left out. */
  filteredOut: number;
}

/** Passes the filters? Selected-by-hand ids (`pinned`) pass the type and country filters regardless. */
function keep(index: CaseIndex, id: string, filters: GraphFilters, pinned: ReadonlySet<string>): boolean {
  const entity = index.entity.get(id);
  if (!entity) return false;
  if (pinned.has(id)) return true;
  if (!filters.showHubs && index.hubIds.has(id)) return false;
  if (!filters.types.has(entity.type)) return false;
  if (filters.countries.size > 0 && !(entity.country && filters.countries.has(entity.country))) return false;
  return true;
}

/** The graph of `ids` (minus `hidden`) with every link between them at or above the minimum weight. */
export function buildSubgraph(
  index: CaseIndex, ids: Iterable<string>, hidden: ReadonlySet<string>, filters: GraphFilters,
  pinned: ReadonlySet<string>, isVictim: (id: string) => boolean,
  /** Link indexes left out (a brushed time range): their ends are drawn only if another link keeps them. */
  outside?: ReadonlySet<number>,
): Subgraph {
  const chosen = new Set<string>();
  let filteredOut = 0;
  for (const id of ids) {
    if (hidden.has(id)) continue;
    if (keep(index, id, filters, pinned)) chosen.add(id);
    else filteredOut += 1;
  }
  const nodes: SubgraphNode[] = [];
  for (const id of chosen) {
    const entity = index.entity.get(id);
    if (!entity) continue;
    nodes.push({
      id, type: entity.type, label: entity.label, ...(entity.country ? { country: entity.country } : {}),
      ...(index.analysis.clusterOf[id] ? { cluster: index.analysis.clusterOf[id] } : {}),
      hub: index.hubIds.has(id), victim: isVictim(id),
      unstable: (index.analysis.coMembership?.[id] ?? 1) < UNSTABLE_BELOW, strength: index.analysis.scores[id]?.weightedDegree ?? 0,
    });
  }
  const edges: SubgraphEdge[] = [];
  for (const id of chosen) {
    for (const linkIndex of index.linksOf.get(id) ?? []) {
      const link = index.model.links[linkIndex];
      if (!link || link.source !== id || !chosen.has(link.target) || link.source === link.target || outside?.has(linkIndex)) continue;
      const weight = index.weights[linkIndex] ?? 0;
      if (weight < filters.minWeight) continue;
      edges.push({ id: link.id, source: link.source, target: link.target, link, weight });
    }
  }
  if (!outside || outside.size === 0) return { nodes, edges, filteredOut };
  // NOTE: an entity whose every link falls outside the range did nothing then: it leaves the drawing.
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const active = nodes.filter((node) => linked.has(node.id) || pinned.has(node.id)
    || (index.linksOf.get(node.id) ?? []).some((linkIndex) => !outside.has(linkIndex)));
  return { nodes: active, edges, filteredOut: filteredOut + nodes.length - active.length };
}

/** Ids of `id`'s neighbours (links at or above the minimum weight), strongest first, at most `limit`. */
export function neighbourIds(index: CaseIndex, id: string, minWeight: number, limit = 200): string[] {
  const scored = new Map<string, number>();
  for (const linkIndex of index.linksOf.get(id) ?? []) {
    const link = index.model.links[linkIndex];
    const weight = index.weights[linkIndex] ?? 0;
    if (!link || weight < minWeight) continue;
    const other = otherEnd(link, id);
    scored.set(other, (scored.get(other) ?? 0) + weight);
  }
  return [...scored.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([other]) => other);
}
