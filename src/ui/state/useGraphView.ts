// What the drill-down shows and what is selected: a cluster or selection, expansions, hidden nodes, filters, path.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../core/model/types.ts';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { neighbourIds, type GraphFilters } from '../../core/workbench/subgraph.ts';
import type { Positions } from '../../core/graph/layout.ts';
import type { CaseView } from '../../core/workspace/caseFile.ts';
import { compareIds } from '../../core/model/order.ts';
import { canUseWebgl } from '../graph/cytoscapeSetup.ts';

export type CentreTab = 'overview' | 'graph' | 'map' | 'ledger';
export type SideTab = 'entity' | 'path' | 'money' | 'link';

export interface GraphView {
  /** What is drawn: a cluster's members or a hand-made selection. */
  source: { title: string; clusterId?: string; ids: string[]; positions?: Positions; total?: number } | null;
  /** Entities added by expanding or jumping to them: drawn even when filters would leave them out. */
  added: string[];
  hidden: string[];
  selectedId?: string;
  filters: GraphFilters;
  centre: CentreTab;
  side: SideTab;
  path: { from?: string; to?: string; paths: string[][]; searched: boolean };
}

/**
 * The most entities a drawing holds when the browser draws with the graphics card (cytoscape's WebGL renderer stays
 * responsive up to a few thousand).
 * NOTE: above it the strongest entities (weighted degree) are drawn, `total` keeps the full count and
 * the view says so and how to narrow down; nothing larger is ever handed to cytoscape.
 */
export const MAX_DRAWN = 2500;
/**
 * The most entities a drawing holds on the canvas renderer (no graphics card, or WebGL only emulated).
 * NOTE: measured at s0.25 on a busy 2-core machine: 2,500 entities and their 7,250 links drew in tasks of up to 1.5 s.
 */
export const MAX_DRAWN_CANVAS = 800;

/** The cap of this browser's drawings: {@link MAX_DRAWN} with WebGL, {@link MAX_DRAWN_CANVAS} without. */
export function drawingCap(): number {
  return canUseWebgl() ? MAX_DRAWN : MAX_DRAWN_CANVAS;
}

/** `ids` capped at `cap`: the strongest first, ties by id; `total` only when something was left out. */
export function capDrawing(index: CaseIndex, ids: readonly string[], cap: number): { ids: string[]; total?: number } {
  if (ids.length <= cap) return { ids: [...ids] };
  return { ids: strongest(ids.map((id) => index.analysis.scores[id]?.weightedDegree ?? 0), ids, cap), total: ids.length };
}

// NOTE: the whole national case sorted with a comparator (250,000 ids) was a long task on the page; the cap-th strength
// is found by a native sort of the numbers, and only the ids that reach it are sorted with the comparator.
/** The `cap` ids of greatest `strength` (same index), strongest first, ties by id: a full sort's first `cap`. */
export function strongest(strength: readonly number[], ids: readonly string[], cap: number): string[] {
  if (cap <= 0) return [];
  const threshold = Float64Array.from(strength).sort()[Math.max(0, ids.length - cap)] ?? -Infinity;
  const reaching: number[] = [];
  strength.forEach((value, i) => {
    if (value >= threshold) reaching.push(i);
  });
  reaching.sort((a, b) => (strength[b] as number) - (strength[a] as number) || compareIds(ids[a] as string, ids[b] as string));
  return reaching.slice(0, cap).map((i) => ids[i] as string);
}

/** `restored`: the drawing a saved case was left with (its nodes where they were, hidden ones still hidden). */
export function useGraphView(index: CaseIndex, restored?: CaseView) {
  const [cap] = useState(drawingCap);
  const [view, setView] = useState<GraphView>(() => {
    const ids = Object.keys(restored?.positions ?? {}).slice(0, cap);
    return {
      source: ids.length > 0 ? { title: 'Saved drawing', ids, positions: restored?.positions ?? {} } : null,
      added: ids, hidden: restored?.hidden ?? [],
      filters: { types: new Set<EntityType>(ENTITY_TYPES), countries: new Set<string>(), minWeight: 0, showHubs: false },
      centre: ids.length > 0 ? 'graph' : 'overview', side: 'entity', path: { paths: [], searched: false },
    };
  });

  // NOTE: a re-run renumbers clusters; the drawn cluster follows the selected entity (or keeps its id).
  const previousIndex = useRef(index);
  useEffect(() => {
    if (previousIndex.current === index) return;
    previousIndex.current = index;
    setView((current) => {
      if (!current.source?.clusterId) return current;
      const clusterId = (current.selectedId ? index.analysis.clusterOf[current.selectedId] : undefined) ?? current.source.clusterId;
      const cluster = index.cluster.get(clusterId);
      if (!cluster) return { ...current, source: null, centre: 'overview' };
      return { ...current, source: { title: `Cluster ${cluster.id}`, clusterId: cluster.id, ...capDrawing(index, cluster.memberIds, cap) } };
    });
  }, [index, cap]);

  const openCluster = useCallback((clusterId: string) => {
    const cluster = index.cluster.get(clusterId);
    if (!cluster) return;
    setView((current) => ({
      ...current, source: { title: `Cluster ${cluster.id}`, clusterId, ...capDrawing(index, cluster.memberIds, cap) },
      added: [], hidden: [], centre: 'graph', filters: cluster.hub ? { ...current.filters, showHubs: true } : current.filters,
    }));
  }, [index, cap]);

  const select = useCallback((id: string | undefined) => setView((current) => ({ ...current, selectedId: id, side: id ? 'entity' : current.side })), []);

  /** Shows an entity: in the graph already, or its cluster is opened (or it is added to the selection). */
  const jumpTo = useCallback((id: string) => {
    setView((current) => {
      const drawn = current.source?.ids.includes(id) || current.added.includes(id);
      if (drawn) return { ...current, selectedId: id, centre: 'graph', side: 'entity', hidden: current.hidden.filter((item) => item !== id) };
      const clusterId = index.analysis.clusterOf[id];
      const cluster = clusterId ? index.cluster.get(clusterId) : undefined;
      if (cluster && cluster.size <= cap) {
        return { ...current, source: { title: `Cluster ${cluster.id}`, clusterId: cluster.id, ids: cluster.memberIds }, added: [id], hidden: [], selectedId: id, centre: 'graph', side: 'entity' };
      }
      return { ...current, source: { title: 'Selection', ids: [id] }, added: [id], hidden: [], selectedId: id, centre: 'graph', side: 'entity' };
    });
  }, [index, cap]);

  const expand = useCallback((id: string) => {
    setView((current) => {
      // NOTE: an expansion never takes the drawing past the cap.
      const drawn = new Set([...(current.source?.ids ?? []), ...current.added]);
      const room = Math.max(0, cap - drawn.size);
      const more = neighbourIds(index, id, current.filters.minWeight, 100)
        .filter((other) => (current.filters.showHubs || !index.hubIds.has(other)) && !drawn.has(other)).slice(0, room);
      const source = current.source ?? { title: 'Selection', ids: [id] };
      return { ...current, source, added: [...new Set([...current.added, id, ...more])], hidden: current.hidden.filter((item) => item !== id && !more.includes(item)), selectedId: id, centre: 'graph' };
    });
  }, [index, cap]);

  const hide = useCallback((id: string) => setView((current) => ({
    ...current, hidden: [...current.hidden, id], added: current.added.filter((item) => item !== id), selectedId: current.selectedId === id ? undefined : current.selectedId,
  })), []);

  /** Draws a hand-made selection; `pin` lets its entities through the type and country filters; `positions` replace the layout. */
  const showSelection = useCallback((title: string, ids: string[], pin = true, positions?: Positions) => setView((current) => {
    const drawing = capDrawing(index, ids, cap);
    return { ...current, source: { title, ...drawing, ...(positions ? { positions } : {}) }, added: pin ? drawing.ids : [], hidden: [], centre: 'graph' };
  }), [index, cap]);

  /** Every entity but the hubs (the strongest `cap` when the case is larger: the view says so). */
  const wholeCaseIds = useMemo(() => index.model.entities.filter((entity) => !index.hubIds.has(entity.id)).map((entity) => entity.id), [index]);
  const showWholeCase = useCallback(() => showSelection('Whole case', wholeCaseIds, false), [wholeCaseIds, showSelection]);

  const setFilters = useCallback((filters: GraphFilters) => setView((current) => ({ ...current, filters })), []);
  const setCentre = useCallback((centre: CentreTab) => setView((current) => ({ ...current, centre })), []);
  const setSide = useCallback((side: SideTab) => setView((current) => ({ ...current, side })), []);
  const setPath = useCallback((path: GraphView['path']) => setView((current) => ({ ...current, path })), []);
  const unhideAll = useCallback(() => setView((current) => ({ ...current, hidden: [] })), []);

  const drawnIds = useMemo(() => new Set([...(view.source?.ids ?? []), ...view.added]), [view.source, view.added]);

  return { view, drawnIds, wholeCaseSize: wholeCaseIds.length, maxDrawn: cap, showWholeCase, openCluster, select, jumpTo, expand, hide, showSelection, setFilters, setCentre, setSide, setPath, unhideAll };
}

export type GraphViewApi = ReturnType<typeof useGraphView>;
