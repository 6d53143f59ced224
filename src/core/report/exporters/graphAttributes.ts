// The node and edge attributes GraphML and GEXF both carry, declared once with their types.

import type { AnalysisResult } from '../../analysis/types.ts';
import { linkWeight } from '../../graph/linkWeight.ts';
import { isVictim } from '../../model/roles.ts';
import { UNDIRECTED_LINKS, type CaseModel } from '../../model/types.ts';
import { amountsText } from './xml.ts';

export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export interface AttributeSpec {
  name: string;
  type: AttributeType;
}

export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'label', type: 'string' },
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
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'type', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'weight', type: 'double' },
  { name: 'count', type: 'int' },
  { name: 'durationSeconds', type: 'double' },
  { name: 'amounts', type: 'string' },
  { name: 'first', type: 'string' },
  { name: 'last', type: 'string' },
  { name: 'directed', type: 'boolean' },
];

export type AttributeValues = Record<string, string | number | boolean | undefined>;

export interface GraphNode {
  id: string;
  label: string;
  values: AttributeValues;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  values: AttributeValues;
}

/** Nodes and edges in model order, with the values both formats write (absent values are left out). */
export function graphElements(model: CaseModel, analysis: AnalysisResult): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  const nodes = model.entities.map((entity): GraphNode => {
    const scores = analysis.scores[entity.id];
    const role = entity.type === 'person' ? entity.attributes.role ?? entity.attributes.status : undefined;
    return {
      id: entity.id,
      label: entity.label,
      values: {
        label: entity.label, type: entity.type, key: entity.key, cluster: analysis.clusterOf[entity.id],
        country: entity.country, role, victim: isVictim(entity), hub: hubs.has(entity.id),
        weightedDegree: scores?.weightedDegree, pagerank: scores?.pagerank, betweenness: scores?.betweenness,
      },
    };
  });
  const edges = model.links.map((link, index): GraphEdge => {
    const weight = linkWeight(link);
    const amounts = amountsText(link.amounts);
    return {
      id: `e${index}`,
      source: link.source,
      target: link.target,
      weight,
      values: {
        type: link.type, label: link.label, weight, count: link.count, durationSeconds: link.durationSeconds,
        amounts: amounts === '' ? undefined : amounts, first: link.firstTime, last: link.lastTime,
        directed: !UNDIRECTED_LINKS.has(link.type),
      },
    };
  });
  return { nodes, edges };
}
