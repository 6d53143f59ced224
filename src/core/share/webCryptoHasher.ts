// The keyed hasher over Web Crypto (browser and worker): PBKDF2 → HMAC-SHA-256, the key derived once per passphrase.

import { SHARE_KDF, type KeyedHasher } from './keyedHashes.ts';

/** A hasher over a SubtleCrypto (`crypto.subtle`); gives the same bytes as the CLI's node:crypto one. */
export function webCryptoHasher(subtle: SubtleCrypto): KeyedHasher {
  const keys = new Map<string, Promise<CryptoKey>>();
  const encoder = new TextEncoder();
  const keyFor = (passphrase: string): Promise<CryptoKey> => {
    let key = keys.get(passphrase);
    if (!key) {
      key = (async () => {
        const material = await subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveBits']);
        const bits = await subtle.deriveBits(
          { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(SHARE_KDF.salt), iterations: SHARE_KDF.iterations }, material, SHARE_KDF.bytes * 8,
        );
        return subtle.importKey('raw', bits, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      })();
      keys.set(passphrase, key);
    }
    return key;
  };
  return {
    async hmacHex(passphrase, message) {
      const signature = await subtle.sign('HMAC', await keyFor(passphrase), encoder.encode(message));
      return [...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    },
  };
}
