// JSON text in UTF-8 chunks: what JSON.stringify writes, without ever holding the whole text as one string.

/** Containers this deep or deeper are written with one JSON.stringify each (an entity, a link, a cluster). */
const DESCEND_BELOW = 3;

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** What JSON.stringify writes for `value` under `key`: its toJSON's answer when it has one. */
function resolved(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  return value;
}

/**
 * `JSON.stringify(value)` (no replacer, no indent) as UTF-8 chunks of about `size` bytes; joined, byte for byte the same.
 * NOTE: a national case's file is hundreds of megabytes of JSON: as one string, then its UTF-8 bytes, then the sealed
 * copy, the autosave held three to four times the file at once beside the case (and a string stops at 2^29 characters).
 */
export function* jsonChunks(value: unknown, size = 1 << 20): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let parts: string[] = [];
  let length = 0;
  const write = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  function* flushed(): Generator<Uint8Array> {
    if (length < size) return;
    yield encoder.encode(parts.join(''));
    parts = [];
    length = 0;
  }
  // NOTE: JSON.stringify's own rules where it descends: toJSON first, undefined (and functions, symbols) left out of
  // objects and written null in arrays; below DESCEND_BELOW, and for anything but plain objects and arrays, it writes.
  /** `original` written (as `item`, its toJSON's answer, when descended into); false when it writes nothing. */
  function* walk(original: unknown, item: unknown, depth: number): Generator<Uint8Array, boolean> {
    if (depth >= DESCEND_BELOW || !isPlainContainer(item)) {
      // NOTE: the original, not its toJSON's answer: JSON.stringify calls toJSON once, and not on what it answers.
      const text = JSON.stringify(original) as string | undefined;
      if (text === undefined) return false;
      write(text);
      return true;
    }
    if (Array.isArray(item)) {
      write('[');
      for (let index = 0; index < item.length; index++) {
        if (index > 0) write(',');
        if (!(yield* walk(item[index], resolved(item[index], String(index)), depth + 1))) write('null');
        yield* flushed();
      }
      write(']');
      return true;
    }
    write('{');
    let first = true;
    for (const name of Object.keys(item)) {
      const child = resolved(item[name], name);
      const key = `${first ? '' : ','}${JSON.stringify(name)}:`;
      if (depth + 1 >= DESCEND_BELOW || !isPlainContainer(child)) {
        // NOTE: a leaf that writes nothing must not leave its key behind.
        const text = JSON.stringify(item[name]) as string | undefined;
        if (text === undefined) continue;
        write(key + text);
      } else {
        write(key);
        yield* walk(item[name], child, depth + 1);
      }
      first = false;
      yield* flushed();
    }
    write('}');
    return true;
  }
  if (!(yield* walk(value, resolved(value, ''), 0))) return;
  if (length > 0) yield encoder.encode(parts.join(''));
}
