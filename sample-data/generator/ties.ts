// Ties inside one syndicate: who calls whom, where money flows, who was seen where, who knows whom.

import type { Rng } from './prng.ts';
import { byRole, type Crew } from './cast.ts';
import type { Account, Association, CallPair, Iso2, MoneyPair, Person, Phone, Place, Role, Sighting } from './types.ts';

/** Countries whose telco sent a call record: a call is on file only if one end is one of these. */
export const TELCO_COUNTRIES: ReadonlySet<Iso2> = new Set(['MM', 'TH', 'ID', 'KH', 'PH']);

export function routable(a: Phone, b: Phone): boolean {
  return (!a.service && TELCO_COUNTRIES.has(a.country)) || (!b.service && TELCO_COUNTRIES.has(b.country));
}

export const SOURCES: Record<Iso2, string> = {
  ID: 'Bareskrim Polri', TH: 'Royal Thai Police', MM: 'DSI Thailand (cross-border)', KH: 'Cambodian National Police',
  LA: 'Lao police liaison', PH: 'PAOCC raid report', VN: 'Vietnam MPS', MY: 'PDRM', CN: 'MPS liaison',
};

export interface CrewTies {
  calls: CallPair[];
  money: MoneyPair[];
  sightings: Sighting[];
  associations: Association[];
}

/** Each trafficked worker's recruiter: same nationality when the crew has one. */
function recruiterOf(rng: Rng, crew: Crew): Map<Person, Person> {
  const recruiters = byRole(crew, 'recruiter');
  const out = new Map<Person, Person>();
  for (const v of byRole(crew, 'victim')) {
    const same = recruiters.filter((r) => r.nationality === v.nationality);
    out.set(v, rng.pick(same.length > 0 ? same : recruiters));
  }
  return out;
}

function callPairs(rng: Rng, crew: Crew, recruiters: Map<Person, Person>): CallPair[] {
  const pairs: CallPair[] = [];
  const phones = (p: Person) => crew.phonesOf.get(p) ?? [];
  const add = (a: Phone, b: Phone, weight: number) => {
    if (a !== b && routable(a, b)) pairs.push({ a, b, weight });
  };
  const link = (as: Person[], bs: Person[], weight: number) => {
    for (const a of as) for (const b of bs) {
      if (a === b) continue;
      const pa = phones(a);
      const pb = phones(b);
      for (const x of pa) for (const y of pb) add(x, y, weight / (pa.length * pb.length));
    }
  };
  const r = (...roles: Role[]) => byRole(crew, ...roles);
  link(r('boss'), r('financier'), 6);
  link(r('boss'), r('manager'), 5);
  link(r('financier'), r('money_handler'), 4);
  link(r('manager'), r('manager'), 1.5);
  link(r('manager'), r('recruiter'), 3);
  link(r('manager'), r('fixer'), 3);
  link(r('money_handler'), r('mule'), 2);
  link(r('money_handler'), r('money_handler'), 1);
  // NOTE: the money side talks to the floor too (payouts, recruiters' fees), or it would read as a
  // separate group: in the compounds the same managers run both.
  link(r('manager'), r('money_handler'), 2.5);
  link(r('boss'), r('money_handler'), 1);
  link(r('money_handler'), r('recruiter'), 1.5);
  link(r('manager'), r('mule'), 0.5);
  for (const [victim, recruiter] of recruiters) link([victim], [recruiter], 1.5);
  for (const w of crew.workPhones) {
    for (const m of r('manager')) for (const p of phones(m)) add(w, p, 4 / phones(m).length);
    for (const v of r('victim')) for (const p of phones(v)) if (rng.chance(0.4)) add(w, p, 0.5);
  }
  // Every phone must be on file somewhere: strays get a call with the compound's work phone.
  const seen = new Set(pairs.flatMap((p) => [p.a, p.b]));
  for (const phone of crew.syndicate.phones) {
    if (!seen.has(phone)) add(rng.pick(crew.workPhones), phone, 0.5);
  }
  return pairs;
}

function moneyPairs(crew: Crew): MoneyPair[] {
  const pairs: MoneyPair[] = [];
  const cons = crew.consolidation;
  const of = (p: Person) => crew.accountsOf.get(p) ?? [];
  const fiat = (...roles: Role[]) => byRole(crew, ...roles).flatMap(of).filter((a) => a.kind !== 'crypto' && a !== cons);
  const wallets = (...roles: Role[]) => byRole(crew, ...roles).flatMap(of).filter((a) => a.kind === 'crypto');
  const add = (from: Account, to: Account, weight: number, scale: number) => pairs.push({ from, to, weight, scale });
  for (const a of fiat('mule')) add(a, cons, 5, 800);
  for (const a of fiat('money_handler')) add(a, cons, 3, 3000);
  for (const a of fiat('recruiter')) add(cons, a, 1, 600);
  for (const a of fiat('financier', 'boss')) add(cons, a, 2, 15000);
  const top = wallets('boss')[0] ?? wallets('financier')[0];
  for (const w of wallets('money_handler')) for (const f of wallets('financier')) add(w, f, 2, 20000);
  for (const f of wallets('financier')) if (top && f !== top) add(f, top, 2, 40000);
  for (const w of wallets('money_handler')) if (top && wallets('financier').length === 0) add(w, top, 2, 20000);
  const used = new Set(pairs.flatMap((p) => [p.from, p.to]));
  for (const a of crew.syndicate.accounts) {
    if (used.has(a)) continue;
    if (a.kind !== 'crypto') add(a, cons, 1, 1000);
    else if (top && a !== top) add(a, top, 1, 10000);
  }
  return pairs;
}

function sightings(rng: Rng, crew: Crew): Sighting[] {
  const out: Sighting[] = [];
  const [compound, ...others] = crew.syndicate.places;
  if (!compound) return out;
  const see = (person: Person, place: Place, from: number, to: number, source?: string) =>
    out.push({ person, place, day: rng.int(from, to), source: source ?? SOURCES[place.country] });
  for (const p of crew.syndicate.persons) {
    if (p.role === 'recruiter') continue;
    const times = p.role === 'victim' ? 1 : rng.int(1, 3);
    for (let i = 0; i < times; i++) see(p, compound, 30, 181, p.role === 'victim' ? 'IOM interview' : undefined);
  }
  for (const place of others) {
    const who = (role: Role[]) => byRole(crew, ...role);
    const visitors: Person[] =
      place.type === 'recruitment_office' ? [...who(['recruiter']), ...who(['victim']).filter((v) => v.nationality === place.country)]
        : place.type === 'safe_house' ? [...who(['fixer', 'recruiter']).filter((x) => x.nationality === place.country || x.role === 'fixer'), ...who(['victim']).filter(() => rng.chance(0.3))]
          : place.type === 'exchange_shop' ? who(['money_handler'])
            : place.type === 'compound' ? [...who(['manager']), ...who(['victim']).filter(() => rng.chance(0.4))]
              : who(['boss', 'financier']);
    if (visitors.length === 0) visitors.push(...who(['boss']));
    for (const v of visitors) see(v, place, 0, 120);
  }
  for (const r of byRole(crew, 'recruiter')) if (!out.some((s) => s.person === r)) see(r, compound, 0, 60);
  return out;
}

function associations(rng: Rng, crew: Crew, recruiters: Map<Person, Person>): Association[] {
  const out: Association[] = [];
  const indonesian = crew.template.anchor === 'ID';
  const add = (a: Person, b: Person, en: string, id: string, source: string) =>
    out.push({ a, b, relationship: indonesian ? id : en, source });
  const r = (...roles: Role[]) => byRole(crew, ...roles);
  for (const [v, rec] of recruiters) add(v, rec, 'recruited by', 'direkrut oleh', indonesian ? 'BAP korban' : 'victim statement');
  for (const f of r('financier')) for (const b of r('boss')) add(f, b, 'business partner', 'rekan bisnis', 'intelligence report');
  for (const m of r('manager', 'fixer')) add(m, rng.pick(r('boss')), 'works for', 'bekerja untuk', 'intelligence report');
  const handlers = r('money_handler');
  for (const m of r('mule')) if (handlers.length) add(m, rng.pick(handlers), 'account controlled by', 'rekening dikendalikan oleh', 'bank KYC review');
  for (const h of handlers) add(h, rng.pick([...r('financier'), ...r('boss')]), 'works for', 'bekerja untuk', 'intelligence report');
  const managers = r('manager');
  for (const v of r('victim')) if (managers.length && rng.chance(0.3)) add(v, rng.pick(managers), 'supervised by', 'diawasi oleh', 'victim statement');
  return out;
}

export function crewTies(rng: Rng, crew: Crew): CrewTies {
  const recruiters = recruiterOf(rng, crew);
  return {
    calls: callPairs(rng, crew, recruiters),
    money: moneyPairs(crew),
    sightings: sightings(rng, crew),
    associations: associations(rng, crew, recruiters),
  };
}
