// Agreement between two partitions: NMI and ARI, to score clusters against an answer key.

type Partition<K> = ReadonlyMap<K, string | number>;

/** Contingency table over the keys both partitions share. */
function contingency<K>(a: Partition<K>, b: Partition<K>) {
  const rowsBy = new Map<string | number, number>();
  const columnsBy = new Map<string | number, number>();
  const cells = new Map<string, { count: number; labelA: string | number; labelB: string | number }>();
  let n = 0;
  for (const [key, labelA] of a) {
    const labelB = b.get(key);
    if (labelB === undefined) continue;
    n += 1;
    rowsBy.set(labelA, (rowsBy.get(labelA) ?? 0) + 1);
    columnsBy.set(labelB, (columnsBy.get(labelB) ?? 0) + 1);
    const id = `${typeof labelA}:${String(labelA)}\u0000${typeof labelB}:${String(labelB)}`;
    const cell = cells.get(id) ?? { count: 0, labelA, labelB };
    cell.count += 1;
    cells.set(id, cell);
  }
  const joint = [...cells.values()].map(({ count, labelA, labelB }) => ({
    count,
    row: rowsBy.get(labelA) ?? 0,
    column: columnsBy.get(labelB) ?? 0,
  }));
  return { joint, rows: [...rowsBy.values()], columns: [...columnsBy.values()], n };
}

function entropy(counts: number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/**
 * Normalised mutual information, I(A;B) / ((H(A) + H(B)) / 2) — the arithmetic-mean form used by
 * scikit-learn. 1 = identical partitions (labels may differ), ~0 = unrelated. Only keys present in
 * both maps are compared. Two single-cluster partitions agree perfectly (1).
 */
export function normalizedMutualInformation<K>(a: Partition<K>, b: Partition<K>): number {
  const { joint, rows, columns, n } = contingency(a, b);
  if (n === 0) return 1;
  const hA = entropy(rows, n);
  const hB = entropy(columns, n);
  if (hA === 0 && hB === 0) return 1;
  let mutual = 0;
  for (const { count, row, column } of joint) {
    mutual += (count / n) * Math.log((count * n) / (row * column));
  }
  const score = mutual / ((hA + hB) / 2);
  return Math.max(0, Math.min(1, score));
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

/**
 * Adjusted Rand index (Hubert & Arabie): pair-counting agreement corrected for chance. 1 = identical,
 * ~0 = random, may be negative. Only keys present in both maps are compared; when both partitions
 * are trivial in the same way (all singletons, or one cluster) the answer is 1.
 */
export function adjustedRandIndex<K>(a: Partition<K>, b: Partition<K>): number {
  const { joint, rows, columns, n } = contingency(a, b);
  if (n < 2) return 1;
  const index = joint.reduce((sum, cell) => sum + pairs(cell.count), 0);
  const sumRows = rows.reduce((sum, c) => sum + pairs(c), 0);
  const sumColumns = columns.reduce((sum, c) => sum + pairs(c), 0);
  const expected = (sumRows * sumColumns) / pairs(n);
  const maximum = (sumRows + sumColumns) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
