// Where a cluster reaches: each country's share of its actors, and whether that makes it cross-border.

import type { CaseModel, Entity } from '../model/types.ts';
import { compareIds } from '../model/order.ts';
import { round6 } from './round6.ts';
import type { CountryShare } from './types.ts';
import { pulse } from '../progressPulse.ts';

/** The actors outside a cluster's main country need to be at least this many of its people, phones and accounts… */
export const CROSS_BORDER_MIN_ACTORS = 2;
/** …and at least this share of them (of those whose country is known). */
export const CROSS_BORDER_MIN_SHARE = 0.1;

/** Entity types that count as actors for reach: where people come from, phones are, money goes. */
const ACTOR_TYPES = new Set(['person', 'phone', 'account']);

/**
 * Each country's part in a cluster, largest share first (then country code): its people (by
 * nationality), phones (by numbering plan) and accounts (by bank), and the `transferred` money
 * those accounts received. Places and handsets do not count: an airport or a border crossing
 * absorbed into a cluster says where its people passed, not where it operates.
 */
export function countryShares(members: readonly Entity[], received: ReadonlyMap<string, ReadonlyMap<string, number>>): CountryShare[] {
  const byCountry = new Map<string, CountryShare>();
  const money = new Map<string, Map<string, number>>();
  let known = 0;
  for (const entity of members) {
    if (!ACTOR_TYPES.has(entity.type) || !entity.country) continue;
    known += 1;
    const share = byCountry.get(entity.country) ?? { country: entity.country, actors: 0, share: 0, people: 0, phones: 0, accounts: 0, moneyReceived: {} };
    share.actors += 1;
    if (entity.type === 'person') share.people += 1;
    else if (entity.type === 'phone') share.phones += 1;
    else {
      share.accounts += 1;
      const totals = money.get(entity.country) ?? new Map<string, number>();
      for (const [currency, amount] of received.get(entity.id) ?? []) totals.set(currency, (totals.get(currency) ?? 0) + amount);
      money.set(entity.country, totals);
    }
    byCountry.set(entity.country, share);
  }
  return [...byCountry.values()]
    .map((share) => ({ ...share, share: round6(share.actors / known), moneyReceived: sorted(money.get(share.country)) }))
    .sort((a, b) => b.actors - a.actors || compareIds(a.country, b.country));
}

/**
 * Cross-border when the actors outside the main country (the first share) are at least `CROSS_BORDER_MIN_ACTORS`
 * and `CROSS_BORDER_MIN_SHARE` of those whose country is known, whichever countries they are from.
 * NOTE: an investigator asks how much of the cluster lies abroad, not how much lies in the second country: a Thai
 * crew with two Lao, one Malaysian, one Cambodian and one Chinese actor among 39 (13% abroad) spans borders though
 * no second country reaches 10%. One foreign actor alone (a stray number) is too few, and so is a handful lost
 * in a large one-country cluster.
 */
export function isCrossBorder(shares: readonly CountryShare[]): boolean {
  const abroad = actorsAbroad(shares);
  return abroad.actors >= CROSS_BORDER_MIN_ACTORS && abroad.share >= CROSS_BORDER_MIN_SHARE;
}

/** Actors outside the main country (the first share), and their share of those whose country is known. */
function actorsAbroad(shares: readonly CountryShare[]): { actors: number; share: number } {
  let actors = 0;
  let known = 0;
  shares.forEach((share, i) => {
    known += share.actors;
    if (i > 0) actors += share.actors;
  });
  return { actors, share: known === 0 ? 0 : actors / known };
}

/** How far a cluster reaches, in one word every view uses (CLI, dossier, workbench): see `clusterReach`. */
export type ClusterReach = 'one-country' | 'cross-border' | 'mainly-one-country' | 'too-few-actors';

/**
 * The reach of a cluster from its country shares, by the one rule (`isCrossBorder`): cross-border; else one country
 * when only one is known; else too few actors when fewer than `CROSS_BORDER_MIN_ACTORS` are abroad (a 1 + 1 cluster is
 * half and half, and "mainly one country" would be false); else mainly one country (under `CROSS_BORDER_MIN_SHARE`
 * abroad).
 *
 * NOTE: victims count: a compound's trafficked workers from another country are what makes it cross-border (where
 * they were recruited, where they were held). Counting is not ranking: victims are never key players or brokers.
 */
export function clusterReach(shares: readonly CountryShare[]): ClusterReach {
  if (shares[1] === undefined) return 'one-country';
  if (isCrossBorder(shares)) return 'cross-border';
  return actorsAbroad(shares).actors < CROSS_BORDER_MIN_ACTORS ? 'too-few-actors' : 'mainly-one-country';
}

/** Money each account received over `transferred` links, per currency. */
export function moneyReceived(model: CaseModel): Map<string, Map<string, number>> {
  const received = new Map<string, Map<string, number>>();
  for (const link of model.links) {
    pulse();
    if (link.type !== 'transferred' || link.source === link.target) continue;
    const totals = received.get(link.target) ?? new Map<string, number>();
    for (const [currency, amount] of Object.entries(link.amounts)) totals.set(currency, (totals.get(currency) ?? 0) + amount);
    received.set(link.target, totals);
  }
  return received;
}

/** Currencies in order, in a record built from entries (a currency written "__proto__" stays data). */
function sorted(totals: ReadonlyMap<string, number> | undefined): Record<string, number> {
  return Object.fromEntries([...(totals ?? [])].map(([c, a]) => [c, round6(a)] as const).sort(([a], [b]) => compareIds(a, b)));
}
