// How often each value was seen on a draft's rows: one value held inline, a Map only once a second value comes.

import { compareIds } from '../model/order.ts';
import { ownString } from '../model/strings.ts';

/** Distinct values a tally keeps; later new values are not counted (the most frequent are seen early enough). */
export const MAX_TALLIED = 1000;

// NOTE: a national case's drafts hold about a million tallies (an entity's labels, countries and ways of writing, a
// link's columns), nearly all of one value: a phone has one country, a call's channel is `VOICE`. A Map of one entry
// weighs about 180 bytes, this about 40: the drafts of s0.1 weighed twice the case they made, mostly in small Maps.
/** Value → how often it was seen, in the order first seen (a Map's), at most MAX_TALLIED values. */
export class Tally implements Iterable<[string, number]> {
  /** The value while there is only one (and no Map). */
  private one: string | undefined = undefined;
  private oneCount = 0;
  private many: Map<string, number> | undefined = undefined;

  /** A tally of these counts, in this order. */
  static of(entries: Iterable<readonly [string, number]>): Tally {
    const tally = new Tally();
    for (const [value, n] of entries) tally.add(value, n);
    return tally;
  }

  get size(): number {
    return this.many ? this.many.size : this.one === undefined ? 0 : 1;
  }

  /** Counts `value` `n` more times (a new value is kept in a string of its own, while there is room). */
  add(value: string, n = 1): void {
    const many = this.many;
    if (many) {
      const seen = many.get(value);
      if (seen !== undefined) many.set(value, seen + n);
      else if (many.size < MAX_TALLIED) many.set(ownString(value), n);
    } else if (this.one === undefined) {
      this.one = ownString(value);
      this.oneCount = n;
    } else if (this.one === value) {
      this.oneCount += n;
    } else {
      this.many = new Map([[this.one, this.oneCount], [ownString(value), n]]);
      this.one = undefined;
    }
  }

  has(value: string): boolean {
    return this.many ? this.many.has(value) : this.one === value;
  }

  /** Adds another tally's counts (a merged draft). */
  addAll(from: Tally): void {
    for (const [value, n] of from) this.add(value, n);
  }

  keys(): Iterable<string> {
    return this.many ? this.many.keys() : this.one === undefined ? [] : [this.one];
  }

  [Symbol.iterator](): Iterator<[string, number]> {
    if (this.many) return this.many.entries();
    return (this.one === undefined ? [] : [[this.one, this.oneCount] as [string, number]])[Symbol.iterator]();
  }

  /** The most frequent value, ties to the first in code-unit order. */
  pick(): string | undefined {
    if (!this.many) return this.one;
    let best: [string, number] | undefined;
    for (const entry of this.many) {
      if (!best || entry[1] > best[1] || (entry[1] === best[1] && compareIds(entry[0], best[0]) < 0)) best = entry;
    }
    return best?.[0];
  }
}
