// Bytes to text: UTF-8 (with or without BOM) or UTF-16 (with a BOM, or recognised without one), as Excel writes them.

import { SimpulError } from '../model/errors.ts';
import { legacyReadings, legacyText, type LegacyEncoding } from './legacyEncoding.ts';

// NOTE: a JavaScript string holds at most 2^29 - 24 characters (V8); text longer than that cannot be
// decoded at all, so the limit is stated and checked before a file is read, not discovered as a
// misleading "not UTF-8" afterwards.
/** Largest input file Simpul reads, in bytes (500 MiB). */
export const MAX_INPUT_BYTES = 500 * 1024 * 1024;

/** Refuses a file larger than MAX_INPUT_BYTES, before its bytes are read. */
export function checkInputSize(file: string, size: number): void {
  if (size <= MAX_INPUT_BYTES) return;
  throw new SimpulError(
    'FILE_TOO_LARGE',
    `${file} is too large: ${megabytes(size)}, and Simpul reads files of up to ${megabytes(MAX_INPUT_BYTES)}. ` +
      'Split it into parts (for example by month) and import the parts together.',
    { file },
  );
}

/** Lines at the end of a UTF-16 file whose text is damaged (a broken character, the file cut short): rejected, not read. */
export interface DamagedTail {
  /** First and last damaged line (1-based). */
  line: number;
  lastLine: number;
  /** The file ends in half a character: it was cut short. */
  cutShort: boolean;
  /** The text is UTF-8 (cut short in its last character), not UTF-16. */
  utf8?: boolean;
}

/**
 * Decodes a file's bytes like {@link decodeText}, but keeps the lines of a UTF-16 file before its damage: the text up to
 * the line of the first broken character is returned, and the lines from there on are named as the damaged tail. A
 * UTF-8 file cut short inside its last character keeps every line but the last, which is named as the damaged tail.
 */
export function decodeKeepingGoodLines(bytes: Uint8Array, file: string, legacy?: LegacyEncoding): { text: string; damaged?: DamagedTail; encoding?: LegacyEncoding } {
  try {
    const read: { encoding?: LegacyEncoding } = {};
    const text = decodeText(bytes, file, legacy, read);
    return { text, ...read };
  } catch (error) {
    const cut = cutShortUtf8(bytes);
    if (cut) return cut;
    const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
    const encoding = bom ?? (hasBinaryMagic(bytes) ? undefined : utf16WithoutBom(bytes));
    if (!(error instanceof SimpulError) || error.code !== 'UNSUPPORTED_ENCODING' || !encoding) throw error;
    const body = bom ? bytes.subarray(2) : bytes;
    const text = new TextDecoder(encoding).decode(body);
    const at = text.indexOf('\uFFFD');
    const start = at < 0 ? text.length : Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
    const line = lineOfChar(text, start);
    // NOTE: damage on the first line leaves no header to read the good lines by: the file is refused as before.
    if (line <= 1) throw error;
    // NOTE: past a broken character the 16-bit units may be out of step: every line from there on is suspect.
    const lastLine = lineOfChar(text, text.length) - (/[\r\n]$/.test(text) ? 1 : 0);
    return { text: text.slice(0, start), damaged: { line, lastLine: Math.max(line, lastLine), cutShort: body.length % 2 === 1 } };
  }
}

/**
 * Decodes a file's bytes; refuses binary files and unknown encodings with a message saying where and what to do.
 * @param legacy the encoding a person chose for a file that is not UTF-8 or UTF-16 (a valid UTF-8 file is never read
 *   in it). Without one, such a file is refused (UNSUPPORTED_ENCODING) and the error's `detail` lists what each legacy
 *   encoding makes of it (`encoding-reading`: encoding, percent well read, sample), best first.
 */
export function decodeText(bytes: Uint8Array, file: string, legacy?: LegacyEncoding, read?: { encoding?: LegacyEncoding }): string {
  if (bytes.length === 0) {
    throw new SimpulError('EMPTY_FILE', `${file} is empty: export the data again, with a header row.`, { file });
  }
  checkInputSize(file, bytes.length);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', file);
  const utf16 = hasBinaryMagic(bytes) ? undefined : utf16WithoutBom(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, file);
  const body = withoutUtf8Bom(bytes);
  if (hasBinaryMagic(body) || hasNul(body)) {
    throw new SimpulError(
      'NOT_A_CSV',
      `${file} is not a CSV text file (it looks like a binary file such as a spreadsheet, PDF or image). ` +
        'Open it in its program and save or export it as "CSV UTF-8".',
      { file },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    let refused: SimpulError | undefined;
    if (legacy) {
      try {
        const text = decodeLegacy(body, legacy, file);
        if (read) read.encoding = legacy;
        return text;
      } catch (error) {
        // NOTE: a wrong choice is refused with its line, and the readings are offered again to choose another.
        if (!(error instanceof SimpulError)) throw error;
        refused = error;
      }
    }
    const bad = firstInvalidUtf8(body);
    const line = lineOfByte(body, bad);
    const byte = `0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    const readings = legacyReadings(body).filter((reading) => reading.wellRead >= PLAUSIBLE);
    const best = readings[0];
    const close = readings.filter((reading) => best && reading.wellRead >= best.wellRead - CLOSE).map((reading) => reading.encoding);
    const hint = !best ? 'No legacy encoding Simpul knows reads it as words either.'
      : close.length > 1 ? `It reads as words in ${close.join(' or ')} equally: look at the previews (import review) or open it in each and choose.`
      : `It reads best as ${best.encoding} (${Math.round(100 * best.wellRead)}% of its non-ASCII characters form words), e.g. "${best.sample[0] ?? ''}".`;
    throw new SimpulError(
      'UNSUPPORTED_ENCODING',
      `${refused ? `${refused.message} ` : ''}${file} line ${line}: byte ${byte} is not UTF-8, so the file is not UTF-8 or UTF-16 text. ${hint} ` +
        'Choose its encoding (import review: "Read as"; CLI: --encoding NAME; mapping: "encoding") if you can confirm it, or save it again as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8).',
      { file, line, detail: [
        ...(refused?.detail ?? []),
        { code: 'not-utf8', params: { line, byte } },
        ...readings.map((reading) => ({ code: 'encoding-reading', params: { encoding: reading.encoding, percent: Math.round(100 * reading.wellRead), sample: reading.sample.join('\n') } })),
      ] },
    );
  }
}

// NOTE: a reading where under half the non-ASCII characters form words is not offered; readings within 10 points of the
// best are named together, as a tie for a person to break by the previews.
const PLAUSIBLE = 0.5;
const CLOSE = 0.1;

// NOTE: a UTF-8 file whose only fault is half a character at its very end was cut short (a copy or download that
// stopped): that is damage to its last line, not a legacy encoding. Its other lines are read.
function cutShortUtf8(bytes: Uint8Array): { text: string; damaged: DamagedTail } | undefined {
  const body = withoutUtf8Bom(bytes);
  const bad = firstInvalidUtf8(body);
  const lead = body[bad] ?? 0;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  const tail = body.length - bad;
  if (length === 0 || tail >= length) return undefined;
  for (let i = bad + 1; i < body.length; i++) if (((body[i] ?? 0) & 0xc0) !== 0x80) return undefined;
  const text = new TextDecoder('utf-8').decode(body.subarray(0, bad));
  const start = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
  const line = lineOfChar(text, start);
  // NOTE: a file cut short on its header line has no header to read the rest by.
  if (line <= 1) return undefined;
  return { text: text.slice(0, start), damaged: { line, lastLine: line, cutShort: true, utf8: true } };
}

/** Decodes a whole file in the encoding a person chose; a byte that encoding does not define is refused with its line. */
function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding, file: string): string {
  try {
    return legacyText(new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding);
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    const line = lineOfChar(text, Math.max(0, text.indexOf('\uFFFD')));
    throw new SimpulError(
      'UNSUPPORTED_ENCODING',
      `${file} line ${line}: these bytes are not ${encoding} text, the encoding chosen for the file. Choose another encoding, or save the file again as "CSV UTF-8".`,
      { file, line, detail: [{ code: 'encoding-invalid', params: { encoding, line } }] },
    );
  }
}

/** The bytes after a UTF-8 byte-order mark, or all of them. */
function withoutUtf8Bom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // NOTE: find the line of the first broken unit: decode leniently and look for the replacement character.
    const text = new TextDecoder(encoding).decode(bytes);
    const at = text.indexOf('\uFFFD');
    const line = at < 0 ? lineOfChar(text, text.length) : lineOfChar(text, at);
    throw new SimpulError(
      'UNSUPPORTED_ENCODING',
      `${file} line ${line}: the UTF-16 text is damaged there (a broken character${bytes.length % 2 ? ', or the file was cut short' : ''}). ` +
        'Export it again, preferably as "CSV UTF-8".',
      { file, line },
    );
  }
}

// NOTE: UTF-16 text without a BOM (some exports) has a zero byte in every other position for the
// Latin characters headers and numbers are written in; 8-bit text and UTF-8 never do.
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (end < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = end / 2;
  if (oddZeros >= 0.5 * pairs && evenZeros <= 0.05 * pairs) return 'utf-16le';
  if (evenZeros >= 0.5 * pairs && oddZeros <= 0.05 * pairs) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/** Line (1-based; CRLF, LF or a lone CR ends a line) that holds byte `offset`. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

function lineOfChar(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

// NOTE: text never holds NUL bytes; spreadsheets (xlsx is a zip), PDFs and images do, early on.
function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function hasBinaryMagic(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  return head === 'PK\u0003\u0004' || head === '%PDF';
}
