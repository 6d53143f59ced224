// Venues: places and service numbers. Many meet there, nobody runs anything from there.

import type { AnalysisGraph } from '../graph/analysisGraph.ts';
import type { CaseModel } from '../model/types.ts';
import { pulse } from '../progressPulse.ts';

/** A phone nobody holds and that never calls out is a service number from this many callers. */
export const SERVICE_MIN_CALLERS = 5;

/**
 * Ids of the venues among the graph's nodes, which are listed apart and never ranked as key players
 * or brokers:
 * - every location (a compound, an airport, a border crossing);
 * - every short service code (`short:` keys, e.g. a bank's 1500-number);
 * - every phone with no known holder that never placed a call and was called by at least
 *   `SERVICE_MIN_CALLERS` distinct phones — a hotline or call centre the hub test let through.
 *
 * NOTE: a compound's burner work phone has no holder either, but it calls out (to managers,
 * to workers): it is an actor's tool, not a venue.
 */
export function findVenues(model: CaseModel, graph: AnalysisGraph): Set<string> {
  const venues = new Set<string>();
  const held = new Set<string>();
  const callsOut = new Set<string>();
  const callers = new Map<string, Set<string>>();
  for (const link of model.links) {
    pulse();
    if (link.type === 'uses_phone') held.add(link.target);
    else if (link.type === 'called' && link.source !== link.target) {
      callsOut.add(link.source);
      const set = callers.get(link.target) ?? new Set<string>();
      set.add(link.source);
      callers.set(link.target, set);
    }
  }
  graph.entities.forEach(({ id: node, type, key }) => {
    if (type === 'location') venues.add(node);
    else if (type === 'phone') {
      const service = key.startsWith('short:')
        || (!held.has(node) && !callsOut.has(node) && (callers.get(node)?.size ?? 0) >= SERVICE_MIN_CALLERS);
      if (service) venues.add(node);
    }
  });
  return venues;
}
