// A partner's hash list is untrusted input: read record by record, refused as a whole with a reason if damaged.

import { SimpulError } from '../model/errors.ts';
import { SHARE_KDF, type KeyedHashFile, type ShareKind } from './keyedHashes.ts';

const KINDS: readonly ShareKind[] = ['phone', 'account', 'wallet', 'passport'];
const HEX64 = /^[0-9a-f]{64}$/;

/** Parses and checks a `simpul-keyed-hashes` file; throws HASH_FILE_INVALID naming what is wrong. */
export function readKeyedHashFile(text: string, fileName: string): KeyedHashFile {
  const fail = (why: string): never => {
    throw new SimpulError('HASH_FILE_INVALID', `${fileName}: ${why}. Ask the partner agency for the file Simpul wrote ("Export keyed hashes").`, { file: fileName });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('is not a keyed-hash file');
  const record = data as Record<string, unknown>;
  if (record.type !== 'simpul-keyed-hashes') return fail('is not a keyed-hash file (type must be "simpul-keyed-hashes")');
  if (record.version !== 1) return fail(`has version ${JSON.stringify(record.version)}; this Simpul reads version 1`);
  const kdf = record.kdf as Record<string, unknown> | undefined;
  if (record.algorithm !== 'HMAC-SHA-256' || kdf?.name !== SHARE_KDF.name || kdf.iterations !== SHARE_KDF.iterations || kdf.salt !== SHARE_KDF.salt) {
    return fail('was made with other hashing settings than this Simpul uses');
  }
  if (typeof record.check !== 'string' || !HEX64.test(record.check)) return fail('has no passphrase check');
  if (!Array.isArray(record.hashes)) return fail('has no list of hashes');
  const hashes = record.hashes.map((item: unknown, index: number) => {
    const entry = item as Record<string, unknown> | null;
    const kind = entry?.kind;
    const hash = entry?.hash;
    if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return fail(`hashes[${index}].kind must be one of ${KINDS.join(', ')}`);
    if (typeof hash !== 'string' || !HEX64.test(hash)) return fail(`hashes[${index}].hash must be 64 hex digits`);
    return { kind: kind as ShareKind, hash };
  });
  const generator = record.generator as Record<string, unknown> | undefined;
  return {
    type: 'simpul-keyed-hashes', version: 1, generator: { name: 'simpul', version: typeof generator?.version === 'string' ? generator.version : 'unknown' },
    algorithm: 'HMAC-SHA-256', kdf: SHARE_KDF, check: record.check, hashes,
  };
}
