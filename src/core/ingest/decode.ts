// Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM, as Excel writes them; nothing else.

import { SimpulError } from '../model/errors.ts';

/** Decodes a file's bytes; refuses binary files and unknown encodings with a message saying what to do. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) {
    throw new SimpulError('EMPTY_FILE', `${file} is empty: export the data again, with a header row.`, { file });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
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
    throw new SimpulError(
      'UNSUPPORTED_ENCODING',
      `${file} is not UTF-8 or UTF-16 text (perhaps Windows-1252 or another legacy encoding). ` +
        'Save it again as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8).',
      { file },
    );
  }
}

// NOTE: text never holds NUL bytes; spreadsheets (xlsx is a zip), PDFs and images do, early on.
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  return head === 'PK\u0003\u0004' || head === '%PDF';
}
