// A list's own id column that its header words do not name: short identifier codes under an id word are the person id.
import { describe, expect, it } from 'vitest';
import { namesOnlyAnId } from '../../src/core/ingest/evidence/headerWords.ts';
import { prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function planOf(text: string) {
  const { prepared, failed } = prepareFiles([csv('list.csv', text)], { defaultCountry: 'ID' });
  expect(failed).toEqual([]);
  return prepared[0]!.classification;
}

const rows = (first: (i: number) => string, rest: (i: number) => string[]) =>
  Array.from({ length: 8 }, (_, i) => [first(i), ...rest(i)].join(',')).join('\n');
const code = (i: number) => `P-${String(i + 1).padStart(4, '0')}`;
const phone = (i: number) => `0812${String(3456000 + i * 1117).padStart(7, '0')}1`.slice(0, 12);
const names = ['Budi Santoso', 'Sari Dewi', 'Agus Salim', 'Rina Wati', 'Hendra Gunawan', 'Maya Putri', 'Joko Susilo', 'Dewi Lestari'];
const account = (i: number) => `12300${45678 + i * 311}`;

describe('namesOnlyAnId', () => {
  it.each([
    ['id_pelanggan', true], ['cust_id', true], ['No.', true], ['kode', true], ['Ref', true], ['No Pelanggan', true],
    ['kode_bank', false], ['no_hp', false], ['id_lokasi', false], ['ID Number', false], ['NIK', false], ['nama', false], ['tgl', false],
  ])('%s → %s', (header, expected) => {
    expect(namesOnlyAnId(header)).toBe(expected);
  });
});

describe('an id word over identifier codes', () => {
  it('reads a subscriber list\'s id_pelanggan (P-0001…) as the person id, with moderate confidence and its evidence', () => {
    const plan = planOf(`id_pelanggan,nama,msisdn\n${rows(code, (i) => [names[i]!, phone(i)])}\n`);
    expect(plan.kind).toBe('subscribers');
    const column = plan.columns.find((candidate) => candidate.header === 'id_pelanggan');
    expect(column).toMatchObject({ role: 'person_id', by: 'values' });
    expect(column?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(column?.confidence).toBeLessThan(0.8);
    expect(column?.evidence?.join(' ')).toMatch(/identifier codes.*id word/);
  });

  it('reads an account holder list\'s "No Pelanggan" as the holder, and a file of ids and phones alone as subscribers', () => {
    const holders = planOf(`No Pelanggan,Nama,No Rekening\n${rows((i) => `C-1002${i}`, (i) => [names[i]!, account(i)])}\n`);
    expect(holders.kind).toBe('account_holders');
    expect(holders.columns.find((column) => column.header === 'No Pelanggan')?.role).toBe('person_id');
    const bare = planOf(`id_pelanggan,msisdn\n${rows(code, (i) => [phone(i)])}\n`);
    expect(bare.kind).toBe('subscribers');
    expect(bare.columns.map((column) => column.role)).toEqual(['person_id', 'phone']);
  });

  it('leaves a named id, a header naming something else, one code on every row and plain numbers as they were', () => {
    // A header that names a person id outright keeps it (and its higher confidence) over the id-code column.
    const named = planOf(`id_orang,id_pelanggan,nama,msisdn\n${rows((i) => `O-${i + 10}`, (i) => [code(i), names[i]!, phone(i)])}\n`);
    expect(named.columns.find((column) => column.header === 'id_orang')).toMatchObject({ role: 'person_id', by: 'header' });
    expect(named.columns.find((column) => column.header === 'id_pelanggan')?.role).toBeUndefined();
    const bank = planOf(`kode_bank,nama,msisdn\n${rows((i) => `BK-${i + 10}`, (i) => [names[i]!, phone(i)])}\n`);
    expect(bank.columns.find((column) => column.header === 'kode_bank')?.role).not.toBe('person_id');
    const branch = planOf(`kode_pelanggan,nama,msisdn\n${rows(() => 'JKT-01', (i) => [names[i]!, phone(i)])}\n`);
    expect(branch.columns.find((column) => column.header === 'kode_pelanggan')?.role).toBeUndefined();
    const numbers = planOf(`id_pelanggan,nama,msisdn\n${rows((i) => String(100230 + i), (i) => [names[i]!, phone(i)])}\n`);
    expect(numbers.columns.find((column) => column.header === 'id_pelanggan')?.by).not.toBe('values');
  });
});
