// Keyed hashes for partner agencies: the CLI (node:crypto) and the browser (Web Crypto) give the same bytes,
// the same passphrase finds the shared identifiers, another finds none, a damaged file is refused.
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../../src/cli/nodeHasher.ts';
import { entityId, type CaseModel, type Entity } from '../../src/core/model/types.ts';
import { keyedHashFile, matchKeyedHashes, normalisePassport, shareableIdentifiers } from '../../src/core/share/keyedHashes.ts';
import { readKeyedHashFile } from '../../src/core/share/readKeyedHashFile.ts';
import { webCryptoHasher } from '../../src/core/share/webCryptoHasher.ts';

const web = webCryptoHasher(webcrypto.subtle as unknown as SubtleCrypto);
const node = nodeHasher();

function entity(type: Entity['type'], key: string, attributes: Record<string, string> = {}): Entity {
  return { id: entityId(type, key), type, key, label: key, variants: [key], attributes, sources: [] };
}

const ours: CaseModel = {
  entities: [
    entity('phone', '+66812345678'), entity('phone', '+959123456789'), entity('account', '015819105', { accountKind: 'bank' }),
    entity('account', 'TS68L4JV3iNMovgxc62NQLzTZ1V9jv5gut', { accountKind: 'crypto' }), entity('person', 'P-1', { passport: 'eb 123-456' }),
  ],
  links: [],
};
const theirs: CaseModel = {
  entities: [entity('phone', '+66812345678'), entity('account', 'TS68L4JV3iNMovgxc62NQLzTZ1V9jv5gut', { accountKind: 'crypto' }), entity('person', 'X-9', { passport: 'EB123456' }), entity('phone', '+6281234567890')],
  links: [],
};

describe('keyed hashes', () => {
  it.each(['phone:+66812345678', 'account:015819105', 'passport:EB123456', 'wallet:TS68L4JV3iNMovgxc62NQLzTZ1V9jv5gut', 'phone:+95 ၉'])(
    'node:crypto and Web Crypto give the same HMAC for %s', async (message) => {
      const [a, b] = [await node.hmacHex('kata sandi bersama', message), await web.hmacHex('kata sandi bersama', message)];
      expect(a).toMatch(/^[0-9a-f]{64}$/);
      expect(b).toBe(a);
      expect(await node.hmacHex('another passphrase', message)).not.toBe(a);
    });

  it('hashes phones, accounts, wallets and passports under their kind, passports normalised', () => {
    expect(shareableIdentifiers(ours).map(({ kind, key }) => `${kind}:${key}`)).toEqual([
      'phone:+66812345678', 'phone:+959123456789', 'account:015819105', 'wallet:TS68L4JV3iNMovgxc62NQLzTZ1V9jv5gut', 'passport:EB123456',
    ]);
    expect(normalisePassport(' ab-12 34 ')).toBe('AB1234');
  });

  it('a partner with the same passphrase sees exactly the identifiers both hold; nothing in clear in the file', async () => {
    const file = await keyedHashFile(theirs, 'shared secret 2025', node, 'test');
    const text = JSON.stringify(file);
    for (const key of ['66812345678', 'TS68L4JV3', 'EB123456', '6281234567890']) expect(text).not.toContain(key);
    const read = readKeyedHashFile(text, 'partner.json');
    const result = await matchKeyedHashes(read, 'shared secret 2025', ours, undefined, web);
    expect(result.passphraseMatches).toBe(true);
    expect(result.theirs).toBe(4);
    expect(result.shared.map((item) => item.entity.id).sort()).toEqual(['account:TS68L4JV3iNMovgxc62NQLzTZ1V9jv5gut', 'person:P-1', 'phone:+66812345678']);
  });

  it('with a wrong passphrase nothing matches, and the check says so', async () => {
    const file = await keyedHashFile(theirs, 'shared secret 2025', web, 'test');
    const result = await matchKeyedHashes(file, 'shared secret 2024', ours, undefined, node);
    expect(result).toMatchObject({ passphraseMatches: false, shared: [] });
  });

  it.each([
    ['not JSON', '{'],
    ['another type', JSON.stringify({ type: 'simpul-report' })],
    ['a bad hash', JSON.stringify({ type: 'simpul-keyed-hashes', version: 1, algorithm: 'HMAC-SHA-256', kdf: { name: 'PBKDF2-SHA-256', iterations: 210000, salt: 'simpul-keyed-hashes-v1' }, check: 'a'.repeat(64), hashes: [{ kind: 'phone', hash: '12' }] })],
    ['an unknown kind', JSON.stringify({ type: 'simpul-keyed-hashes', version: 1, algorithm: 'HMAC-SHA-256', kdf: { name: 'PBKDF2-SHA-256', iterations: 210000, salt: 'simpul-keyed-hashes-v1' }, check: 'a'.repeat(64), hashes: [{ kind: '__proto__', hash: 'b'.repeat(64) }] })],
  ])('refuses %s with HASH_FILE_INVALID', (_name, text) => {
    expect(() => readKeyedHashFile(text, 'partner.json')).toThrow(expect.objectContaining({ code: 'HASH_FILE_INVALID' }));
  });
});
