// Fingerprints of the evidence: the SHA-256 of every input file, so a dossier names exactly the bytes it read.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { LedgerEntry } from '../ingest/ledger.ts';

/** SHA-256 of bytes as lower-case hex (the same as `sha256sum`). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** Ledger entries with the SHA-256 of the input of the same name (a file the case no longer has keeps none). */
export function withFingerprints(ledger: readonly LedgerEntry[], inputs: readonly { name: string; bytes: Uint8Array }[]): LedgerEntry[] {
  const byName = new Map(inputs.map((input) => [input.name, input]));
  return ledger.map((entry) => {
    const input = byName.get(entry.file);
    return input ? { ...entry, sha256: sha256Hex(input.bytes) } : entry;
  });
}
