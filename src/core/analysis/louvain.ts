// Louvain on integer arrays: local moving + aggregation, weighted, with a resolution and a seeded node order.

import type { FastGraph } from '../graph/fastGraph.ts';

/** A level of the Louvain hierarchy: CSR without self-loops, plus each node's total strength. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  strength: Float64Array;
}

/**
 * Weighted Louvain (Blondel et al. 2008) maximising Q = Σ_c [ w_c/m − γ (d_c/2m)² ]:
 * repeated passes moving each node (in a random order drawn from `random`) to the neighbouring
 * community with the best gain, then aggregating communities into nodes, until nothing moves.
 *
 * @returns each node's community, numbered 0, 1, … in order of first appearance.
 *
 * NOTE: written on typed arrays rather than graphology-communities-louvain because the analysis
 * runs it many times (recursive splitting, null models, the workbench's stability runs): one
 * CSR copy of the graph, no string keys in the inner loop. Cost O(m) per pass.
 */
export function louvainPartition(graph: FastGraph, resolution: number, random: () => number): Int32Array {
  const n = graph.offsets.length - 1;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = i;
  const m2 = 2 * graph.totalWeight;
  if (m2 <= 0) return labels;
  let level: Level = { n, offsets: graph.offsets, targets: graph.targets, weights: graph.weights, strength: graph.strength };
  for (;;) {
    const { community, count, moved } = localMoving(level, resolution, m2, random);
    for (let i = 0; i < n; i++) labels[i] = community[labels[i] as number] as number;
    if (!moved || count === level.n) break;
    level = aggregate(level, community, count);
  }
  // NOTE: a last pass of single-node moves on the original graph, starting from the final partition
  // (multi-level refinement, Rotta & Noack 2011): nodes that aggregation carried into the wrong
  // community move back. It raises modularity and never lowers it.
  const base: Level = { n, offsets: graph.offsets, targets: graph.targets, weights: graph.weights, strength: graph.strength };
  return localMoving(base, resolution, m2, random, labels).community;
}

function localMoving(level: Level, resolution: number, m2: number, random: () => number, initial?: Int32Array): { community: Int32Array; count: number; moved: boolean } {
  const { n, offsets, targets, weights, strength } = level;
  const community = initial ? initial.slice() : new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!initial) community[i] = i;
    total[community[i] as number] = (total[community[i] as number] as number) + (strength[i] as number);
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  const isTouched = new Uint8Array(n);
  let movedEver = false;
  for (let pass = 0; pass < 64; pass++) {
    // NOTE: a fresh random order every pass, so no node always moves before its neighbours.
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i] as number;
      order[i] = order[j] as number;
      order[j] = swap;
    }
    let moves = 0;
    for (let o = 0; o < n; o++) {
      const i = order[o] as number;
      const own = community[i] as number;
      const k = strength[i] as number;
      let count = 0;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
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
      let bestGain = (toCommunity[own] as number) - (resolution * k * (total[own] as number)) / m2;
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        const gain = (toCommunity[c] as number) - (resolution * k * (total[c] as number)) / m2;
        if (gain > bestGain + 1e-12) {
          bestGain = gain;
          best = c;
        }
      }
      total[best] = (total[best] as number) + k;
      if (best !== own) {
        community[i] = best;
        moves++;
      }
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        toCommunity[c] = 0;
        isTouched[c] = 0;
      }
    }
    if (moves === 0) break;
    movedEver = true;
  }
  // Renumber 0..count-1 in order of first appearance.
  const renumber = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    if (renumber[c] === -1) renumber[c] = next++;
    community[i] = renumber[c] as number;
  }
  return { community, count: next, moved: movedEver };
}

/** One node per community; edges between communities summed, edges inside dropped (they only add to strength). */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { n, offsets, targets, weights, strength } = level;
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[(community[i] as number) + 1] = (memberStart[(community[i] as number) + 1] as number) + 1;
  for (let c = 0; c < count; c++) memberStart[c + 1] = (memberStart[c + 1] as number) + (memberStart[c] as number);
  const fill = memberStart.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    members[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  const newStrength = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const outTargets: number[] = [];
  const outWeights: number[] = [];
  const slot = new Int32Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    newOffsets[c] = outTargets.length;
    const start = outTargets.length;
    for (let p = memberStart[c] as number; p < (memberStart[c + 1] as number); p++) {
      const i = members[p] as number;
      newStrength[c] = (newStrength[c] as number) + (strength[i] as number);
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
        const d = community[targets[e] as number] as number;
        if (d === c) continue;
        const at = slot[d] as number;
        if (at >= 0) outWeights[at] = (outWeights[at] as number) + (weights[e] as number);
        else {
          slot[d] = outTargets.length;
          outTargets.push(d);
          outWeights.push(weights[e] as number);
        }
      }
    }
    for (let t = start; t < outTargets.length; t++) slot[outTargets[t] as number] = -1;
  }
  newOffsets[count] = outTargets.length;
  return { n: count, offsets: newOffsets, targets: Int32Array.from(outTargets), weights: Float64Array.from(outWeights), strength: newStrength };
}
