// The national-scale backdrop: ordinary subscribers in circles of family and friends, and hotlines everyone calls.

import type { Rng } from './prng.ts';
import type { PhoneBook } from './phones.ts';
import { byRole, type Crew } from './cast.ts';
import { routable } from './ties.ts';
import type { CallPair, Iso2, Phone } from './types.ts';

/** Where ordinary subscribers live: the telco countries, Indonesia most. */
const HOME: readonly Iso2[] = ['ID', 'ID', 'ID', 'ID', 'TH', 'TH', 'PH', 'PH', 'KH', 'MM'];

/** Hotline shapes: a national number valid in its country, and what it is. */
const HOTLINES: readonly { country: Iso2; make: (rng: Rng) => string; label: string }[] = [
  { country: 'ID', make: (r) => `021${r.int(2, 8)}${r.digits(7)}`, label: 'Indonesian delivery app support line' },
  { country: 'TH', make: (r) => `02${r.int(2, 9)}${r.digits(6)}`, label: 'Thai ride-hailing call centre' },
  { country: 'ID', make: (r) => `021${r.int(2, 8)}${r.digits(7)}`, label: 'Indonesian bank call centre' },
  { country: 'PH', make: (r) => `028${r.digits(7)}`, label: 'Philippine telco customer service' },
];

export interface Background {
  /** Ordinary subscribers: no owner on file, no syndicate. */
  phones: Phone[];
  /** Service numbers called by a large share of the subscribers (hubs in the answer key). */
  hotlines: Phone[];
  callPairs: CallPair[];
}

export interface BackgroundOptions {
  /** Ordinary subscribers to add. */
  phones: number;
  /** Hotlines to add (at most four shapes, repeated with new numbers beyond). */
  hotlines: number;
}

/**
 * Ordinary subscribers, hotlines and the calls between them and the crews:
 * - circles of 6–12 subscribers (a family, a village, a workplace), each member calling 2–3 others
 *   of the circle, and one in four calling someone anywhere;
 * - each subscriber calls each hotline with probability 0.35 (so each hotline is called by about a
 *   third of the subscribers, strangers to each other), and one crew phone in ten calls one too;
 * - half the trafficked workers with a phone are called by a subscriber back home (their family):
 *   the ties that make a national case hard, because they hang ordinary circles onto the crews.
 *
 * NOTE: draws come from its own forked stream, so the training case (no background) is unchanged.
 */
export function plantBackground(rng: Rng, book: PhoneBook, crews: readonly Crew[], options: BackgroundOptions): Background {
  const phones: Phone[] = [];
  for (let i = 0; i < options.phones; i++) phones.push(book.mobile(rng.pick(HOME), null, null, rng));
  const hotlines: Phone[] = [];
  for (let i = 0; i < options.hotlines; i++) hotlines.push(hotline(rng, book, i));
  const callPairs: CallPair[] = [];
  const add = (a: Phone, b: Phone, weight: number, oneWay = false) => {
    if (a !== b && routable(a, b)) callPairs.push(oneWay ? { a, b, weight, oneWay } : { a, b, weight });
  };

  const order = rng.shuffle(phones.slice());
  for (let start = 0; start < order.length;) {
    const size = Math.min(order.length - start, rng.int(6, 12));
    const circle = order.slice(start, start + size);
    circle.forEach((phone, i) => {
      const ties = rng.int(2, 3);
      for (let t = 1; t <= ties && t < circle.length; t++) add(phone, circle[(i + t) % circle.length] as Phone, 1);
      if (rng.chance(0.25)) add(phone, rng.pick(order), 0.3);
    });
    start += size;
  }
  for (const phone of phones) for (const line of hotlines) if (rng.chance(0.35)) add(phone, line, 0.2, true);
  for (const crew of crews) {
    for (const phone of crew.syndicate.phones) if (hotlines.length > 0 && rng.chance(0.1)) add(phone, rng.pick(hotlines), 0.2, true);
    if (phones.length === 0) continue;
    for (const victim of byRole(crew, 'victim')) {
      for (const phone of crew.phonesOf.get(victim) ?? []) if (rng.chance(0.5)) add(rng.pick(phones), phone, 0.5);
    }
  }
  return { phones, hotlines, callPairs };
}

function hotline(rng: Rng, book: PhoneBook, index: number): Phone {
  const shape = HOTLINES[index % HOTLINES.length] as (typeof HOTLINES)[number];
  for (let attempt = 0; attempt < 50; attempt++) {
    const phone = book.tryService(shape.country, shape.make(rng), shape.label);
    if (phone) return phone;
  }
  throw new Error(`background: could not make a ${shape.country} hotline`);
}
