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
  /** Cluster id: members of a cluster start together, so the drawing shows the clusters apart. */
  group?: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Room per node, in pixels (default 90): the drawing gets about n × edgeLength² of area. */
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
  const starts = startPositions(input.nodes);
  input.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    const start = starts[index] ?? { x: 0, y: 0 };
    graph.addNode(node.id, {
      x: node.x ?? start.x,
      y: node.y ?? start.y,
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
    // NOTE: without outbound attraction distribution, busy phones sit in the middle of their crew instead of
    // being flung to the rim, where their links cut across everything.
    outboundAttractionDistribution: false,
    gravity: 1,
    adjustSizes: false,
    barnesHutOptimize: order > 400,
    edgeWeightInfluence: 0.5,
  };
  const iterations = order > 3000 ? 150 : order > 1000 ? 250 : 400;
  const positions = forceAtlas2(graph, { iterations, settings, getEdgeWeight: 'weight' });
  const sizes = new Map(input.nodes.map((node) => [node.id, node.size]));
  const fixed = new Set(input.nodes.filter((node) => node.fixed).map((node) => node.id));
  const placed = anyFixed ? positions : scaleToArea(positions, sizes, input.edgeLength ?? 90);
  if (order <= OVERLAP_MAX_NODES) removeOverlaps(placed, sizes, fixed);
  return placed;
}

/**
 * Golden-angle spirals: one per group (groups themselves on a spiral, larger first), or one for all nodes.
 * Deterministic, so the same input is drawn the same way.
 */
function startPositions(nodes: readonly LayoutNode[]): { x: number; y: number }[] {
  const spiral = (index: number, spacing: number) => {
    const angle = index * 2.399963;
    const radius = spacing * Math.sqrt(index + 1);
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  };
  const groups = new Map<string, number>();
  for (const node of nodes) if (node.group !== undefined) groups.set(node.group, (groups.get(node.group) ?? 0) + 1);
  if (groups.size < 2) return nodes.map((_node, index) => spiral(index, 10));
  const order = [...groups.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const largest = order[0]?.[1] ?? 1;
  const centres = new Map(order.map(([group], index) => [group, spiral(index, 25 * Math.sqrt(largest))]));
  const seen = new Map<string, number>();
  return nodes.map((node, index) => {
    if (node.group === undefined) return spiral(index, 10);
    const rank = seen.get(node.group) ?? 0;
    seen.set(node.group, rank + 1);
    const centre = centres.get(node.group) ?? { x: 0, y: 0 };
    const offset = spiral(rank, 8);
    return { x: centre.x + offset.x, y: centre.y + offset.y };
  });
}

/** Beyond this many nodes the (quadratic) overlap pass is skipped. */
const OVERLAP_MAX_NODES = 1500;
/** Room below each node for its label, in pixels. */
const LABEL_ROOM = 14;

// NOTE: LinLog packs a dense cluster into a small disc; spreading it to a fixed area per node keeps labels
// legible, whatever the graph's density (scaling to edge length did not: dense clusters stayed a blob).
/** Scales positions so each node gets about `spacing`² of area, centred on the origin. */
function scaleToArea(positions: Positions, sizes: ReadonlyMap<string, number>, spacing: number): Positions {
  const ids = Object.keys(positions);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const point = positions[id];
    if (!point) continue;
    minX = Math.min(minX, point.x);
    maxX = Math.max(maxX, point.x);
    minY = Math.min(minY, point.y);
    maxY = Math.max(maxY, point.y);
  }
  const meanSize = ids.reduce((sum, id) => sum + (sizes.get(id) ?? 20), 0) / Math.max(1, ids.length);
  const cell = Math.max(spacing, meanSize * 2.5);
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const factor = Math.sqrt((ids.length * cell * cell) / area);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const scaled: Positions = {};
  for (const id of ids) {
    const point = positions[id];
    if (point) scaled[id] = { x: (point.x - cx) * factor, y: (point.y - cy) * factor };
  }
  return scaled;
}

/** Pushes overlapping nodes (and their labels) apart; fixed nodes do not move. */
function removeOverlaps(positions: Positions, sizes: ReadonlyMap<string, number>, fixed: ReadonlySet<string>): void {
  const ids = Object.keys(positions);
  for (let pass = 0; pass < 12; pass++) {
    let moved = false;
    for (let i = 0; i < ids.length; i++) {
      const a = positions[ids[i] ?? ''];
      if (!a) continue;
      for (let j = i + 1; j < ids.length; j++) {
        const b = positions[ids[j] ?? ''];
        if (!b) continue;
        const need = ((sizes.get(ids[i] ?? '') ?? 20) + (sizes.get(ids[j] ?? '') ?? 20)) / 2 + LABEL_ROOM;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= need) continue;
        if (distance < 0.01) {
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          distance = 1;
        }
        const push = (need - distance) / distance;
        const aFixed = fixed.has(ids[i] ?? '');
        const bFixed = fixed.has(ids[j] ?? '');
        if (aFixed && bFixed) continue;
        const shareA = aFixed ? 0 : bFixed ? 1 : 0.5;
        const shareB = 1 - shareA;
        a.x -= dx * push * shareA;
        a.y -= dy * push * shareA;
        b.x += dx * push * shareB;
        b.y += dy * push * shareB;
        moved = true;
      }
    }
    if (!moved) break;
  }
}
