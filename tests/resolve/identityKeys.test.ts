// Who is one person, one phone, one wallet: a fresh user's SIM registration list (11,000 subscribers with common names
// became 120 "people" with 100+ SIMs each), a remittance register whose phone columns made three accounts of one number,
// and an invalid bare number made into a different phone per file. Invented names and numbers, several habits.
import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { findPossibleDuplicates } from '../../src/core/resolve/possibleDuplicates.ts';
import { normalizePhone } from '../../src/core/normalize/phone.ts';
import { documentNumberKey } from '../../src/core/normalize/documentNumber.ts';
import { csv } from '../helpers.ts';

function resolve(...files: ReturnType<typeof csv>[]) {
  const { model, ledger } = buildCase(prepareFiles(files).prepared);
  return { model, ledger, people: model.entities.filter((entity) => entity.type === 'person') };
}

/** Phones each person uses, by person key. */
function phonesOf(model: ReturnType<typeof resolve>['model']): Map<string, string[]> {
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const result = new Map<string, string[]>();
  for (const link of model.links) {
    if (link.type !== 'uses_phone') continue;
    const person = byId.get(link.source);
    if (person?.type !== 'person') continue;
    result.set(person.key, [...(result.get(person.key) ?? []), byId.get(link.target)?.key ?? ''].sort());
  }
  return result;
}

describe('a subscriber list with an identity-document column', () => {
  it.each([
    // Philippine SIM registration: SURNAME, GIVEN names, an ID TYPE column saying which document the number is.
    ['PH SIM registration', 'sim_registration.csv', 'MSISDN,SUBSCRIBER NAME,ID TYPE,ID NUMBER,REG DATE',
      (phone: string, name: string, id: string) => `${phone},"${name}",${id.startsWith('P') ? 'Passport' : 'PhilSys'},${id},1/2/2023`, 'ID NUMBER'],
    // Indonesian operator list keyed by NIK, `;`-separated.
    ['Indonesian NIK list', 'pelanggan_prabayar.csv', 'no_hp;nama_pelanggan;NIK;tgl_registrasi',
      (phone: string, name: string, id: string) => `${phone};${name};${id};02-01-2023`, 'NIK'],
    // Thai list with the national ID card number.
    ['Thai ID card list', 'ผู้ลงทะเบียนซิม.csv', 'เบอร์โทรศัพท์,ชื่อผู้ลงทะเบียน,เลขบัตรประชาชน,วันที่ลงทะเบียน',
      (phone: string, name: string, id: string) => `${phone},${name},${id},02/01/2566`, 'เลขบัตรประชาชน'],
    // Malaysian list with the MyKad (IC) number.
    ['Malaysian IC list', 'senarai_pelanggan.csv', 'No Telefon,Nama Pelanggan,No. IC,Tarikh Daftar',
      (phone: string, name: string, id: string) => `${phone},${name},${id},02/01/2023`, 'No. IC'],
  ])('%s: keys each person by the document, never by a shared name', (_, file, header, row, idHeader) => {
    // MSISDN form (country code, no +), as an operator writes its own subscribers.
    const phones = Array.from({ length: 8 }, (_, i) => `63917111000${i + 1}`);
    // Three people called Santos Maria (one with two SIMs), two called Reyes Jose, one Cruz Ana (two SIMs).
    const rows = [
      [phones[0], 'SANTOS MARIA', 'P1234567'], [phones[1], 'SANTOS MARIA', '9620-8437-5264'], [phones[2], 'SANTOS MARIA', '3301-2299-8877'],
      [phones[3], 'SANTOS MARIA', 'P1234567'], [phones[4], 'REYES JOSE', 'P7654321'], [phones[5], 'REYES JOSE', '1188-2277-3366'],
      [phones[6], 'CRUZ ANA', 'P5550001'], [phones[7], 'CRUZ ANA', 'P5550001'],
    ].map(([phone, name, id]) => row(phone ?? '', name ?? '', id ?? ''));
    const { model, people } = resolve(csv(file, `${header}\n${rows.join('\n')}\n`));
    expect(people.map((person) => person.key).sort()).toEqual(['118822773366', '330122998877', '962084375264', 'P1234567', 'P5550001', 'P7654321']);
    expect(people.every((person) => person.attributes.keyFrom === idHeader)).toBe(true);
    const held = phonesOf(model);
    expect(held.get('P1234567')).toHaveLength(2);
    expect(held.get('962084375264')).toHaveLength(1);
    expect(held.get('P5550001')).toHaveLength(2);
    // Same name, different documents: different people, and not even suggested as one.
    expect(findPossibleDuplicates(model)).toEqual([]);
  });

  it('reads the ID TYPE column as what kind of document, not as anyone\'s id', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `63917111000${i},"SANTOS, MARIA",${i % 2 ? 'Passport' : 'PhilSys'},P12345${60 + i},1/2/2023`);
    const { people } = resolve(csv('sim_registration.csv', `MSISDN,SUBSCRIBER NAME,ID TYPE,ID NUMBER,REG DATE\n${rows.join('\n')}\n`));
    expect(people).toHaveLength(8);
    expect(people.map((person) => person.attributes['ID TYPE'])).toContain('PhilSys');
  });

  it('falls back to the name, said as such, where the document cell is a placeholder', () => {
    const rows = ['639171110001,"SANTOS, MARIA",-', '639171110002,"REYES, JOSE",000000000', '639171110003,"CRUZ, ANA",N/A', '639171110004,"LIM, TAN",P1234567'];
    const { people } = resolve(csv('sim_registration.csv', `MSISDN,SUBSCRIBER NAME,Passport No\n${rows.join('\n')}\n`));
    const keyFrom = new Map(people.map((person) => [person.label, person.attributes.keyFrom]));
    expect(Object.fromEntries(keyFrom)).toEqual({ 'SANTOS, MARIA': 'name', 'REYES, JOSE': 'name', 'CRUZ, ANA': 'name', 'LIM, TAN': 'Passport No' });
  });

  it('says in the ledger when a list without any id merges rows of one name', () => {
    const rows = ['639171110001,"SANTOS, MARIA"', '639171110002,"SANTOS, MARIA"', '639171110003,"SANTOS, MARIA"', '639171110004,"REYES, JOSE"',
      '639171110005,"REYES, JOSE"', '639171110006,"CRUZ, ANA"'];
    const { ledger } = resolve(csv('sim_registration.csv', `MSISDN,SUBSCRIBER NAME\n${rows.join('\n')}\n`));
    const note = ledger[0]?.notes?.find((candidate) => candidate.code === 'people-keyed-by-name');
    expect(note?.params).toEqual({ header: 'SUBSCRIBER NAME', names: 2, rows: 5, name: 'SANTOS, MARIA', most: 3 });
    // A list whose names are all different says nothing.
    const distinct = resolve(csv('sim_registration.csv', `MSISDN,SUBSCRIBER NAME\n${rows.slice(2, 4).join('\n')}\n`));
    expect(distinct.ledger[0]?.notes?.some((candidate) => candidate.code === 'people-keyed-by-name') ?? false).toBe(false);
  });

  it('suggests, never merges, a document-keyed subscriber and a same-name person of a list without ids', () => {
    const { people, model } = resolve(
      csv('sim_registration.csv', 'MSISDN,SUBSCRIBER NAME,ID NUMBER,NATIONALITY\n639171110001,"SANTOS, MARIA",P1234567,Filipino\n639171110002,"REYES, JOSE",P7654321,Filipino\n'),
      csv('rescued.csv', 'name,nationality,status\n"SANTOS, MARIA",Filipino,victim\n'),
    );
    expect(people.filter((person) => person.label === 'SANTOS, MARIA')).toHaveLength(2);
    const suggestions = findPossibleDuplicates(model);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]?.reasonCodes?.map((reason) => reason.code)).toContain('one-without-id');
  });
});

describe('documentNumberKey', () => {
  it.each([
    ['EC 032-7072', 'EC0327072'],
    ['3174-0512-3456-0001', '3174051234560001'],
    ['  a1234567 ', 'A1234567'],
    ['-', undefined],
    ['TIDAK ADA', undefined],
    ['000000000', undefined],
    ['1234', undefined],
  ])('reads %j as %j', (raw, expected) => {
    expect(documentNumberKey(raw)).toBe(expected);
  });
});

describe('a remittance register whose phone columns are the two sides', () => {
  const rows = [
    'MY001;25.03.2024;Lim Chee Keong;0060199547656;A4487647;Maria Reyes;+639193981652;Filipina;RM 5.359,47',
    'MY002;26.03.2024;Lim Chee Keong;+60 19-954 7656;A4487647;Maria Reyes;00639193981652;Filipina;RM 1.200,00',
    'MY003;27.03.2024;Chong Mei Ling;+60138023663;A7325884;Maria Reyes;639193981652;Filipina;RM 800,00',
    'MY004;28.03.2024;Chong Mei Ling;0138023663;A7325884;Siti Wijaya;+62 812-3456-7890;Indonesia;RM 450,00',
    'MY005;29.03.2024;Muthu a/l Rajan;+60131251736;A3747956;Siti Wijaya;6281234567890;Indonesia;RM 6.627,44',
    'MY006;30.03.2024;Muthu a/l Rajan;0131251736;A3747956;Siti Wijaya;006281234567890;Indonesia;RM 900,00',
    // A sender whose number is not a valid Malaysian mobile (013-0… is not allotted), written three ways.
    'MY007;01.04.2024;Tan Ah Kow;+60130005963;A1112223;Siti Wijaya;+62 812-3456-7890;Indonesia;RM 100,00',
    'MY008;02.04.2024;Tan Ah Kow;0060130005963;A1112223;Siti Wijaya;+62 812-3456-7890;Indonesia;RM 200,00',
    'MY009;03.04.2024;Tan Ah Kow;60130005963;A1112223;Siti Wijaya;+62 812-3456-7890;Indonesia;RM 300,00',
  ];
  const register = csv('remit_outward.csv', `No Ruj;Tarikh;Nama Pengirim;No Tel Pengirim;No Pasport/IC;Nama Penerima;No Tel Penerima;Negara;Jumlah (RM)\n${rows.join('\n')}\n`);

  it('keys one number written +, 00 and bare as one wallet, on the number in E.164', () => {
    const { model } = resolve(register);
    const accounts = model.entities.filter((entity) => entity.type === 'account');
    expect(accounts.map((account) => account.key).sort()).toEqual(['+60130005963', '+60131251736', '+60138023663', '+60199547656', '+6281234567890', '+639193981652']);
    expect(accounts.every((account) => account.attributes.accountKind === 'ewallet')).toBe(true);
  });

  it('keeps a number that is no valid mobile one node too, marked and warned on each row', () => {
    const { model, ledger } = resolve(register);
    expect(model.entities.find((entity) => entity.key === '+60130005963')?.attributes.validity).toBeDefined();
    expect(ledger[0]?.rejected).toEqual([]);
    expect(ledger[0]?.warnings.filter((warning) => warning.code === 'wallet-phone-not-valid').map((warning) => warning.line)).toEqual([8, 9, 10]);
  });

  it('ties the wallet to the SIM of the same number named in a call record', () => {
    const cdr = csv('globe_cdr.csv', 'A_NUMBER,B_NUMBER,START_TIME,DURATION\n639193981652,639171110001,2024-03-01 10:00:00,60\n');
    const { model } = resolve(register, cdr);
    expect(model.links.some((link) => link.source === 'account:+639193981652' && link.target === 'phone:+639193981652')).toBe(true);
  });
});

describe('a bare number valid in no reading', () => {
  it('is one (not valid) phone whatever the file\'s plan, with a warning on each row', () => {
    expect(normalizePhone('60130963306', { defaultCountry: 'PH' })?.e164).toBe(normalizePhone('60130963306', { defaultCountry: 'CN' })?.e164);
    const { model, ledger } = resolve(
      csv('GLOBE_CDR.csv', 'A_NUMBER,B_NUMBER,START_TIME,DURATION\n639171234567,60130963306,2024-03-01 10:00:00,60\n639171234567,09181234567,2024-03-01 11:00:00,60\n'),
      csv('通话记录.csv', '主叫号码,被叫号码,通话开始时间\n13912345678,60130963306,2024-03-01 12:00:00\n13912345678,8613812345678,2024-03-01 13:00:00\n'),
    );
    const invalid = model.entities.filter((entity) => entity.type === 'phone' && entity.attributes.validity !== undefined);
    expect(invalid.map((phone) => phone.key)).toEqual(['+60130963306']);
    const warned = ledger.flatMap((entry) => entry.warnings.filter((warning) => warning.code === 'phone-not-valid').map((warning) => `${entry.file}:${warning.line}`));
    expect(warned.sort()).toEqual(['GLOBE_CDR.csv:2', '通话记录.csv:2']);
  });

  it('keeps a valid national reading (a Chinese mobile written without trunk 0) as before', () => {
    expect(normalizePhone('13912345678', { defaultCountry: 'CN' })?.e164).toBe('+8613912345678');
    expect(normalizePhone('9171234567', { defaultCountry: 'PH' })?.e164).toBe('+639171234567');
  });
});
