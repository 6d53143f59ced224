// A tiny seeded random number generator, so every randomised step can be replayed as evidence.

/**
 * mulberry32: a 32-bit seeded generator returning floats in [0, 1). Same seed → same sequence,
 * in every JavaScript engine (only 32-bit integer arithmetic is involved).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
