// Identity links say "same actor": a person with their phones, accounts and handsets is one actor.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import type { LinkType } from '../model/types.ts';

/** Link types that tie identifiers to the one actor behind them. */
export const IDENTITY_LINKS: ReadonlySet<LinkType> = new Set(['uses_phone', 'holds_account', 'uses_device']);

/** True when an edge merges at least one identity link. */
export function isIdentityEdge(types: readonly LinkType[]): boolean {
  return types.some((type) => IDENTITY_LINKS.has(type));
}

/**
 * Number of actors among `members`: members joined by identity edges (directly or in a chain
 * inside the set) count once. A person with a phone and an account is one actor, not three.
 */
export function actorCount(graph: CaseGraph, members: readonly string[]): number {
  const inside = new Set(members);
  const seen = new Set<string>();
  let actors = 0;
  for (const start of members) {
    if (seen.has(start) || !graph.hasNode(start)) continue;
    actors += 1;
    seen.add(start);
    const stack = [start];
    while (stack.length > 0) {
      const node = stack.pop() as string;
      graph.forEachEdge(node, (_edge, attributes, source, target) => {
        const other = source === node ? target : source;
        if (!inside.has(other) || seen.has(other) || !isIdentityEdge(attributes.types)) return;
        seen.add(other);
        stack.push(other);
      });
    }
  }
  return actors + members.filter((id) => !graph.hasNode(id)).length;
}
