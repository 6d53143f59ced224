// The node and edge attributes GraphML and GEXF both carry, declared once with their types.

import type { AnalysisResult } from '../../analysis/types.ts';
import { linkWeight } from '../../graph/linkWeight.ts';
import { isVictim } from '../../model/roles.ts';
import { UNDIRECTED_LINKS, type CaseModel } from '../../model/types.ts';
import { HUB_COLOUR, clusterColour } from '../palette.ts';

export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export interface AttributeSpec {
  /** The attribute's name as tools show it (`amount_USD`); may hold data (a currency), so never an XML id. */
  name: string;
  type: AttributeType;
}

/** Node positions from the current drawing, by entity id. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'label', type: 'string' },
  { name: 'simpulId', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'key', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'country', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'victim', type: 'boolean' },
  { name: 'hub', type: 'boolean' },
  { name: 'weightedDegree', type: 'double' },
  { name: 'pagerank', type: 'double' },
  { name: 'betweenness', type: 'double' },
  { name: 'latitude', type: 'double' },
  { name: 'longitude', type: 'double' },
];

const EDGE_BASE: readonly AttributeSpec[] = [
  { name: 'type', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'weight', type: 'double' },
  { name: 'count', type: 'int' },
  { name: 'durationSeconds', type: 'double' },
  { name: 'first', type: 'string' },
  { name: 'last', type: 'string' },
  { name: 'directed', type: 'boolean' },
];

export type AttributeValues = ReadonlyMap<string, string | number | boolean>;

export interface GraphNode {
  /** `n0`, `n1`, … : generated, so an XML id never has to carry a `+` or a Burmese name. */
  id: string;
  label: string;
  values: AttributeValues;
  colour: { r: number; g: number; b: number };
  position?: { x: number; y: number };
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  directed: boolean;
  values: AttributeValues;
}

export interface GraphElements {
  nodeSpecs: readonly AttributeSpec[];
  edgeSpecs: readonly AttributeSpec[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Nodes and edges in model order, with typed values (absent values left out); one `amount_<CUR>` per currency. */
export function graphElements(model: CaseModel, analysis: AnalysisResult, positions?: Positions): GraphElements {
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  const currencies = [...new Set(model.links.flatMap((link) => Object.keys(link.amounts)))].sort();
  const edgeSpecs = [...EDGE_BASE, ...currencies.map((currency): AttributeSpec => ({ name: `amount_${currency}`, type: 'double' }))];
  const nodeIndex = new Map<string, string>();
  const nodes = model.entities.map((entity, index): GraphNode => {
    const id = `n${index}`;
    nodeIndex.set(entity.id, id);
    const scores = analysis.scores[entity.id];
    const cluster = analysis.clusterOf[entity.id];
    const role = entity.type === 'person' ? entity.attributes.role ?? entity.attributes.status : undefined;
    const values = defined([
      ['label', entity.label], ['simpulId', entity.id], ['type', entity.type], ['key', entity.key], ['cluster', cluster],
      ['country', entity.country], ['role', role], ['victim', isVictim(entity)], ['hub', hubs.has(entity.id)],
      ['weightedDegree', scores?.weightedDegree], ['pagerank', scores?.pagerank], ['betweenness', scores?.betweenness],
      ['latitude', coordinate(entity.attributes.latitude, 90)], ['longitude', coordinate(entity.attributes.longitude, 180)],
    ]);
    const position = positions?.get(entity.id);
    return { id, label: entity.label, values, colour: rgbOf(hubs.has(entity.id) ? HUB_COLOUR : clusterColour(cluster)), ...(position ? { position } : {}) };
  });
  const edges = model.links.map((link, index): GraphEdge => {
    const weight = linkWeight(link);
    const directed = !UNDIRECTED_LINKS.has(link.type);
    const values = defined([
      ['type', link.type], ['label', link.label], ['weight', weight], ['count', link.count], ['durationSeconds', link.durationSeconds],
      ['first', link.firstTime], ['last', link.lastTime], ['directed', directed],
      ...currencies.map((currency): [string, number | undefined] => [`amount_${currency}`, link.amounts[currency]]),
    ]);
    return { id: `e${index}`, source: nodeIndex.get(link.source) ?? '', target: nodeIndex.get(link.target) ?? '', weight, directed, values };
  });
  return { nodeSpecs: NODE_ATTRIBUTES, edgeSpecs, nodes, edges };
}

function defined(entries: readonly (readonly [string, string | number | boolean | undefined])[]): AttributeValues {
  const values = new Map<string, string | number | boolean>();
  for (const [name, value] of entries) if (value !== undefined && value !== '') values.set(name, value);
  return values;
}

/** A latitude or longitude as a number within ±limit, else nothing. */
function coordinate(value: string | undefined, limit: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : undefined;
}

function rgbOf(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}
