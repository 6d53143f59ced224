// How well a node's partners know each other without it: the test that tells noise from a leader.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { compareIds } from './compareIds.ts';
import { isIdentityEdge } from './identity.ts';
/** At most this many partners are compared pairwise (780 pairs). */
const MAX_SAMPLE = 40;
/**
 * Contact steps allowed between two partners.
 * NOTE: three, not two: in a large, sparse crew two members often share no direct contact but are
 * three calls apart; across syndicates three steps still rarely suffice (money and fixers sit
 * further out once identity links are free).
 */
const MAX_STEPS = 3;

/**
 * Share of pairs of `partners` that reach each other within three contact steps without passing
 * through any node of `avoid` (the node under test and the other hub candidates). Identity links
 * (a person and their phone, account or handset) cost no step, so a person reaches their own
 * phones' contacts in one step. Large partner sets are sampled evenly over their sorted ids.
 *
 * A service number's callers come from everywhere and are strangers to each other (low
 * cohesion); a boss's phone is called by people who work together (high cohesion).
 */
export function partnerCohesion(graph: CaseGraph, partners: string[], avoid: ReadonlySet<string>, steps = MAX_STEPS): number {
  const sample = evenSample([...partners].sort(compareIds), MAX_SAMPLE);
  if (sample.length < 2) return 1;
  let linked = 0;
  let pairs = 0;
  sample.forEach((partner, i) => {
    const reached = reach(graph, partner, avoid, steps);
    for (let j = i + 1; j < sample.length; j++) {
      pairs += 1;
      if (reached.has(sample[j] as string)) linked += 1;
    }
  });
  return linked / pairs;
}

function evenSample(sorted: string[], size: number): string[] {
  if (sorted.length <= size) return sorted;
  const step = sorted.length / size;
  return Array.from({ length: size }, (_, i) => sorted[Math.floor(i * step)] as string);
}

/** Nodes within MAX_STEPS contact steps of `start`, identity links free, `avoid` never entered. */
function reach(graph: CaseGraph, start: string, avoid: ReadonlySet<string>, steps: number): Set<string> {
  const reached = new Set<string>([start]);
  let frontier = closeOverIdentity(graph, [start], reached, avoid);
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (reached.has(neighbor) || avoid.has(neighbor)) return;
        reached.add(neighbor);
        next.push(neighbor);
      });
    }
    frontier = closeOverIdentity(graph, next, reached, avoid);
  }
  return reached;
}

/** Adds everything reachable through identity links alone; returns the enlarged frontier. */
function closeOverIdentity(graph: CaseGraph, frontier: string[], reached: Set<string>, avoid: ReadonlySet<string>): string[] {
  const all = [...frontier];
  for (let i = 0; i < all.length; i++) {
    graph.forEachEdge(all[i] as string, (_edge, attributes, source, target) => {
      const other = source === all[i] ? target : source;
      if (reached.has(other) || avoid.has(other)) return;
      if (!isIdentityEdge(attributes.types)) return;
      reached.add(other);
      all.push(other);
    });
  }
  return all;
}
