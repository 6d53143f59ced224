// The analysis graph as integer arrays (CSR): what inner loops walk instead of string-keyed graphology calls.

import type { CaseModel } from '../model/types.ts';
import type { CaseGraph } from './buildCaseGraph.ts';
import { pulse } from '../progressPulse.ts';
import { linkWeight } from './linkWeight.ts';
import { borrowFloat64, borrowInt32, borrowUint8 } from './workspace.ts';

/** Link types that tie identifiers to the actor behind them (see analysis/identity.ts). */
const IDENTITY = new Set(['uses_phone', 'holds_account', 'uses_device']);

/**
 * An undirected weighted graph in compressed sparse rows: node i's neighbours are
 * `targets[offsets[i] .. offsets[i+1])`, each with its `weights` entry; every edge is stored twice.
 * Node i is `ids[i]`, in the order of the graph it came from (so results stay reproducible).
 */
export interface FastGraph {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** 1 where the edge merges an identity link (a person and their phone, account or handset). */
  readonly identity: Uint8Array;
  /** Weighted degree of each node. */
  readonly strength: Float64Array;
  /** Sum of edge weights (each edge once): m in the modularity formula. */
  readonly totalWeight: number;
}

/** True for a `FastGraph`, false for a graphology graph. */
export function isFastGraph(graph: CaseGraph | FastGraph): graph is FastGraph {
  return 'offsets' in graph && graph.offsets instanceof Int32Array;
}

/**
 * Copies a case graph into CSR arrays, once, in O(n + m).
 * NOTE: neighbours keep graphology's per-node edge order, so every walk is as deterministic as the graph.
 */
export function toFastGraph(graph: CaseGraph): FastGraph {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(graph.size * 2);
  const weights = new Float64Array(graph.size * 2);
  const identity = new Uint8Array(graph.size * 2);
  const strength = new Float64Array(n);
  let cursor = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    pulse(i, n);
    offsets[i] = cursor;
    const id = ids[i] as string;
    graph.forEachEdge(id, (_edge, attributes, source, target) => {
      const other = source === id ? target : source;
      targets[cursor] = indexOf.get(other) as number;
      weights[cursor] = attributes.weight;
      identity[cursor] = attributes.types.some((type) => IDENTITY.has(type)) ? 1 : 0;
      strength[i] = (strength[i] as number) + attributes.weight;
      total += attributes.weight;
      cursor++;
    });
  }
  offsets[n] = cursor;
  return { ids, indexOf, offsets, targets, weights, identity, strength, totalWeight: total / 2 };
}

/**
 * `toFastGraph(buildCaseGraph(model))` without the graphology graph: the same nodes in the same order,
 * each node's neighbours in the same order (that of the first link joining the pair, as graphology
 * keeps them), the same weights summed in the same order — so every result computed on it is the same.
 *
 * NOTE: why. On a national case the graphology graph is millions of small objects (an edge object, an
 * adjacency record per node, an array of link ids per edge): building it took 13 CPU seconds, and while
 * it lives each full collection of the heap takes seconds longer (the stability re-runs spent most of
 * their time there). The clustering and the stability re-runs need only these arrays.
 *
 * @throws Error when a link names an entity the model does not hold (as `buildCaseGraph`).
 */
export function buildFastGraph(model: CaseModel): FastGraph {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  for (const entity of model.entities) {
    if (indexOf.has(entity.id)) continue;
    indexOf.set(entity.id, ids.length);
    ids.push(entity.id);
  }
  const n = ids.length;
  // Each link's ends, weight and identity flag (self-loops dropped), in link order.
  const count = model.links.length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const weightOfLink = new Float64Array(count);
  const identityOfLink = new Uint8Array(count);
  let kept = 0;
  for (const link of model.links) {
    pulse();
    const a = indexOf.get(link.source);
    const b = indexOf.get(link.target);
    if (a === undefined || b === undefined) throw new Error(`buildFastGraph: link ${link.id} names unknown entity ${a === undefined ? link.source : link.target}`);
    if (a === b) continue;
    from[kept] = a;
    to[kept] = b;
    weightOfLink[kept] = linkWeight(link);
    identityOfLink[kept++] = IDENTITY.has(link.type) ? 1 : 0;
  }
  // The first link of each pair of ends: links bucketed by their smaller end (in link order), then each bucket's
  // larger ends marked once.
  // NOTE: not a Map keyed by the pair: a national case's million keys outgrew small integers (each a heap number)
  // and the Map itself made the collector walk the whole case model again and again.
  const bucketStart = new Int32Array(n + 1);
  for (let l = 0; l < kept; l++) {
    const low = Math.min(from[l] as number, to[l] as number);
    bucketStart[low + 1] = (bucketStart[low + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) bucketStart[v + 1] = (bucketStart[v + 1] as number) + (bucketStart[v] as number);
  const fill = bucketStart.slice(0, n);
  const bucketed = new Int32Array(kept);
  for (let l = 0; l < kept; l++) {
    const low = Math.min(from[l] as number, to[l] as number);
    bucketed[fill[low] as number] = l;
    fill[low] = (fill[low] as number) + 1;
  }
  const firstOf = new Int32Array(kept);
  const firstWith = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const end = bucketStart[v + 1] as number;
    for (let k = bucketStart[v] as number; k < end; k++) {
      const l = bucketed[k] as number;
      const high = Math.max(from[l] as number, to[l] as number);
      if ((firstWith[high] as number) < 0) firstWith[high] = l;
      firstOf[l] = firstWith[high] as number;
    }
    for (let k = bucketStart[v] as number; k < end; k++) firstWith[Math.max(from[bucketed[k] as number] as number, to[bucketed[k] as number] as number)] = -1;
  }
  // Edges in order of their first link, weights summed in link order.
  const edgeOfFirst = bucketed;
  const ends = new Int32Array(2 * kept);
  const weightOf = new Float64Array(kept);
  const identityOf = new Uint8Array(kept);
  let edges = 0;
  for (let l = 0; l < kept; l++) {
    const first = firstOf[l] as number;
    if (first === l) {
      edgeOfFirst[l] = edges;
      ends[2 * edges] = from[l] as number;
      ends[2 * edges + 1] = to[l] as number;
      weightOf[edges] = weightOfLink[l] as number;
      identityOf[edges++] = identityOfLink[l] as number;
      continue;
    }
    const edge = edgeOfFirst[first] as number;
    weightOf[edge] = (weightOf[edge] as number) + (weightOfLink[l] as number);
    if (identityOfLink[l]) identityOf[edge] = 1;
  }
  return { ids, indexOf, ...csrFromEdges(n, ends, edges, weightOf, identityOf) };
}

/**
 * The subgraph induced by `nodes` (indices into `graph`), its node i being `nodes[i]`.
 * Used to look inside one cluster without copying the rest; with `groupOf` (one entry per node of
 * `nodes`), only edges inside a group are kept: several clusters' own graphs side by side.
 * With `lent`, its arrays are the workspace's (see workspace.ts), valid until the next lent subgraph.
 */
export function inducedSubgraph(graph: FastGraph, nodes: Int32Array | readonly number[], groupOf?: Int32Array, lent = false): FastGraph {
  const n = nodes.length;
  // NOTE: the graph's arrays read into locals once: a property load per edge was half of this copy.
  const { offsets: from, targets: to, weights: weightOf, identity: identityOf } = graph;
  // NOTE: node → local index in a scratch array kept per graph (all -1 between calls), not a Map:
  // this runs once per cluster in every clustering run.
  const local = scratchOf(graph);
  let bound = 0;
  for (let i = 0; i < n; i++) {
    const v = nodes[i] as number;
    local[v] = i;
    bound += (from[v + 1] as number) - (from[v] as number);
  }
  // One pass into lent buffers sized by the members' degrees (see workspace.ts), copied out at their length.
  const slot = lent ? 'induced.lent' : 'induced.copy';
  const offsets = lent ? borrowInt32(`${slot}.offsets`, n + 1) : new Int32Array(n + 1);
  const targets = borrowInt32(`${slot}.targets`, bound);
  const weights = borrowFloat64(`${slot}.weights`, bound);
  const identity = borrowUint8(`${slot}.identity`, bound);
  const strength = lent ? borrowFloat64(`${slot}.strength`, n) : new Float64Array(n);
  let cursor = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = cursor;
    const v = nodes[i] as number;
    const group = groupOf ? (groupOf[i] as number) : 0;
    let sum = 0;
    const end = from[v + 1] as number;
    for (let e = from[v] as number; e < end; e++) {
      const j = local[to[e] as number] as number;
      if (j < 0 || (groupOf && groupOf[j] !== group)) continue;
      const w = weightOf[e] as number;
      targets[cursor] = j;
      weights[cursor] = w;
      identity[cursor] = identityOf[e] as number;
      sum += w;
      cursor++;
    }
    strength[i] = sum;
    total += sum;
  }
  offsets[n] = cursor;
  for (let i = 0; i < n; i++) local[nodes[i] as number] = -1;
  // NOTE: the string ids and their index are built only when read: the significant-split pass makes
  // one subgraph per cluster per run and reads neither, and building them was a third of its cost.
  let ids: string[] | undefined;
  let indexOf: Map<string, number> | undefined;
  const idsOf = (): string[] => (ids ??= Array.from(nodes, (v) => graph.ids[v] as string));
  return {
    get ids() { return idsOf(); },
    get indexOf() {
      if (!indexOf) {
        indexOf = new Map<string, number>();
        idsOf().forEach((id, i) => (indexOf as Map<string, number>).set(id, i));
      }
      return indexOf;
    },
    offsets, strength, totalWeight: total / 2,
    // NOTE: `lent`: the workspace's own arrays, valid until the next lent subgraph (the split rounds' throwaway graphs).
    targets: lent ? targets.subarray(0, cursor) : targets.slice(0, cursor),
    weights: lent ? weights.subarray(0, cursor) : weights.slice(0, cursor),
    identity: lent ? identity.subarray(0, cursor) : identity.slice(0, cursor),
  };
}

const scratch = new WeakMap<FastGraph, Int32Array>();

function scratchOf(graph: FastGraph): Int32Array {
  let local = scratch.get(graph);
  if (!local) {
    local = new Int32Array(graph.offsets.length - 1).fill(-1);
    scratch.set(graph, local);
  }
  return local;
}

/** The CSR arrays of `csrFromEdges`; `edgeAt[s]` is the edge behind slot `s` (when asked for). */
export interface EdgeCsr extends Omit<FastGraph, 'ids' | 'indexOf'> {
  edgeAt?: Int32Array;
}

/**
 * Undirected CSR from `edges` edges given as end pairs (`ends[2e]`, `ends[2e + 1]`), each edge's weight and identity flag:
 * each node's edges in edge order (as graphology keeps a node's neighbours), every edge from both ends. Strengths are
 * summed node by node, edge by edge, as `toFastGraph` does: the same floating-point totals.
 */
export function csrFromEdges(n: number, ends: Int32Array, edges: number, weightOf: Float64Array, identityOf: Uint8Array, withEdgeAt = false): EdgeCsr {
  const offsets = new Int32Array(n + 1);
  for (let s = 0; s < 2 * edges; s++) offsets[(ends[s] as number) + 1] = (offsets[(ends[s] as number) + 1] as number) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * edges);
  const weights = new Float64Array(2 * edges);
  const identity = new Uint8Array(2 * edges);
  const edgeAt = withEdgeAt ? new Int32Array(2 * edges) : undefined;
  for (let e = 0; e < edges; e++) {
    const a = ends[2 * e] as number;
    const b = ends[2 * e + 1] as number;
    for (let side = 0; side < 2; side++) {
      const from = side === 0 ? a : b;
      const at = fill[from] as number;
      targets[at] = side === 0 ? b : a;
      weights[at] = weightOf[e] as number;
      identity[at] = identityOf[e] as number;
      if (edgeAt) edgeAt[at] = e;
      fill[from] = at + 1;
    }
  }
  const strength = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let s = offsets[i] as number; s < (offsets[i + 1] as number); s++) {
      sum += weights[s] as number;
      total += weights[s] as number;
    }
    strength[i] = sum;
  }
  return { offsets, targets, weights, identity, strength, totalWeight: total / 2, ...(edgeAt ? { edgeAt } : {}) };
}
