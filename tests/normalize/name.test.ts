import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameKey, normalizeName } from '../../src/core/normalize/name.ts';

describe('normalizeName', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['  Budi   Santoso ', 'Budi Santoso'],
    ['Budi\tSantoso\r\n', 'Budi Santoso'],
    ['Budi\u00a0Santoso', 'Budi Santoso'],
    ['Bu\u0000di', 'Budi'],
    ['\u202eosotnaS idu\u202cB', 'osotnaS iduB'],
    ['\u2066Budi\u2069 Santoso', 'Budi Santoso'],
    ['Budi\u200b Santoso\ufeff', 'Budi Santoso'],
    ['Nguye\u0302\u0303n Va\u0306n A', 'Nguyễn Văn A'],
    ['Aung San  Suu Kyi', 'Aung San Suu Kyi'],
    ['အောင်ဆန်း', 'အောင်ဆန်း'],
    ['สมชาย ใจดี', 'สมชาย ใจดี'],
    ['王  小明', '王 小明'],
    ['MARIA Dela Cruz', 'MARIA Dela Cruz'],
  ])('cleans %j to %j', (raw, name) => {
    expect(normalizeName(raw)).toBe(name);
  });

  it('writes Vietnamese names the same whether composed or decomposed (NFC)', () => {
    expect(normalizeName('Nguy\u1ec5n')).toBe(normalizeName('Nguye\u0302\u0303n'));
  });

  it('is idempotent and never leaves edge or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (raw) => {
        const name = normalizeName(raw);
        expect(normalizeName(name)).toBe(name);
        expect(name).not.toMatch(/^\s|\s$|\s\s/);
      }),
    );
  });
});

describe('nameKey', () => {
  it.each([
    ['BUDI SANTOSO', 'budi santoso'],
    ['  Budi\u202e  Santoso', 'budi santoso'],
    ['NGUYỄN VĂN A', 'nguyễn văn a'],
    ['İsmail', 'i̇smail'],
    ['王小明', '王小明'],
  ])('keys %j as %j', (raw, key) => {
    expect(nameKey(raw)).toBe(key);
  });

  it('gives the same key to names that differ only in case, spacing and invisible characters', () => {
    expect(nameKey('Maria  DELA cruz\u200b')).toBe(nameKey('maria dela Cruz'));
  });
});
