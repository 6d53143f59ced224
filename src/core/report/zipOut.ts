// A zip written as it is made (case.xlsx, neo4j.zip): each member streamed through DEFLATE, nothing held whole.

import { Deflate, Zip, ZipPassThrough } from 'fflate';
import { Utf8Chunks, type ByteSink, type TextOut } from './textOut.ts';

/** Raw DEFLATE of one member, chunk by chunk: `ondata` receives the compressed pieces, the last with `final`. */
export interface RawDeflater {
  push(chunk: Uint8Array, final: boolean): void;
}

/** Makes a raw DEFLATE stream at a level (1 fastest … 9 smallest). */
export type DeflaterFactory = (level: number, ondata: (chunk: Uint8Array<ArrayBuffer>, final: boolean) => void) => RawDeflater;

/** The CRC-32 of `chunk` continued from `previous` (the CRC of what came before; 0 at the start). */
export type Crc32 = (chunk: Uint8Array, previous: number) => number;

/** fflate's streaming DEFLATE: plain JavaScript, the same bytes in every browser and in Node. */
export const fflateDeflater: DeflaterFactory = (level, ondata) => {
  const deflate = new Deflate({ level: level as 1 }, ondata);
  return { push: (chunk, final) => deflate.push(chunk, final) };
};

export interface ZipOptions {
  /** DEFLATE level; 1 by default (2.4× faster than 6 for a file about a sixth larger, measured on a 40 MB sheet). */
  level?: number;
  /** Who deflates: fflate by default; the CLI hands in Node's zlib, several times faster. */
  deflater?: DeflaterFactory;
  /** Characters of text per chunk pushed into a member (tests make it tiny to find boundary bugs). */
  chunkChars?: number;
  /** Who computes each member's CRC-32: fflate's own by default; the CLI hands in Node's zlib (native). */
  crc32?: Crc32;
}

// NOTE: one fixed date inside the zip keeps the bytes the same for the same case.
const MTIME = new Date('2000-01-01T00:00:00Z');

/** Same header flag fflate's own ZipDeflate writes for a level (the "compression option" bits). */
function levelFlag(level: number): number {
  if (level === 1) return 3;
  if (level < 6) return 2;
  return level === 9 ? 1 : 0;
}

// NOTE: fflate computes each member's CRC and size and writes the local header, data descriptor and central
// directory; a subclass of its pass-through member only swaps in the deflater (fflate's documented way).
class DeflatedMember extends ZipPassThrough {
  declare flag: number;
  private readonly deflater: RawDeflater;
  private crcSoFar = 0;

  constructor(name: string, level: number, factory: DeflaterFactory, private readonly crc32: Crc32 | undefined) {
    super(name);
    this.compression = 8;
    this.mtime = MTIME;
    this.flag = levelFlag(level);
    this.deflater = factory(level, (chunk, final) => this.ondata(null, chunk, final));
  }

  // NOTE: fflate's pass-through member checksums in JavaScript, a sixth of a workbook's time; with a native CRC-32
  // given, push does what fflate's does (size, CRC on the last chunk, then process) with that CRC instead.
  override push(chunk: Uint8Array, final?: boolean): void {
    if (!this.crc32) {
      super.push(chunk, final);
      return;
    }
    this.crcSoFar = this.crc32(chunk, this.crcSoFar);
    this.size += chunk.length;
    if (final) this.crc = this.crcSoFar;
    this.process(chunk, final ?? false);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.deflater.push(chunk, final);
  }
}

/** A zip streamed into `sink`: add members one after another, then `end()`. */
export class ZipOut {
  private readonly zip: Zip;
  private readonly level: number;
  private readonly deflater: DeflaterFactory;
  private readonly chunkChars: number | undefined;
  private readonly crc32: Crc32 | undefined;

  constructor(sink: ByteSink, options: ZipOptions = {}) {
    this.level = options.level ?? 1;
    this.deflater = options.deflater ?? fflateDeflater;
    this.chunkChars = options.chunkChars;
    this.crc32 = options.crc32;
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      sink(chunk);
    });
  }

  /** One member whose text `write` produces, UTF-8, deflated as it comes. */
  text(name: string, write: (out: TextOut) => void): void {
    const member = new DeflatedMember(name, this.level, this.deflater, this.crc32);
    this.zip.add(member);
    const out = new Utf8Chunks((chunk) => member.push(chunk, false), this.chunkChars);
    write(out);
    out.end();
    member.push(new Uint8Array(0), true);
  }

  end(): void {
    this.zip.end();
  }
}
