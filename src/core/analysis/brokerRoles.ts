// Brokerage roles (Gould & Fernandez 1989) from the direction of calls and transfers.

import type { CaseModel } from '../model/types.ts';
import type { BrokerRole } from './types.ts';
import { pulse } from '../progressPulse.ts';

/** Roles in Gould & Fernandez's order; the cross-group ones are what makes a broker between clusters. */
export const BROKER_ROLES: readonly BrokerRole[] = ['coordinator', 'gatekeeper', 'representative', 'itinerant', 'liaison'];

/** Link types whose direction is a flow (who called whom, whose money went where). */
const DIRECTED = new Set(['called', 'transferred']);

export interface BrokerRolesInput {
  model: CaseModel;
  /** Node id → actor id. */
  actorOf: ReadonlyMap<string, string>;
  /** Node id → cluster index: the groups of Gould & Fernandez. */
  clusterOf: ReadonlyMap<string, number>;
  /** Actor ids to classify. */
  brokers: readonly string[];
}

export interface RoleCount {
  counts: Partial<Record<BrokerRole, number>>;
  /** The most frequent role across groups, or coordinator when every flow stays in its group. */
  role?: BrokerRole;
}

/**
 * Counts, for each broker b, the open two-paths u → b → w (u ≠ w, u and w not tied directly) along
 * calls and transfers, and names each by the groups (clusters) of u, b and w:
 * coordinator (all one group), gatekeeper (u outside, w in b's group: b lets others in),
 * representative (u in b's group, w outside: b speaks for its group), itinerant (u and w of one other
 * group), liaison (three groups).
 *
 * NOTE: associations and generic links have no direction and are left out; a broker known only
 * through them gets no role rather than a guessed one.
 */
export function brokerRoles(input: BrokerRolesInput): Map<string, RoleCount> {
  const { actorOf, clusterOf } = input;
  const wanted = new Set(input.brokers);
  const incoming = new Map<string, Set<string>>();
  const outgoing = new Map<string, Set<string>>();
  const tied = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const link of input.model.links) {
    pulse();
    if (!DIRECTED.has(link.type)) continue;
    const [from, to] = [actorOf.get(link.source), actorOf.get(link.target)];
    if (from === undefined || to === undefined || from === to) continue;
    if (wanted.has(to)) add(incoming, to, from);
    if (wanted.has(from)) add(outgoing, from, to);
  }
  // NOTE: only ties between the brokers' own partners are ever asked about; a national case has a million
  // links, and a set of every tied pair of actors was most of this function's cost.
  const partners = new Set<string>();
  for (const map of [incoming, outgoing]) for (const set of map.values()) for (const actor of set) partners.add(actor);
  for (const link of input.model.links) {
    pulse();
    if (link.type === 'uses_phone' || link.type === 'holds_account' || link.type === 'uses_device') continue;
    const [from, to] = [actorOf.get(link.source), actorOf.get(link.target)];
    if (from === undefined || to === undefined || from === to || !partners.has(from) || !partners.has(to)) continue;
    tied.add(pair(from, to));
  }
  const result = new Map<string, RoleCount>();
  for (const broker of input.brokers) {
    const counts: Partial<Record<BrokerRole, number>> = {};
    const group = clusterOf.get(broker);
    for (const u of incoming.get(broker) ?? []) {
      for (const w of outgoing.get(broker) ?? []) {
        if (u === w || tied.has(pair(u, w))) continue;
        const role = classify(clusterOf.get(u), group, clusterOf.get(w));
        counts[role] = (counts[role] ?? 0) + 1;
      }
    }
    const across = BROKER_ROLES.filter((role) => role !== 'coordinator' && (counts[role] ?? 0) > 0);
    const role = across.length > 0
      ? across.reduce((best, next) => ((counts[next] ?? 0) > (counts[best] ?? 0) ? next : best))
      : counts.coordinator ? 'coordinator' : undefined;
    result.set(broker, role ? { counts, role } : { counts });
  }
  return result;
}

function classify(u: number | undefined, b: number | undefined, w: number | undefined): BrokerRole {
  if (u === b && w === b) return 'coordinator';
  if (u === b) return 'representative';
  if (w === b) return 'gatekeeper';
  return u === w ? 'itinerant' : 'liaison';
}

function pair(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
