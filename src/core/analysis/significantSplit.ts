// Beating modularity's resolution limit: look inside each cluster, and split off what only a single tie holds on.

import { inducedSubgraph, type FastGraph } from '../graph/fastGraph.ts';
import { borrowFloat64, borrowInt32 } from '../graph/workspace.ts';
import { louvainPartition } from './louvain.ts';
import { pulse } from '../progressPulse.ts';

/** Clusters smaller than this are never split (no sub-structure worth testing). */
export const MIN_SPLIT_SIZE = 8;

/**
 * Recursively looks inside each part: Louvain on the part alone (its own m, so the expectation term
 * is the part's, not the whole case's) splits it into pieces; pieces joined by two ties or more, or
 * by an identity link, are put back together. The part is split when two groups or more remain —
 * groups that only a single tie held together — and each is a community in the weak sense in the
 * whole graph (Radicchi et al., PNAS 101, 2658, 2004: more ties among its members than to anything
 * else).
 *
 * NOTE: why this is principled rather than tuned. Modularity's expectation term d_A·d_B / 2m uses
 * the whole graph's m: in a national case a crew and a family's circle of phones joined by one call
 * already "gain" by merging (Fortunato & Barthélemy, PNAS 104, 36, 2007), so the crews of a large
 * case come back with their surroundings, or a neighbouring crew, glued on. Inside such a cluster m
 * is the cluster's and the groups separate — but Louvain then also splits a single crew into its
 * sub-groups (a recruiter and the workers he brought). Those are held to their crew by many ties;
 * what the resolution limit glues on is held by one. A single tie is one observation (a bridge): it
 * cannot make two groups one. The rule has no parameter and never looks at the size of the case, so
 * it decides the same way on 6 crews and on 2,500. An identity link (a person and their phone) is
 * never cut: it joins an actor to itself.
 *
 * The parts are looked into side by side, one Louvain over all of them at once (each with its own m,
 * see `louvainPartition`'s `m2Of`), round after round on the groups the round before split off:
 * the same decisions as looking into each part alone, without a graph, a Louvain and their arrays
 * per cluster (a national case has thousands).
 *
 * @param parts clusters as node indices of `graph`
 * @returns the final parts, each connected
 */
export function splitWhereSignificant(graph: FastGraph, parts: number[][], resolution: number, random: () => number): number[][] {
  const done: number[][] = [];
  let open: number[][] = [];
  for (const part of parts) (part.length >= MIN_SPLIT_SIZE ? open : done).push(part);
  while (open.length > 0) {
    const next: number[][] = [];
    bridgeSplits(graph, open, resolution, random).forEach((split, p) => {
      if (!split) done.push(open[p] as number[]);
      else for (const group of split) (group.length >= MIN_SPLIT_SIZE ? next : done).push(group);
    });
    open = next;
  }
  return done;
}

/**
 * Each part's Louvain split, with pieces joined wherever two or more ties (or an identity link) run
 * between them; undefined for a part where one group is left, or where a group is not a community
 * in the weak sense.
 */
function bridgeSplits(graph: FastGraph, parts: number[][], resolution: number, random: () => number): (number[][] | undefined)[] {
  let size = 0;
  for (const part of parts) size += part.length;
  const nodes = new Int32Array(size);
  const partOf = new Int32Array(size);
  let at = 0;
  parts.forEach((part, p) => {
    for (const v of part) {
      nodes[at] = v;
      partOf[at++] = p;
    }
  });
  // Every part's own graph, side by side: the edges between parts are dropped.
  const sub = inducedSubgraph(graph, nodes, partOf, true);
  const n = nodes.length;
  const partM2 = new Float64Array(parts.length);
  for (let v = 0; v < n; v++) partM2[partOf[v] as number] = (partM2[partOf[v] as number] as number) + (sub.strength[v] as number);
  const m2Of = borrowFloat64('split.m2Of', n);
  for (let v = 0; v < n; v++) m2Of[v] = partM2[partOf[v] as number] as number;
  // NOTE: walked as it is, not renumbered (`louvainPartition`'s renumberFrom): its nodes come part after part, each
  // part in the breadth-first order `connectedParts` found it in, already the numbering the renumbering would make;
  // renumbering a new subgraph every round allocated its whole copy again (tens of MB a round on a national case).
  const pieces = connectedParts(sub, louvainPartition(sub, resolution, random, m2Of, Infinity));
  // Pieces lie inside one part (no edge leaves it); pieces of one part joined by two ties or more are one group.
  const piece = borrowInt32('split.piece', n);
  pieces.forEach((members, p) => {
    for (const v of members) piece[v] = p;
  });
  const parent = Int32Array.from(pieces, (_members, p) => p);
  const find = (p: number): number => {
    while (parent[p] !== p) {
      parent[p] = parent[parent[p] as number] as number;
      p = parent[p] as number;
    }
    return p;
  };
  // Ties from each piece to each later piece, counted in a scratch array per piece (the groups do not depend on
  // the order pieces are joined in).
  // NOTE: not a Map keyed by the pair: on a national case its keys outgrow small integers and each became a heap number.
  const ties = borrowInt32('split.ties', pieces.length).fill(0);
  const tied = borrowInt32('split.tied', pieces.length);
  pieces.forEach((members, a) => {
    let count = 0;
    for (const v of members) {
      pulse();
      for (let e = sub.offsets[v] as number; e < (sub.offsets[v + 1] as number); e++) {
        const b = piece[sub.targets[e] as number] as number;
        if (a >= b) continue;
        if (ties[b] === 0) tied[count++] = b;
        ties[b] = (ties[b] as number) + (sub.identity[e] ? 2 : 1);
      }
    }
    for (let t = 0; t < count; t++) {
      const b = tied[t] as number;
      if ((ties[b] as number) >= 2) parent[find(a)] = find(b);
      ties[b] = 0;
    }
  });
  // Groups (union-find roots) in order of their first node, per part.
  const groupOf = new Int32Array(pieces.length).fill(-1);
  const groups: number[][] = [];
  const groupPart: number[] = [];
  const groupCount = new Int32Array(parts.length);
  const nodeGroup = borrowInt32('split.nodeGroup', graph.offsets.length - 1).fill(-1);
  for (let v = 0; v < n; v++) {
    pulse();
    const root = find(piece[v] as number);
    let g = groupOf[root] as number;
    if (g < 0) {
      g = groups.length;
      groupOf[root] = g;
      groups.push([]);
      groupPart.push(partOf[v] as number);
      groupCount[partOf[v] as number] = (groupCount[partOf[v] as number] as number) + 1;
    }
    (groups[g] as number[]).push(nodes[v] as number);
    nodeGroup[nodes[v] as number] = g;
  }
  const weak = weakCommunities(graph, groups, nodeGroup);
  const splits: (number[] | undefined)[] = parts.map((_part, p) => ((groupCount[p] as number) >= 2 ? [] : undefined));
  groups.forEach((_group, g) => splits[groupPart[g] as number]?.push(g));
  return splits.map((split) => (split?.every((g) => weak[g] === 1) ? split.map((g) => groups[g] as number[]) : undefined));
}

/**
 * Radicchi et al.'s community in the weak sense (PNAS 101, 2658, 2004), in the whole graph: the
 * group's ties among its own members outweigh its ties to everything else. Identity links inside
 * the group are left out (they join an actor to itself); those leaving it count.
 * @returns 1 per group that is one.
 */
function weakCommunities(graph: FastGraph, groups: number[][], nodeGroup: Int32Array): Uint8Array {
  const weak = new Uint8Array(groups.length);
  groups.forEach((group, g) => {
    let internal = 0;
    let external = 0;
    for (const v of group) {
      pulse();
      for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
        const w = graph.weights[e] as number;
        if (nodeGroup[graph.targets[e] as number] !== g) external += w;
        else if (!graph.identity[e]) internal += w;
      }
    }
    weak[g] = internal > external ? 1 : 0;
  });
  return weak;
}

/** Q = Σ_c [ w_c / m − γ (d_c / 2m)² ] on a FastGraph; 0 without edges. */
export function fastModularity(graph: FastGraph, labels: Int32Array, resolution: number): number {
  const m = graph.totalWeight;
  if (m <= 0) return 0;
  const n = graph.offsets.length - 1;
  const inside = new Float64Array(n);
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    degree[c] = (degree[c] as number) + (graph.strength[i] as number);
    for (let e = graph.offsets[i] as number; e < (graph.offsets[i + 1] as number); e++) {
      if (labels[graph.targets[e] as number] === c) inside[c] = (inside[c] as number) + (graph.weights[e] as number) / 2;
    }
  }
  let q = 0;
  for (let c = 0; c < n; c++) {
    if (degree[c] === 0) continue;
    q += (inside[c] as number) / m - resolution * ((degree[c] as number) / (2 * m)) ** 2;
  }
  return q;
}

/** Connected pieces of each community (node indices, in ascending order of their first node). */
export function connectedParts(graph: FastGraph, labels: Int32Array): number[][] {
  const n = graph.offsets.length - 1;
  const seen = new Uint8Array(n);
  const parts: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const label = labels[start];
    const members = [start];
    for (let k = 0; k < members.length; k++) {
      const v = members[k] as number;
      pulse();
      for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
        const w = graph.targets[e] as number;
        if (seen[w] || labels[w] !== label) continue;
        seen[w] = 1;
        members.push(w);
      }
    }
    parts.push(members);
  }
  return parts;
}
