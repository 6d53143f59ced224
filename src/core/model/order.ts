// One locale-free ordering for ids, keys and file names, so sorted output is the same on every machine.

import { pulse } from '../progressPulse.ts';

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
  const all = [...ids];
  if (all.length <= SORT_BLOCK) return all.sort();
  // NOTE: a national case's million link ids were seconds in one native sort, the worker's progress bar standing
  // still: sorted natively in blocks, then merged (the same order), the merge's loop says it is still going.
  let runs: string[][] = [];
  for (let start = 0; start < all.length; start += SORT_BLOCK) runs.push(all.slice(start, start + SORT_BLOCK).sort());
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let i = 0; i < runs.length; i += 2) merged.push(i + 1 < runs.length ? mergeSorted(runs[i] as string[], runs[i + 1] as string[]) : runs[i] as string[]);
    runs = merged;
  }
  return runs[0] as string[];
}

/** Ids sorted in one native call up to this many (tens of milliseconds). */
const SORT_BLOCK = 1 << 16;

/** Two sorted lists as one (ties: the first list's first, as a stable sort). */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    pulse();
    out[k++] = (b[j] as string) < (a[i] as string) ? b[j++] as string : a[i++] as string;
  }
  while (i < a.length) out[k++] = a[i++] as string;
  while (j < b.length) out[k++] = b[j++] as string;
  return out;
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
