// A people list's combined place-and-date-of-birth column (`Tempat/Tgl Lahir`: `Kupang, 12-05-1985`) gives the birth
// date (day-first as the file reads dates) and the place; a year alone is no birth date; the cell is kept as written.
import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

describe('a place-and-date-of-birth column', () => {
  it.each([['Tempat/Tgl Lahir'], ['Tempat, Tanggal Lahir'], ['TTL'], ['Place and date of birth']])('%s gives birthDate and birthPlace', (header) => {
    const text = `Nama;Kewarganegaraan;${header};Status\nRUDI HARTONO;WNI;Kupang, 12-05-1985;Tersangka\nZHANG WEI;WN Tiongkok;Fujian, 1975;Tersangka\nSITI AMINAH;WNI;Soe, 21-07-2001;Korban\n`;
    const people = buildCase(prepareFiles([csv('daftar_tersangka.csv', text)]).prepared).model.entities.filter((e) => e.type === 'person');
    const by = (key: string) => people.find((e) => e.key === key);
    expect(by('name:rudi hartono')?.attributes).toMatchObject({ birthDate: '1985-05-12', birthPlace: 'Kupang', [header]: 'Kupang, 12-05-1985' });
    expect(by('name:siti aminah')?.attributes).toMatchObject({ birthDate: '2001-07-21', birthPlace: 'Soe' });
    expect(by('name:zhang wei')?.attributes.birthDate).toBeUndefined();
    expect(by('name:zhang wei')?.attributes[header]).toBe('Fujian, 1975');
    expect(by('name:zhang wei')?.country).toBe('CN');
  });
});
