// The node and edge attributes GraphML and GEXF both carry, declared once with their types.

import type { AnalysisResult } from '../../analysis/types.ts';
import { isVictim } from '../../model/roles.ts';
import { UNDIRECTED_LINKS, type CaseModel, type Entity, type Link } from '../../model/types.ts';
import { HUB_COLOUR, clusterColour } from '../palette.ts';
import { ExportFacts } from '../exportFacts.ts';
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

/**
 * An element's values, one per attribute spec, in the specs' order; absent values `undefined`. A `double` may come as
 * its text already (`String(value)`: scores and weights are written once for every export, see ExportFacts).
 */
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
  /** The weight as text (`String(linkWeight(link))`). */
  weight: string;
  directed: boolean;
  values: AttributeValues;
}

// NOTE: nodes and edges are made as they are visited, each time (GraphML and both GEXF versions visit them): held
// at once, a national case's edges with their values would be most of the exports' memory. One node and one edge
// object (and their values) are reused for every visit, so a visit allocates nothing: a visitor uses what it is
// given at once and keeps none of it.
export interface GraphElements {
  nodeSpecs: readonly AttributeSpec[];
  edgeSpecs: readonly AttributeSpec[];
  /** Calls `visit` with each node in model order (the same object each time, refilled). */
  eachNode(visit: (node: Readonly<GraphNode>) => void): void;
  /** Calls `visit` with each edge in model order (the same object each time, refilled). */
  eachEdge(visit: (edge: Readonly<GraphEdge>) => void): void;
  /** True when some node has a position (the drawing's). */
  positioned: boolean;
}

// NOTE: GraphML and both GEXF versions visit every node and edge: what does not change between visits (a node's
// colour and victim flag, an edge's two ends) is worked out on the first visit and kept, a byte or an int each.
/** Nodes and edges in model order, with typed values (empty values left out); one `amount_<CUR>` per currency. */
export function graphElements(model: CaseModel, analysis: AnalysisResult, positions?: Positions, facts = new ExportFacts(model, analysis)): GraphElements {
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  const currencies = currenciesOf(model);
  const edgeSpecs = [...EDGE_BASE, ...currencies.map((currency): AttributeSpec => ({ name: `amount_${currency}`, type: 'double' }))];
  const entities = model.entities;
  const links = model.links;
  const colours = new Map<string, { r: number; g: number; b: number }>();
  const colourOf = (hub: boolean, cluster: string | undefined) => {
    const key = hub ? '\u0000hub' : cluster ?? '\u0000none';
    let colour = colours.get(key);
    if (!colour) colours.set(key, (colour = rgbOf(hub ? HUB_COLOUR : clusterColour(cluster))));
    return colour;
  };
  let victims: Uint8Array | undefined;
  const victimFlags = (): Uint8Array => {
    if (!victims) {
      victims = new Uint8Array(entities.length);
      for (let index = 0; index < entities.length; index++) victims[index] = isVictim(entities[index] as Entity) ? 1 : 0;
    }
    return victims;
  };
  const eachNode = (visit: (node: Readonly<GraphNode>) => void): void => {
    const values: (string | number | boolean | undefined)[] = new Array<undefined>(NODE_ATTRIBUTES.length).fill(undefined);
    const node: GraphNode = { id: '', label: '', values, colour: { r: 0, g: 0, b: 0 }, position: undefined };
    const victim = victimFlags();
    for (let index = 0; index < entities.length; index++) {
      const entity = entities[index] as Entity;
      const cluster = facts.clusterAt(index);
      const hub = hubs.has(entity.id);
      values[0] = present(entity.label);
      values[1] = present(entity.id);
      values[2] = present(entity.type);
      values[3] = present(entity.key);
      values[4] = present(cluster);
      values[5] = present(entity.country);
      values[6] = present(entity.type === 'person' ? entity.attributes.role ?? entity.attributes.status : undefined);
      values[7] = victim[index] === 1;
      values[8] = hub;
      values[9] = facts.scoreText(index, 0);
      values[10] = facts.scoreText(index, 1);
      values[11] = facts.scoreText(index, 2);
      values[12] = coordinate(entity.attributes.latitude, 90);
      values[13] = coordinate(entity.attributes.longitude, 180);
      node.id = `n${index}`;
      node.label = entity.label;
      node.colour = colourOf(hub, cluster);
      node.position = positions?.get(entity.id);
      visit(node);
    }
  };
  const eachEdge = (visit: (edge: Readonly<GraphEdge>) => void): void => {
    const values: (string | number | boolean | undefined)[] = new Array<undefined>(edgeSpecs.length).fill(undefined);
    const edge: GraphEdge = { id: '', source: '', target: '', weight: '', directed: true, values };
    const { sources, targets } = facts.linkEnds();
    for (let index = 0; index < links.length; index++) {
      const link = links[index] as Link;
      const weight = facts.weightText(link);
      const directed = !UNDIRECTED_LINKS.has(link.type);
      values[0] = present(link.type);
      values[1] = present(link.label);
      values[2] = weight;
      values[3] = link.count;
      values[4] = link.durationSeconds;
      values[5] = present(link.firstTime);
      values[6] = present(link.lastTime);
      values[7] = directed;
      // NOTE: a link's own amounts only: a currency named `constructor` is data, not Object's.
      for (let at = 0; at < currencies.length; at++) {
        const currency = currencies[at] as string;
        values[EDGE_BASE.length + at] = Object.hasOwn(link.amounts, currency) ? link.amounts[currency] : undefined;
      }
      const source = sources[index] as number;
      const target = targets[index] as number;
      edge.id = `e${index}`;
      edge.source = source < 0 ? '' : `n${source}`;
      edge.target = target < 0 ? '' : `n${target}`;
      edge.weight = weight;
      edge.directed = directed;
      visit(edge);
    }
  };
  const positioned = positions !== undefined && entities.some((entity) => positions.has(entity.id));
  return { nodeSpecs: NODE_ATTRIBUTES, edgeSpecs, eachNode, eachEdge, positioned };
}

/** A value with the empty string read as absent. */
function present<T>(value: T): T | undefined {
  return value === '' ? undefined : value;
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
