// Hubs: service numbers and busy public places that would glue unrelated syndicates together.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { sayInEnglish, type CodedText } from '../i18n/coded.ts';
import type { CaseModel, Entity } from '../model/types.ts';
import { compareIds } from '../model/order.ts';
import { isFastGraph, toFastGraph, type FastGraph } from '../graph/fastGraph.ts';
import { CohesionScratch, evenSample, MAX_SAMPLE, sampleCohesion } from './partnerCohesion.ts';
import { findRecordSubjects, type RecordSubject } from './recordSubjects.ts';
import { mulberry32 } from './seededRandom.ts';
import type { Hub, HubOverrides } from './types.ts';
import { pulse, pulseItem } from '../progressPulse.ts';

/** A hub needs at least this many distinct partners, whatever the case size. */
export const HUB_MIN_PARTNERS = 8;
/**
 * …and at least this share of the phones that call (or the people and phones sighted), or √ of
 * their number when that is less (see `breadthNeeded`).
 */
export const HUB_MIN_SHARE = 0.1;
/**
 * …and partners closer to strangers than to a group: their cohesion must lie below the midpoint
 * between random partners of the same degrees (0) and partners who all know each other (1),
 * measured as (cohesion − random) / (1 − random).
 */
export const HUB_MAX_EXCESS = 0.5;
/** Random partner sets drawn per candidate to measure what "strangers" look like in this case. */
export const HUB_BASELINE_SETS = 8;
/** Rounds of the suspect iteration (it settles in two or three). */
const MAX_ROUNDS = 6;
/** Fixed seed of the baseline draws: hub detection takes no seed, and must not vary. */
const BASELINE_SEED = 0x6875b5;
/**
 * A phone that at most this many people hold (`uses_phone`) is a personal line; two allows one person
 * written twice (an alias the resolver kept apart). A number many people give as theirs is shared — an
 * office line, a default contact a clerk typed in — and the rule decides.
 */
export const PERSONAL_LINE_MAX_HOLDERS = 2;

export interface DetectHubsOptions {
  overrides?: HubOverrides;
  /** The same graph as integer arrays, when the caller already has it. */
  fast?: FastGraph;
  /** Phones whose own call records are in the case (`findRecordSubjects`), when the caller already has them. */
  subjects?: Map<string, RecordSubject[]>;
}

/** Hubs, and the phones broad enough to be tested that were kept because their own call records are in the case. */
export interface HubFindings {
  hubs: Hub[];
  /** Sorted by id; `reasonCode` says why each is not a hub (`why.hub.recordSubject`). */
  kept: Hub[];
}

interface Candidate {
  entity: Entity;
  partners: string[];
  population: number;
  inbound: number;
  outbound: number;
}

interface Verdict {
  candidate: Candidate;
  cohesion: number;
  baseline: number;
}

/**
 * Finds hubs: phones in contact with a large share of all phones, and locations where a large
 * share of all sighted people and phones were seen — when those partners are otherwise strangers.
 *
 * Rule, for a phone (partners = distinct phones it called or was called by) or a location
 * (partners = distinct people and phones seen there):
 * 1. breadth: partners ≥ max(8, min(10%, √) of the phones in any call / of everything sighted anywhere);
 * 2. spread: the share of partner pairs within three contact steps of each other, without passing
 *    through any candidate (`sampleCohesion`; identity links are free, a shared handset's cost a step), is compared with the same
 *    share for random sets of nodes with the same degrees drawn from the same population in the
 *    same case; a hub's partners are closer to those strangers than to a group that all know each
 *    other (`HUB_MAX_EXCESS`).
 * Accounts, people and devices are never hubs: a consolidation account or a boss with many ties
 * is a key player, not noise. Analyst overrides win: `neverHub` over `forceHub` over the rule.
 *
 * NOTE: breadth alone would flag a boss whose whole crew calls him; the spread test is what tells
 * the bank hotline (called by strangers from every syndicate) from the boss (called by his crew,
 * who call each other too). The yardstick is the case's own strangers rather than a fixed share:
 * when crews interlink, random pairs are often linked too, and a fixed cut would saturate.
 * Hubs shield each other (the hotline's callers all passed the airport), so the first round sets
 * every candidate aside while any is measured; each next round sets aside only the previous
 * round's hubs, so a leader wrongly suspected while his lieutenants were set aside is cleared.
 * Cost O(rounds × candidates × sample² × ball), with no per-candidate peeling.
 *
 * @returns hubs sorted by id.
 */
export function detectHubs(model: CaseModel, graph: CaseGraph | FastGraph, options: DetectHubsOptions = {}): Hub[] {
  return findHubs(model, graph, options).hubs;
}

/**
 * `detectHubs`, with the phones it kept: a phone whose own call records are in the case (a record
 * subject, see `findRecordSubjects`) is never a hub by the rule — its contacts are strangers to each
 * other because they were reached through it — nor is a phone a named person holds (a personal line,
 * see `personalHolders`); an analyst may still mark either as one.
 */
export function findHubs(model: CaseModel, graph: CaseGraph | FastGraph, options: DetectHubsOptions = {}): HubFindings {
  const never = new Set(options.overrides?.neverHub ?? []);
  const forced = new Set(options.overrides?.forceHub ?? []);
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const hubs = new Map<string, Hub>();
  for (const id of forced) {
    const entity = byId.get(id);
    if (entity && !never.has(id)) hubs.set(id, toHub(entity, { code: 'hub.analyst' }));
  }

  const { candidates: broad, callers, sighted } = findCandidates(model);
  const subjects = options.subjects ?? findRecordSubjects(model);
  const holders = personalHolders(model, byId);
  const kept: Hub[] = [];
  const candidates = broad.filter((c) => {
    const files = subjects.get(c.entity.id);
    if (!files || hubs.has(c.entity.id) || never.has(c.entity.id)) return true;
    kept.push(toHub(c.entity, subjectReason(c, files)));
    return false;
  });
  const given = options.fast ?? (isFastGraph(graph) ? graph : undefined);
  const hasNode = (id: string) => (given ? given.indexOf.has(id) : (graph as CaseGraph).hasNode(id));
  const eligible = candidates.filter((c) => hasNode(c.entity.id) && !never.has(c.entity.id) && !hubs.has(c.entity.id));
  if (eligible.length === 0) return { hubs: sortHubs(hubs), kept: kept.sort((a, b) => compareIds(a.id, b.id)) };
  const fast = given ?? toFastGraph(graph as CaseGraph);
  const indexOf = (id: string) => fast.indexOf.get(id);
  const scratch = new CohesionScratch(fast);
  // Round one sets every candidate aside; each next round only the suspects of the round before,
  // until the suspects no longer change. A held phone the rule suspects is judged with itself set
  // aside but stays in the graph for the others, as it will in the end; it is kept, not a hub.
  let suspects = new Set(eligible.map((c) => c.entity.id));
  let heldSuspects = new Set<string>();
  let verdicts = new Map<string, Verdict>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const avoid = new Uint8Array(fast.ids.length);
    for (const id of [...forced, ...suspects]) {
      const index = indexOf(id);
      if (index !== undefined) avoid[index] = 1;
    }
    const pools = { phone: degreePool(fast, callers, avoid), location: degreePool(fast, sighted, avoid) };
    const random = mulberry32(BASELINE_SEED);
    verdicts = new Map();
    for (const candidate of eligible) {
      pulseItem();
      const self = heldSuspects.has(candidate.entity.id) ? (indexOf(candidate.entity.id) as number) : -1;
      if (self >= 0) avoid[self] = 1;
      verdicts.set(candidate.entity.id, judge(fast, scratch, candidate, avoid, candidate.entity.type === 'location' ? pools.location : pools.phone, random));
      if (self >= 0) avoid[self] = 0;
    }
    const spread = [...verdicts].filter(([, verdict]) => isSpread(verdict)).map(([id]) => id);
    const next = new Set(spread.filter((id) => !holders.has(id)));
    const nextHeld = new Set(spread.filter((id) => holders.has(id)));
    const same = sameSet(next, suspects) && sameSet(nextHeld, heldSuspects);
    suspects = next;
    heldSuspects = nextHeld;
    if (same) break;
  }
  for (const id of suspects) {
    const verdict = verdicts.get(id) as Verdict;
    hubs.set(id, toHub(verdict.candidate.entity, describe(verdict)));
  }
  for (const id of heldSuspects) {
    const { candidate } = verdicts.get(id) as Verdict;
    kept.push(toHub(candidate.entity, holderReason(candidate, holders.get(id) as Entity[])));
  }
  return { hubs: sortHubs(hubs), kept: kept.sort((a, b) => compareIds(a.id, b.id)) };
}

/** (cohesion − random) / (1 − random) below `HUB_MAX_EXCESS`: partners closer to strangers than to a group. */
function isSpread(verdict: Verdict): boolean {
  const excess = verdict.baseline >= 1 ? 1 : (verdict.cohesion - verdict.baseline) / (1 - verdict.baseline);
  return excess < HUB_MAX_EXCESS;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

function sortHubs(hubs: Map<string, Hub>): Hub[] {
  return [...hubs.values()].sort((a, b) => compareIds(a.id, b.id));
}

/** Population nodes (not avoided) grouped by degree class ⌊log2 degree⌋. */
function degreePool(fast: FastGraph, population: readonly string[], avoid: Uint8Array): Map<number, number[]> {
  const pool = new Map<number, number[]>();
  for (const id of population) {
    const index = fast.indexOf.get(id);
    if (index === undefined || avoid[index]) continue;
    const bucket = degreeClass(fast, index);
    const list = pool.get(bucket) ?? [];
    list.push(index);
    pool.set(bucket, list);
  }
  for (const list of pool.values()) list.sort((a, b) => a - b);
  return pool;
}

function degreeClass(fast: FastGraph, index: number): number {
  return Math.floor(Math.log2(Math.max(1, (fast.offsets[index + 1] as number) - (fast.offsets[index] as number))));
}

/** The candidate's partner cohesion and the mean cohesion of random partner sets of the same degrees. */
function judge(fast: FastGraph, scratch: CohesionScratch, candidate: Candidate, avoid: Uint8Array, pool: Map<number, number[]>, random: () => number): Verdict {
  const indices = candidate.partners.map((id) => fast.indexOf.get(id)).filter((i): i is number => i !== undefined && !avoid[i]);
  const sample = evenSample(indices.sort((a, b) => a - b), MAX_SAMPLE);
  const cohesion = sampleCohesion(scratch, sample, avoid);
  const classes = [...pool.keys()].sort((a, b) => a - b);
  let total = 0;
  for (let s = 0; s < HUB_BASELINE_SETS; s++) {
    const drawn = new Set<number>();
    for (const partner of sample) {
      const list = nearestPool(pool, classes, degreeClass(fast, partner));
      for (let attempt = 0; attempt < 8; attempt++) {
        const pick = list[Math.floor(random() * list.length)] as number;
        if (!drawn.has(pick)) {
          drawn.add(pick);
          break;
        }
      }
    }
    total += sampleCohesion(scratch, [...drawn], avoid);
  }
  return { candidate, cohesion, baseline: total / HUB_BASELINE_SETS };
}

function nearestPool(pool: Map<number, number[]>, classes: number[], wanted: number): number[] {
  let best = classes[0] as number;
  for (const c of classes) if (Math.abs(c - wanted) < Math.abs(best - wanted)) best = c;
  return pool.get(best) ?? [];
}

/**
 * Partners a candidate needs among `population` phones (or sighted entities).
 * NOTE: a share alone does not scale: in a national case a delivery app's line is called by 7% of
 * all phones, and left in the graph it puts any two of its callers two steps apart. √population
 * grows with the case while a crew does not: once a case holds more crews than a crew holds
 * phones, no leader reaches it, and below that the spread test tells leaders from hubs.
 */
export function breadthNeeded(population: number): number {
  return Math.max(HUB_MIN_PARTNERS, Math.min(Math.ceil(HUB_MIN_SHARE * population), Math.ceil(Math.sqrt(population))));
}

/**
 * Phones and locations passing the breadth test, in model order.
 * NOTE: counted on entity numbers in typed arrays (each contact once per end, bucketed by entity, duplicates marked
 * off), not in a Set of partner ids per phone: on a national case those were a million set entries the collector
 * walked again and again; only a candidate's partners are made into ids.
 */
function findCandidates(model: CaseModel): { candidates: Candidate[]; callers: string[]; sighted: string[] } {
  const { entities, links } = model;
  const indexOf = new Map<string, number>();
  entities.forEach((entity, i) => indexOf.set(entity.id, i));
  const n = entities.length;
  const isCaller = new Uint8Array(n);
  const isSighted = new Uint8Array(n);
  const inbound = new Int32Array(n);
  const outbound = new Int32Array(n);
  // Each contact as two (entity, partner) halves, in link order.
  const owner = new Int32Array(2 * links.length);
  const partner = new Int32Array(2 * links.length);
  let halves = 0;
  for (const link of links) {
    pulse();
    if (link.source === link.target) continue;
    const source = indexOf.get(link.source);
    const target = indexOf.get(link.target);
    if (source === undefined || target === undefined) continue;
    if (link.type === 'called' && entities[source]?.type === 'phone' && entities[target]?.type === 'phone') {
      isCaller[source] = 1;
      isCaller[target] = 1;
      owner[halves] = source;
      partner[halves++] = target;
      owner[halves] = target;
      partner[halves++] = source;
      outbound[source] = (outbound[source] as number) + 1;
      inbound[target] = (inbound[target] as number) + 1;
    } else if (link.type === 'seen_at' && entities[target]?.type === 'location') {
      isSighted[source] = 1;
      owner[halves] = target;
      partner[halves++] = source;
    }
  }
  const callers = entities.filter((_entity, i) => isCaller[i]).map((entity) => entity.id);
  const sighted = entities.filter((_entity, i) => isSighted[i]).map((entity) => entity.id);
  // Halves bucketed by entity (in link order), each entity's distinct partners counted with a mark per partner.
  const start = new Int32Array(n + 1);
  for (let h = 0; h < halves; h++) start[(owner[h] as number) + 1] = (start[(owner[h] as number) + 1] as number) + 1;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const bucketed = new Int32Array(halves);
  for (let h = 0; h < halves; h++) {
    const o = owner[h] as number;
    bucketed[fill[o] as number] = partner[h] as number;
    fill[o] = (fill[o] as number) + 1;
  }
  const markedBy = new Int32Array(n).fill(-1);
  const candidates: Candidate[] = [];
  entities.forEach((entity, i) => {
    const population = entity.type === 'phone' ? callers.length : entity.type === 'location' ? sighted.length : 0;
    if (population === 0 || start[i] === start[i + 1] || indexOf.get(entity.id) !== i) return;
    const mine: number[] = [];
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const other = bucketed[k] as number;
      if (markedBy[other] === i) continue;
      markedBy[other] = i;
      mine.push(other);
    }
    if (mine.length < breadthNeeded(population)) return;
    candidates.push({
      entity,
      partners: mine.map((other) => (entities[other] as Entity).id),
      population,
      inbound: inbound[i] as number,
      outbound: outbound[i] as number,
    });
  });
  return { candidates, callers, sighted };
}

/** Why a candidate is noise, as a message code and its figures (`why.hub.*` in the catalogues). */
function describe({ candidate, cohesion, baseline }: Verdict): CodedText {
  const { entity, partners, population, inbound, outbound } = candidate;
  const params = {
    partners: partners.length, population, percent: Math.round((100 * partners.length) / population),
    cohesion: Math.round(100 * cohesion), baseline: Math.round(100 * baseline),
  };
  if (entity.type === 'location') return { code: 'hub.place', params };
  return { code: 'hub.number', params: { ...params, direction: outbound === 0 ? 'calledBy' : inbound === 0 ? 'calls' : 'both' } };
}

/**
 * Phone id → the people who hold it (`uses_phone` from a person), for phones held by at most
 * `PERSONAL_LINE_MAX_HOLDERS` people, each list sorted by id. Such a phone is judged like any
 * other, but where the rule would set it aside it is kept (and listed with its holder) instead.
 * NOTE: a recruiter's or a fixer's own line reaches many people who do not know each other (the
 * victims he recruits, the crossers he moves), so to the spread test it looks like a hotline; what
 * tells them apart is that a named person gives it as his own number (a people list, a subscriber
 * or KYC file), and no one holds a bank's hotline or a delivery app's line.
 */
function personalHolders(model: CaseModel, byId: ReadonlyMap<string, Entity>): Map<string, Entity[]> {
  const holders = new Map<string, Entity[]>();
  for (const link of model.links) {
    if (link.type !== 'uses_phone') continue;
    const holder = byId.get(link.source);
    if (holder?.type !== 'person' || byId.get(link.target)?.type !== 'phone') continue;
    const list = holders.get(link.target) ?? [];
    if (!list.includes(holder)) list.push(holder);
    holders.set(link.target, list);
  }
  for (const [id, list] of holders) {
    if (list.length > PERSONAL_LINE_MAX_HOLDERS) holders.delete(id);
    else list.sort((a, b) => compareIds(a.id, b.id));
  }
  return holders;
}

/** Why a phone the rule would set aside is kept: a named person holds it (the first by id, and how many hold it). */
function holderReason(candidate: Candidate, held: Entity[]): CodedText {
  const holder = held[0] as Entity;
  return {
    code: 'hub.holder',
    params: { partners: candidate.partners.length, population: candidate.population, holder: holder.label, holders: held.length },
  };
}

/** Why a broad phone is kept: the file it is most the subject of, its share of that file's rows, how many files. */
function subjectReason(candidate: Candidate, files: RecordSubject[]): CodedText {
  const main = files.reduce((a, b) => (b.rows / b.fileRows > a.rows / a.fileRows ? b : a));
  return {
    code: 'hub.recordSubject',
    params: {
      partners: candidate.partners.length, population: candidate.population, file: main.file,
      rows: main.rows, fileRows: main.fileRows, percent: Math.round((100 * main.rows) / main.fileRows), subjects: main.subjects,
      others: files.length - 1,
    },
  };
}

function toHub(entity: Entity, reasonCode: CodedText): Hub {
  return { id: entity.id, type: entity.type, key: entity.key, label: entity.label, reason: sayInEnglish('why', reasonCode), reasonCode };
}
