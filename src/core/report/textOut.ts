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

// NOTE: each piece is encoded straight into one reused byte buffer (TextEncoder.encodeInto), and a chunk's bytes are
// copied out when a chunk's worth of characters has come: no list of pieces to join, no chunk-sized string to
// flatten and encode again (on a national case, joining and encoding was a fifth of the exports). A chunk still
// ends after the write that brings it to `chunkChars` characters, as before, so zips deflated chunk by chunk keep
// their bytes. Each chunk is handed on (to disk, a zip, a Blob) and the buffer reused: an export is never held whole.
/** Text in, UTF-8 chunks of about `chunkChars` characters out; `end()` sends what is left. */
export class Utf8Chunks implements TextOut {
  private buffer: Uint8Array;
  private bytes = 0;
  private chars = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: ByteSink, private readonly chunkChars = CHUNK_CHARS) {
    this.buffer = new Uint8Array(Math.min(chunkChars, CHUNK_CHARS) * 3 + 1024);
  }

  write(text: string): void {
    const length = text.length;
    // A UTF-16 unit never takes more than three UTF-8 bytes.
    if (this.bytes + length * 3 > this.buffer.length) this.grow(this.bytes + length * 3);
    this.bytes += this.encoder.encodeInto(text, this.buffer.subarray(this.bytes)).written;
    this.chars += length;
    if (this.chars >= this.chunkChars) this.flush();
  }

  /** Sends what is pending (nothing when empty). */
  flush(): void {
    if (this.bytes === 0) return;
    this.sink(this.buffer.slice(0, this.bytes));
    this.bytes = 0;
    this.chars = 0;
  }

  end(): void {
    this.flush();
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(needed, this.buffer.length * 2));
    bigger.set(this.buffer.subarray(0, this.bytes));
    this.buffer = bigger;
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
