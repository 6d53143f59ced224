// The case graph the profile stage reads, as integer arrays: the CSR of `FastGraph`, each edge's ends and the model links it merges.

import type { CaseModel, Entity, Link } from '../model/types.ts';
import { csrFromEdges, type FastGraph } from './fastGraph.ts';
import { linkWeight } from './linkWeight.ts';
import { pulse } from '../progressPulse.ts';

/** Link types that tie identifiers to the actor behind them (as analysis/identity.ts). */
const IDENTITY = new Set(['uses_phone', 'holds_account', 'uses_device']);

/**
 * `buildCaseGraph(model, options)` without graphology: the same nodes in the same order, the same
 * edges in the same order (that of their first link), each end's neighbours in that order, the same
 * weights summed in the same order — so an analysis walking these arrays gives what it gave walking
 * the graphology graph, to the last bit.
 *
 * Edge e joins `edgeEnds[2e]` (its first link's source) and `edgeEnds[2e + 1]` (its target); CSR slot s
 * (see `FastGraph`) is edge `edgeAt[s]`; the model links merged into edge e are
 * `links[linkOrder[linkStart[e] .. linkStart[e + 1])]`, in model order.
 */
export interface AnalysisGraph extends FastGraph {
  /** The entity behind node i (the model's first entity with that id). */
  readonly entities: readonly Entity[];
  /** The model's links (what `linkOrder` indexes). */
  readonly links: readonly Link[];
  readonly edgeEnds: Int32Array;
  /** 1 where edge e merges an identity link. */
  readonly edgeIdentity: Uint8Array;
  readonly edgeAt: Int32Array;
  readonly linkStart: Int32Array;
  readonly linkOrder: Int32Array;
}

export interface BuildAnalysisGraphOptions {
  /** Entity ids left out, with every link touching them (hubs). */
  exclude?: ReadonlySet<string>;
}

/** Number of edges of `graph` (each pair once). */
export function edgeCount(graph: AnalysisGraph): number {
  return graph.edgeEnds.length / 2;
}

/**
 * Builds the analysis graph of a case in O(n + m).
 * NOTE: why not graphology. On a national case the graphology copy was millions of small objects
 * (~160 MB, an edge object, an adjacency record per node and an array of link ids per edge) and
 * took longer to build than everything the profile then computed on it.
 *
 * @throws Error when a link names an entity the model does not hold (as `buildCaseGraph`).
 */
export function buildAnalysisGraph(model: CaseModel, options: BuildAnalysisGraphOptions = {}): AnalysisGraph {
  const exclude = options.exclude ?? new Set<string>();
  const known = new Set<string>();
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const entities: Entity[] = [];
  for (const entity of model.entities) {
    known.add(entity.id);
    if (exclude.has(entity.id) || indexOf.has(entity.id)) continue;
    indexOf.set(entity.id, ids.length);
    ids.push(entity.id);
    entities.push(entity);
  }
  const n = ids.length;
  const links = model.links;
  // Each link's edge (-1: a self-loop or a link of an excluded entity); edges numbered in order of their first link.
  const edgeOfLink = new Int32Array(links.length).fill(-1);
  const edgeOf = new Map<number, number>();
  let ends = new Int32Array(1024);
  let edges = 0;
  for (let l = 0; l < links.length; l++) {
    pulse(l, 2 * links.length);
    const link = links[l] as Link;
    const a = indexOf.get(link.source);
    const b = indexOf.get(link.target);
    if (a === undefined || b === undefined) {
      for (const end of [link.source, link.target]) {
        if (!known.has(end)) throw new Error(`buildAnalysisGraph: link ${link.id} names unknown entity ${end}`);
      }
      continue;
    }
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    const known2 = edgeOf.get(key);
    if (known2 !== undefined) {
      edgeOfLink[l] = known2;
      continue;
    }
    if (2 * edges === ends.length) {
      const bigger = new Int32Array(ends.length * 2);
      bigger.set(ends);
      ends = bigger;
    }
    edgeOf.set(key, edges);
    edgeOfLink[l] = edges;
    ends[2 * edges] = a;
    ends[2 * edges + 1] = b;
    edges++;
  }
  edgeOf.clear();
  const edgeEnds = ends.slice(0, 2 * edges);
  // Each edge's links in model order (a counting sort), its weight summed in that order, its identity flag.
  const linkStart = new Int32Array(edges + 1);
  for (let l = 0; l < links.length; l++) {
    const e = edgeOfLink[l] as number;
    if (e >= 0) linkStart[e + 1] = (linkStart[e + 1] as number) + 1;
  }
  for (let e = 0; e < edges; e++) linkStart[e + 1] = (linkStart[e + 1] as number) + (linkStart[e] as number);
  const fillLink = linkStart.slice(0, edges);
  const linkOrder = new Int32Array(linkStart[edges] as number);
  const weightOf = new Float64Array(edges);
  const edgeIdentity = new Uint8Array(edges);
  for (let l = 0; l < links.length; l++) {
    pulse(links.length + l, 2 * links.length);
    const e = edgeOfLink[l] as number;
    if (e < 0) continue;
    const link = links[l] as Link;
    linkOrder[fillLink[e] as number] = l;
    fillLink[e] = (fillLink[e] as number) + 1;
    weightOf[e] = (weightOf[e] as number) + linkWeight(link);
    if (IDENTITY.has(link.type)) edgeIdentity[e] = 1;
  }
  // CSR: each end's edges in edge order (as graphology keeps a node's neighbours), with each slot's edge.
  const { edgeAt, ...csr } = csrFromEdges(n, edgeEnds, edges, weightOf, edgeIdentity, true);
  return {
    ids, indexOf, ...csr, edgeAt: edgeAt as Int32Array,
    entities, links, edgeEnds, edgeIdentity, linkStart, linkOrder,
  };
}
