// Where a cluster's money ends up: PageRank along the direction money moved.

/** A directed, weighted money edge between two actors (indices). */
export interface MoneyEdge {
  from: number;
  to: number;
  weight: number;
}

/**
 * PageRank (damping 0.85) of n actors on the directed money graph: a walker follows transfers in
 * the direction the money went, in proportion to their weight, so the rank gathers where proceeds
 * end (the boss's wallet) rather than where they pass in bulk (a consolidation account). Actors
 * that pass no money on (sinks) hand their rank back to everyone, as in the standard treatment of
 * dangling nodes. All zeros when no money moved.
 *
 * NOTE: written here rather than built as a graphology graph because `graph/` is the only builder
 * of graphology graphs, and this one lives only inside one cluster's ranking.
 */
export function moneyRank(n: number, edges: readonly MoneyEdge[]): Float64Array {
  const rank = new Float64Array(n);
  if (n === 0 || edges.length === 0) return rank;
  const out = new Float64Array(n);
  for (const edge of edges) out[edge.from] = (out[edge.from] as number) + edge.weight;
  rank.fill(1 / n);
  const damping = 0.85;
  for (let iteration = 0; iteration < 200; iteration++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (out[i] === 0) dangling += rank[i] as number;
    for (const edge of edges) {
      next[edge.to] = (next[edge.to] as number) + (damping * (rank[edge.from] as number) * edge.weight) / (out[edge.from] as number);
    }
    const base = (1 - damping) / n + (damping * dangling) / n;
    let change = 0;
    for (let i = 0; i < n; i++) {
      const value = (next[i] as number) + base;
      change += Math.abs(value - (rank[i] as number));
      next[i] = value;
    }
    rank.set(next);
    if (change < 1e-12) break;
  }
  return rank;
}
