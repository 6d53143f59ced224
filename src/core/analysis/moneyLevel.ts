// Where a cluster's money ends up: each actor's level in the money chain (trophic level).

/** A directed, weighted money edge between two actors (indices). */
export interface MoneyEdge {
  from: number;
  to: number;
  weight: number;
}

/**
 * Trophic levels of n actors on the directed money graph (MacKay, Johnson & Sansom 2020, "How
 * directed is a directed network?", R. Soc. Open Sci. 7: 201138): the levels h that best satisfy
 * h_to − h_from = 1 along every transfer, weighted — the solution of
 *   (diag(u) − W − Wᵀ) h = v,  u = in + out strength,  v = in − out strength,
 * shifted so that the lowest actor taking part in money sits at 0. Money moves up one level per hop,
 * so the mules paying in sit at the bottom and whoever the proceeds end with — the boss's wallet,
 * past the consolidation account and the financier — at the top. Unlike Levine's (1980) levels,
 * these stay defined when money goes round in a circle. Actors with no transfers get 0.
 *
 * NOTE: solved by Gauss–Seidel sweeps (the system is a weighted graph Laplacian, so they converge on
 * each connected part); clusters are small enough that nothing cleverer is needed.
 */
export function moneyLevels(n: number, edges: readonly MoneyEdge[]): Float64Array {
  const level = new Float64Array(n);
  if (n === 0 || edges.length === 0) return level;
  const strength = new Float64Array(n);
  const imbalance = new Float64Array(n);
  const neighbours: { other: number; weight: number }[][] = Array.from({ length: n }, () => []);
  for (const { from, to, weight } of edges) {
    if (from === to || !(weight > 0)) continue;
    strength[from] = (strength[from] as number) + weight;
    strength[to] = (strength[to] as number) + weight;
    imbalance[to] = (imbalance[to] as number) + weight;
    imbalance[from] = (imbalance[from] as number) - weight;
    neighbours[from]?.push({ other: to, weight });
    neighbours[to]?.push({ other: from, weight });
  }
  for (let sweep = 0; sweep < 10_000; sweep++) {
    let change = 0;
    for (let i = 0; i < n; i++) {
      const u = strength[i] as number;
      if (u === 0) continue;
      let sum = imbalance[i] as number;
      for (const { other, weight } of neighbours[i] ?? []) sum += weight * (level[other] as number);
      const next = sum / u;
      change = Math.max(change, Math.abs(next - (level[i] as number)));
      level[i] = next;
    }
    if (change < 1e-10) break;
  }
  let lowest = Infinity;
  for (let i = 0; i < n; i++) if ((strength[i] as number) > 0) lowest = Math.min(lowest, level[i] as number);
  for (let i = 0; i < n; i++) level[i] = (strength[i] as number) > 0 ? (level[i] as number) - lowest : 0;
  return level;
}
