// Cluster confidence: how much of each cluster survives when the clustering is re-run with other seeds.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { isFastGraph, toFastGraph, type FastGraph } from '../graph/fastGraph.ts';
import { borrowInt32 } from '../graph/workspace.ts';
import { communityLabels, type Communities } from './communities.ts';
import { round6 } from './round6.ts';
import { mulberry32 } from './seededRandom.ts';

/** Below this co-membership a member is marked unstable: it left its cluster's core in most re-runs. */
export const UNSTABLE_BELOW = 0.6;

/**
 * Cost budget of the re-runs, in edge visits (runs × edges). Above it the number of runs is cut down
 * (never below `MIN_RUNS`), so a big case still finishes in the worker in reasonable time; the report
 * says how many runs were made.
 * NOTE: 1 M edge visits keeps every case up to 50,000 links at the full 20 runs; on a national case
 * (10⁵–10⁶ links) the re-runs were the largest cost of the analysis (20 × a whole clustering).
 */
export const STABILITY_EDGE_BUDGET = 1_000_000;
export const MIN_RUNS = 5;
/**
 * The re-runs stop early, after `MIN_RUNS`, once the case-wide agreement — the share of the case's
 * nodes that came back in their cluster's core, per run — is known to ± this (95% interval of its
 * mean over the runs made): more runs would not change what the case-wide figure says.
 * NOTE: a case whose clusters come back whole under every seed agrees with itself at ±0.001 after
 * five runs, so it stops there at any size; a case without firm boundaries keeps running up to the
 * runs asked (or the budget), which is where the per-cluster figures need them.
 */
export const AGREEMENT_TOLERANCE = 0.01;

export interface StabilityOptions {
  /** The seed of the reference clustering; the re-runs' seeds are drawn from it. */
  seed: number;
  resolution: number;
  /** Runs asked for (the parameter `stabilityRuns`). */
  runs: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Stability {
  /** Runs actually made (fewer than asked on a large graph, see `STABILITY_EDGE_BUDGET`, or once they agree, see `AGREEMENT_TOLERANCE`). */
  runs: number;
  /** Per reference cluster (same index): mean best Jaccard overlap with a re-run's cluster, in [0, 1]. */
  byCluster: number[];
  /** Per node: share of re-runs in which it stayed in its cluster's core, in [0, 1]. */
  coMembership: Map<string, number>;
}

/** Runs made for `asked` on a graph of `edges` edges (see `STABILITY_EDGE_BUDGET`). */
export function stabilityRunsFor(asked: number, edges: number): number {
  if (asked <= 0) return 0;
  if (edges * asked <= STABILITY_EDGE_BUDGET) return asked;
  return Math.min(asked, Math.max(MIN_RUNS, Math.floor(STABILITY_EDGE_BUDGET / Math.max(1, edges))));
}

/**
 * Re-runs the community detection with seeds drawn from `mulberry32(seed)` and compares each re-run
 * with the reference clustering:
 *
 *   core_r(C)        = the re-run cluster D with the largest Jaccard overlap |C ∩ D| / |C ∪ D|
 *   stability(C)     = mean over re-runs of that overlap          (1: the cluster came back whole every time)
 *   coMembership(e)  = share of re-runs in which e was in core_r(C), C being e's cluster
 *
 * Same graph, reference and options → same numbers (6 decimals). Runs stop early once the share of
 * the case that stays in its cluster's core is known to ±`AGREEMENT_TOLERANCE`.
 *
 * NOTE: overlap is measured against the whole re-run cluster, so a syndicate swallowed into a larger
 * group loses stability just as one torn apart does; both mean "this boundary is not firm".
 */
export function clusterStability(graph: CaseGraph | FastGraph, reference: Communities, options: StabilityOptions): Stability {
  // NOTE: converted once; every re-run then works on the integer arrays.
  const fast = isFastGraph(graph) ? graph : toFastGraph(graph);
  const planned = stabilityRunsFor(options.runs, fast.targets.length / 2);
  let runs = 0;
  let nodes = 0;
  for (const members of reference.clusters) nodes += members.length;
  // Welford's running mean and variance of the per-run agreement.
  let agreementMean = 0;
  let agreementSquares = 0;
  const overlapSum = new Float64Array(reference.clusters.length);
  // NOTE: counted per node index and per label in integer arrays, not in Maps of ids: a national case
  // compares 250,000 members per re-run.
  const n = fast.offsets.length - 1;
  const withCore = new Int32Array(n);
  const random = mulberry32(options.seed ^ 0x5bd1e995);
  // NOTE: reference members as node indices, once; each re-run is then compared on integer labels.
  const memberIndex = reference.clusters.map((members) => Int32Array.from(members, (id) => fast.indexOf.get(id) ?? -1));
  const shared = borrowInt32('stability.shared', n).fill(0);
  const seen = borrowInt32('stability.seen', n);
  for (let run = 0; run < planned; run++) {
    const seed = Math.floor(random() * 2 ** 32);
    const labels = communityLabels(fast, { seed, resolution: options.resolution });
    let agreed = 0;
    const otherSize = borrowInt32('stability.otherSize', labels.length).fill(0);
    for (const label of labels) otherSize[label] = (otherSize[label] as number) + 1;
    reference.clusters.forEach((members, index) => {
      const indices = memberIndex[index] as Int32Array;
      let labelsSeen = 0;
      for (const v of indices) {
        if (v < 0) continue;
        const label = labels[v] as number;
        if (shared[label] === 0) seen[labelsSeen++] = label;
        shared[label] = (shared[label] as number) + 1;
      }
      let best = -1;
      let bestOverlap = 0;
      for (let t = 0; t < labelsSeen; t++) {
        const label = seen[t] as number;
        const count = shared[label] as number;
        shared[label] = 0;
        const overlap = count / (members.length + (otherSize[label] ?? 0) - count);
        if (overlap > bestOverlap || (overlap === bestOverlap && label < best)) {
          best = label;
          bestOverlap = overlap;
        }
      }
      overlapSum[index] = (overlapSum[index] ?? 0) + bestOverlap;
      for (const v of indices) {
        if (v >= 0 && labels[v] === best) {
          withCore[v] = (withCore[v] as number) + 1;
          agreed++;
        }
      }
    });
    runs = run + 1;
    const agreement = nodes > 0 ? agreed / nodes : 1;
    const delta = agreement - agreementMean;
    agreementMean += delta / runs;
    agreementSquares += delta * (agreement - agreementMean);
    const halfWidth = runs > 1 ? 1.96 * Math.sqrt(agreementSquares / (runs - 1) / runs) : Infinity;
    const settled = runs >= MIN_RUNS && runs < planned && halfWidth <= AGREEMENT_TOLERANCE;
    options.onProgress?.(runs, settled ? runs : planned);
    if (settled) break;
  }
  const byCluster = reference.clusters.map((_members, index) => (runs === 0 ? 1 : round6((overlapSum[index] ?? 0) / runs)));
  const coMembership = new Map<string, number>();
  reference.clusters.forEach((members, index) => {
    const indices = memberIndex[index] as Int32Array;
    members.forEach((id, k) => {
      const v = indices[k] as number;
      coMembership.set(id, runs === 0 ? 1 : round6((v >= 0 ? (withCore[v] as number) : 0) / runs));
    });
  });
  return { runs, byCluster, coMembership };
}
