// Identifier roles need identifying evidence: values shared by rows that name many different people are a class (a KYC
// level, a branch, a tier), never a person id or an account. Invented names and values, several languages.
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { isSimpulError } from '../../src/core/model/errors.ts';

const NAMES = ['Ana Reyes', 'Budi Santoso', 'Chai Wattana', 'Dewi Lestari', 'Eko Prasetyo', 'Fe Villanueva', 'Gita Sari',
  'Hoang Van Minh', 'Irma Siregar', 'Jun Dela Cruz', 'Kiet Nguyen', 'Lina Wijaya', 'Mara Ocampo', 'Nok Srisuk', 'Oscar Tan',
  'Putri Ayu', 'Quang Le', 'Rina Hidayat', 'Sok Dara', 'Tuan Pham'];

function roles(text: string) {
  const result = classifyTable(parseTable(text, 'list.csv'));
  return { kind: result.kind, roles: Object.fromEntries(result.columns.map((column) => [column.header, column.role])) };
}

const list = (header: string, row: (name: string, i: number) => string) => `${header}\n${NAMES.map(row).join('\n')}\n`;

describe('a column of few values repeated over rows that name different people', () => {
  it.each([
    // An exchange's customer list: the level under a person word (`KYC`).
    ['KYC Level (en)', list('Account No,Full Name,Nationality,KYC Level', (name, i) => `10${4400 + i * 7},${name},Filipino,${1 + (i % 2)}`), 'KYC Level'],
    // A bank's holder list with the branch code under a customer word: codes, but shared by many customers.
    ['Customer Ref (en)', list('Account No,Customer Name,Customer Ref', (name, i) => `551-2-${30400 + i}-1,${name},BR-0${i % 3}`), 'Customer Ref'],
    // Indonesian: `Tingkat Nasabah` (customer tier) 1–3.
    ['Tingkat Nasabah (id)', list('No Rekening;Nama Nasabah;Tingkat Nasabah', (name, i) => `0${1234500 + i * 13};${name};${1 + (i % 3)}`).replaceAll(',', ';'), 'Tingkat Nasabah'],
  ])('never reads %s as a person id', (_, text, header) => {
    const result = roles(text);
    expect(result.roles[header]).not.toBe('person_id');
    expect(result.roles[header]).not.toBe('account');
  });

  it('keeps a person id that repeats over one person\'s rows (one subscriber, many phones)', () => {
    const text = 'MSISDN,Person ID,Name\n' + Array.from({ length: 20 }, (_, i) => `6281277${650100 + i},P-${Math.floor(i / 5) + 1},${NAMES[Math.floor(i / 5)]}`).join('\n');
    const result = roles(text);
    expect(result.kind).toBe('subscribers');
    expect(result.roles['Person ID']).toBe('person_id');
  });

  it('keeps a person id in a list with no names column when its values tell rows apart', () => {
    const text = 'person_id,nationality,passport\n' + NAMES.map((_, i) => `P-${100 + i},Indonesia,X${5500 + i * 3}`).join('\n');
    expect(roles(text).roles.person_id).toBe('person_id');
  });

  it('does not propose a level column as the person id of a file it cannot read', () => {
    const text = 'UID,Full Name,Nationality,Mobile,Email,KYC Level\n' +
      NAMES.map((name, i) => `${21000000 + i * 977},${name},Thai,${i < 2 ? `+6681234${5600 + i}` : ''},,${1 + (i % 2)}`).join('\n');
    let message = '';
    try {
      classifyTable(parseTable(text, 'kyc.csv'));
    } catch (error) {
      if (!isSimpulError(error)) throw error;
      message = error.message;
    }
    expect(message).not.toMatch(/"KYC Level":"(person_id|account|phone)"/);
  });
});
