// One locale-free ordering for ids, keys and file names, so sorted output is the same on every machine.

/**
 * Orders strings by UTF-16 code units (what `<` does).
 *
 * NOTE: not `localeCompare` — its answer depends on the browser's locale and ICU version, and a
 * result that sorts differently on a partner agency's machine is not reproducible evidence.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Strings in {@link compareIds} order. NOTE: the built-in sort without a comparator orders strings by UTF-16 code
 * units too, and compares in native code: a national case's million link ids sort in a fraction of the time a
 * comparator called per comparison takes.
 */
export function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort();
}

/** Records in {@link byId} order, from a map of them by id (see sortIds). */
export function valuesById<T>(byKey: ReadonlyMap<string, T>): T[] {
  return sortIds(byKey.keys()).map((id) => byKey.get(id) as T);
}

/**
 * Two lists in {@link byId} order as one, `a`'s record first where ids are equal (what a stable sort of both gives).
 * NOTE: a national case's million links are in id order already: a few more are merged in, not the whole list sorted again.
 */
export function mergeById<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = [];
  let next = 0;
  for (const record of a) {
    while (next < b.length && compareIds((b[next] as T).id, record.id) < 0) merged.push(b[next++] as T);
    merged.push(record);
  }
  while (next < b.length) merged.push(b[next++] as T);
  return merged;
}

/** Orders records by their `id` with {@link compareIds}. */
export function byId(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id);
}

/** The same record with its keys in {@link compareIds} order (stable JSON for reports and case files). */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareIds(a, b)));
}

/** Money rounded to cents, so sums do not drift with the order rows arrive in. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
