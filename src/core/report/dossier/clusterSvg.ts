// The picture of one cluster: inline SVG, laid out in core, shapes by entity type, strokes by link type.

import { compareIds } from '../../model/order.ts';
import type { AnalysisResult } from '../../analysis/types.ts';
import { linkWeight } from '../../graph/linkWeight.ts';
import { isVictim } from '../../model/roles.ts';
import type { Entity, EntityType, Link, LinkType } from '../../model/types.ts';
import { escapeHtml, pictureLabel, userAttr } from './html.ts';
import type { DossierWords } from './words.ts';
import { forceLayout } from './layout.ts';

/** Most nodes drawn in one picture; larger clusters show their strongest members. */
export const SVG_NODE_CAP = 150;
/** How many of the strongest people and places carry a visible label (every node has a hover title). */
const LABELLED = 25;
const SIZE = 640;
const MARGIN = 40;

const NODE_COLOURS: Record<EntityType, string> = {
  person: '#1f5fa8', phone: '#2e8b57', account: '#b8860b', location: '#8b3a62', device: '#555555',
};

export const EDGE_STYLES: Record<LinkType, string> = {
  called: 'stroke="#7a8794" stroke-width="1"',
  transferred: 'stroke="#b8860b" stroke-width="2"',
  associated: 'stroke="#6a3d9a" stroke-width="1.2" stroke-dasharray="5 3"',
  uses_phone: 'stroke="#222" stroke-width="1" stroke-dasharray="2 2"',
  holds_account: 'stroke="#222" stroke-width="1" stroke-dasharray="2 2"',
  uses_device: 'stroke="#222" stroke-width="1" stroke-dasharray="2 2"',
  seen_at: 'stroke="#c77c9a" stroke-width="1"',
  linked: 'stroke="#999" stroke-width="1"',
};

export interface ClusterPicture {
  svg: string;
  drawn: number;
  total: number;
}

/** Draws a cluster's members and its internal links; caps at `SVG_NODE_CAP` nodes by weighted degree. */
export function clusterSvg(
  memberIds: readonly string[], byId: ReadonlyMap<string, Entity>, internalLinks: readonly Link[], analysis: AnalysisResult, title: string,
  words?: Pick<DossierWords, 'type' | 'label' | 'linkType'>,
): ClusterPicture {
  const strength = (id: string) => analysis.scores[id]?.weightedDegree ?? 0;
  const ranked = [...memberIds].sort((a, b) => strength(b) - strength(a) || compareIds(a, b));
  const drawn = ranked.slice(0, SVG_NODE_CAP);
  // NOTE: phone numbers and account numbers as labels pile up into an unreadable knot; names and places read.
  const labelled = new Set(drawn.filter((id) => byId.get(id)?.type === 'person' || byId.get(id)?.type === 'location').slice(0, LABELLED));
  // Layout order is the sorted id order, so the picture does not depend on score ties.
  const ids = [...drawn].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = internalLinks.flatMap((link) => {
    const source = index.get(link.source);
    const target = index.get(link.target);
    return source === undefined || target === undefined || source === target ? [] : [{ link, source, target }];
  });
  const points = forceLayout(ids.length, edges.map(({ source, target, link }) => ({ source, target, weight: linkWeight(link) })), SIZE, MARGIN);
  const lines = edges.map(({ link, source, target }) => {
    const a = points[source];
    const b = points[target];
    if (!a || !b) return '';
    return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" ${EDGE_STYLES[link.type]} stroke-opacity="0.7"><title>${userAttr(words ? words.linkType(link.type) : link.type)}</title></line>`;
  });
  const nodes = ids.map((id, i) => {
    const entity = byId.get(id);
    const point = points[i];
    if (!entity || !point) return '';
    const label = labelled.has(id)
      ? `<text x="${point.x}" y="${point.y + 16}" text-anchor="middle" class="lbl">${userAttr(truncate(pictureLabel(words ? words.label(entity) : entity.label), 28))}</text>`
      : '';
    return `<g>${shape(entity, point.x, point.y)}<title>${userAttr(words ? `${words.type(entity.type)} ${words.label(entity)} (${entity.key})` : `${entity.type} ${entity.label} (${entity.key})`)}</title>${label}</g>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="${userAttr(title)}">`
    + `<rect width="${SIZE}" height="${SIZE}" fill="#ffffff"/>${lines.join('')}${nodes.join('')}</svg>`;
  return { svg, drawn: ids.length, total: memberIds.length };
}

/** The legend printed under every picture. */
export function legendSvg(words?: Pick<DossierWords, 'type' | 't'>): string {
  const items: [EntityType, string][] = (['person', 'phone', 'account', 'location', 'device'] as const).map((type) => [type, escapeHtml(words ? words.type(type) : type)]);
  const shapes = items.map(([type, text], i) => {
    const x = 12 + i * 100;
    const entity = { type, attributes: {} };
    return `${shape(entity, x, 12)}<text x="${x + 12}" y="16" class="lbl">${text}</text>`;
  });
  const victim = `${shape({ type: 'person', attributes: { role: 'victim' } }, 512, 12)}<text x="524" y="16" class="lbl">${escapeHtml(words ? words.t('dossier.victim') : 'victim')}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 24" width="600" height="24" role="img" aria-label="${escapeHtml(words ? words.t('legend.label') : 'legend')}">${shapes.join('')}${victim}</svg>`;
}

function shape(entity: Pick<Entity, 'type' | 'attributes'>, x: number, y: number): string {
  const fill = NODE_COLOURS[entity.type];
  const stroke = isVictim(entity) ? 'stroke="#e0a800" stroke-width="3"' : 'stroke="#fff" stroke-width="1"';
  switch (entity.type) {
    case 'person':
      return `<circle cx="${x}" cy="${y}" r="7" fill="${fill}" ${stroke}/>`;
    case 'phone':
      return `<rect x="${x - 6}" y="${y - 6}" width="12" height="12" rx="3" fill="${fill}" ${stroke}/>`;
    case 'account':
      return `<polygon points="${x},${y - 8} ${x + 8},${y} ${x},${y + 8} ${x - 8},${y}" fill="${fill}" ${stroke}/>`;
    case 'location':
      return `<polygon points="${x},${y - 8} ${x + 8},${y + 6} ${x - 8},${y + 6}" fill="${fill}" ${stroke}/>`;
    case 'device':
      return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${fill}" ${stroke}/>`;
  }
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
