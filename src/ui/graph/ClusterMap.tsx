// The overview graph: one node per cluster sized by members, edges weighted by the ties between clusters.
import { useEffect, useMemo, useRef } from 'react';
import { buildClusterMap, type ClusterMapEdge } from '../../core/workbench/clusterMap.ts';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { CLUSTER_MAP_STYLE } from './graphStyle.ts';
import { createCytoscape, type Core, type ElementDefinition } from './cytoscapeSetup.ts';
import { frameFromPositions, keepFramed, type FrameKeeper } from './frame.ts';
import { LayoutClient } from './layoutClient.ts';
import { clusterColour } from './palette.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

/** Ties drawn per cluster on the overview: its strongest ones (see `strongestTies`). */
export const MAP_TIES_PER_CLUSTER = 3;
/** Elements added to the map per task (see the drawing effect). */
const MAP_SLICE = 16;

/**
 * Each cluster's `perCluster` strongest ties (a k-nearest-neighbour backbone), in the map's order.
 * NOTE: a case of a hundred clusters whose members call around has thousands of weak ties between
 * them; drawing them all took cytoscape over a second on the main thread and hid the structure.
 */
export function strongestTies(edges: readonly ClusterMapEdge[], perCluster: number): ClusterMapEdge[] {
  const byCluster = new Map<string, ClusterMapEdge[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const list = byCluster.get(end);
      if (list) list.push(edge);
      else byCluster.set(end, [edge]);
    }
  }
  const kept = new Set<ClusterMapEdge>();
  for (const list of byCluster.values()) {
    list.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const edge of list.slice(0, perCluster)) kept.add(edge);
  }
  return edges.filter((edge) => kept.has(edge));
}

declare global {
  interface Window {
    /** Test hook: the cluster map's cytoscape instance. */
    __simpulClusterCy?: Core;
  }
}

export function ClusterMap({ index, showHubs, selectedCluster, onOpen }: {
  index: CaseIndex; showHubs: boolean; selectedCluster?: string; onOpen: (clusterId: string) => void;
}) {
  const { t } = useWords();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const selectedRef = useRef(selectedCluster);
  selectedRef.current = selectedCluster;
  const full = useMemo(() => buildClusterMap(index, { includeHubs: showHubs }), [index, showHubs]);
  const map = useMemo(() => ({ ...full, edges: strongestTies(full.edges, MAP_TIES_PER_CLUSTER) }), [full]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let cy: Core | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let keeper: FrameKeeper | undefined;
    const maxSize = Math.max(1, ...map.nodes.map((node) => node.size));
    const maxWeight = Math.max(1, ...map.edges.map((edge) => edge.weight));
    const sizeOf = (size: number) => Math.round(22 + 58 * Math.sqrt(size / maxSize));
    // NOTE: laid out in the worker first, then drawn once where the layout put it: drawn at the origin and moved,
    // eighty labelled circles cost the page 0.8 s in one task at a quarter of the national case (a busy machine).
    element.classList.add('laying-out');
    const client = new LayoutClient();
    client.layout({
      nodes: map.nodes.map((node) => ({ id: node.id, size: sizeOf(node.size) })),
      edges: map.edges.map((edge) => ({ source: edge.source, target: edge.target, weight: edge.weight })),
      edgeLength: 170,
    }).then((positions) => {
      if (stopped) return;
      const drawn = createCytoscape({
        container: element,
        style: CLUSTER_MAP_STYLE,
        // NOTE: at most a hundred nodes: the canvas renderer is fast, and keeps the page's only WebGL context for the drill-down.
        preferWebgl: false,
        boxSelectionEnabled: false,
        // NOTE: positions come from the layout worker; cytoscape's default grid layout at creation cost a quarter second.
        layout: { name: 'preset' },
        elements: [],
      });
      drawn.on('tap', 'node', (event) => openRef.current(event.target.id()));
      cy = drawn;
      cyRef.current = drawn;
      window.__simpulClusterCy = drawn;
      // NOTE: framed with each circle's size and its label below it (16 px bold, `C145 · 72`): framed by the centres
      // alone, the lowest circle's label was cut off by the caption.
      const reach = map.nodes.map((node) => {
        const radius = sizeOf(node.size) / 2 + 3;
        return { ...(positions[node.id] ?? { x: 0, y: 0 }), across: Math.max(radius, 8 * `${node.id} · ${node.size}`.length / 2 + 6), above: radius, below: radius + 26 };
      });
      const frame = () => frameFromPositions(drawn, reach, 12, 1.2);
      frame();
      keeper = keepFramed(drawn, element, frame);
      // NOTE: a few circles per task (each first drawing of a label is slow on a software canvas), edges last.
      const elements: ElementDefinition[] = [
        ...map.nodes.map((node) => ({
          group: 'nodes' as const,
          data: { id: node.id, label: `${node.id} · ${node.size}`, colour: clusterColour(node.id), size: sizeOf(node.size) },
          position: positions[node.id] ?? { x: 0, y: 0 },
          classes: [node.crossBorder ? 'cross' : '', node.hub ? 'hub' : ''].filter(Boolean).join(' '),
        })),
        ...map.edges.map((edge) => ({
          group: 'edges' as const,
          data: { id: edge.id, source: edge.source, target: edge.target, width: 1 + 7 * Math.sqrt(edge.weight / maxWeight) },
        })),
      ];
      const addSlice = (from: number) => {
        if (stopped || drawn.destroyed()) return;
        drawn.add(elements.slice(from, from + MAP_SLICE));
        if (from + MAP_SLICE < elements.length) {
          // NOTE: after the frame that draws this slice (see GraphCanvas's drawFresh).
          requestAnimationFrame(() => { timer = setTimeout(() => addSlice(from + MAP_SLICE), 0); });
          return;
        }
        if (selectedRef.current) drawn.getElementById(selectedRef.current).select();
        element.classList.remove('laying-out');
      };
      addSlice(0);
    }, () => element.classList.remove('laying-out'));
    return () => {
      stopped = true;
      clearTimeout(timer);
      client.dispose();
      keeper?.dispose();
      if (cy && window.__simpulClusterCy === cy) delete window.__simpulClusterCy;
      cy?.destroy();
      cyRef.current = null;
    };
  }, [map]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (selectedCluster) cy.getElementById(selectedCluster).select();
  }, [selectedCluster, map]);

  return (
    <div className="cluster-map-wrap">
      <div className="graph-canvas" data-testid="cluster-map" ref={container} />
      <p className="map-note muted small">
        {t('bench.clusterMap.caption', { omitted: map.omitted })}
        {map.beyond > 0 ? ` ${t('bench.clusterMap.beyond', { shown: map.nodes.length, beyond: map.beyond })}` : ''}
        {map.edges.length < full.edges.length ? ` ${t('bench.clusterMap.tiesShown', { per: MAP_TIES_PER_CLUSTER, shown: map.edges.length, total: full.edges.length })}` : ''}
      </p>
    </div>
  );
}
