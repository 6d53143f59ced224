// The only builder of graphology graphs: a case model becomes an undirected, weighted simple graph.

import { UndirectedGraph } from 'graphology';
import type { CaseModel, EntityType, Link, LinkType } from '../model/types.ts';
import type { AnalysisGraph } from './analysisGraph.ts';
import { linkWeight } from './linkWeight.ts';
import { pulse } from '../progressPulse.ts';

/** Node attributes: what the analysis and the UI need to name a node without the model. */
export interface CaseNodeAttributes {
  type: EntityType;
  key: string;
  label: string;
  country?: string;
}

/** Edge attributes: merged typed links between one unordered pair. */
export interface CaseEdgeAttributes {
  /** Sum of `linkWeight` over the merged links. */
  weight: number;
  /** Link types merged into this edge, in first-seen order. */
  types: LinkType[];
  /** Ids of the model links merged into this edge, so every edge traces back to evidence. */
  linkIds: string[];
}

/** The graph every analysis runs on. */
export type CaseGraph = UndirectedGraph<CaseNodeAttributes, CaseEdgeAttributes>;

export interface BuildCaseGraphOptions {
  /** Entity ids left out, with every link touching them (hubs, before clustering). */
  exclude?: ReadonlySet<string>;
}

/**
 * Builds the undirected simple graph of a case: node key = entity id; parallel typed links between
 * the same pair (a call and a transfer, or calls both ways) merge into one edge whose weight is the
 * sum of their `linkWeight`; self-loops are dropped.
 *
 * NOTE: insertion order is the model's order (entities, then links), so every algorithm that walks
 * the graph sees the same sequence for the same model — the base of reproducible results.
 *
 * @throws Error when a link names an entity the model does not hold (the model is inconsistent).
 */
export function buildCaseGraph(model: CaseModel, options: BuildCaseGraphOptions = {}): CaseGraph {
  const exclude = options.exclude ?? new Set<string>();
  const graph: CaseGraph = new UndirectedGraph<CaseNodeAttributes, CaseEdgeAttributes>();
  const known = new Set<string>();

  for (const entity of model.entities) {
    known.add(entity.id);
    if (exclude.has(entity.id) || graph.hasNode(entity.id)) continue;
    const attributes: CaseNodeAttributes = { type: entity.type, key: entity.key, label: entity.label };
    if (entity.country !== undefined) attributes.country = entity.country;
    graph.addNode(entity.id, attributes);
  }

  for (const link of model.links) {
    pulse();
    for (const end of [link.source, link.target]) {
      if (!known.has(end)) throw new Error(`buildCaseGraph: link ${link.id} names unknown entity ${end}`);
    }
    if (link.source === link.target) continue;
    if (exclude.has(link.source) || exclude.has(link.target)) continue;
    const weight = linkWeight(link);
    const edge = graph.edge(link.source, link.target);
    if (edge === undefined) {
      graph.addEdge(link.source, link.target, { weight, types: [link.type], linkIds: [link.id] });
      continue;
    }
    const attributes = graph.getEdgeAttributes(edge);
    attributes.weight += weight;
    if (!attributes.types.includes(link.type)) attributes.types.push(link.type);
    attributes.linkIds.push(link.id);
  }
  return graph;
}

/**
 * The graphology graph of an analysis graph: the same graph `buildCaseGraph` builds from the model
 * (nodes, edges, their order, weights, types and link ids). For the few algorithms only graphology
 * has (exact betweenness on a small graph); the pipeline never builds it for a large one.
 */
export function caseGraphOf(arrays: AnalysisGraph): CaseGraph {
  const graph: CaseGraph = new UndirectedGraph<CaseNodeAttributes, CaseEdgeAttributes>();
  arrays.entities.forEach((entity) => {
    const attributes: CaseNodeAttributes = { type: entity.type, key: entity.key, label: entity.label };
    if (entity.country !== undefined) attributes.country = entity.country;
    graph.addNode(entity.id, attributes);
  });
  const edges = arrays.edgeEnds.length / 2;
  const weightOf = new Float64Array(edges);
  arrays.edgeAt.forEach((e, slot) => { weightOf[e] = arrays.weights[slot] as number; });
  for (let e = 0; e < edges; e++) {
    const types: LinkType[] = [];
    const linkIds: string[] = [];
    for (let k = arrays.linkStart[e] as number; k < (arrays.linkStart[e + 1] as number); k++) {
      const link = arrays.links[arrays.linkOrder[k] as number] as Link;
      if (!types.includes(link.type)) types.push(link.type);
      linkIds.push(link.id);
    }
    graph.addEdge(arrays.ids[arrays.edgeEnds[2 * e] as number], arrays.ids[arrays.edgeEnds[2 * e + 1] as number], { weight: weightOf[e] as number, types, linkIds });
  }
  return graph;
}
