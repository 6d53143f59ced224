import { describe, expect, it } from 'vitest';
import { walletPhone } from '../../src/core/normalize/planWallet.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

describe('walletPhone', () => {
  it.each([
    // [written, kind, plan, key, reading]
    ['011-2345 6789', 'ewallet', undefined, '+601123456789', 'only-valid'],
    ['011-2345 6789', 'ewallet', 'MY', '+601123456789', 'plan'],
    ['601123456789', 'ewallet', undefined, '+601123456789', 'msisdn'],
    ['+60 11-2345 6789', 'bank', undefined, '+601123456789', 'international'],
    ['0917 555 0101', 'ewallet', 'PH', '+639175550101', 'plan'],
    ['0060 11-2345 6789', 'ewallet', undefined, '+601123456789', 'international'],
    ['00 63 917 555 0101', 'ewallet', undefined, '+639175550101', 'international'],
  ] as const)('reads %s (%s, plan %s) as %s', (written, kind, plan, key, reading) => {
    expect(walletPhone(written, kind, plan)).toMatchObject({ key, reading });
  });

  it.each([
    ['0071001234567', 'bank', undefined],
    ['5140 1122 3344', 'bank', 'MY'],
    ['TEwqzedDHYV76dVk9XUjFjR9UZ93FFwENZ', 'crypto', undefined],
    ['0812', 'ewallet', 'ID'],
    // Banks' grouped forms that are also valid international numbers once their separators are dropped:
    ['004-9-39489-5', 'bank', undefined], // KBank xxx-x-xxxxx-x: +49394895
    ['006-3-71204-8', 'bank', 'TH'], // Bangkok Bank form: +6371204 8
    ['009-5-21873-4', 'bank', undefined], // SCB form: +9521873 4
    ['009-8-80412-7', 'ewallet', undefined], // grouped as a bank's even where a provider says wallet
    ['+4-9-39489-5', 'bank', undefined],
    ['0049 3948 9512', 'bank', undefined], // `00` on a bank account is digits alone
    ['00631234567890', 'bank', 'PH'],
  ] as const)('keeps %s (%s) an account', (written, kind, plan) => {
    expect(walletPhone(written, kind, plan)).toBeUndefined();
  });
});

describe('a bank account written in its bank\'s grouped form stays a bank account', () => {
  it('reads KBank-style transfer log accounts by their digits, never as phones', () => {
    const { prepared } = prepareFiles([
      csv('transfer_log.csv', 'Txn Ref,Value Date,Debit Account,Credit Account,Amount (THB),Channel\n' +
        'TR000101,05/02/2025 10:15,731-2-40518-6,004-9-39489-5,"12,500.00",ATM\n' +
        'TR000102,05/02/2025 11:40,006-3-71204-8,731-2-40518-6,"3,200.50",MOBILE\n' +
        'TR000103,06/02/2025 09:05,009-5-21873-4,009-8-80412-7,"870.00",COUNTER\n'),
    ], { strict: true });
    const { model } = buildCase(prepared);
    const accounts = model.entities.filter((entity) => entity.type === 'account');
    expect(accounts.map((entity) => entity.key).sort()).toEqual(['0049394895', '0063712048', '0095218734', '0098804127', '7312405186']);
    expect(accounts.filter((entity) => entity.attributes.accountKind === 'ewallet' || entity.attributes.keyFrom)).toEqual([]);
  });
});

describe('a wallet opened on a phone number is one account however each file writes it', () => {
  it('keeps a DANA wallet one account when a transfers file writes it as plain digits without a provider', () => {
    const { prepared } = prepareFiles([
      csv('holders.csv', 'account,bank,holder_name\n081234567890,DANA,Budi Santoso\n'),
      csv('transfers.csv', 'from_account,to_account,amount,currency,date\n081234567890,5270011223,100000,IDR,2025-03-01\n'),
    ], { strict: true, defaultCountry: 'ID' });
    const { model } = buildCase(prepared);
    const wallets = model.entities.filter((entity) => entity.type === 'account' && entity.key !== '5270011223');
    expect(wallets).toHaveLength(1);
    expect(model.links.filter((link) => link.source === wallets[0]?.id || link.target === wallets[0]?.id).map((link) => link.type).sort()).toEqual(['holds_account', 'transferred']);
  });

  it('merges a Touch \'n Go statement titled "+60 11-2345 6789" with the KYC reply\'s 011-2345 6789', () => {
    const statement = "Touch 'n Go eWallet Transaction History\nName: AHMAD BIN ISMAIL  |  Mobile: +60 11-2345 6789\n\n" +
      'Date,Status,Transaction Type,Reference,Description,Details,Amount (RM),Wallet Balance\n' +
      '03/03/2025 14:22,Success,DuitNow Transfer,9000123400,"Received from LIM WEI JIE 0123887766",-,"+RM 4,500.00","RM 4,620.00"\n' +
      '04/03/2025 09:10,Success,DuitNow Transfer,9000123401,"Transfer to MAYBANK 514011223344",-,"-RM 4,000.00","RM 620.00"\n';
    const kyc = 'Account / Wallet,Institution,Holder Name,Holder ID No,Opened\n' +
      "011-2345 6789,\"Touch 'n Go eWallet\",AHMAD BIN ISMAIL,950505-10-1234,2022-08-01\n" +
      '5140 1122 3344,Maybank,LIM WEI JIE,880101-14-5566,2015-03-03\n';
    const { prepared } = prepareFiles([csv('TNG_history.csv', statement), csv('account_kyc_reply.csv', kyc)], { strict: true });
    const { model } = buildCase(prepared);
    const accounts = model.entities.filter((entity) => entity.type === 'account').map((entity) => entity.key).sort();
    expect(accounts).toEqual(['+60123887766', '+601123456789', '514011223344'].sort());
    expect(model.links.some((link) => link.type === 'holds_account' && link.target === 'account:+601123456789')).toBe(true);
    expect(model.links.filter((link) => link.type === 'transferred' && (link.source === 'account:+601123456789' || link.target === 'account:+601123456789'))).toHaveLength(2);
  });
});
