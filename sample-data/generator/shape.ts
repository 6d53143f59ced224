// Knobs that vary a case's shape: domestic syndicates, cross-crew calls, planted brokers of several kinds.

import type { Rng } from './prng.ts';
import { byRole, makePerson, type Crew, type Tools } from './cast.ts';
import { routable } from './ties.ts';
import { TEMPLATES, type Template } from './templates.ts';
import type { Account, CallPair, Iso2, Person, Phone, Place, World } from './types.ts';

/** What kind of go-between a planted broker is. */
export type BrokerKind = 'money' | 'recruiter' | 'fixer';
export const BROKER_KINDS: readonly BrokerKind[] = ['money', 'recruiter', 'fixer'];

export interface CaseShape {
  /** Syndicates built from the single-country (Indonesian) blueprint; default: every fifth, as in the training case. */
  domestic?: number;
  /** Share of each crew's call weight that goes to phones of other crews, in [0, 0.9). Default 0. */
  crossCrewShare?: number;
  /** Brokers planted between two syndicates each, in this order. Default none. */
  brokers?: readonly BrokerKind[];
}

/** A planted go-between, for the answer key. */
export interface PlantedBroker {
  kind: BrokerKind;
  person: Person;
  phones: Phone[];
  accounts: Account[];
  /** Syndicate ids it serves. */
  bridges: string[];
  /** A place the broker shares with both syndicates (the fixer's border crossing). */
  place?: Place;
}

/** The one blueprint whose syndicates stay in one country. */
const DOMESTIC = TEMPLATES.findIndex((template) => template.places.every((place) => place.country === template.anchor));

/**
 * The blueprint of syndicate i of n. Without `domestic`, the five blueprints repeat (the training
 * case). With it, the first four syndicates keep the four cross-border blueprints (the planted
 * decoys need them), then `domestic` single-country ones, then the cross-border ones again.
 */
export function templateFor(i: number, n: number, domestic: number | undefined): Template {
  const crossBorder = TEMPLATES.filter((_template, index) => index !== DOMESTIC);
  const pick = (template: Template | undefined) => {
    if (!template) throw new Error('shape: no template');
    return template;
  };
  if (domestic === undefined) return pick(TEMPLATES[i % TEMPLATES.length]);
  const first = Math.min(4, n);
  if (i < first) return pick(crossBorder[i % crossBorder.length]);
  if (i < first + domestic) return pick(TEMPLATES[DOMESTIC]);
  return pick(crossBorder[(i - domestic) % crossBorder.length]);
}

/**
 * Cross-crew calls: for each crew, pairs between one of its phones and a phone of another crew
 * drawn at random, with total weight `share / (1 − share)` of the crew's own call weight, spread
 * over as many pairs as the crew has inside (so each stray pair weighs like an ordinary one).
 * Phones are drawn from everyone in the crew, workers included: people call friends elsewhere.
 */
export function crossCrewCalls(rng: Rng, crews: readonly Crew[], calls: readonly CallPair[], share: number): CallPair[] {
  if (!(share > 0) || crews.length < 2) return [];
  const crewOf = new Map<Phone, number>();
  crews.forEach((crew, i) => crew.syndicate.phones.forEach((phone) => crewOf.set(phone, i)));
  const inside = crews.map(() => ({ weight: 0, pairs: 0 }));
  for (const pair of calls) {
    const [a, b] = [crewOf.get(pair.a), crewOf.get(pair.b)];
    if (a === undefined || a !== b) continue;
    const tally = inside[a] as { weight: number; pairs: number };
    tally.weight += pair.weight;
    tally.pairs += 1;
  }
  const out: CallPair[] = [];
  crews.forEach((crew, i) => {
    const { weight, pairs } = inside[i] as { weight: number; pairs: number };
    const extra = (weight * share) / (1 - share);
    if (pairs === 0 || extra <= 0) return;
    const each = extra / pairs;
    for (let n = 0; n < pairs; n++) {
      for (let attempt = 0; attempt < 20; attempt++) {
        const other = rng.int(0, crews.length - 2);
        const target = crews[other >= i ? other + 1 : other] as Crew;
        const a = rng.pick(crew.syndicate.phones);
        const b = rng.pick(target.syndicate.phones);
        if (!routable(a, b)) continue;
        out.push({ a, b, weight: each });
        break;
      }
    }
  });
  return out;
}

const phonesOf = (crew: Crew, ...roles: Parameters<typeof byRole>[1][]) => byRole(crew, ...roles).flatMap((p) => crew.phonesOf.get(p) ?? []);
const walletsOf = (crew: Crew, ...roles: Parameters<typeof byRole>[1][]) =>
  byRole(crew, ...roles).flatMap((p) => crew.accountsOf.get(p) ?? []).filter((a) => a.kind === 'crypto');

/** Two distinct crews, drawn at random. */
function twoCrews(rng: Rng, crews: readonly Crew[]): [Crew, Crew] {
  const [a, b] = rng.shuffle(crews.map((_crew, i) => i)).slice(0, 2) as [number, number];
  return [crews[a] as Crew, crews[b] as Crew];
}

/** Calls from `phone` to each of `contacts` it can reach: `weight` each, or shared among them when `shared`. */
function callAll(world: World, phone: Phone, contacts: readonly Phone[], weight: number, shared = false): void {
  const reachable = contacts.filter((c) => routable(phone, c));
  for (const c of reachable) world.callPairs.push({ a: phone, b: c, weight: shared ? weight / reachable.length : weight });
}

/**
 * A money broker (an OTC desk or underground banker) for two syndicates: calls with their financiers
 * and money handlers, fiat from each consolidation account, USDT to each top wallet, an AML report.
 */
function moneyBroker(tools: Tools, world: World, pair: [Crew, Crew]): PlantedBroker {
  const country: Iso2 = tools.rng.pick(['TH', 'KH', 'PH']);
  const person = makePerson(tools.rng, tools.rng.pick(['CN', 'MY', 'TH']), 'broker', null);
  const phone = tools.phones.mobile(country, person, null);
  const bank = tools.accounts.bank(country, person, null);
  const wallet = tools.accounts.tron(person, null, country);
  for (const crew of pair) {
    callAll(world, phone, phonesOf(crew, 'financier', 'money_handler'), 4, true);
    const top = walletsOf(crew, 'boss')[0] ?? walletsOf(crew, 'financier')[0];
    world.moneyPairs.push({ from: crew.consolidation, to: bank, weight: 3, scale: 40000 });
    if (top) world.moneyPairs.push({ from: wallet, to: top, weight: 3, scale: 35000 });
    const financier = byRole(crew, 'financier')[0];
    if (financier) world.associations.push({ a: person, b: financier, relationship: 'OTC client', source: 'suspicious transaction report' });
  }
  return { kind: 'money', person, phones: [phone], accounts: [bank, wallet], bridges: pair.map((c) => c.syndicate.id) };
}

/**
 * A recruiter who supplies two compounds: calls with both crews' managers (as often as their own recruiters), recruits some of each
 * crew's workers (calls, a "recruited by" statement), is seen at both compounds, is paid by both.
 */
function recruiter(tools: Tools, world: World, pair: [Crew, Crew]): PlantedBroker {
  const nationality: Iso2 = tools.rng.pick(['ID', 'VN', 'PH']);
  const person = makePerson(tools.rng, nationality, 'recruiter', null);
  const phone = tools.phones.mobile(nationality, person, null);
  const bank = tools.accounts.bank(nationality, person, null);
  for (const crew of pair) {
    callAll(world, phone, phonesOf(crew, 'manager'), 3);
    const workers = tools.rng.shuffle(byRole(crew, 'victim')).slice(0, 3);
    for (const worker of workers) {
      world.associations.push({ a: worker, b: person, relationship: 'recruited by', source: 'victim statement' });
      for (const p of crew.phonesOf.get(worker) ?? []) if (routable(p, phone)) world.callPairs.push({ a: phone, b: p, weight: 1.5 });
    }
    const compound = crew.syndicate.places[0];
    if (compound) for (let i = 0; i < 2; i++) world.sightings.push({ person, place: compound, day: tools.rng.int(0, 150), source: 'IOM interview' });
    world.moneyPairs.push({ from: crew.consolidation, to: bank, weight: 1.5, scale: 600 });
  }
  return { kind: 'recruiter', person, phones: [phone], accounts: [bank], bridges: pair.map((c) => c.syndicate.id) };
}

/**
 * A fixer at a border crossing who moves people for two syndicates: a Thai and a Myanmar SIM in one
 * handset, calls with both crews' managers and fixers, "arranges crossings" for two managers of each, paid by both,
 * seen at the crossing — where members of both crews are seen too (a shared place, never a broker).
 */
function fixer(tools: Tools, world: World, pair: [Crew, Crew], crossings: Place[]): PlantedBroker {
  const person = makePerson(tools.rng, 'MM', 'fixer', null);
  const phones = [tools.phones.mobile('TH', person, null), tools.phones.mobile('MM', person, null)];
  const [th, mm] = phones as [Phone, Phone];
  mm.imei = th.imei;
  const bank = tools.accounts.bank('TH', person, null);
  const place: Place = {
    id: '', name: `Border crossing ${crossings.length + 1} (Mae Sot – Myawaddy)`, country: 'TH', type: 'border_crossing', syndicate: null,
    lat: Number((16.6994 + crossings.length * 0.01).toFixed(4)), lon: 98.5201,
  };
  crossings.push(place);
  for (let i = 0; i < 3; i++) world.sightings.push({ person, place, day: tools.rng.int(0, 180), source: 'Thai Immigration Bureau' });
  for (const crew of pair) {
    callAll(world, th, phonesOf(crew, 'manager', 'fixer'), 3);
    for (const manager of byRole(crew, 'manager').slice(0, 2)) {
      world.associations.push({ a: person, b: manager, relationship: 'arranges crossings for', source: 'intelligence report' });
    }
    world.moneyPairs.push({ from: crew.consolidation, to: bank, weight: 1.5, scale: 5000 });
    for (const p of tools.rng.shuffle(crew.syndicate.persons).slice(0, 4)) {
      world.sightings.push({ person: p, place, day: tools.rng.int(0, 180), source: 'Thai Immigration Bureau' });
    }
  }
  return { kind: 'fixer', person, phones, accounts: [bank], bridges: pair.map((c) => c.syndicate.id), place };
}

/**
 * Applies a shape to a built world: cross-crew calls, then the planted brokers (their people, phones
 * and accounts join the world; their border crossings are returned for numbering with the places).
 */
export function shapeWorld(tools: Tools, rng: Rng, world: World, crews: readonly Crew[], shape: CaseShape): PlantedBroker[] {
  world.callPairs.push(...crossCrewCalls(rng, crews, world.callPairs, shape.crossCrewShare ?? 0));
  const crossings: Place[] = [];
  const planted = (shape.brokers ?? []).map((kind) => {
    const pair = twoCrews(rng, crews);
    return kind === 'money' ? moneyBroker(tools, world, pair) : kind === 'recruiter' ? recruiter(tools, world, pair) : fixer(tools, world, pair, crossings);
  });
  for (const broker of planted) {
    world.persons.push(broker.person);
    world.phones.push(...broker.phones);
    world.accounts.push(...broker.accounts);
  }
  return planted;
}

/** Numbers the border crossings after the other places (ids L-…, continuing). */
export function numberPlantedPlaces(world: World, planted: readonly PlantedBroker[]): void {
  const width = world.places[0]?.id.length ? (world.places[0].id.length - 2) : 3;
  for (const broker of planted) {
    if (!broker.place) continue;
    broker.place.id = `L-${String(world.places.length + 1).padStart(width, '0')}`;
    world.places.push(broker.place);
  }
}

/**
 * Reads one shape flag of the generator's command line into `options.shape`; false when `flag`
 * is not a shape flag. `--domestic N`, `--cross-crew-share X` (0 ≤ X < 0.9), `--brokers money,recruiter,fixer`.
 */
export function shapeFlag(options: { shape?: CaseShape }, flag: string, value: string): boolean {
  const shape = (options.shape ??= {});
  if (flag === '--domestic') {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error('--domestic takes a whole number');
    shape.domestic = n;
  } else if (flag === '--cross-crew-share') {
    const x = Number(value);
    if (!(x >= 0 && x < 0.9)) throw new Error('--cross-crew-share takes a number from 0 to 0.9');
    shape.crossCrewShare = x;
  } else if (flag === '--brokers') {
    shape.brokers = value.split(',').filter(Boolean).map((kind) => {
      const known = BROKER_KINDS.find((k) => k === kind);
      if (known === undefined) throw new Error(`--brokers: unknown kind ${kind} (money, recruiter, fixer)`);
      return known;
    });
  } else {
    if (Object.keys(shape).length === 0) delete options.shape;
    return false;
  }
  return true;
}
