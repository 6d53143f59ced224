// Fingerprints of the evidence: the SHA-256 of every input file, so a dossier names exactly the bytes it read.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { LedgerEntry } from '../ingest/ledger.ts';

/** SHA-256 of bytes as lower-case hex (the same as `sha256sum`). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** Bytes hashed between two calls of `fingerprintsOf`'s progress (tens of milliseconds). */
const CHUNK = 4 * 2 ** 20;

// NOTE: a national case's files are over 100 MB: hashed whole, a file was a second with no progress.
/**
 * The SHA-256 of each input, by name; `onProgress(done, total)` in files (a fraction within a file) after every
 * few megabytes.
 */
export function fingerprintsOf(inputs: readonly { name: string; bytes: Uint8Array }[], onProgress?: (done: number, total: number) => void): Map<string, string> {
  const fingerprints = new Map<string, string>();
  inputs.forEach(({ name, bytes }, index) => {
    const hash = sha256.create();
    for (let start = 0; start < bytes.length; start += CHUNK) {
      hash.update(bytes.subarray(start, start + CHUNK));
      onProgress?.(index + Math.min(1, (start + CHUNK) / bytes.length), inputs.length);
    }
    fingerprints.set(name, bytesToHex(hash.digest()));
  });
  return fingerprints;
}

/** Ledger entries with the SHA-256 of the input of the same name (`fingerprintsOf`; a file the case no longer has keeps none). */
export function withFingerprints(ledger: readonly LedgerEntry[], fingerprints: ReadonlyMap<string, string>): LedgerEntry[] {
  return ledger.map((entry) => {
    const sha = fingerprints.get(entry.file);
    return sha ? { ...entry, sha256: sha } : entry;
  });
}
