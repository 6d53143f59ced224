// Louvain on integer arrays: local moving + aggregation, weighted, with a resolution and a seeded node order.

import type { FastGraph } from '../graph/fastGraph.ts';
import { pulse } from '../progressPulse.ts';
import { borrowFloat64, borrowInt32, borrowUint8 } from '../graph/workspace.ts';

/** A level of the Louvain hierarchy: CSR without self-loops, plus each node's total strength. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  strength: Float64Array;
  /** γ / 2m of each node's own graph (one value, unless several graphs are clustered side by side). */
  scale: Float64Array;
}

/** Graphs of at least this many nodes are clustered in a cache-friendly numbering (smaller ones fit in the cache as they are). */
export const RENUMBER_FROM = 20_000;

/** Sweeps of local moving per level (the visits after the first are only the nodes next to a move). */
const MAX_SWEEPS = 64;

/**
 * Weighted Louvain (Blondel et al. 2008) maximising Q = Σ_c [ w_c/m − γ (d_c/2m)² ]:
 * moving each node (in a random order drawn from `random`, then again whenever a neighbour moved) to the
 * neighbouring community with the best gain, then aggregating communities into nodes, until nothing moves.
 *
 * @param m2Of 2m of each node's own graph, when `graph` is several graphs side by side (no edge
 *   between them) that must each be clustered on their own: every community stays inside one of
 *   them, so reading its expectation term with that graph's m is exactly clustering it alone.
 * @param renumberFrom graphs of this many nodes or more are walked renumbered (`localityOrder`; the same result).
 * @returns each node's community, numbered 0, 1, … in order of first appearance.
 *
 * NOTE: written on typed arrays rather than graphology-communities-louvain because the analysis
 * runs it many times (recursive splitting, null models, the workbench's stability runs): one
 * CSR copy of the graph, no string keys in the inner loop. Cost O(m) per level, plus the revisits.
 */
export function louvainPartition(graph: FastGraph, resolution: number, random: () => number, m2Of?: Float64Array, renumberFrom = RENUMBER_FROM): Int32Array {
  const n = graph.offsets.length - 1;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = i;
  const m2 = 2 * graph.totalWeight;
  if (m2 <= 0) return labels;
  // NOTE: a large graph is walked in a cache-friendly numbering (see `localityOrder`); `visit` keeps every
  // order-dependent step in the graph's own order, so the result is the same to the last bit.
  const local = n >= renumberFrom ? localityOrder(graph) : undefined;
  const visit = local?.newOf;
  // NOTE: scratch arrays are lent (see graph/workspace.ts): the re-runs of a national case would otherwise
  // allocate them again and again.
  const scale = borrowFloat64('louvain.scale', n);
  for (let o = 0; o < n; o++) {
    const own = m2Of ? (m2Of[o] as number) : m2;
    scale[local ? (local.newOf[o] as number) : o] = own > 0 ? resolution / own : 0;
  }
  const base: Level = local
    ? { n, offsets: local.offsets, targets: local.targets, weights: local.weights, strength: local.strength, scale }
    : { n, offsets: graph.offsets, targets: graph.targets, weights: graph.weights, strength: graph.strength, scale };
  let level = base;
  for (let depth = 0; ; depth++) {
    const { community, count, moved } = localMoving(level, random, depth === 0 ? visit : undefined, undefined, borrowInt32('louvain.community', level.n));
    for (let i = 0; i < n; i++) labels[i] = community[labels[i] as number] as number;
    if (!moved || count === level.n) break;
    level = aggregate(level, community, count, depth, depth === 0 ? visit : undefined);
  }
  // NOTE: a last pass of single-node moves on the original graph, starting from the final partition
  // (multi-level refinement, Rotta & Noack 2011): nodes that aggregation carried into the wrong
  // community move back. It raises modularity and never lowers it.
  const final = localMoving(base, random, visit, local ? nearbyLabels(labels) : labels).community;
  if (!local) return final;
  const result = new Int32Array(n);
  for (let o = 0; o < n; o++) result[o] = final[local.newOf[o] as number] as number;
  return result;
}

/**
 * The same partition, each community named by its first member in this numbering instead of by its place in the
 * graph's own order (in place).
 * NOTE: which number names a community changes no step of `localMoving` (ties are broken by the order neighbours
 * are met, and its communities are numbered afresh at the end); named by a member, a community's sums sit next to
 * its members' in memory, as the first level's do, rather than anywhere in the case.
 */
function nearbyLabels(labels: Int32Array): Int32Array {
  const n = labels.length;
  const name = borrowInt32('louvain.nearby', n).fill(-1);
  for (let i = 0; i < n; i++) {
    const label = labels[i] as number;
    if ((name[label] as number) < 0) name[label] = i;
    labels[i] = name[label] as number;
  }
  return labels;
}

/** A graph renumbered for locality: node `o` of the graph is node `newOf[o]` here, node `v` here was `oldAt[v]`. */
interface LocalOrder {
  newOf: Int32Array;
  oldAt: Int32Array;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  strength: Float64Array;
}

const localOrders = new WeakMap<FastGraph, LocalOrder>();

/**
 * The graph's nodes in breadth-first order (from each unvisited node in the graph's order, neighbours in
 * adjacency order), each node's neighbours kept in their order: neighbours get nearby numbers, so the
 * community, strength and gain arrays a visit reads sit in a few cache lines rather than across the case.
 * NOTE: why. On a national case (250,000 nodes) Louvain's arrays outgrow the processor's cache and its
 * edge scans grew faster than the edges; the stability re-runs cluster the same graph again, so it is
 * renumbered once per graph (kept while the graph lives).
 */
function localityOrder(graph: FastGraph): LocalOrder {
  const known = localOrders.get(graph);
  if (known) return known;
  const { offsets, targets, weights, strength } = graph;
  const n = offsets.length - 1;
  const newOf = new Int32Array(n).fill(-1);
  const oldAt = new Int32Array(n);
  let next = 0;
  for (let root = 0; root < n; root++) {
    if ((newOf[root] as number) >= 0) continue;
    let head = next;
    newOf[root] = next;
    oldAt[next++] = root;
    while (head < next) {
      const v = oldAt[head++] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const j = targets[e] as number;
        if ((newOf[j] as number) >= 0) continue;
        newOf[j] = next;
        oldAt[next++] = j;
      }
    }
  }
  const newOffsets = new Int32Array(n + 1);
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(weights.length);
  const newStrength = new Float64Array(n);
  let cursor = 0;
  for (let v = 0; v < n; v++) {
    const o = oldAt[v] as number;
    newOffsets[v] = cursor;
    newStrength[v] = strength[o] as number;
    for (let e = offsets[o] as number; e < (offsets[o + 1] as number); e++) {
      newTargets[cursor] = newOf[targets[e] as number] as number;
      newWeights[cursor++] = weights[e] as number;
    }
  }
  newOffsets[n] = cursor;
  const order = { newOf, oldAt, offsets: newOffsets, targets: newTargets, weights: newWeights, strength: newStrength };
  localOrders.set(graph, order);
  return order;
}

/**
 * One local-moving phase; `out` receives the communities (a fresh array when absent).
 * `visit`: the level's nodes in the order of the graph it was renumbered from (see `localityOrder`); every
 * step whose result depends on the order of nodes (sums, the first random order, community numbers) follows it.
 */
function localMoving(level: Level, random: () => number, visit?: Int32Array, initial?: Int32Array, out?: Int32Array): { community: Int32Array; count: number; moved: boolean } {
  const { n, offsets, targets, weights, strength, scale } = level;
  const community = out ?? new Int32Array(n);
  if (initial) community.set(initial);
  const total = borrowFloat64('louvain.total', n).fill(0);
  for (let o = 0; o < n; o++) {
    const i = visit ? (visit[o] as number) : o;
    if (!initial) community[i] = i;
    total[community[i] as number] = (total[community[i] as number] as number) + (strength[i] as number);
  }
  // NOTE: sweeps in a fresh random order, as Blondel et al., but each sweep after the first visits only
  // the nodes a move could have changed: those next to a node that moved in the sweep before (the
  // idea of Leiden's fast local move, Traag et al. 2019). Same fixed point (no single move raises Q),
  // a fraction of the visits: most of a large case settles in the first sweep.
  let active = borrowInt32('louvain.active', n);
  for (let o = 0; o < n; o++) active[o] = visit ? (visit[o] as number) : o;
  let activeCount = n;
  let upcoming = borrowInt32('louvain.upcoming', n);
  const marked = borrowUint8('louvain.marked', n).fill(0);
  const toCommunity = borrowFloat64('louvain.toCommunity', n).fill(0);
  const touched = borrowInt32('louvain.touched', n);
  const isTouched = borrowUint8('louvain.isTouched', n).fill(0);
  let movedEver = false;
  // NOTE: at most `MAX_SWEEPS`, as Blondel et al.'s passes were: on a national case rounding in the
  // gains (sums in the thousands against a 1e-12 margin) can keep a few nodes swapping for long.
  for (let sweep = 0; activeCount > 0 && sweep < MAX_SWEEPS; sweep++) {
    for (let o = activeCount - 1; o > 0; o--) {
      const j = Math.floor(random() * (o + 1));
      const swap = active[o] as number;
      active[o] = active[j] as number;
      active[j] = swap;
    }
    let nextCount = 0;
    for (let o = 0; o < activeCount; o++) {
      pulse();
      const i = active[o] as number;
      const own = community[i] as number;
      const k = strength[i] as number;
      const ks = k * (scale[i] as number);
      let count = 0;
      const end = offsets[i + 1] as number;
      for (let e = offsets[i] as number; e < end; e++) {
        const j = targets[e] as number;
        if (j === i) continue;
        const c = community[j] as number;
        if (!isTouched[c]) {
          isTouched[c] = 1;
          touched[count++] = c;
        }
        toCommunity[c] = (toCommunity[c] as number) + (weights[e] as number);
      }
      total[own] = (total[own] as number) - k;
      let best = own;
      let bestGain = (toCommunity[own] as number) - ks * (total[own] as number);
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        const gain = (toCommunity[c] as number) - ks * (total[c] as number);
        if (gain > bestGain + 1e-12) {
          bestGain = gain;
          best = c;
        }
      }
      total[best] = (total[best] as number) + k;
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        toCommunity[c] = 0;
        isTouched[c] = 0;
      }
      if (best === own) continue;
      community[i] = best;
      movedEver = true;
      for (let e = offsets[i] as number; e < end; e++) {
        const j = targets[e] as number;
        if (marked[j]) continue;
        marked[j] = 1;
        upcoming[nextCount++] = j;
      }
    }
    for (let o = 0; o < nextCount; o++) marked[upcoming[o] as number] = 0;
    const swap = active;
    active = upcoming;
    upcoming = swap;
    activeCount = nextCount;
  }
  // Renumber 0..count-1 in order of first appearance.
  const renumber = borrowInt32('louvain.renumber', n).fill(-1);
  let next = 0;
  for (let o = 0; o < n; o++) {
    const i = visit ? (visit[o] as number) : o;
    const c = community[i] as number;
    if (renumber[c] === -1) renumber[c] = next++;
    community[i] = renumber[c] as number;
  }
  return { community, count: next, moved: movedEver };
}

/**
 * One node per community; edges between communities summed, edges inside dropped (they only add to strength).
 * NOTE: the new level's arrays are lent, by the parity of its depth: it is read while the next one is written.
 */
function aggregate(level: Level, community: Int32Array, count: number, depth: number, visit?: Int32Array): Level {
  const slot = `louvain.level${(depth + 1) % 2}`;
  const { n, offsets, targets, weights, strength, scale } = level;
  const memberStart = borrowInt32('aggregate.memberStart', count + 1).fill(0);
  for (let i = 0; i < n; i++) memberStart[(community[i] as number) + 1] = (memberStart[(community[i] as number) + 1] as number) + 1;
  for (let c = 0; c < count; c++) memberStart[c + 1] = (memberStart[c + 1] as number) + (memberStart[c] as number);
  const fill = borrowInt32('aggregate.fill', count);
  fill.set(memberStart.subarray(0, count));
  const members = borrowInt32('aggregate.members', n);
  // NOTE: members in the order of the graph renumbered from (see `localityOrder`): the sums below follow it.
  for (let o = 0; o < n; o++) {
    const i = visit ? (visit[o] as number) : o;
    const c = community[i] as number;
    members[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  const newStrength = borrowFloat64(`${slot}.strength`, count).fill(0);
  const newScale = borrowFloat64(`${slot}.scale`, count);
  for (let o = 0; o < n; o++) {
    const i = visit ? (visit[o] as number) : o;
    newScale[community[i] as number] = scale[i] as number;
  }
  const newOffsets = borrowInt32(`${slot}.offsets`, count + 1);
  // NOTE: typed buffers sized by the level's edges (an upper bound), used up to what is written: no growing arrays.
  const outTargets = borrowInt32(`${slot}.targets`, offsets[n] as number);
  const outWeights = borrowFloat64(`${slot}.weights`, offsets[n] as number);
  let cursor = 0;
  const at = borrowInt32('aggregate.slot', count).fill(-1);
  for (let c = 0; c < count; c++) {
    newOffsets[c] = cursor;
    const start = cursor;
    for (let p = memberStart[c] as number; p < (memberStart[c + 1] as number); p++) {
      const i = members[p] as number;
      newStrength[c] = (newStrength[c] as number) + (strength[i] as number);
      const end = offsets[i + 1] as number;
      for (let e = offsets[i] as number; e < end; e++) {
        const d = community[targets[e] as number] as number;
        if (d === c) continue;
        const where = at[d] as number;
        if (where >= 0) outWeights[where] = (outWeights[where] as number) + (weights[e] as number);
        else {
          at[d] = cursor;
          outTargets[cursor] = d;
          outWeights[cursor++] = weights[e] as number;
        }
      }
    }
    for (let t = start; t < cursor; t++) at[outTargets[t] as number] = -1;
  }
  newOffsets[count] = cursor;
  return { n: count, offsets: newOffsets, targets: outTargets.subarray(0, cursor), weights: outWeights.subarray(0, cursor), strength: newStrength, scale: newScale };
}
