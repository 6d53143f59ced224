// Node positions for the drill-down and the cluster map, computed off the main thread (ForceAtlas2).

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutNode {
  id: string;
  /** Starting position; kept as is when `fixed`. */
  x?: number;
  y?: number;
  fixed?: boolean;
  /** Drawn diameter in pixels. */
  size: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Wanted average distance between linked nodes, in pixels (default 90). */
  edgeLength?: number;
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * ForceAtlas2 (LinLog, which pulls communities apart) from a seeded start, then scaled so linked nodes sit
 * about `edgeLength` pixels apart. Fixed nodes keep their coordinates and the others settle around them.
 *
 * NOTE: deterministic for the same input: the start is a golden-angle spiral, not Math.random, so the same
 * selection is drawn the same way twice (an investigator's mental map survives a reload).
 */
export function computeLayout(input: LayoutInput): Positions {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const anyFixed = input.nodes.some((node) => node.fixed);
  input.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    const angle = index * 2.399963;
    const radius = 10 * Math.sqrt(index + 1);
    graph.addNode(node.id, {
      x: node.x ?? Math.cos(angle) * radius,
      y: node.y ?? Math.sin(angle) * radius,
      size: node.size / 2,
      fixed: Boolean(node.fixed),
    });
  });
  for (const edge of input.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.source, edge.target)) {
      graph.updateEdgeAttribute(edge.source, edge.target, 'weight', (weight: number | undefined) => (weight ?? 0) + edge.weight);
    } else {
      graph.addEdge(edge.source, edge.target, { weight: edge.weight });
    }
  }
  if (graph.order === 0) return {};
  const order = graph.order;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    linLogMode: true,
    outboundAttractionDistribution: true,
    adjustSizes: false,
    barnesHutOptimize: order > 400,
    edgeWeightInfluence: 0.5,
  };
  const iterations = order > 3000 ? 150 : order > 1000 ? 250 : 400;
  const positions = forceAtlas2(graph, { iterations, settings, getEdgeWeight: 'weight' });
  return anyFixed ? positions : scaleToEdgeLength(graph, positions, input.edgeLength ?? 90);
}

/** Scales positions so the median linked distance is `edgeLength`, centred on the origin. */
function scaleToEdgeLength(graph: Graph, positions: Positions, edgeLength: number): Positions {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = positions[source];
    const b = positions[target];
    if (a && b) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const ids = Object.keys(positions);
  const cx = ids.reduce((sum, id) => sum + (positions[id]?.x ?? 0), 0) / ids.length;
  const cy = ids.reduce((sum, id) => sum + (positions[id]?.y ?? 0), 0) / ids.length;
  const factor = median > 0 ? edgeLength / median : 1;
  const scaled: Positions = {};
  for (const id of ids) {
    const point = positions[id];
    if (point) scaled[id] = { x: (point.x - cx) * factor, y: (point.y - cy) * factor };
  }
  return scaled;
}
