// Spreads events over the case period day by day, so a million rows never sit in memory at once.

import { cumulate, weightedIndex, type Rng } from './prng.ts';
import { CASE_START_DAY } from './cast.ts';

/** The case covers 1 January to 30 June 2024. */
export const CASE_DAYS = 182;

/** Unix seconds of local midnight (UTC+7) on case day `day`. */
export function dayStart(day: number): number {
  return (CASE_START_DAY + day) * 86400 - 7 * 3600;
}

/** A time of day: scam floors work late, so evenings and nights weigh more than early mornings. */
export function timeOfDay(rng: Rng): number {
  const hour = rng.chance(0.8) ? rng.int(9, 23) : rng.int(0, 8);
  return hour * 3600 + rng.int(0, 3599);
}

/**
 * Yields, per day, the indices of the pairs that produce an event that day.
 * NOTE: every pair gets one guaranteed event (so every planted tie is on file, and a weight-0 pair
 * is exactly one row); the rest of `total` is drawn by weight.
 */
export function* planDays(rng: Rng, weights: readonly number[], total: number): Generator<{ day: number; picks: number[] }> {
  const guaranteed: number[][] = Array.from({ length: CASE_DAYS }, () => []);
  weights.forEach((_, i) => guaranteed[rng.int(0, CASE_DAYS - 1)]?.push(i));
  const extra = Math.max(0, total - weights.length);
  const cumulative = cumulate(weights);
  for (let day = 0; day < CASE_DAYS; day++) {
    const quota = Math.floor((extra * (day + 1)) / CASE_DAYS) - Math.floor((extra * day) / CASE_DAYS);
    const picks = guaranteed[day] ?? [];
    for (let q = 0; q < quota; q++) picks.push(weightedIndex(rng, cumulative));
    yield { day, picks };
  }
}

/** FNV-1a: a stable small hash for per-number details (cells, IMSIs) that need no randomness. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
