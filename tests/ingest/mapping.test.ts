import { describe, expect, it } from 'vitest';
import { parseMapping } from '../../src/core/ingest/mapping.ts';
import { SimpulError } from '../../src/core/model/errors.ts';

function messageOf(text: string): string {
  try {
    parseMapping(text, 'case.mapping.json');
  } catch (error) {
    if (error instanceof SimpulError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'accepted';
}

const base = { type: 'simpul-mapping', version: 1 };

describe('parseMapping', () => {
  it('accepts a full mapping and normalises countries', () => {
    const mapping = parseMapping(JSON.stringify({
      ...base, defaults: { defaultCountry: 'Indonesia', dateFormat: 'dmy' },
      files: { 'cdr.csv': { kind: 'calls', columns: { A: 'phone_a', B: 'phone_b' }, defaultCountry: 'tha', delimiter: ';' } },
    }));
    expect(mapping.defaults?.defaultCountry).toBe('ID');
    expect(mapping.files['cdr.csv']?.defaultCountry).toBe('TH');
  });
  it.each([
    ['{not json', /MAPPING_INVALID: case\.mapping\.json: is not valid JSON/],
    [JSON.stringify({ ...base, type: 'other' }), /key "type" must be "simpul-mapping"/],
    [JSON.stringify({ ...base, version: 9 }), /key "version" must be 1/],
    [JSON.stringify({ ...base, files: { 'a.csv': { kind: 'phonebook' } } }), /key files\["a\.csv"\]\.kind is "phonebook"; use one of people, /],
    [JSON.stringify({ ...base, files: { 'a.csv': { columns: { MSISDN: 'phon' } } } }), /key files\["a\.csv"\]\.columns\["MSISDN"\] is "phon", not a column role/],
    [JSON.stringify({ ...base, files: { 'a.csv': { defaultCountry: 'Atlantis' } } }), /key files\["a\.csv"\]\.defaultCountry is "Atlantis"/],
    [JSON.stringify({ ...base, files: { 'a.csv': { dateFormat: 'dd.mm' } } }), /key files\["a\.csv"\]\.dateFormat is "dd.mm"/],
    [JSON.stringify({ ...base, files: { 'a.csv': { colums: {} } } }), /key files\["a\.csv"\]\.colums is not known/],
  ])('refuses %s naming the offending key', (text, message) => {
    expect(messageOf(text)).toMatch(message);
  });
});
