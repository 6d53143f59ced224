// The drill-down drawing on screen, for what is read from it: positions for the case file, PNG and SVG pictures.
import type { Core } from './cytoscapeSetup.ts';
import { graphSvg, type SvgDrawing } from './graphSvg.ts';

const MAX_IMAGE_SIDE = 8000;

let drawing: Core | null = null;
/** Positions of the last drawing, kept while another tab (cluster map, ledger) has replaced the canvas. */
let kept: Record<string, { x: number; y: number }> = {};

/** GraphCanvas registers its instance when created; null when it goes (its positions are kept). */
export function setCurrentDrawing(cy: Core | null): void {
  if (!cy && drawing) kept = livePositions(drawing);
  drawing = cy;
}

/** Forgets the kept positions: a different case is shown. */
export function forgetDrawing(): void {
  kept = {};
}

function livePositions(cy: Core): Record<string, { x: number; y: number }> {
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return positions;
}

/** Node positions of the drawing (model coordinates), by entity id. */
export function drawingPositions(): Record<string, { x: number; y: number }> {
  return drawing && !drawing.destroyed() ? livePositions(drawing) : { ...kept };
}

/** True when a drawing with at least one node is on screen. */
export function hasDrawing(): boolean {
  return Boolean(drawing && !drawing.destroyed() && drawing.nodes().length > 0);
}

/** The whole drawing as PNG (twice the screen resolution, white background). */
export async function drawingPng(): Promise<Blob> {
  if (!drawing || drawing.destroyed()) throw new Error('No graph is drawn.');
  // NOTE: a big drawing at scale 2 would pass the browser's canvas size limit; cytoscape ignores maxWidth
  // when a scale is given, so the scale itself is capped. png() draws with the canvas renderer's code even
  // when the screen uses WebGL, so both renderers export the same picture.
  const box = drawing.elements().boundingBox();
  const scale = Math.max(0.1, Math.min(2, MAX_IMAGE_SIDE / Math.max(1, box.w), MAX_IMAGE_SIDE / Math.max(1, box.h)));
  return drawing.png({ output: 'blob-promise', full: true, scale, bg: 'white' });
}

/** The whole drawing as a standalone SVG document. */
export function drawingSvg(): string {
  if (!drawing || drawing.destroyed()) throw new Error('No graph is drawn.');
  return graphSvg(svgDrawingOf(drawing));
}

function svgDrawingOf(cy: Core): SvgDrawing {
  return {
    nodes: cy.nodes().map((node) => ({
      id: node.id(), x: node.position('x'), y: node.position('y'), size: Number(node.data('size')) || 20,
      colour: String(node.style('background-color')), shape: String(node.data('shape') ?? 'ellipse'), label: String(node.data('label') ?? ''),
      borderColour: String(node.style('border-color')), borderWidth: Number.parseFloat(String(node.style('border-width'))) || 0,
      opacity: Number(node.style('opacity')) || 1,
    })),
    edges: cy.edges().map((edge) => ({
      source: edge.source().id(), target: edge.target().id(), colour: String(edge.style('line-color')),
      width: Number.parseFloat(String(edge.style('width'))) || 1, line: String(edge.data('line') ?? 'solid'),
      directed: edge.hasClass('directed'), opacity: Number(edge.style('opacity')) || 1,
    })),
  };
}
