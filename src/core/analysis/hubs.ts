// Hubs: service numbers and busy public places that would glue unrelated syndicates together.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import type { CaseModel, Entity } from '../model/types.ts';
import { compareIds } from '../model/order.ts';
import { partnerCohesion } from './partnerCohesion.ts';
import type { Hub, HubOverrides } from './types.ts';

/** A hub needs at least this many distinct partners, whatever the case size. */
export const HUB_MIN_PARTNERS = 8;
/** …and at least this share of the phones that call (or the people and phones sighted). */
export const HUB_MIN_SHARE = 0.1;
/**
 * …and partners this poorly connected to each other without it (share of pairs within three
 * contact steps). Leaders' partners score 80–100%, hubs' 15–45% on the training cases.
 */
export const HUB_MAX_COHESION = 0.5;
/** Candidates are peeled off as suspects, least cohesive first, while under this cohesion. */
const PEEL_COHESION = 0.9;

export interface DetectHubsOptions {
  overrides?: HubOverrides;
}

interface Candidate {
  entity: Entity;
  partners: string[];
  population: number;
  inbound: number;
  outbound: number;
}

/**
 * Finds hubs: phones in contact with a large share of all phones, and locations where a large
 * share of all sighted people and phones were seen — when those partners are otherwise strangers.
 *
 * Rule, for a phone (partners = distinct phones it called or was called by) or a location
 * (partners = distinct people and phones seen there):
 * 1. breadth: partners ≥ max(8, 10% of the phones in any call / of everything sighted anywhere);
 * 2. spread: fewer than half of partner pairs are within three contact steps of each other without
 *    it or the other hubs (`partnerCohesion`; identity links are free).
 * Accounts, people and devices are never hubs: a consolidation account or a boss with many ties
 * is a key player, not noise. Analyst overrides win: `neverHub` over `forceHub` over the rule.
 *
 * NOTE: breadth alone would flag a boss whose whole crew calls him; the spread test is what tells
 * the bank hotline (called by strangers from every syndicate) from the boss (called by his crew,
 * who call each other too).
 *
 * @returns hubs sorted by id.
 */
export function detectHubs(model: CaseModel, graph: CaseGraph, options: DetectHubsOptions = {}): Hub[] {
  const never = new Set(options.overrides?.neverHub ?? []);
  const forced = new Set(options.overrides?.forceHub ?? []);
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const hubs = new Map<string, Hub>();
  for (const id of forced) {
    const entity = byId.get(id);
    if (entity && !never.has(id)) hubs.set(id, toHub(entity, 'marked as a hub by the analyst'));
  }

  const candidates = findCandidates(model).filter((c) => graph.hasNode(c.entity.id) && !never.has(c.entity.id) && !hubs.has(c.entity.id));
  for (const { candidate, cohesion } of judge(graph, candidates, new Set(hubs.keys()))) {
    hubs.set(candidate.entity.id, toHub(candidate.entity, describe(candidate, cohesion)));
  }
  return [...hubs.values()].sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Applies the spread test to every candidate.
 *
 * NOTE: hubs shield each other — the hotline's callers all passed the airport and the airport's
 * visitors all called the hotline, so each looks cohesive while the other stands. Hence two phases:
 * peel — set aside the least cohesive candidate, measure the rest again without it, and repeat
 * while the least cohesive is under 90% (leaders score near 100% throughout); then release —
 * judge every peeled suspect without all the others, put back the one that passes most clearly, and
 * repeat until none passes. The suspects left are the hubs.
 */
function judge(graph: CaseGraph, candidates: Candidate[], forced: ReadonlySet<string>): { candidate: Candidate; cohesion: number }[] {
  const suspects = new Set(forced);
  const measure = (candidate: Candidate) =>
    partnerCohesion(graph, candidate.partners, new Set([...suspects, candidate.entity.id]));

  let remaining = candidates;
  let peeled: Candidate[] = [];
  for (;;) {
    let lowest: { candidate: Candidate; cohesion: number } | undefined;
    for (const candidate of remaining) {
      const cohesion = measure(candidate);
      if (!lowest || cohesion < lowest.cohesion) lowest = { candidate, cohesion };
    }
    if (!lowest || lowest.cohesion >= PEEL_COHESION) break;
    const chosen = lowest.candidate;
    suspects.add(chosen.entity.id);
    peeled = [...peeled, chosen];
    remaining = remaining.filter((candidate) => candidate !== chosen);
  }
  for (;;) {
    const judged = peeled.map((candidate) => ({ candidate, cohesion: measure(candidate) }));
    let clearest: { candidate: Candidate; cohesion: number } | undefined;
    for (const entry of judged) {
      if (entry.cohesion < HUB_MAX_COHESION) continue;
      if (!clearest || entry.cohesion > clearest.cohesion) clearest = entry;
    }
    if (!clearest) return judged;
    const released = clearest.candidate;
    suspects.delete(released.entity.id);
    peeled = peeled.filter((candidate) => candidate !== released);
  }
}

/** Phones and locations passing the breadth test, in model order. */
function findCandidates(model: CaseModel): Candidate[] {
  const types = new Map(model.entities.map((entity) => [entity.id, entity.type]));
  const callers = new Set<string>();
  const sighted = new Set<string>();
  const partners = new Map<string, Set<string>>();
  const inbound = new Map<string, number>();
  const outbound = new Map<string, number>();
  const addPartner = (node: string, partner: string) => {
    const set = partners.get(node) ?? new Set<string>();
    set.add(partner);
    partners.set(node, set);
  };
  for (const link of model.links) {
    if (link.source === link.target) continue;
    if (link.type === 'called' && types.get(link.source) === 'phone' && types.get(link.target) === 'phone') {
      callers.add(link.source).add(link.target);
      addPartner(link.source, link.target);
      addPartner(link.target, link.source);
      outbound.set(link.source, (outbound.get(link.source) ?? 0) + 1);
      inbound.set(link.target, (inbound.get(link.target) ?? 0) + 1);
    } else if (link.type === 'seen_at' && types.get(link.target) === 'location') {
      sighted.add(link.source);
      addPartner(link.target, link.source);
    }
  }
  const candidates: Candidate[] = [];
  for (const entity of model.entities) {
    const population = entity.type === 'phone' ? callers.size : entity.type === 'location' ? sighted.size : 0;
    const mine = partners.get(entity.id);
    if (population === 0 || !mine) continue;
    const needed = Math.max(HUB_MIN_PARTNERS, Math.ceil(HUB_MIN_SHARE * population));
    if (mine.size < needed) continue;
    candidates.push({
      entity,
      partners: [...mine],
      population,
      inbound: inbound.get(entity.id) ?? 0,
      outbound: outbound.get(entity.id) ?? 0,
    });
  }
  return candidates;
}

function describe(candidate: Candidate, cohesion: number): string {
  const { entity, partners, population, inbound, outbound } = candidate;
  const share = `${partners.length} of ${population}`;
  const percent = `${Math.round((100 * partners.length) / population)}%`;
  const strangers = `mostly strangers to each other (${Math.round(100 * cohesion)}% of pairs linked otherwise)`;
  if (entity.type === 'location') {
    return `${share} people and phones sighted anywhere were seen here (${percent}), ${strangers} — looks like a busy public place`;
  }
  const verb = outbound === 0 ? 'called by' : inbound === 0 ? 'calls' : 'in contact with';
  return `${verb} ${share} phones (${percent}), ${strangers} — looks like a service number`;
}

function toHub(entity: Entity, reason: string): Hub {
  return { id: entity.id, type: entity.type, key: entity.key, label: entity.label, reason };
}
