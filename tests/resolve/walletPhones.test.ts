// A wallet opened on a mobile number is one account whatever form each file writes it in, and one subject with that
// number's SIM: keyed by the number in E.164 and tied to the phone by an identity link. Bank accounts are never.
import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { groupActors } from '../../src/core/analysis/actors.ts';
import { buildAnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import { namesWalletColumn } from '../../src/core/normalize/account.ts';
import { csv } from '../helpers.ts';

// Invented numbers, valid Philippine mobiles (09xx) in three written forms.
const KYC = 'Provider,Wallet / Account No.,Registered to (ref),Registered name,Mobile on file\n'
  + 'GCash,09171230001,R-1,Ana Cruz,639171230001\nGCash,09181230002,R-2,Ben Reyes,639181230002\n'
  + 'BDO,09191230003,R-3,Cora Lim,639191230003\n';
const LOG = 'Reference No.,Transaction Date (PHT),Sender Mobile No.,Receiver Mobile No.,Amount,Status\n'
  + 'X1,01/08/2024 01:27:27 AM,09171230001,639181230002,"4,755.62",SUCCESS\n'
  + 'X2,01/09/2024 02:27:27 PM,639181230002,09171230001,"1,000.00",SUCCESS\n'
  + 'X3,01/10/2024 03:27:27 PM,09171230001,09181230002,"2,000.00",SUCCESS\n';
const CDR = 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION\n'
  + '+639171230001,+639181230002,MOC,2024-01-08 10:00:00,60\n+639181230002,+639191230003,MOC,2024-01-08 11:00:00,60\n'
  + '+639191230003,+639171230001,MOC,2024-01-08 12:00:00,60\n';

function run(files: [string, string][], mapping?: Parameters<typeof prepareFiles>[1]) {
  const { prepared } = prepareFiles(files.map(([name, text]) => csv(name, text)), mapping);
  return buildCase(prepared).model;
}

const MAPPING = {
  mapping: {
    type: 'simpul-mapping' as const, version: 1 as const,
    files: {
      'gcash_le_reply.csv': { kind: 'transfers' as const, defaultCountry: 'PH', dateFormat: 'mdy' as const,
        columns: { 'Reference No.': 'transaction_id', 'Transaction Date (PHT)': 'datetime', 'Sender Mobile No.': 'account_from', 'Receiver Mobile No.': 'account_to', Amount: 'amount', Status: 'transaction_status' } },
      'kyc.csv': { kind: 'account_holders' as const,
        columns: { Provider: 'bank', 'Wallet / Account No.': 'account', 'Registered to (ref)': 'person_id', 'Registered name': 'person_name', 'Mobile on file': 'phone' } },
    },
  },
} as Parameters<typeof prepareFiles>[1];

describe('a wallet opened on a mobile number', () => {
  const model = run([['kyc.csv', KYC], ['gcash_le_reply.csv', LOG], ['cdr.csv', CDR]], MAPPING);
  const ids = new Set(model.entities.map((entity) => entity.id));

  it('is one account keyed +63… whether written 0917…, 63917… or under a GCash provider with no plan of its own', () => {
    expect(ids.has('account:+639171230001')).toBe(true);
    expect(ids.has('account:+639181230002')).toBe(true);
    for (const plain of ['account:09171230001', 'account:639181230002', 'account:09181230002', 'account:639171230001']) expect(ids.has(plain)).toBe(false);
    expect(model.entities.find((entity) => entity.id === 'account:+639171230001')?.country).toBe('PH');
  });

  it('is tied to the phone of its number by an identity link, and is that phone holder\'s actor', () => {
    const ties = model.links.filter((link) => link.type === 'uses_phone' && link.source.startsWith('account:'));
    expect(ties.map((link) => [link.source, link.target])).toEqual([
      ['account:+639171230001', 'phone:+639171230001'], ['account:+639181230002', 'phone:+639181230002'],
    ]);
    const { actorOf } = groupActors(buildAnalysisGraph(model));
    expect(actorOf.get('account:+639171230001')).toBe(actorOf.get('phone:+639171230001'));
  });

  it('leaves a bank account that merely looks like a mobile number keyed by its digits, never tied', () => {
    expect(ids.has('account:09191230003')).toBe(true);
    expect(ids.has('account:+639191230003')).toBe(false);
    expect(model.links.some((link) => link.source === 'account:09191230003' && link.type === 'uses_phone')).toBe(false);
  });

  it('keeps transfer columns that say nothing of wallets or mobiles as written', () => {
    const plain = run([['transfers.csv', 'TxID,Date,From Account,To Account,Amount,Currency\nT1,2024-01-08,09171230001,09181230002,100,PHP\n'], ['cdr.csv', CDR]],
      { defaultCountry: 'PH' });
    const accounts = plain.entities.filter((entity) => entity.type === 'account').map((entity) => entity.id).sort();
    expect(accounts).toEqual(['account:09171230001', 'account:09181230002']);
  });
});

describe('a holder list naming each row\'s provider', () => {
  it('reads each wallet in its provider\'s plan, before the file\'s own (a TrueMoney wallet in a Philippine reply is Thai)', () => {
    const kyc = 'Provider,Wallet / Account No.,Registered to (ref),Registered name\nGCash,09171230001,R-1,Ana Cruz\nTrueMoney,0812345678,R-2,Somchai\n';
    const mapping = { type: 'simpul-mapping', version: 1, files: { 'kyc.csv': { kind: 'account_holders', defaultCountry: 'PH',
      columns: { Provider: 'bank', 'Wallet / Account No.': 'account', 'Registered to (ref)': 'person_id', 'Registered name': 'person_name' } } } };
    const ids = run([['kyc.csv', kyc]], { mapping } as Parameters<typeof prepareFiles>[1]).entities.map((entity) => entity.id);
    expect(ids).toContain('account:+639171230001');
    expect(ids).toContain('account:+66812345678');
  });
});

describe('namesWalletColumn', () => {
  it.each([
    ['Sender Mobile No.', 'log.csv', true],
    ['No. HP Pengirim', 'mutasi.csv', true],
    ['Wing Account', 'agents.csv', true],
    ['From Account', 'gcash_le_reply_2024.csv', true],
    ['From Account', 'danamon_statement.csv', false],
    ['Debit Account', 'bank_transfers.csv', false],
    ['Rekening Tujuan', 'mutasi_bca.csv', false],
  ])('%s in %s → %s', (header, file, expected) => {
    expect(namesWalletColumn(header, file)).toBe(expected);
  });
});
