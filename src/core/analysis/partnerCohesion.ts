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

  constructor(readonly graph: FastGraph) {
    const n = graph.ids.length;
    this.distance = new Int8Array(n);
    this.stamp = new Int32Array(n);
    this.mark = new Int32Array(n);
    this.queue = new Int32Array(3 * n + 3);
  }

  nextStamp(): number {
    return ++this.current;
  }

  nextMark(): number {
    return ++this.marker;
  }
}

/**
 * Nodes within `steps` contact steps of `start`, never entering `avoid` (1 = avoided); identity edges
 * (a person and their phone, account or handset) cost no step. A 0-1 breadth-first search.
 */
export function ballAround(scratch: CohesionScratch, start: number, steps: number, avoid: Uint8Array): number[] {
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
  while (head !== tail) {
    const v = queue[head] as number;
    head = (head + 1) % size;
    const dv = distance[v] as number;
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      const w = graph.targets[e] as number;
      if (avoid[w]) continue;
      const free = graph.identity[e] === 1;
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

/** Up to `size` items spread evenly over `sorted`. */
export function evenSample<T>(sorted: readonly T[], size: number): T[] {
  if (sorted.length <= size) return sorted.slice();
  const step = sorted.length / size;
  return Array.from({ length: size }, (_, i) => sorted[Math.floor(i * step)] as T);
}
