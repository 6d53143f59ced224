// An exchange's withdrawals (user id, where the money went, amount): transfers from the platform account to the
// address, not the statement of the address. And a column whose values are another file's person ids refers to them,
// even under a header whose words say phone. Invented ids, addresses and names.
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { validateMapping } from '../../src/core/ingest/mapping.ts';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

const TRON = ['TKx4V9nq1sd7Yp3mR8wE2aZcLbH6fGuJtA', 'TPa7Wd3mZ9xQk2LrN5vB8cYhG4sJ6eUfTn', 'TRc8Nh2pQ7wXk4LmZ9vA3bYeG5sJ6dUfTq'];
const rows = (line: (i: number) => string, count = 9) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

function roles(text: string, file = 'x.csv') {
  const result = classifyTable(parseTable(text, file));
  return { kind: result.kind, roles: Object.fromEntries(result.columns.map((column) => [column.header, column.role])) };
}

describe('an exchange\'s withdrawals: a user id, the address money went to, an amount', () => {
  it.each([
    ['en', 'UID,Time(UTC),Coin,Amount,Withdrawal Address,Status', (i: number) => `${31000000 + (i % 3) * 4417},2025-03-0${i + 1}T10:00:00+00:00,USDT,${(i + 1) * 150} USDT,${TRON[i % 3]},Completed`,
      'UID', 'Withdrawal Address'],
    ['id', 'ID Pengguna;Waktu;Aset;Jumlah;Alamat Penarikan;Status', (i: number) => `${58200190 + (i % 3) * 7};0${i + 1}/03/2025 10:00;USDT;${(i + 1) * 150};${TRON[i % 3]};Berhasil`,
      'ID Pengguna', 'Alamat Penarikan'],
    ['payout', 'Member ID,Date,Payout Wallet,Amount,Currency', (i: number) => `${9100512 + (i % 3) * 3},2025-03-0${i + 1},${TRON[i % 3]},${(i + 1) * 99}.00,USDT`,
      'Member ID', 'Payout Wallet'],
  ])('reads them as transfers from the user\'s account to the address (%s)', (_, header, line, from, to) => {
    const result = roles(`${header}\n${rows(line)}\n`);
    expect(result.kind).toBe('transfers');
    expect(result.roles[from]).toBe('account_from');
    expect(result.roles[to]).toBe('account_to');
  });

  it('keeps a postal address a postal address', () => {
    const result = roles('person_id,name,address\n' + rows((i) => `P-${i + 1},Ana Reyes ${String.fromCharCode(65 + i)},${i + 12} Mabini St Manila`));
    expect(result.roles.address).toBe('address');
  });
});

describe('a column whose values are the ids of the case\'s people list', () => {
  const people = 'SUBJ_REF|SUBJ_NAME|CITIZENSHIP\n' + rows((i) => `TF-00${10 + i}|Name ${String.fromCharCode(65 + i)} Santos|Filipino`);
  it.each([
    ['Registered to (ref)'], ['Owner ref'], ['Holder'],
  ])('reads "%s" over those ids as the person id, whatever its words say', (header) => {
    const holders = `Provider,Wallet / Account No.,${header.includes(',') ? `"${header}"` : header},Registered name,Mobile on file\n` +
      rows((i) => `GCash,0917${5500100 + i},TF-00${10 + i},Name ${String.fromCharCode(65 + i)} Santos,63917${5500100 + i}`);
    const outcomes = prepareCase([csv('people.txt', people), csv('holders.csv', holders)]);
    const plan = outcomes[1];
    if (!plan?.ok) throw new Error('holders not read');
    expect(plan.prepared.classification.columns.find((column) => column.header === header)?.role).toBe('person_id');
  });
});

describe('a holder list stated with several account columns', () => {
  it('says in the ledger which column is read as the account and which are kept as attributes', () => {
    const text = 'UID,Full Name,TRC20 Deposit Address,ERC20 Deposit Address\n' +
      rows((i) => `${40100200 + i * 31},Name ${String.fromCharCode(65 + i)} Reyes,${TRON[i % 3]},0x${(i + 10).toString(16).padStart(40, 'a')}`);
    const mapping = validateMapping({ type: 'simpul-mapping', version: 1, files: { 'kyc.csv': { kind: 'account_holders', columns: {
      UID: 'account', 'Full Name': 'person_name', 'TRC20 Deposit Address': 'account', 'ERC20 Deposit Address': 'account' } } } });
    const [outcome] = prepareCase([csv('kyc.csv', text)], { mapping });
    if (!outcome?.ok) throw new Error('kyc not read');
    const repeated = (outcome.prepared.notes ?? []).filter((note) => note.code === 'role-repeated');
    expect(repeated.map((note) => note.params)).toEqual([
      { column: 'TRC20 Deposit Address', role: 'account', read: 'UID', entity: 'person' },
      { column: 'ERC20 Deposit Address', role: 'account', read: 'UID', entity: 'person' },
    ]);
  });
});

describe('a wallet\'s cash-out log naming the agent', () => {
  it.each([
    ['Agent Code', (i: number) => `AG${40100 + (i % 4) * 17}`],
    ['Merchant ID', (i: number) => `MR-${70050 + (i % 4)}`],
    ['Kode Agen', (i: number) => `AGN${90010 + (i % 4)}`],
  ])('reads "%s" as the other side of the money, so the agent stays in the case', (header, agent) => {
    const text = `Txn ID,Date,Wallet Account,${header},Customer Name,Amount,Type\n` +
      rows((i) => `WX${88000 + i},0${i + 1}.02.2025 10:00,0971${340100 + (i % 2)},${agent(i)},Name ${String.fromCharCode(65 + (i % 2))} Sok,USD ${100 + i},Cash Out`);
    const result = runPipeline([csv('cashout.csv', text)], { stabilityRuns: 0 });
    const keys = new Set(result.model.entities.map((entity) => entity.key.replace(/-/g, "")));
    expect(keys.has(agent(0).replace(/-/g, ""))).toBe(true);
    expect([...keys].some((key) => key.startsWith('cash-out:'))).toBe(false);
  });
});
