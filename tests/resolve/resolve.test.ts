import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function resolve(...files: ReturnType<typeof csv>[]) {
  return buildCase(prepareFiles(files, { strict: true }).prepared).model;
}

describe('identity resolution', () => {
  it('makes one phone of one number written five ways', () => {
    const model = resolve(
      csv('cdr_id.csv', 'CALLING_PARTY\tCALLED_PARTY\n0812-3456-7890\t+66 81 234 5678\n6281234567890\t0066812345678\n(0812) 3456 7890\t66812345678\n'),
      csv('owners.csv', 'no_hp;id_orang;nama\n+62 812 3456 7890;P-1;Budi Santoso\n'),
    );
    const phones = model.entities.filter((entity) => entity.type === 'phone');
    expect(phones.map((phone) => phone.key)).toEqual(['+6281234567890', '+66812345678']);
    const budiPhone = phones[0]!;
    // Sorted, not in reading order: the same files in another order give the same entity.
    expect(budiPhone.variants).toEqual(['(0812) 3456 7890', '+62 812 3456 7890', '0812-3456-7890', '6281234567890']);
    expect(budiPhone.country).toBe('ID');
  });

  it('aggregates repeated calls into one link with count, duration and first/last time', () => {
    const model = resolve(csv('cdr.csv', [
      'A_NUMBER,B_NUMBER,START_TIME,DURATION',
      '66812345678,959781234567,2024-03-12 14:05:09,60',
      '+66812345678,+959781234567,2024-03-10 09:00:00,00:02:00',
      '66812345678,959781234567,2024-03-15 22:10:00,30',
    ].join('\n')));
    expect(model.links).toHaveLength(1);
    expect(model.links[0]).toMatchObject({
      type: 'called', source: 'phone:+66812345678', target: 'phone:+959781234567', count: 3, durationSeconds: 210,
      firstTime: '2024-03-10T09:00:00', lastTime: '2024-03-15T22:10:00',
      sources: [{ file: 'cdr.csv', lines: [2, 3, 4] }],
    });
  });

  it('sums transfer amounts per currency and strips separators from bank numbers', () => {
    const model = resolve(csv('bank.csv', [
      'TXN_ID,TXN_DATE,DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,CURRENCY',
      '1,2024-01-02,123-4-56789-0,987-6-54321-0,"12,500.00",THB',
      '2,2024-01-03,1234567890,9876543210,500,USD',
      '3,2024-01-04,123 4 56789 0,987.6.54321.0,"1,000.50",THB',
    ].join('\n')));
    expect(model.links).toHaveLength(1);
    expect(model.links[0]?.amounts).toEqual({ THB: 13500.5, USD: 500 });
    expect(model.entities.map((entity) => entity.key)).toEqual(['1234567890', '9876543210']);
  });

  it('keeps crypto addresses exactly as written (case-sensitive)', () => {
    const address = 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7';
    const model = resolve(csv('usdt.csv', `tx_hash,timestamp,from_address,to_address,amount,token\nab,1700000000,${address},TXYZabcdefghijkmnopqrstuvwxyz12345,100,USDT\n`));
    expect(model.entities.some((entity) => entity.key === address && entity.attributes.network === 'TRON')).toBe(true);
    expect(model.links[0]?.firstTime).toBe('2023-11-14T22:13:20');
  });

  it('knows every node and link by the file and line it came from', () => {
    const model = resolve(
      csv('people.csv', 'person_id,full_name,nationality\nP-1,Maria Santos,Philippines\n'),
      csv('holders.csv', 'account_number,bank,holder_id,holder_name,country\n09171234567,GCash,P-1,Maria Santos,PH\n'),
    );
    const person = model.entities.find((entity) => entity.id === 'person:P-1');
    expect(person?.sources).toEqual([{ file: 'holders.csv', lines: [2] }, { file: 'people.csv', lines: [2] }]);
    expect(person?.country).toBe('PH');
    expect(model.links[0]).toMatchObject({ type: 'holds_account', sources: [{ file: 'holders.csv', lines: [2] }] });
    expect(model.entities.find((entity) => entity.type === 'account')?.attributes.accountKind).toBe('ewallet');
  });

  it('keys a person without an id by the normalised name, and says so', () => {
    const model = resolve(csv('people.csv', 'nama;kewarganegaraan\n  Budi   Santoso ;Indonesia\n'));
    expect(model.entities[0]).toMatchObject({ key: 'name:budi santoso', label: 'Budi Santoso', attributes: { keyFrom: 'name' } });
  });

  it('uses the row country column as the default for that row\'s phone numbers', () => {
    const model = resolve(csv('subs.csv', 'phone,person_id,country\n081234567890,P-1,ID\n0812345678,P-2,TH\n'));
    expect(model.entities.filter((entity) => entity.type === 'phone').map((phone) => phone.key).sort()).toEqual(['+6281234567890', '+66812345678']);
  });
});

describe('phone numbers a spreadsheet mangled', () => {
  it('restores the trunk 0 Excel dropped from a whole column, and says so', () => {
    const files = [csv('owners.csv', 'no_hp;id_orang\n81234567890;P-1\n81398765432;P-2\n85712345678;P-3\n081311112222;P-4\n')];
    const { prepared } = prepareFiles(files, { strict: true, defaultCountry: 'ID' });
    const { model, ledger } = buildCase(prepared);
    expect(model.entities.filter((e) => e.type === 'phone').map((e) => e.key).sort()).toEqual(['+6281234567890', '+6281311112222', '+6281398765432', '+6285712345678']);
    expect(ledger[0]?.assumptions.join(' ')).toMatch(/no_hp: 3 of 3 numbers are Indonesia numbers written without their leading 0/);
  });

  it('leaves MSISDNs alone when the column is written that way', () => {
    const files = [csv('subs.csv', 'MSISDN,PERSON_ID\n6281234567890,P-1\n6281398765432,P-2\n66812345678,P-3\n')];
    const { prepared } = prepareFiles(files, { strict: true, defaultCountry: 'ID' });
    const { model } = buildCase(prepared);
    expect(model.entities.filter((e) => e.type === 'phone').map((e) => e.key).sort()).toEqual(['+6281234567890', '+6281398765432', '+66812345678']);
  });
});

describe('transfer rows with a bank column', () => {
  it('does not read both sides as accounts of the named bank', () => {
    const model = resolve(csv('otc.csv', 'TXN_DATE,DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,CURRENCY,BANK\n2024-01-02,987-6-54321-0,TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7,100,USDT,Binance\n'));
    expect(model.links).toHaveLength(1);
    expect(model.entities.map((entity) => entity.attributes.accountKind).sort()).toEqual(['bank', 'crypto']);
  });
});

describe('ambiguous 00… numbers, settled by the case', () => {
  // 0084955624605 is 00 + Vietnam (+84 955 624 605) or Thai carrier 008 + Germany (+49 55624605).
  const cdr = csv('cdr_th.csv', 'A_NUMBER,B_NUMBER,START_TIME\n66812345678,0084955624605,2024-03-01 10:00:00\n');

  it('reads 00 + country code when nothing else in the case says otherwise', () => {
    const model = resolve(cdr);
    expect(model.entities.map((entity) => entity.key)).toContain('+84955624605');
  });

  it('keeps the plain reading when the case knows that number', () => {
    const model = resolve(cdr, csv('subs_vn.csv', 'MSISDN,PERSON_ID\n84955624605,P-1\n'));
    expect(model.entities.filter((entity) => entity.type === 'phone').map((entity) => entity.key).sort()).toEqual(['+66812345678', '+84955624605']);
  });

  it('takes the carrier reading when only that number is known elsewhere, and says why', () => {
    const model = resolve(cdr, csv('subs_de.csv', 'MSISDN,PERSON_ID\n+49 55624605,P-1\n'));
    const phones = model.entities.filter((entity) => entity.type === 'phone');
    expect(phones.map((entity) => entity.key).sort()).toEqual(['+4955624605', '+66812345678']);
    const german = phones.find((entity) => entity.key === '+4955624605');
    expect(german?.variants).toEqual(['+49 55624605', '0084955624605']);
    expect(german?.sources).toEqual([{ file: 'cdr_th.csv', lines: [2] }, { file: 'subs_de.csv', lines: [2] }]);
    expect(german?.attributes.reading).toMatch(/carrier prefix/);
    expect(model.links.find((link) => link.type === 'called')?.target).toBe('phone:+4955624605');
  });
});
