// The drill-down canvas: cytoscape drawing the current selection; tap selects, double-tap expands.
import { useEffect, useRef } from 'react';
import { CANVAS_LARGE_STYLE, CASE_GRAPH_STYLE, LARGE_GRAPH_STYLE } from './graphStyle.ts';
import { createCytoscape, fcoseLayout, type Core, type ElementDefinition } from './cytoscapeSetup.ts';
import { LayoutClient, LayoutSuperseded } from './layoutClient.ts';
import { setCurrentDrawing } from './currentDrawing.ts';
import { frameFromPositions, keepFramed, type FrameKeeper } from './frame.ts';
import type { Positions } from '../../core/graph/layout.ts';
import { mulberry32 } from '../../core/analysis/seededRandom.ts';

declare global {
  interface Window {
    /** Test hook: the drill-down graph's cytoscape instance (tests tap nodes by id and read positions). */
    __simpulCy?: Core;
  }
}

const MAX_FIT_ZOOM = 1.4;
/** Elements added per task when a big drawing arrives (see `drawFresh`): 400 were 0.2–0.4 s tasks on a software canvas. */
const CHUNK = 150;
/** Up to this many nodes fcose runs on the main thread (well under 200 ms); beyond, the layout worker. */
const MAIN_THREAD_LAYOUT_MAX = 40;
/** From this many entities the canvas renderer draws with {@link CANVAS_LARGE_STYLE}. */
const CANVAS_LARGE_FROM = 250;
/**
 * Or from this many links: a dense crew of a hundred people has a thousand ties.
 * NOTE: drawing is paid per link (bezier control points, arrowheads): a 108-entity cluster with its ties drew in
 * frames of up to a second on the canvas renderer.
 */
const CANVAS_LARGE_LINKS_FROM = 800;

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  selectedId?: string;
  /** Node and edge ids on the highlighted path(s). */
  highlighted: ReadonlySet<string>;
  onSelect: (id: string | undefined) => void;
  /** A link was clicked (its id): shows its evidence rows. */
  onSelectLink?: (id: string) => void;
  onExpand: (id: string) => void;
  /** Nodes selected together (shift-drag a box, or shift-click): at least two, or none. */
  onMultiSelect?: (ids: string[]) => void;
  /** Fixed positions (a path read left to right): used instead of a layout for the nodes they cover. */
  positions?: Positions;
  /** Use the WebGL renderer when the browser has WebGL2 (fixed for the canvas's lifetime: remount to switch). */
  preferWebgl: boolean;
}

export function GraphCanvas({ elements, selectedId, highlighted, onSelect, onSelectLink, onExpand, onMultiSelect, preferWebgl, positions }: GraphCanvasProps) {
  const positionsRef = useRef(positions);
  positionsRef.current = positions;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutClient = useRef(new LayoutClient());
  const handlers = useRef({ onSelect, onSelectLink, onExpand, onMultiSelect });
  handlers.current = { onSelect, onSelectLink, onExpand, onMultiSelect };

  useEffect(() => () => layoutClient.current.dispose(), []);
  /** Bumped by every change of the drawing, so slices of an older one stop arriving. */
  const drawing = useRef(0);
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  /** The canvas renderer's drawing uses {@link CANVAS_LARGE_STYLE}. */
  const largeStyle = useRef(false);
  /** Frames the drawing again when the canvas changes size (see keepFramed). */
  const keeperRef = useRef<FrameKeeper | null>(null);

  // NOTE: a fresh big drawing is laid out before anything is added, then added once with its positions:
  // drawing thousands of elements piled at one point first, and again when placed, cost twice the time.
  const drawFresh = (cy: Core, elements: ElementDefinition[]) => {
    const stage = container.current;
    stage?.classList.add('laying-out');
    layoutClient.current.layout({
      nodes: elements.filter((element) => element.group === 'nodes').map((element) => ({
        id: String(element.data.id), size: Number(element.data.size) || 20,
        ...(element.data.cluster ? { group: String(element.data.cluster) } : {}),
      })),
      edges: elements.filter((element) => element.group === 'edges')
        .map((element) => ({ source: String(element.data.source), target: String(element.data.target), weight: Number(element.data.weight) || 1 })),
    }).then((positions) => {
      if (cy.destroyed()) return;
      const placed = elements.map((element) => (element.group === 'nodes' ? { ...element, position: positions[String(element.data.id)] ?? { x: 0, y: 0 } } : element));
      const finish = () => {
        if (selectedRef.current) cy.getElementById(selectedRef.current).select();
        stage?.classList.remove('laying-out');
      };
      if (placed.length <= CHUNK) {
        cy.batch(() => {
          cy.elements().remove();
          cy.add(placed);
        });
        cy.fit(undefined, 24);
        clampZoom(cy);
        keeperRef.current?.framed();
        finish();
        return;
      }
      // NOTE: thousands of elements added in one batch kept the page busy for seconds (styles, label sizes,
      // then a fit that measures them all): the view is framed from the positions, and the elements
      // arrive in slices of their own tasks, nodes first.
      const token = ++drawing.current;
      cy.elements().remove();
      frameFromPositions(cy, Object.values(positions), 24, MAX_FIT_ZOOM);
      keeperRef.current?.framed();
      const nodesFirst = [...placed.filter((element) => element.group === 'nodes'), ...placed.filter((element) => element.group !== 'nodes')];
      const addSlice = (start: number) => {
        if (cy.destroyed() || drawing.current !== token) return;
        cy.add(nodesFirst.slice(start, start + CHUNK));
        // NOTE: the next slice after the frame that draws this one: cytoscape styles what was added when it draws,
        // so slices added between two frames were styled in one long task.
        if (start + CHUNK < nodesFirst.length) requestAnimationFrame(() => setTimeout(() => addSlice(start + CHUNK), 0));
        else finish();
      };
      addSlice(0);
    }, (error: unknown) => {
      if (!(error instanceof LayoutSuperseded)) stage?.classList.remove('laying-out');
    });
  };

  useEffect(() => {
    if (!container.current) return;
    const cy = createCytoscape({ container: container.current, style: preferWebgl ? LARGE_GRAPH_STYLE : CASE_GRAPH_STYLE, elements: [], boxSelectionEnabled: true, preferWebgl, large: preferWebgl });
    cy.on('tap', 'node', (event) => handlers.current.onSelect(event.target.id()));
    cy.on('dbltap', 'node', (event) => handlers.current.onExpand(event.target.id()));
    cy.on('tap', 'edge', (event) => handlers.current.onSelectLink?.(event.target.id()));
    let pending: ReturnType<typeof setTimeout> | undefined;
    cy.on('select unselect', 'node', () => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        if (cy.destroyed()) return;
        const ids = cy.nodes(':selected').map((node) => node.id());
        handlers.current.onMultiSelect?.(ids.length >= 2 ? ids : []);
      }, 0);
    });
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onSelect(undefined);
    });
    cyRef.current = cy;
    window.__simpulCy = cy;
    setCurrentDrawing(cy);
    const keeper = keepFramed(cy, container.current, () => {
      frameFromPositions(cy, cy.nodes().map((node) => node.position()), 24, MAX_FIT_ZOOM);
    });
    keeperRef.current = keeper;
    return () => {
      keeper.dispose();
      keeperRef.current = null;
      if (window.__simpulCy === cy) delete window.__simpulCy;
      setCurrentDrawing(null);
      cy.destroy();
      cyRef.current = null;
    };
    // NOTE: the renderer is chosen once per instance; the parent remounts (key) to switch it.
  }, []);

  // Elements: keep what stays (and its position), add what is new next to its neighbours, lay out again.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    drawing.current += 1;
    const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
    const nodeCount = elements.filter((element) => element.group === 'nodes').length;
    if (!preferWebgl) {
      const large = nodeCount >= CANVAS_LARGE_FROM || elements.length - nodeCount >= CANVAS_LARGE_LINKS_FROM;
      // NOTE: what goes is removed before the restyle, so only what stays is restyled (nothing, for a new drawing).
      if (large !== largeStyle.current) {
        largeStyle.current = large;
        cy.batch(() => cy.elements().filter((element) => !wanted.has(element.id())).remove());
        cy.style(large ? CANVAS_LARGE_STYLE : CASE_GRAPH_STYLE);
      }
    }
    // NOTE: what stays of the drawing decides how it changes: a drawing of which nothing stays (another cluster
    // opened, a search that jumps to another cluster) is a fresh drawing, laid out and framed whole; counted as an
    // expansion of the old one, it was added in one long task and never framed (a 229-entity cluster left a blob
    // at the old zoom in the middle of the canvas).
    const before = cy.nodes().length;
    const stays = cy.nodes().filter((node) => wanted.has(node.id())).length;
    const fixedPositions = positionsRef.current;
    if (stays === 0 && nodeCount > MAIN_THREAD_LAYOUT_MAX && !fixedPositions) {
      cy.elements().remove();
      drawFresh(cy, elements);
      return;
    }
    const hadNodes = stays;
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const next = wanted.get(element.id());
        if (!next) {
          cy.remove(element);
          return;
        }
        element.data(next.data);
        element.classes(typeof next.classes === 'string' ? next.classes : '');
      });
      for (const [id, element] of wanted) if (cy.getElementById(id).empty()) added.push(element);
      const placed = added.map((element) => {
        if (element.group !== 'nodes' || hadNodes === 0) return element;
        const near = elements.find((edge) => edge.group === 'edges' && (edge.data.source === element.data.id || edge.data.target === element.data.id));
        const anchorId = near ? (near.data.source === element.data.id ? near.data.target : near.data.source) : undefined;
        const anchor = anchorId ? cy.getElementById(String(anchorId)) : undefined;
        if (!anchor || anchor.empty()) return element;
        const position = anchor.position();
        const jitter = mulberry32(idHash(String(element.data.id)));
        return { ...element, position: { x: position.x + (jitter() - 0.5) * 40, y: position.y + (jitter() - 0.5) * 40 } };
      });
      cy.add(placed);
    });
    const addedIds = new Set(added.filter((element) => element.group === 'nodes').map((element) => String(element.data.id)));
    if (addedIds.size === 0 && hadNodes > 0) {
      // NOTE: most of the drawing went (a cluster opened from the whole case): what is left is framed, not left small
      // in a corner at the old zoom; a filter that drops a few nodes keeps the view.
      if (before - stays > stays) {
        frameFromPositions(cy, cy.nodes().map((node) => node.position()), 24, MAX_FIT_ZOOM);
        keeperRef.current?.framed();
      }
      return;
    }
    const count = cy.nodes().length;
    if (count === 0) return;
    const fixed = positionsRef.current;
    if (fixed && cy.nodes().toArray().every((node) => Boolean(fixed[node.id()]))) {
      cy.batch(() => cy.nodes().forEach((node) => {
        const point = fixed[node.id()];
        if (point) node.position(point);
      }));
      cy.fit(undefined, 40);
      clampZoom(cy);
      keeperRef.current?.framed();
      return;
    }
    // NOTE: when most of the drawing is new (a re-run replaced the cluster), lay it all out afresh.
    const incremental = hadNodes > 0 && addedIds.size < hadNodes;
    const framed = () => {
      // NOTE: an expansion keeps the view unless what it added lies outside it.
      if (incremental && cy.nodes().toArray().every((node) => isInView(cy, node.renderedPosition()))) return;
      cy.fit(undefined, 24);
      clampZoom(cy);
      keeperRef.current?.framed();
    };
    if (count <= MAIN_THREAD_LAYOUT_MAX) {
      cy.layout(fcoseLayout(count, !incremental)).run();
      framed();
      return;
    }
    // NOTE: past a few dozen nodes the layout runs in a worker (ForceAtlas2): fcose on the main thread
    // froze the page for over half a second on a 90-node cluster. Existing nodes stay put when expanding.
    const stage = container.current;
    stage?.classList.add('laying-out');
    layoutClient.current.layout({
      nodes: cy.nodes().map((node) => ({
        id: node.id(), size: Number(node.data('size')) || 20, ...(node.data('cluster') ? { group: String(node.data('cluster')) } : {}),
        ...(incremental ? { x: node.position('x'), y: node.position('y'), fixed: !addedIds.has(node.id()) } : {}),
      })),
      edges: cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id(), weight: Number(edge.data('weight')) || 1 })),
    }).then((positions) => {
      if (cy.destroyed()) return;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const point = positions[node.id()];
          if (point) node.position(point);
        });
      });
      framed();
      stage?.classList.remove('laying-out');
    }, (error: unknown) => {
      if (!(error instanceof LayoutSuperseded)) stage?.classList.remove('laying-out');
    });
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('path dim');
      if (highlighted.size > 0) {
        cy.elements().forEach((element) => {
          element.addClass(highlighted.has(element.id()) ? 'path' : 'dim');
        });
      }
    });
  }, [highlighted, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (selectedId) {
      const node = cy.getElementById(selectedId);
      if (node.nonempty()) {
        node.select();
        if (!node.renderedPosition() || !isInView(cy, node.renderedPosition())) cy.animate({ center: { eles: node } }, { duration: 200 });
      }
    }
  }, [selectedId, elements]);

  return <div className="graph-canvas" data-testid="graph" ref={container} />;
}

// NOTE: a handful of nodes fitted to the canvas would be drawn huge; keep labels at reading size.
function clampZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

function isInView(cy: Core, position: { x: number; y: number }): boolean {
  return position.x > 0 && position.y > 0 && position.x < cy.width() && position.y < cy.height();
}

/** FNV-1a of an entity id: an expanded node lands at the same spot beside its anchor every time. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
