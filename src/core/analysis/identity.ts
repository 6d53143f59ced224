// Identity links say "same actor": a person with their phones, accounts and handsets is one actor.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import type { LinkType } from '../model/types.ts';
import { isLoneHandset, type Actors } from './actors.ts';

/** Link types that tie identifiers to the one actor behind them. */
export const IDENTITY_LINKS: ReadonlySet<LinkType> = new Set(['uses_phone', 'holds_account', 'uses_device']);

/** True when an edge merges at least one identity link. */
export function isIdentityEdge(types: readonly LinkType[]): boolean {
  return types.some((type) => IDENTITY_LINKS.has(type));
}

/**
 * Number of actors among `members` (see `groupActors`): a person with a phone and an account counts
 * once, not three times; a shared handset standing alone is not an actor and does not count.
 */
export function actorCount(graph: AnalysisGraph, members: readonly string[], actors: Actors): number {
  const seen = new Set<string>();
  let missing = 0;
  for (const id of members) {
    if (!graph.indexOf.has(id)) missing += 1;
    else if (!isLoneHandset(graph, actors, id)) seen.add(actors.actorOf.get(id) ?? id);
  }
  return seen.size + missing;
}
