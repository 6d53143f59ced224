// How well a node's partners know each other without it: the test that tells noise from a leader.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { compareIds } from '../model/order.ts';
import { isIdentityEdge } from './identity.ts';

/** At most this many partners are compared pairwise (780 pairs). */
const MAX_SAMPLE = 40;

/**
 * Share of pairs of `partners` that reach each other within three contact steps without passing
 * through any node of `avoid` (the node under test and the hubs suspected so far). Identity links
 * (a person and their phone, account or handset) cost no step, so a person reaches their own
 * phones' contacts in one step. Large partner sets are sampled evenly over their sorted ids.
 *
 * A service number's callers come from everywhere and are strangers to each other (low
 * cohesion); a boss's phone is called by people who work together (high cohesion).
 *
 * NOTE: three steps, not two: in a large, sparse crew two members often share no direct contact
 * but are three calls apart; across syndicates three steps still rarely suffice once the hubs are
 * set aside. Two partners are within three steps when one's two-step ball meets the other's
 * one-step ball — far cheaper than growing three-step balls in a dense case.
 */
export function partnerCohesion(graph: CaseGraph, partners: readonly string[], avoid: ReadonlySet<string>): number {
  const sample = evenSample([...partners].sort(compareIds), MAX_SAMPLE).filter((p) => graph.hasNode(p) && !avoid.has(p));
  if (sample.length < 2) return 1;
  const balls = sample.map((partner) => ball(graph, partner, avoid));
  let linked = 0;
  let pairs = 0;
  for (let i = 0; i < sample.length; i++) {
    const far = (balls[i] as Ball).two;
    for (let j = i + 1; j < sample.length; j++) {
      pairs += 1;
      for (const node of (balls[j] as Ball).one) {
        if (far.has(node)) {
          linked += 1;
          break;
        }
      }
    }
  }
  return linked / pairs;
}

function evenSample(sorted: string[], size: number): string[] {
  if (sorted.length <= size) return sorted;
  const step = sorted.length / size;
  return Array.from({ length: size }, (_, i) => sorted[Math.floor(i * step)] as string);
}

interface Ball {
  /** Within one contact step. */
  one: string[];
  /** Within two contact steps. */
  two: Set<string>;
}

/** Nodes within one and two contact steps of `start`, identity links free, `avoid` never entered. */
function ball(graph: CaseGraph, start: string, avoid: ReadonlySet<string>): Ball {
  const reached = new Set<string>([start]);
  const levels: string[][] = [closeOverIdentity(graph, [start], reached, avoid)];
  for (let step = 0; step < 2; step++) {
    const next: string[] = [];
    for (const node of levels[step] as string[]) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (reached.has(neighbor) || avoid.has(neighbor)) return;
        reached.add(neighbor);
        next.push(neighbor);
      });
    }
    levels.push(closeOverIdentity(graph, next, reached, avoid));
  }
  return { one: [...(levels[0] as string[]), ...(levels[1] as string[])], two: reached };
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
