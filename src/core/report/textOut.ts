// Exports are written piece by piece: a national case's exports run to hundreds of megabytes, never held whole.

/** Where an export's text goes, piece by piece, in order. */
export interface TextOut {
  write(text: string): void;
}

/** Where an export's bytes go, chunk by chunk, in order. A chunk is the receiver's to keep. */
export type ByteSink = (chunk: Uint8Array) => void;

/** About this many characters of text become one UTF-8 chunk (big enough for fast writes, small next to an export). */
export const CHUNK_CHARS = 1 << 18;

/** Text collected into one string: for tests and the few small outputs needed whole (a CSV cell, a member of a zip). */
export class TextCollector implements TextOut {
  private readonly parts: string[] = [];
  write(text: string): void {
    this.parts.push(text);
  }
  text(): string {
    return this.parts.join('');
  }
}

/** What `write` is given, as one string. */
export function collectText(write: (out: TextOut) => void): string {
  const out = new TextCollector();
  write(out);
  return out.text();
}

// NOTE: pieces are kept in a list and joined once a chunk's worth has come (joining a list is about twice as fast
// as flattening a string appended to piece by piece); each chunk is encoded, handed on (to disk, a zip, a Blob)
// and released, so an export is never held whole.
/** Text in, UTF-8 chunks of about `chunkChars` characters out; `end()` sends what is left. */
export class Utf8Chunks implements TextOut {
  private parts: string[] = [];
  private pending = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: ByteSink, private readonly chunkChars = CHUNK_CHARS) {}

  write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= this.chunkChars) this.flush();
  }

  /** Sends what is pending (nothing when empty). */
  flush(): void {
    if (this.pending === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    this.sink(this.encoder.encode(text));
  }

  end(): void {
    this.flush();
  }
}

/** Byte chunks as one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
