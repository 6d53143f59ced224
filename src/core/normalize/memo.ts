// A bounded memo for pure readings: a case names the same identifiers over and over.

/**
 * Remembers values by string key in two generations: when the young one is full it becomes the old one
 * (the older is dropped), and a key found in the old one moves back. Memory stays under twice `limit`
 * entries while the keys in use stay cached. NOTE: only for pure functions of the key: a value computed
 * again is the same, so what the memo holds can change speed, never a result.
 */
export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** Forgets every value. */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }

  /** The value for `key`, computed by `compute(key)` when not remembered. */
  get(key: string, compute: (key: string) => V): V {
    let value = this.young.get(key);
    if (value !== undefined || this.young.has(key)) return value as V;
    value = this.old.has(key) ? (this.old.get(key) as V) : compute(key);
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }
}
