// Scores are rounded before they are compared or shown, so every engine reports the same ranking.

/** Rounds to 6 decimals. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
