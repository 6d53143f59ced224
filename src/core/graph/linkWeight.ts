// How much a typed link counts as evidence that two entities belong together.

import type { Link, LinkType } from '../model/types.ts';

/** Identity links: the same person behind a phone, an account or a handset. */
const IDENTITY_WEIGHT = 8;
/** A stated association between people (field reports, intelligence). */
const ASSOCIATION_WEIGHT = 3;
/** Calls: at most this much is added for long conversations. */
const MAX_DURATION_BONUS = 0.5;

/**
 * Weight of one aggregated link; always > 0, and ≥ 1 except for a generic link stated lighter (`0.35`).
 *
 * - `uses_phone`, `holds_account`, `uses_device`: 8 — identity, the strongest tie there is: a person's
 *   phones and accounts must stay with them (at 5 the sample case's money handlers split off from their crews).
 * - `transferred`: 2 + log2(count) — money ties are strong evidence, repeats add a little.
 * - `associated`: 3.
 * - `called`: 1 + log2(count) + up to 0.5 for duration (0.25 at ~10 minutes, 0.5 at ~100 minutes).
 * - `seen_at`: 1 + log2(count).
 * - `linked`: the stated weight (a Gephi/networkx weight column, summed), else count — generic links
 *   carry no meaning of their own.
 *
 * NOTE: counts grow logarithmically so that one chatty pair cannot outweigh a whole structure
 * (a thousand calls is stronger than one, but not a thousand times stronger).
 */
export function linkWeight(link: Pick<Link, 'type' | 'count' | 'durationSeconds' | 'weight'>): number {
  const count = Math.max(1, link.count);
  const repeats = Math.log2(count);
  switch (link.type) {
    case 'uses_phone':
    case 'holds_account':
    case 'uses_device':
      return IDENTITY_WEIGHT;
    case 'transferred':
      return 2 + repeats;
    case 'associated':
      return ASSOCIATION_WEIGHT;
    case 'called':
      return 1 + repeats + durationBonus(link.durationSeconds);
    case 'seen_at':
      return 1 + repeats;
    case 'linked':
      return link.weight !== undefined && link.weight > 0 ? link.weight : count;
    default:
      return assertNever(link.type);
  }
}

function durationBonus(seconds: number): number {
  if (!(seconds > 0)) return 0;
  const minutes = seconds / 60;
  return Math.min(MAX_DURATION_BONUS, (MAX_DURATION_BONUS * Math.log10(1 + minutes)) / 2);
}

function assertNever(type: never): never {
  throw new Error(`linkWeight: unknown link type ${String(type as LinkType)}`);
}
