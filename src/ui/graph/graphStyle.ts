// Cytoscape stylesheets for the drill-down graph and the cluster map; values come from element data.
import type { StylesheetJson } from './cytoscapeSetup.ts';

export const CASE_GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)', shape: 'data(shape)' as never, width: 'data(size)', height: 'data(size)',
      label: 'data(label)', 'font-size': 10, 'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
      color: '#1d2733', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-max-width': '120px', 'text-wrap': 'ellipsis',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
      'min-zoomed-font-size': 7, 'border-width': 1, 'border-color': '#ffffff',
    },
  },
  // Names are read at any zoom; numbers, accounts and handsets once zoomed in enough to tell them apart.
  { selector: 'node[type != "person"]', style: { 'min-zoomed-font-size': 9, color: '#3d4a57' } },
  { selector: 'node[type = "person"]', style: { 'font-size': 11, 'font-weight': 600 } },
  { selector: 'node.hub', style: { 'background-color': '#b7bec6', 'border-style': 'dashed', 'border-color': '#6b7682', 'border-width': 1.5 } },
  { selector: 'node.unstable', style: { 'border-color': '#d97706', 'border-width': 3, 'border-style': 'dashed' } },
  { selector: 'node.victim', style: { 'border-color': '#0f8a6c', 'border-width': 3, 'border-style': 'double' } },
  { selector: 'node.focus', style: { 'border-color': '#0b3d6e', 'border-width': 3, 'z-index': 10 } },
  { selector: 'node:selected', style: { 'border-color': '#0b3d6e', 'border-width': 4, 'font-weight': 'bold', 'z-index': 20 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)', 'line-color': 'data(colour)', 'line-style': 'data(line)' as never, 'curve-style': 'bezier',
      'target-arrow-shape': 'none', 'arrow-scale': 0.7, opacity: 0.75,
    },
  },
  { selector: 'edge[type = "called"]', style: { opacity: 0.45 } },
  { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)' } },
  { selector: '.path', style: { 'z-index': 30, opacity: 1 } },
  { selector: 'node.path', style: { 'border-color': '#e08a00', 'border-width': 4 } },
  { selector: 'edge.path', style: { 'line-color': '#e08a00', 'target-arrow-color': '#e08a00', width: 5 } },
  { selector: '.dim', style: { opacity: 0.18 } },
];

// NOTE: thousands of bezier edges dominate drawing time on the CPU; straight "haystack" edges (no arrows) and
// labels only when zoomed in keep a whole-case drawing workable.
export const LARGE_GRAPH_STYLE: StylesheetJson = [
  ...CASE_GRAPH_STYLE,
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
  { selector: 'node', style: { 'min-zoomed-font-size': 10 } },
];

// NOTE: the canvas renderer (no graphics card) at hundreds of entities: a frame of 800 entities cost 0.2–0.6 s in
// bezier control points (and parallel-edge bundling), labels cut to width (each cut re-measured) and label boxes.
// Straight edges, whole labels without a box, shown once zoomed in: the same drawing, cheaper to draw.
export const CANVAS_LARGE_STYLE: StylesheetJson = [
  ...CASE_GRAPH_STYLE,
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
  { selector: 'node', style: { 'text-wrap': 'none', 'text-background-opacity': 0, 'min-zoomed-font-size': 10 } },
];

export const CLUSTER_MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
      // NOTE: the map is fitted to its pane (zoom ~0.7 on a laptop), so its labels sit under the circle at a size
      // that stays readable there; inside a small circle at 11 px they shrank to 7 px.
      'font-size': 16, color: '#1d2733', 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 4, 'font-weight': 'bold',
      'text-outline-color': '#ffffff', 'text-outline-width': 2, 'border-width': 0,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    },
  },
  { selector: 'node.cross', style: { 'border-width': 3, 'border-color': '#1d2733', 'border-style': 'double' } },
  // Names are read at any zoom; numbers, accounts and handsets once zoomed in enough to tell them apart.
  { selector: 'node[type != "person"]', style: { 'min-zoomed-font-size': 9, color: '#3d4a57' } },
  { selector: 'node[type = "person"]', style: { 'font-size': 11, 'font-weight': 600 } },
  { selector: 'node.hub', style: { 'background-color': '#b7bec6', 'border-style': 'dashed', 'border-width': 1.5, 'border-color': '#6b7682' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b3d6e' } },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#8a96a3', opacity: 0.6, 'curve-style': 'haystack' } },
];
