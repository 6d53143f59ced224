// Assembles the case: syndicates, the planted broker, the decoys and the hubs; then hands out ids.

import { Rng } from './prng.ts';
import { AccountBook } from './accounts.ts';
import { PhoneBook } from './phones.ts';
import { buildCrew, byRole, type Crew, type Tools } from './cast.ts';
import { crewTies, routable } from './ties.ts';
import { plantBackground } from './background.ts';
import { numberPlantedPlaces, shapeWorld, templateFor, type CaseShape } from './shape.ts';
import { plantBroker, plantDecoys, plantHubs, wireBroker } from './plants.ts';
import type { Place, World } from './types.ts';

export interface BuiltWorld {
  world: World;
  crews: Crew[];
}

export interface WorldOptions {
  /** Ordinary subscribers (national-scale cases); 0 in the training case. */
  backgroundPhones?: number;
  /** Extra hotlines called by the subscribers (default: 4 when there are subscribers). */
  hotlines?: number;
  /** Domestic syndicates, cross-crew calls, planted brokers (see `shape.ts`); absent in the training case. */
  shape?: CaseShape;
}

/** The whole case for a seed; `syndicateCount` ≥ 5 (the large case repeats the five blueprints). */
export function buildWorld(seed: number, syndicateCount: number, options: WorldOptions = {}): BuiltWorld {
  const root = new Rng(seed);
  const rng = root.fork('world');
  const tools: Tools = { rng, phones: new PhoneBook(rng), accounts: new AccountBook(rng) };
  const crews: Crew[] = [];
  const count = Math.max(5, syndicateCount);
  for (let i = 0; i < count; i++) {
    const template = templateFor(i, count, options.shape?.domestic);
    crews.push(buildCrew(tools, template, `S${i + 1}`, crews.filter((crew) => crew.template === template).length));
  }
  const ties = crews.map((crew) => crewTies(rng, crew));
  const world: World = {
    syndicates: crews.map((c) => c.syndicate),
    persons: crews.flatMap((c) => c.syndicate.persons),
    phones: crews.flatMap((c) => c.syndicate.phones),
    accounts: crews.flatMap((c) => c.syndicate.accounts),
    places: [],
    callPairs: ties.flatMap((t) => t.calls),
    moneyPairs: ties.flatMap((t) => t.money),
    sightings: ties.flatMap((t) => t.sightings),
    associations: ties.flatMap((t) => t.associations),
    broker: plantBroker(tools, crews),
    decoys: [],
    hubs: { phones: [], places: [] },
  };
  world.persons.push(world.broker.person);
  world.phones.push(world.broker.phone);
  world.accounts.push(...world.broker.accounts);
  wireBroker(world, crews);
  world.decoys = plantDecoys(tools, crews, world);
  world.hubs = plantHubs(tools, crews, world);
  world.phones.push(...world.hubs.phones);
  const subscribers = options.backgroundPhones ?? 0;
  const lines = options.hotlines ?? (subscribers > 0 ? 4 : 0);
  if (subscribers > 0 || lines > 0) {
    const background = plantBackground(root.fork('background'), tools.phones, crews, { phones: subscribers, hotlines: lines });
    world.background = background.phones;
    for (const pair of background.callPairs) world.callPairs.push(pair);
    world.hubs.phones.push(...background.hotlines);
    world.phones.push(...background.hotlines);
  }
  if (options.shape) world.planted = shapeWorld(tools, root.fork('shape'), world, crews, options.shape);
  markOverlaps(crews);
  assignIds(rng, world, crews);
  if (world.planted) numberPlantedPlaces(world, world.planted);
  for (const pair of world.callPairs) if (!routable(pair.a, pair.b)) throw new Error('unroutable call pair');
  return { world, crews };
}

/** A few Indonesian workers of S1 (and its boss) are on both the Indonesian and the partner list. */
function markOverlaps(crews: Crew[]): void {
  const s1 = crews[0];
  if (!s1) return;
  for (const boss of byRole(s1, 'boss')) boss.listedIn = 'BOTH';
  byRole(s1, 'victim').filter((v) => v.nationality === 'ID').slice(0, 3).forEach((v) => { v.listedIn = 'BOTH'; });
}

/**
 * Person ids are handed out in shuffled order so that id ranges never give a syndicate away.
 * Places keep blueprint order with the hubs slotted in among them.
 */
function assignIds(rng: Rng, world: World, crews: Crew[]): void {
  const width = world.persons.length > 9999 ? 5 : 4;
  rng.shuffle(world.persons).forEach((p, i) => { p.id = `P-${String(i + 1).padStart(width, '0')}`; });
  world.persons.sort((a, b) => (a.id < b.id ? -1 : 1));
  const places: Place[] = crews.flatMap((c) => c.syndicate.places);
  const [hubA, hubB] = world.hubs.places;
  if (hubA) places.splice(Math.min(4, places.length), 0, hubA);
  if (hubB) places.splice(Math.min(11, places.length), 0, hubB);
  const lw = places.length > 999 ? 4 : 3;
  places.forEach((p, i) => { p.id = `L-${String(i + 1).padStart(lw, '0')}`; });
  world.places = places;
}
