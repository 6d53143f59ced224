// Typed arrays lent to the clustering's inner loops and kept between calls, instead of allocated per call.

/**
 * NOTE: why lend rather than allocate. On a national case one clustering allocated ~130 MB of short-lived
 * buffers (per Louvain level, per split round, per stability re-run); memory outside the heap that grows
 * that fast makes V8 run full collections, and each one walks the whole case model (1.2 GB): the
 * stability re-runs spent more time in the collector than in Louvain. A lent array is only valid until
 * the next `borrow` of the same slot; its content is whatever the last borrower left (callers fill it).
 * The arrays are released at the end of an analysis (`releaseWorkspace`), so nothing stays alive after it.
 */

type Kind = 'i32' | 'f64' | 'u8';
type ArrayOf<K extends Kind> = K extends 'i32' ? Int32Array : K extends 'f64' ? Float64Array : Uint8Array;

const slots = new Map<string, Int32Array | Float64Array | Uint8Array>();

function borrow<K extends Kind>(kind: K, slot: string, length: number): ArrayOf<K> {
  const key = `${kind}:${slot}`;
  let buffer = slots.get(key);
  if (!buffer || buffer.length < length) {
    // NOTE: grown by half again, so a slot asked for slightly larger sizes in turn is not reallocated each time.
    const size = Math.max(length, Math.ceil((buffer?.length ?? 0) * 1.5));
    buffer = kind === 'i32' ? new Int32Array(size) : kind === 'f64' ? new Float64Array(size) : new Uint8Array(size);
    slots.set(key, buffer);
  }
  return buffer.subarray(0, length) as ArrayOf<K>;
}

/** An Int32Array of `length` lent for `slot` (content undefined: fill it). */
export function borrowInt32(slot: string, length: number): Int32Array {
  return borrow('i32', slot, length);
}

/** A Float64Array of `length` lent for `slot` (content undefined: fill it). */
export function borrowFloat64(slot: string, length: number): Float64Array {
  return borrow('f64', slot, length);
}

/** A Uint8Array of `length` lent for `slot` (content undefined: fill it). */
export function borrowUint8(slot: string, length: number): Uint8Array {
  return borrow('u8', slot, length);
}

/** Drops every lent array (end of an analysis). */
export function releaseWorkspace(): void {
  slots.clear();
}
