// The drawn graph as a standalone SVG: shapes, colours and labels as on screen; every name escaped as text.
import { userAttr } from '../../core/report/dossier/html.ts';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  size: number;
  colour: string;
  shape: string;
  label: string;
  borderColour: string;
  borderWidth: number;
  opacity: number;
}

export interface SvgEdge {
  source: string;
  target: string;
  colour: string;
  width: number;
  line: string;
  directed: boolean;
  opacity: number;
}

export interface SvgDrawing {
  nodes: SvgNode[];
  edges: SvgEdge[];
}

const MARGIN = 40;
const LABEL_GAP = 13;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';

/** An SVG document of the drawing. Pure: nothing but the drawing goes in (no fonts, images or links are referenced). */
export function graphSvg(drawing: SvgDrawing): string {
  const byId = new Map(drawing.nodes.map((node) => [node.id, node]));
  const xs = drawing.nodes.flatMap((node) => [node.x - node.size / 2 - 60, node.x + node.size / 2 + 60]);
  const ys = drawing.nodes.flatMap((node) => [node.y - node.size / 2, node.y + node.size / 2 + LABEL_GAP + 4]);
  const minX = (xs.length > 0 ? Math.min(...xs) : 0) - MARGIN;
  const minY = (ys.length > 0 ? Math.min(...ys) : 0) - MARGIN;
  const width = (xs.length > 0 ? Math.max(...xs) : 0) - minX + MARGIN;
  const height = (ys.length > 0 ? Math.max(...ys) : 0) - minY + MARGIN;
  const edges = drawing.edges.flatMap((edge) => {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    return from && to ? [edgeSvg(edge, from, to)] : [];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse" markerUnits="userSpaceOnUse">'
      + '<path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    `<g class="edges" fill="none">${edges.join('')}</g>`,
    `<g class="nodes" font-family="${FONT}" font-size="10" text-anchor="middle">${drawing.nodes.map(nodeSvg).join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

function edgeSvg(edge: SvgEdge, from: SvgNode, to: SvgNode): string {
  // NOTE: arrows end at the target's rim, not its centre, so they stay visible.
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const inset = edge.directed ? to.size / 2 + 1 : 0;
  const x2 = to.x - (dx / length) * inset;
  const y2 = to.y - (dy / length) * inset;
  const dash = edge.line === 'dashed' ? ' stroke-dasharray="6 4"' : edge.line === 'dotted' ? ' stroke-dasharray="1.5 3"' : '';
  return `<line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${colour(edge.colour)}" stroke-width="${num(edge.width)}"`
    + ` stroke-opacity="${num(edge.opacity)}"${dash}${edge.directed ? ' marker-end="url(#arrow)"' : ''}/>`;
}

function nodeSvg(node: SvgNode): string {
  const paint = `fill="${colour(node.colour)}" stroke="${colour(node.borderColour)}" stroke-width="${num(node.borderWidth)}"`;
  const label = node.label ? `<text x="${num(node.x)}" y="${num(node.y + node.size / 2 + LABEL_GAP)}" fill="#1d2733" stroke="#ffffff" stroke-width="3" stroke-opacity="0.85" paint-order="stroke">${userAttr(node.label)}</text>` : '';
  return `<g opacity="${num(node.opacity)}"><title>${userAttr(node.label)}</title>${shapeSvg(node, paint)}${label}</g>`;
}

function shapeSvg(node: SvgNode, paint: string): string {
  const r = node.size / 2;
  const { x, y } = node;
  switch (node.shape) {
    case 'round-rectangle':
      return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(node.size)}" height="${num(node.size)}" rx="${num(r / 3)}" ${paint}/>`;
    case 'round-triangle':
    case 'triangle':
      return polygon([[x, y - r], [x + r, y + r], [x - r, y + r]], paint);
    case 'diamond':
      return polygon([[x, y - r], [x + r, y], [x, y + r], [x - r, y]], paint);
    case 'hexagon':
      return polygon([0, 1, 2, 3, 4, 5].map((i) => [x + r * Math.cos((Math.PI / 3) * i), y + r * Math.sin((Math.PI / 3) * i)] as [number, number]), paint);
    default:
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${paint}/>`;
  }
}

function polygon(points: [number, number][], paint: string): string {
  return `<polygon points="${points.map(([px, py]) => `${num(px)},${num(py)}`).join(' ')}" ${paint}/>`;
}

function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

/** Only colours cytoscape reports (`#abc`, `rgb(…)`) pass; anything else falls back to grey. */
function colour(value: string): string {
  return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i.test(value.trim()) ? value.trim() : '#9aa3ad';
}
