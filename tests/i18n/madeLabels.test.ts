// Names Simpul makes for entities it creates (a statement's unknown counterparty, its cash in and out), a currency no
// file stated, country codes in review notes and a broker's score: said in the reader's language, keys unchanged.
import { describe, expect, it } from 'vitest';
import { madeLabel, sayAttribute, sayLabel } from '../../src/core/i18n/entityLabel.ts';
import { countryNameIn, formatMoney, withCountryNames } from '../../src/core/i18n/format.ts';
import { translateCode, translator } from '../../src/core/i18n/translate.ts';
import { dossierWords } from '../../src/core/report/dossier/words.ts';

const ENGLISH = /\b(unknown|counterparty|cash|paid|taken|out of|unspecified|account|of)\b/i;

describe('made-up entity labels', () => {
  const cases = [
    { key: 'unknown:639171234567', code: 'unknown-counterparty', en: 'unknown counterparty of 639171234567', id: 'pihak lawan tidak dikenal dari rekening 639171234567' },
    { key: 'cash-in:164012349999', code: 'cash-in', en: 'cash paid in to 164012349999', id: 'setoran tunai ke rekening 164012349999' },
    { key: 'cash-out:164012349999', code: 'cash-out', en: 'cash taken out of 164012349999', id: 'tarik tunai dari rekening 164012349999' },
  ];
  it.each(cases)('$key is said in English and Indonesian from its key', ({ key, code, en, id }) => {
    const entity = { type: 'account', key, label: 'as stored' };
    expect(madeLabel(entity)?.code).toBe(code);
    expect(sayLabel(translator('en'), entity)).toBe(en);
    expect(sayLabel(translator('id'), entity)).toBe(id);
    expect(sayLabel(translator('id'), entity)).not.toMatch(ENGLISH);
    expect(sayLabel(translator('th'), entity)).not.toMatch(ENGLISH);
  });
  it('a label the sources gave is kept, whatever the key looks like for other types', () => {
    expect(sayLabel(translator('id'), { type: 'account', key: '639171234567', label: 'BDO 6391' })).toBe('BDO 6391');
    expect(sayLabel(translator('id'), { type: 'person', key: 'unknown:x', label: 'Unknown Person' })).toBe('Unknown Person');
  });
  it('the dossier words say a made-up label, its type and a link type in Indonesian', () => {
    const w = dossierWords('id');
    expect(w.label({ type: 'account', key: 'unknown:0xab58', label: 'unknown counterparty of 0xab58' })).not.toMatch(ENGLISH);
    expect(w.type('account')).not.toMatch(ENGLISH);
    expect(w.linkType('transferred')).not.toMatch(/transferred/);
  });
});

describe('currency not stated, country codes', () => {
  it('an amount in no stated currency reads the language’s word', () => {
    expect(formatMoney('en', 419500, 'unspecified')).toBe('419,500 unspecified');
    expect(formatMoney('id', 419500, 'unspecified')).not.toMatch(ENGLISH);
    expect(formatMoney('id', 419500, 'unspecified')).toContain('419.500');
  });
  it('review notes name countries in the reader’s language', () => {
    const params = withCountryNames('id', { countries: 'PH,IN' });
    expect(params?.countries).toBe(`${countryNameIn('id', 'PH')}, ${countryNameIn('id', 'IN')}`);
    const said = translateCode(translator('id'), 'readingReview', 'plan-unclear', params, '');
    expect(said).not.toMatch(/PH,IN/);
    expect(said).toContain('Filipina');
  });
});

describe('the roleConflict attribute', () => {
  it('is said in Indonesian from the form describeRoleConflict writes, its evidence kept', async () => {
    const { describeRoleConflict } = await import('../../src/core/resolve/roleConflicts.ts');
    const { sayAttribute } = await import('../../src/core/i18n/entityLabel.ts');
    const value = describeRoleConflict({ entity: 'person:p1', readings: [
      { value: 'korban', victim: true, sources: [{ file: 'b.csv', line: 3 }] },
      { value: 'tersangka', victim: false, sources: [{ file: 'a.csv', line: 5 }] },
    ] });
    const said = sayAttribute(translator('id'), 'roleConflict', value);
    expect(said.value).toContain('"korban" (b.csv');
    expect(said.value).toContain('"tersangka" (a.csv');
    expect(said.value).not.toMatch(/sources disagree|treated as/);
    expect(said.name).not.toBe('roleConflict');
    expect(sayAttribute(translator('en'), 'roleConflict', value).value).toBe(value);
  });
});

describe('attribute names Simpul writes itself', () => {
  it.each([
    ['accountKind', 'e-wallet', 'jenis rekening', 'e-wallet'],
    ['birthPlace', 'Atambua', 'tempat lahir', 'Atambua'],
    ['nameAsWritten', 'DEWI LESTARI als. MAMI DEWI', 'nama sesuai tulisan', 'DEWI LESTARI als. MAMI DEWI'],
    ['validity', 'not a valid number in its plan', 'keabsahan', 'bukan nomor yang sah dalam rencana penomorannya'],
  ])('%s is named in Indonesian, its value kept (or said, for the invalid-number note)', (name, value, idName, idValue) => {
    expect(sayAttribute(translator('id'), name, value)).toEqual({ name: idName, value: idValue });
    expect(sayAttribute(translator('en'), name, value).value).toBe(value);
  });
  it('a header from the file is shown as written', () => {
    expect(sayAttribute(translator('id'), 'Recruited by', 'Rudi')).toEqual({ name: 'Recruited by', value: 'Rudi' });
  });
});
