// The node and edge attributes GraphML and GEXF both carry, declared once with their types.

import type { AnalysisResult } from '../../analysis/types.ts';
import { linkWeight } from '../../graph/linkWeight.ts';
import { isVictim } from '../../model/roles.ts';
import { UNDIRECTED_LINKS, type CaseModel } from '../../model/types.ts';
import { HUB_COLOUR, clusterColour } from '../palette.ts';
import { currenciesOf } from '../tables.ts';

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

/** An element's values, one per attribute spec, in the specs' order; absent values `undefined`. */
export type AttributeValues = readonly (string | number | boolean | undefined)[];

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

// NOTE: nodes and edges are made as they are read, each time (GraphML and both GEXF versions read them): held
// at once, a national case's edges with their values would be most of the exports' memory.
export interface GraphElements {
  nodeSpecs: readonly AttributeSpec[];
  edgeSpecs: readonly AttributeSpec[];
  nodes: Iterable<GraphNode>;
  edges: Iterable<GraphEdge>;
  /** True when some node has a position (the drawing's). */
  positioned: boolean;
}

/** Nodes and edges in model order, with typed values (empty values left out); one `amount_<CUR>` per currency. */
export function graphElements(model: CaseModel, analysis: AnalysisResult, positions?: Positions): GraphElements {
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  const currencies = currenciesOf(model);
  const edgeSpecs = [...EDGE_BASE, ...currencies.map((currency): AttributeSpec => ({ name: `amount_${currency}`, type: 'double' }))];
  const nodeIds = new Map(model.entities.map((entity, index) => [entity.id, `n${index}`]));
  const colours = new Map<string, { r: number; g: number; b: number }>();
  const colourOf = (hex: string) => {
    let colour = colours.get(hex);
    if (!colour) colours.set(hex, (colour = rgbOf(hex)));
    return colour;
  };
  function* nodes(): Iterator<GraphNode> {
    for (const [index, entity] of model.entities.entries()) {
      const scores = analysis.scores[entity.id];
      const cluster = analysis.clusterOf[entity.id];
      const hub = hubs.has(entity.id);
      const role = entity.type === 'person' ? entity.attributes.role ?? entity.attributes.status : undefined;
      const values = present([
        entity.label, entity.id, entity.type, entity.key, cluster, entity.country, role, isVictim(entity), hub,
        scores?.weightedDegree, scores?.pagerank, scores?.betweenness,
        coordinate(entity.attributes.latitude, 90), coordinate(entity.attributes.longitude, 180),
      ]);
      const position = positions?.get(entity.id);
      yield { id: `n${index}`, label: entity.label, values, colour: colourOf(hub ? HUB_COLOUR : clusterColour(cluster)), ...(position ? { position } : {}) };
    }
  }
  function* edges(): Iterator<GraphEdge> {
    for (const [index, link] of model.links.entries()) {
      const weight = linkWeight(link);
      const directed = !UNDIRECTED_LINKS.has(link.type);
      const values = present([link.type, link.label, weight, link.count, link.durationSeconds, link.firstTime, link.lastTime, directed]);
      for (const currency of currencies) values.push(Object.hasOwn(link.amounts, currency) ? link.amounts[currency] : undefined);
      yield { id: `e${index}`, source: nodeIds.get(link.source) ?? '', target: nodeIds.get(link.target) ?? '', weight, directed, values };
    }
  }
  const positioned = positions !== undefined && model.entities.some((entity) => positions.has(entity.id));
  return { nodeSpecs: NODE_ATTRIBUTES, edgeSpecs, nodes: { [Symbol.iterator]: nodes }, edges: { [Symbol.iterator]: edges }, positioned };
}

/** Values with the empty string read as absent. */
function present(values: (string | number | boolean | undefined)[]): (string | number | boolean | undefined)[] {
  for (let index = 0; index < values.length; index++) if (values[index] === '') values[index] = undefined;
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
