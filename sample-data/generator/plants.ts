// The planted answers: one broker who serves two syndicates, two decoys, and the hubs that must not glue.

import { byRole, makePerson, type Crew, type Tools } from './cast.ts';
import { routable } from './ties.ts';
import type { Place, World } from './types.ts';

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`plants: no ${what}`);
  return item;
}

function crewAt(crews: Crew[], i: number): Crew {
  return first(crews.slice(i, i + 1), `syndicate ${i + 1}`);
}

const wallets = (crew: Crew, ...roles: Parameters<typeof byRole>[1][]) =>
  byRole(crew, ...roles).flatMap((p) => crew.accountsOf.get(p) ?? []).filter((a) => a.kind === 'crypto');
const phonesOf = (crew: Crew, ...roles: Parameters<typeof byRole>[1][]) =>
  byRole(crew, ...roles).flatMap((p) => crew.phonesOf.get(p) ?? []);

/**
 * A Bangkok crypto OTC trader who changes money for S2 and S3: the same weight of calls, fiat and USDT
 * with each, so he sits between them and in neither.
 */
export function plantBroker(tools: Tools, crews: Crew[]): World['broker'] {
  const person = makePerson(tools.rng, 'MY', 'broker', null);
  const phone = tools.phones.mobile('TH', person, null);
  const bank = tools.accounts.bank('TH', person, null, 'Kasikornbank');
  const wallet = tools.accounts.tron(person, null, 'TH');
  return { person, phone, accounts: [bank, wallet], bridges: [crewAt(crews, 1).syndicate.id, crewAt(crews, 2).syndicate.id] };
}

/** Calls, money and two intelligence links between the broker and each bridged syndicate. */
export function wireBroker(world: World, crews: Crew[]): void {
  const { person, phone, accounts } = world.broker;
  const [bank, wallet] = accounts;
  if (!bank || !wallet) throw new Error('plants: broker accounts');
  for (const crew of [crewAt(crews, 1), crewAt(crews, 2)]) {
    const contacts = phonesOf(crew, 'financier', 'money_handler').filter((p) => routable(p, phone));
    for (const c of contacts) world.callPairs.push({ a: phone, b: c, weight: 4 / contacts.length });
    const top = first([...wallets(crew, 'boss'), ...wallets(crew, 'financier')], 'syndicate wallet');
    world.moneyPairs.push({ from: crew.consolidation, to: bank, weight: 3, scale: 40000 });
    world.moneyPairs.push({ from: wallet, to: top, weight: 3, scale: 35000 });
    for (const w of wallets(crew, 'financier')) world.moneyPairs.push({ from: w, to: wallet, weight: 1, scale: 20000 });
    const financier = first(byRole(crew, 'financier'), 'financier');
    world.associations.push({ a: person, b: financier, relationship: 'OTC client', source: 'AMLO suspicious transaction report' });
  }
}

export function plantDecoys(tools: Tools, crews: Crew[], world: World): World['decoys'] {
  const [s1, s2, s3, s4] = [0, 1, 2, 3].map((i) => crewAt(crews, i)) as [Crew, Crew, Crew, Crew];
  // Decoy 1: a manager of S4 who once rang a manager of S3, one call and nothing else.
  const stray = first(byRole(s4, 'manager').filter((m) => (s4.phonesOf.get(m) ?? []).length > 0), 'S4 manager');
  const from = first(s4.phonesOf.get(stray) ?? [], 'S4 manager phone');
  const to = first(phonesOf(s3, 'manager').filter((p) => p.country === 'TH'), 'S3 manager phone');
  world.callPairs.push({ a: from, b: to, weight: 0, oneWay: true });
  // Decoy 2: a worker sold on from S2's compound to S1's: ties to both, but a victim.
  const resold = first(byRole(s1, 'victim').filter((v) => v.nationality === 'ID' && v.listedIn === 'ID'), 'S1 victim');
  const s2compound = first(s2.syndicate.places, 'S2 compound');
  world.sightings.push({ person: resold, place: s2compound, day: tools.rng.int(5, 20), source: 'IOM interview' });
  world.associations.push({ a: resold, b: first(byRole(s2, 'manager'), 'S2 manager'), relationship: 'held by (before resale)', source: 'victim statement' });
  return [
    { person: stray, why: `one stray call to ${s3.syndicate.id} (a manager's Thai SIM); otherwise only ${s4.syndicate.id} ties` },
    { person: resold, why: `trafficked worker resold from ${s2.syndicate.id}'s compound to ${s1.syndicate.id}'s: ties to both, but a victim, never a broker` },
  ];
}

/** Service numbers many syndicates call and transit places many pass through: noise, not glue. */
export function plantHubs(tools: Tools, crews: Crew[], world: World): World['hubs'] {
  const { rng } = tools;
  const hotline = tools.phones.service('ID', `1500${rng.digits(3)}`, 'Indonesian bank call centre');
  const callCentre = tools.phones.service('TH', `02${rng.int(2, 9)}${rng.digits(6)}`, 'Thai bank call centre');
  const airportTH: Place = { id: '', name: 'Suvarnabhumi Airport, Bangkok', country: 'TH', lat: 13.69, lon: 100.7501, type: 'airport', syndicate: null };
  const airportID: Place = { id: '', name: 'Bandara Soekarno-Hatta, Tangerang', country: 'ID', lat: -6.1256, lon: 106.6559, type: 'airport', syndicate: null };
  for (const crew of crews) {
    // NOTE: a few callers from every syndicate, not most of one: what makes a hotline noise is that
    // its callers are strangers to each other.
    const callers = rng.shuffle(crew.syndicate.phones);
    const toHotline = callers.filter((p) => p.country === 'ID').slice(0, 6);
    const toCentre = callers.filter((p) => p.country !== 'ID' && routable(p, callCentre)).slice(0, 8);
    for (const p of toHotline) world.callPairs.push({ a: p, b: hotline, weight: 0.3, oneWay: true });
    for (const p of toCentre) world.callPairs.push({ a: p, b: callCentre, weight: 0.3, oneWay: true });
    const people = rng.shuffle(crew.syndicate.persons);
    const domestic = crew.syndicate.places.every((p) => p.country === 'ID');
    if (!domestic) for (const p of people.slice(0, 5)) world.sightings.push({ person: p, place: airportTH, day: rng.int(0, 181), source: 'Thai Immigration Bureau' });
    for (const p of people.filter((x) => x.nationality === 'ID').slice(0, 5)) {
      world.sightings.push({ person: p, place: airportID, day: rng.int(0, 181), source: 'Imigrasi Soekarno-Hatta' });
    }
  }
  return { phones: [hotline, callCentre], places: [airportTH, airportID] };
}
