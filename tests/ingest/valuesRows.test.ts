// Rows read as an investigator would (issue 8 items 1, 2, 5, 6, 12, 13, 14; issue 14 items 3, 4, 6): whose
// handset, which plan, which row survives, what the ledger says.
import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { isVictim } from '../../src/core/model/roles.ts';
import type { CaseModel } from '../../src/core/model/types.ts';
import { csv } from '../helpers.ts';

function importCase(files: [string, string][], defaultCountry?: string) {
  const { prepared } = prepareFiles(files.map(([name, text]) => csv(name, text)), { strict: true, ...(defaultCountry ? { defaultCountry } : {}) });
  return buildCase(prepared);
}

const deviceUsers = (model: CaseModel) => model.links.filter((link) => link.type === 'uses_device').map((link) => link.source).sort();
const entity = (model: CaseModel, id: string) => model.entities.find((candidate) => candidate.id === id);

describe('the handset belongs to the served subscriber (item 1)', () => {
  it.each([
    ['MTC', 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,IMEI', '62811111111,62812222222,MTC,2024-03-01 08:00:00,351234567890123'],
    ['a_in', 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,IMEI', '66898765432,62812222222,a_in,2024-03-01 08:00:00,351234567890123'],
    ['Incoming', 'CALLING_NUMBER,CALLED_NUMBER,DIRECTION,START_TIME,IMEI', '66898765432,62812222222,Incoming,2024-03-01 08:00:00,351234567890123'],
    ['IN', 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,IMEI', '66898765432,62812222222,IN,2024-03-01 08:00:00,351234567890123'],
  ])('on an incoming (%s) row the B party uses the handset', (_type, header, row) => {
    const { model } = importCase([['cdr.csv', `${header}\n${row}\n`]]);
    expect(deviceUsers(model)).toEqual(['phone:+62812222222']);
  });

  it('gives every row\'s handset to the file\'s target, whichever side it is on, and says so', () => {
    const { model, ledger } = importCase([['cdr.csv', [
      'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,IMEI,IMSI',
      '62812222222,62813333333,MOC,2024-03-01 07:00:00,351234567890123,510101234567890',
      '66898765432,62812222222,MTC,2024-03-01 09:00:00,351234567890123,510101234567890',
      '62812222222,66898765432,SMS-MO,2024-03-01 10:00:00,351234567890123,510101234567890',
      '62814444444,62812222222,VOICE,2024-03-01 11:00:00,351234567890123,510101234567890',
    ].join('\n')]]);
    expect(deviceUsers(model)).toEqual(['phone:+62812222222']);
    expect(entity(model, 'phone:+62812222222')?.attributes.imsi).toBe('510101234567890');
    expect(entity(model, 'phone:+66898765432')?.attributes.imsi).toBeUndefined();
    expect(ledger[0]?.assumptions.join(' ')).toMatch(/ending 812222222\) is on 4 of 4 rows: the file's target/);
  });

  it('keeps a multi-subscriber dump that writes its subscriber in A on incoming rows: handset A, caller B', () => {
    const { model } = importCase([['dump.csv', [
      'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,IMEI',
      '959781111111,66811111111,MOC,2024-03-01 07:00:00,351111111111111',
      '959782222222,66822222222,MOC,2024-03-01 07:10:00,352222222222222',
      '959783333333,66833333333,MOC,2024-03-01 07:20:00,353333333333333',
      '959781111111,66844444444,MTC,2024-03-01 08:00:00,351111111111111',
      '959782222222,66855555555,MTC,2024-03-01 08:10:00,352222222222222',
    ].join('\n')]]);
    expect(deviceUsers(model)).toEqual(['phone:+959781111111', 'phone:+959782222222', 'phone:+959783333333']);
    expect(model.links.some((link) => link.id === 'called|phone:+66844444444|phone:+959781111111')).toBe(true);
  });
});

describe('the reading that won is in the ledger (items 2, 14)', () => {
  it('reads a Chinese CDR with no country as Chinese, never as a US case', () => {
    const { model, ledger } = importCase([['cdr-zh.csv', '主叫号码,被叫号码,通话开始时间\n13912345678,8613800138000,2024-03-05 10:00:00\n13800138000,66812345678,2024-03-05 11:30:00\n15012345678,13512345678,2024-03-06 09:15:00\n']]);
    const phones = model.entities.filter((e) => e.type === 'phone').map((e) => e.key).sort();
    expect(phones).toEqual(['+66812345678', '+8613512345678', '+8613800138000', '+8613912345678', '+8615012345678']);
    expect(phones.some((key) => key.startsWith('+1'))).toBe(false);
    expect(ledger[0]?.assumptions.join(' ')).toMatch(/read as China \(CN\)/);
    expect(ledger[0]?.assumptions.join(' ')).not.toMatch(/leading 0/);
  });

  it('says which numbers were read by their row\'s country and which by the file\'s', () => {
    const { model, ledger } = importCase([['subs.csv', 'phone,person_id,country\n13912345678,P1,CN\n9876543210,P2,IN\n0812-3456-7890,P3,\n0813-1111-2222,P4,\n']], 'ID');
    expect(model.entities.filter((e) => e.type === 'phone').map((e) => e.key).sort()).toEqual(['+6281234567890', '+6281311112222', '+8613912345678', '+919876543210']);
    const line = ledger[0]?.assumptions.find((text) => text.startsWith('phone numbers without + or 00 read'));
    expect(line).toMatch(/1 as national numbers of China \(CN\) from the row's own country column/);
    expect(line).toMatch(/1 as national numbers of India \(IN\) from the row's own country column/);
    expect(line).toMatch(/2 as national numbers of Indonesia \(ID\) from the file's default country/);
  });
});

describe('a row with a usable part is kept (item 5)', () => {
  it.each([
    ['8,12346E+10', /scientific notation.*cannot be recovered/],
    ['6,28123E+12', /scientific notation.*cannot be recovered/],
    ['1.23457E+11', /scientific notation.*cannot be recovered/],
    ['call me', /is not a phone number/],
  ])('keeps the person whose phone cell is %s, with a warning', (cell, warning) => {
    const { model, ledger } = importCase([['people.csv', `id_orang;nama;no_hp;peran\nP-1;Siti Aminah;${cell};korban\nP-2;Rudi;0812-5555-6666;perekrut\n`]]);
    expect(ledger[0]).toMatchObject({ rows: 2, imported: 2, rejected: [] });
    expect(entity(model, 'person:P-1')?.label).toBe('Siti Aminah');
    expect(ledger[0]?.warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(warning) })]);
  });

  it('keeps an account holder whose account cell is broken', () => {
    const { model, ledger } = importCase([['holders.csv', 'account_number,holder_id,holder_name\n"1,23457E+11",H-1,Ani\n']]);
    expect(ledger[0]?.rejected).toEqual([]);
    expect(entity(model, 'person:H-1')).toBeDefined();
  });

  it('still rejects a row with nothing usable', () => {
    const { ledger } = importCase([['people.csv', 'person_id,name,phone\nP-1,Ani,0812-5555-6666\n,,8,12346E+10\n']]);
    expect(ledger[0]?.rejected.map((row) => row.line)).toEqual([3]);
  });
});

describe('several identifiers in one cell (item 6)', () => {
  it.each([
    ['0813-2222-3333 / 0878-4444-5555', ['+6281322223333', '+6287844445555']],
    ['0812-1111-2222; 0812-1111-3333', ['+6281211112222', '+6281211113333']],
    ['0856-7777-8888 & 0856-7777-9999', ['+6285677778888', '+6285677779999']],
    ['"0811-1234-5678\n0811-1234-5679"', ['+6281112345678', '+6281112345679']],
  ])('links each number of %j to the person', (cell, keys) => {
    const { model } = importCase([['subs.csv', `person_id,name,phone\nP-1,Agus,${cell}\nP-2,Ani,0812-9999-8888\n`]], 'ID');
    const linked = model.links.filter((link) => link.type === 'uses_phone' && link.source === 'person:P-1').map((link) => link.target).sort();
    expect(linked).toEqual(keys.map((key) => `phone:${key}`));
  });

  it('links each account of a cell to its holder', () => {
    const { model } = importCase([['holders.csv', 'account_number,holder_id\n123-4-56789-0 / 987-6-54321-0,H-1\n']]);
    expect(model.links.filter((link) => link.type === 'holds_account').map((link) => link.target).sort()).toEqual(['account:1234567890', 'account:9876543210']);
  });
});

describe('weights, amounts and signs (item 12; issue 14 item 6)', () => {
  it('keeps a links file\'s weight as a weight, read exactly, and says when it cannot be read', () => {
    const { model, ledger } = importCase([['edges.csv', 'Source,Target,Type,Weight\nA1,B1,Undirected,"2,750"\nA1,C1,Undirected,0.35\nB1,C1,Undirected,4000\nC1,D1,Undirected,heavy\n']]);
    expect(model.links.map((link) => [link.source, link.target, link.count, link.weight])).toEqual([
      ['person:A1', 'person:B1', 1, 2750], ['person:A1', 'person:C1', 1, 0.35], ['person:B1', 'person:C1', 1, 4000], ['person:C1', 'person:D1', 1, undefined],
    ]);
    expect(ledger[0]?.warnings).toEqual([expect.objectContaining({ line: 5, message: expect.stringMatching(/Weight "heavy" is not a number/) })]);
  });

  it.each([
    ['-1500.50', 1500.5],
    ['(200)', 200],
    ['350-', 350],
  ])('reverses a transfer of %s and warns', (amount, kept) => {
    const { model, ledger } = importCase([['tx.csv', `TXN_DATE,DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,CURRENCY\n2024-03-01,111-1-11111-1,222-2-22222-2,"${amount}",THB\n`]]);
    expect(model.links.map((link) => [link.source, link.target, link.amounts.THB])).toEqual([['account:2222222222', 'account:1111111111', kept]]);
    expect(ledger[0]?.warnings[0]?.message).toMatch(/is negative: read as CREDIT_ACCOUNT paying DEBIT_ACCOUNT/);
  });
});

describe('dates, per column, with a ledger note (item 13)', () => {
  it('reads compact, Excel, unix and Buddhist-era dates and counts what it could not read', () => {
    const rows = ['20240302 0815', '45352.34', '1709367300', '1709367300000', '02/03/2567 08:15', 'yesterday'];
    const text = `CALLING_PARTY,CALLED_PARTY,START_TIME\n${rows.map((value) => `6281234567890,6281298765432,${value}`).join('\n')}\n`;
    const { model, ledger } = importCase([['cdr.csv', text]]);
    expect(model.links[0]).toMatchObject({ count: 6, firstTime: '2024-03-01T08:09:36', lastTime: '2024-03-02T08:15:00' });
    const notes = ledger[0]?.assumptions.join('\n') ?? '';
    expect(notes).toMatch(/START_TIME: 1 of 5 dates are Excel serial day numbers/);
    expect(notes).toMatch(/START_TIME: 1 of 5 dates are unix times in seconds/);
    expect(notes).toMatch(/START_TIME: 1 of 5 dates are unix times in milliseconds/);
    expect(notes).toMatch(/START_TIME: 1 of 5 dates have Thai Buddhist-era years/);
    expect(notes).toMatch(/START_TIME: 1 date could not be read/);
    expect(ledger[0]?.warnings).toEqual([expect.objectContaining({ line: 7 })]);
  });
});

describe('conflicting roles protect (issue 14 item 4)', () => {
  const a: [string, string] = ['agency-a.csv', 'person_id,full_name,role\nV-1,Dewi Lestari,worker\nV-2,Made Wirawan,boss\n'];
  const b: [string, string] = ['agency-b.csv', 'id_orang;nama;status\nV-1;Dewi Lestari;korban\n'];

  it.each([[[a, b]], [[b, a]]])('treats a person as a victim when any source says so, whatever the order', (files) => {
    const { model, ledger } = importCase(files);
    const dewi = entity(model, 'person:V-1');
    expect(dewi && isVictim(dewi)).toBe(true);
    expect(dewi?.attributes.roleConflict).toMatch(/"korban" \(agency-b\.csv line 2\) vs "worker" \(agency-a\.csv line 2\); treated as a victim/);
    const cited = ledger.flatMap((entry) => entry.warnings.map((warning) => `${entry.file}:${warning.line}`)).sort();
    expect(cited).toEqual(['agency-a.csv:2', 'agency-b.csv:2']);
  });

  it.each([['victim', 'Victim'], ['rescued', 'trafficked worker']])('sees no conflict between %s and %s', (one, two) => {
    const { model } = importCase([['x.csv', `person_id,role\nV-1,${one}\n`], ['y.csv', `person_id,role\nV-1,${two}\n`]]);
    expect(entity(model, 'person:V-1')?.attributes.roleConflict).toBeUndefined();
  });

  it('gives the same entity whatever the order of the files (label, country, attributes, variants)', () => {
    const x: [string, string] = ['x.csv', 'person_id,name,nationality,alias\nP-1,WANG JUN,China,Boss Wang\n'];
    const y: [string, string] = ['y.csv', 'person_id,name,nationality,alias\nP-1,Wang Jun,PRC,Lao Wang\n'];
    expect(importCase([x, y]).model.entities).toEqual(importCase([y, x]).model.entities);
  });
});

describe('columns named like object keys (issue 14 item 3)', () => {
  it.each(['prototype', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('keeps a column named %s as data', (column) => {
    const { model } = importCase([['people.csv', `person_id,name,${column}\nX-1,Eko,kept-value\n`]]);
    const eko = entity(model, 'person:X-1');
    expect(Object.hasOwn(eko?.attributes ?? {}, column)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(eko?.attributes, column)?.value).toBe('kept-value');
    expect(Object.getPrototypeOf(eko?.attributes)).not.toBe('kept-value');
  });

  it('sums a currency called constructor as a currency', () => {
    const { model } = importCase([['tx.csv', 'DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,CURRENCY\n111-1-11111-1,222-2-22222-2,300,constructor\n111-1-11111-1,222-2-22222-2,200,constructor\n']]);
    expect(Object.entries(model.links[0]?.amounts ?? {})).toEqual([['CONSTRUCTOR', 500]]);
  });
});
