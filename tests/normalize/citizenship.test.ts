// A nationality written as a citizenship (`WN Thailand`, `warga negara Tiongkok`, `citizen of Myanmar`, `Thai national`)
// is that country; `Warga Negara Asing` (foreign citizen) is known but no country.
import { describe, expect, it } from 'vitest';
import { normalizeCountry } from '../../src/core/normalize/country.ts';

describe('normalizeCountry reads citizenships', () => {
  it.each([
    ['WN Thailand', 'TH'], ['WN Tiongkok', 'CN'], ['WN Malaysia', 'MY'], ['wn. Myanmar', 'MM'], ['WN RRC', 'CN'],
    ['Warga Negara Filipina', 'PH'], ['warganegara Kamboja', 'KH'], ['Warga Negara Indonesia', 'ID'], ['WNI', 'ID'],
    ['citizen of Myanmar', 'MM'], ['Citizen of the Philippines', 'PH'], ['Thai national', 'TH'], ['Malaysian citizen', 'MY'],
    ['national of Viet Nam', 'VN'], ['Quốc tịch Việt Nam', 'VN'], ['WN VNM', 'VN'],
  ])('%s → %s', (raw, code) => {
    expect(normalizeCountry(raw)).toBe(code);
  });

  it.each(['Warga Negara Asing', 'WNA', 'WN Asing', 'foreign national', 'WN', 'warga negara', 'citizen of Atlantis', 'WN -'])('%s → no country', (raw) => {
    expect(normalizeCountry(raw)).toBeNull();
  });
});
