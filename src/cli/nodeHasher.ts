// The keyed hasher over node:crypto for the CLI: the same PBKDF2 → HMAC-SHA-256 bytes as Web Crypto.

import { createHmac, pbkdf2Sync } from 'node:crypto';
import { SHARE_KDF, type KeyedHasher } from '../core/share/keyedHashes.ts';

export function nodeHasher(): KeyedHasher {
  const keys = new Map<string, Buffer>();
  return {
    hmacHex(passphrase, message) {
      let key = keys.get(passphrase);
      if (!key) keys.set(passphrase, (key = pbkdf2Sync(passphrase, SHARE_KDF.salt, SHARE_KDF.iterations, SHARE_KDF.bytes, 'sha256')));
      return Promise.resolve(createHmac('sha256', key).update(message, 'utf8').digest('hex'));
    },
  };
}
