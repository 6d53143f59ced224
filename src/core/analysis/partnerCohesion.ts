// How well a node's partners know each other without it: the test that tells noise from a leader.

import type { FastGraph } from '../graph/fastGraph.ts';

/** At most this many partners are compared pairwise (780 pairs). */
export const MAX_SAMPLE = 40;

/**
 * Reusable scratch space for bounded searches on one graph: stamps instead of clearing sets, so a
 * search costs what it visits, not the size of the graph.
 */
export class CohesionScratch {
  readonly distance: Int8Array;
  readonly stamp: Int32Array;
  readonly mark: Int32Array;
  private current = 0;
  private marker = 0;
  readonly queue: Int32Array;
  /** 1 where an identity edge costs no step (see `freeIdentityEdges`). */
  readonly free: Uint8Array;

  constructor(readonly graph: FastGraph) {
    const n = graph.ids.length;
    this.distance = new Int8Array(n);
    this.stamp = new Int32Array(n);
    this.mark = new Int32Array(n);
    this.queue = new Int32Array(3 * n + 3);
    this.free = freeIdentityEdges(graph);
  }

  nextStamp(): number {
    return ++this.current;
  }

  nextMark(): number {
    return ++this.marker;
  }
}

/**
 * Edges one ball may scan: past this the search stops with what it reached (a lower bound), so a ball
 * through a node with tens of thousands of ties (a phone farm's handset, a consolidation account
 * that is no candidate) costs a constant, and the hub test grows linearly with the case.
 */
export const BALL_EDGE_BUDGET = 50_000;

/**
 * Nodes within `steps` contact steps of `start`, never entering `avoid` (1 = avoided); identity edges
 * (a person and their phone, account or handset) cost no step, but a shared handset's cost one (see
 * `freeIdentityEdges`). A 0-1 breadth-first search, stopped after `budget` edges scanned.
 */
export function ballAround(scratch: CohesionScratch, start: number, steps: number, avoid: Uint8Array, budget = BALL_EDGE_BUDGET): number[] {
  const { graph, distance, stamp, queue } = scratch;
  const s = scratch.nextStamp();
  const reached: number[] = [start];
  stamp[start] = s;
  distance[start] = 0;
  // NOTE: a deque in one array: zero-cost (identity) moves go to the front, one-step moves to the back.
  const size = queue.length;
  let head = 0;
  let tail = 0;
  queue[tail] = start;
  tail = (tail + 1) % size;
  let scanned = 0;
  while (head !== tail) {
    const v = queue[head] as number;
    head = (head + 1) % size;
    const dv = distance[v] as number;
    scanned += (graph.offsets[v + 1] as number) - (graph.offsets[v] as number);
    if (scanned > budget) break;
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      const w = graph.targets[e] as number;
      if (avoid[w]) continue;
      const free = scratch.free[e] === 1;
      const dw = dv + (free ? 0 : 1);
      if (dw > steps) continue;
      if (stamp[w] === s && (distance[w] as number) <= dw) continue;
      if (stamp[w] !== s) reached.push(w);
      stamp[w] = s;
      distance[w] = dw;
      if (free) {
        head = (head - 1 + size) % size;
        queue[head] = w;
      } else {
        queue[tail] = w;
        tail = (tail + 1) % size;
      }
    }
  }
  return reached;
}

/**
 * Share of pairs of `sample` (node indices) that reach each other within three contact steps without
 * passing through any node of `avoid`. Identity links cost no step, so a person reaches their own
 * phones' contacts in one step.
 *
 * NOTE: three steps, not two: in a large, sparse crew two members often share no direct contact but
 * are three calls apart. Two nodes are within three steps when one's two-step ball meets the other's
 * one-step ball — far cheaper than growing three-step balls. Every ball is bounded by what it meets
 * within two steps of the avoided nodes (the candidates under test), so the cost does not grow
 * with the case.
 */
export function sampleCohesion(scratch: CohesionScratch, sample: readonly number[], avoid: Uint8Array): number {
  const usable = sample.filter((node) => !avoid[node]);
  if (usable.length < 2) return 1;
  const ones = usable.map((node) => ballAround(scratch, node, 1, avoid));
  let linked = 0;
  let pairs = 0;
  for (let i = 0; i < usable.length; i++) {
    const far = ballAround(scratch, usable[i] as number, 2, avoid);
    const m = scratch.nextMark();
    for (const node of far) scratch.mark[node] = m;
    for (let j = i + 1; j < usable.length; j++) {
      pairs += 1;
      for (const node of ones[j] as number[]) {
        if (scratch.mark[node] === m) {
          linked += 1;
          break;
        }
      }
    }
  }
  return linked / pairs;
}

/**
 * Identity edges that cost no step in `ballAround`: all but those of a shared handset (a device used
 * by identifiers of two holders, see `groupActors`), which cost one like a contact. Free moves along
 * phone–handset–phone chains made one ball of every SIM a misread or farmed handset was seen with: in
 * a case where 35,000 handsets were attached to several phones, every ball was most of the case (the
 * hub test took 470 of 620 CPU s) and every pair of partners looked linked, so no service number was a hub.
 * NOTE: the type is read from the entity id (`entityId`: `type:key`); a phone's holders are the people it is tied to.
 */
export function freeIdentityEdges(graph: FastGraph): Uint8Array {
  const free = new Uint8Array(graph.targets.length);
  const n = graph.ids.length;
  const isType = (v: number, type: string) => (graph.ids[v] as string).startsWith(type);
  // The first person each node is tied to by identity (-1: none): an identifier's holder.
  const personOf = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      if (graph.identity[e] === 1 && isType(graph.targets[e] as number, 'person:')) {
        personOf[v] = graph.targets[e] as number;
        break;
      }
    }
  }
  const shared = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (!isType(v, 'device:')) continue;
    let holder = -1;
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      if (graph.identity[e] !== 1) continue;
      const w = graph.targets[e] as number;
      const h = personOf[w] === -1 ? w : (personOf[w] as number);
      if (holder === -1) holder = h;
      else if (h !== holder) {
        shared[v] = 1;
        break;
      }
    }
  }
  for (let v = 0; v < n; v++) {
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      if (graph.identity[e] === 1 && !shared[v] && !shared[graph.targets[e] as number]) free[e] = 1;
    }
  }
  return free;
}

/** Up to `size` items spread evenly over `sorted`. */
export function evenSample<T>(sorted: readonly T[], size: number): T[] {
  if (sorted.length <= size) return sorted.slice();
  const step = sorted.length / size;
  return Array.from({ length: size }, (_, i) => sorted[Math.floor(i * step)] as T);
}
