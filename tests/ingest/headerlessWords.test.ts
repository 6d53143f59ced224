// A headerless file whose first line holds a word among its values (`MOC`), and handset numbers that are not phones.
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { looksLikeImei } from '../../src/core/ingest/evidence/valueShapes.ts';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { readFileSync } from 'node:fs';

const body = [
  '0812345678|959420111222|03/03/2567 09:10:34|495|MTC|35273610123456|5200168754',
  '0812345678|8613912345678|04/03/2567 10:15:51|501|MTC|35273610123456|5200147884',
  '0812345678|60163334444|05/03/2567 11:20:08|379|SMSMO|35273610123456|5200104692',
  '0812345678|6281234567890|06/03/2567 12:25:25|60|MOC|35273610123456|5200168309',
];

describe('the first line of a file', () => {
  it.each([
    ['a call type among numbers, the type recurring below', '0812345678|6281234567890|01/03/2567 07:00:00|229|MOC|35273610123456|5200168309', true],
    ['only numbers and dates', '0812345678|6281234567890|01/03/2567 07:00:00|229|5|35273610123456|5200168309', true],
    ['words naming the columns', 'A_NUMBER|B_NUMBER|START_TIME|DURATION|CALL_TYPE|IMEI|CELL_ID', false],
    ['a word not found below', '0812345678|6281234567890|01/03/2567 07:00:00|229|TYPE|35273610123456|5200168309', false],
    ['mostly words, one of them a value below', 'A|B|TIME|DUR|MOC|IMEI|CELL', false],
  ])('%s → data: %s', (_what, first, data) => {
    const table = parseTable([first, ...body].join('\n') + '\n', 'cdr.csv');
    expect(table.headerless).toBe(data);
    expect(table.rows.length).toBe(data ? 5 : 4);
  });

  it('a header repeated below (a page header) is still a header', () => {
    const table = parseTable('name,phone\nBudi,0812345678\nname,phone\nSiti,0813456789\n', 'people.csv');
    expect(table.headerless).toBe(false);
  });

  it('a header of years over numbers is read as a header when a name column says words', () => {
    const table = parseTable('name,2023,2024\nBudi Santoso,5,6\nSiti Aminah,7,8\nAhmad Fauzi,1,2\n', 'years.csv');
    expect(table.headerless).toBe(false);
  });
});

describe('a handset number (IMEI) is not a phone', () => {
  it.each([
    ['35273610123456', true], // 14 digits: type code + serial, no check digit (reads as +352, Luxembourg)
    ['352736101234568', true], // 15 digits, Luhn holds
    ['352736101234564', false], // 15 digits, Luhn fails
    ['3527361012345601', true], // IMEISV
    ['6281234567890', false], // an Indonesian MSISDN
    ['62812345678901', false], // 14 digits, a valid Indonesian mobile
    ['0812345678', false],
  ])('%s → IMEI: %s', (cell, imei) => {
    expect(looksLikeImei(cell)).toBe(imei);
  });

  it('the AIS headerless pipe CDR: first line is a call, the IMEI column is the handset', () => {
    const bytes = new Uint8Array(readFileSync('tests/ingest/corpus/cdr_ais_pipe_noheader.csv'));
    const [outcome] = prepareCase([{ name: 'AIS_cdr_0812345678.csv', bytes }]);
    if (!outcome?.ok) throw new Error('not read');
    expect(outcome.prepared.table.headerless).toBe(true);
    expect(outcome.prepared.table.rows.length).toBe(70);
    const roles = outcome.prepared.classification.columns.map((column) => column.role);
    expect(roles.slice(0, 4)).toEqual(['phone_a', 'phone_b', 'datetime', 'duration']);
    expect(roles[5]).toBe('imei');
  });
});
