// Crypto transfers in entities.ftm.json: FtM's Payment names BankAccounts only, so a wallet's side is its holder.
import { describe, expect, it } from 'vitest';
import type { CaseModel, Entity, Link } from '../../src/core/model/types.ts';
import { ftmEntities, ftmId, type FtmEntity } from '../../src/core/report/ftm/ftm.ts';
import { ftmProblems } from './ftmModel.ts';

const TRON_A = 'TQxP191kyhLNkaFRy2NwbXCPZ3R2nAXZh6';
const TRON_B = 'TYRcsRVJ8BMokuff1pfdb3cWvZjoBjyJZ2';
const TRON_HELD = 'TT3DKpK59noewvuFtJ7NKNjSjKjv5pGeKN';

function entity(type: Entity['type'], key: string, attributes: Record<string, string> = {}): Entity {
  return { id: `${type}:${key}`, type, key, label: key, variants: [key], attributes, sources: [{ file: 'f.csv', lines: [2] }] };
}

function transfer(from: Entity, to: Entity, file: string, line: number, amount: number, currency: string): Link {
  return {
    id: `transferred|${from.id}|${to.id}`, type: 'transferred', source: from.id, target: to.id, count: 1, durationSeconds: 0,
    amounts: { [currency]: amount }, firstTime: '2024-03-01T10:00:00', lastTime: '2024-03-01T10:00:00',
    sources: [{ file, lines: [line] }], rows: [{ file, line, time: '2024-03-01T10:00:00', amount, currency, transactionId: `tx${line}` }],
  };
}

/** An explorer export between two unheld wallets, a wallet a named person holds, and an exchange withdrawal to a wallet. */
function cryptoCase(): CaseModel {
  const a = entity('account', TRON_A, { accountKind: 'crypto', network: 'TRON' });
  const b = entity('account', TRON_B, { accountKind: 'crypto', network: 'TRON' });
  const held = entity('account', TRON_HELD, { accountKind: 'crypto', network: 'TRON' });
  const uid = entity('account', '38021177', { accountKind: 'bank', bank: 'Exchange' });
  const boss = entity('person', 'TF-0001', { role: 'boss' });
  const holds: Link = {
    id: `holds_account|${boss.id}|${held.id}`, type: 'holds_account', source: boss.id, target: held.id, count: 1, durationSeconds: 0, amounts: {},
    sources: [{ file: 'kyc.csv', lines: [2] }],
  };
  return {
    entities: [a, b, held, uid, boss],
    links: [
      holds,
      transfer(a, b, 'tronscan.csv', 2, 1500, 'USDT'),
      transfer(held, a, 'tronscan.csv', 3, 900, 'USDT'),
      transfer(uid, b, 'withdrawals.csv', 2, 250, 'USDT'),
    ],
  };
}

const payments = (entities: FtmEntity[]) => entities.filter((e) => e.schema === 'Payment');
const byRecord = (entities: FtmEntity[], record: string) => payments(entities).find((p) => p.properties.recordId?.[0] === record)?.properties;
/** The public key of the wallet an FtM party holds (`CryptoWallet.holder`), read back as Aleph's reverse `cryptoWallets`. */
function walletsOf(entities: FtmEntity[], party: string | undefined): string[] {
  return entities.filter((e) => e.schema === 'CryptoWallet' && e.properties.holder?.includes(party ?? '')).flatMap((e) => e.properties.publicKey ?? []);
}

describe('entities.ftm.json: crypto transfers', () => {
  it('passes the followthemoney model: no dropped reference, no property out of range', () => {
    expect(ftmProblems(ftmEntities(cryptoCase()))).toEqual([]);
  });

  it('gives every crypto Payment a payer and a beneficiary, and reaches each wallet from them', () => {
    const entities = ftmEntities(cryptoCase());
    const explorer = byRecord(entities, 'tronscan.csv:2');
    expect(explorer).toMatchObject({ amount: ['1500'], currency: ['USDT'], transactionNumber: ['tx2'] });
    expect(walletsOf(entities, explorer?.payer?.[0])).toEqual([TRON_A]);
    expect(walletsOf(entities, explorer?.beneficiary?.[0])).toEqual([TRON_B]);
    expect(explorer?.payerAccount).toBeUndefined();
  });

  it('names a held wallet\'s side by its holder, and an unheld one by a LegalEntity standing for its holder', () => {
    const entities = ftmEntities(cryptoCase());
    const fromHeld = byRecord(entities, 'tronscan.csv:3');
    expect(fromHeld?.payer).toEqual([ftmId('person', 'TF-0001')]);
    const standIn = entities.find((e) => e.id === fromHeld?.beneficiary?.[0]);
    expect(standIn).toMatchObject({ schema: 'LegalEntity', properties: { name: [`holder of wallet ${TRON_A}`] } });
    // A held wallet has no stand-in: one LegalEntity per unheld wallet, none for the held one.
    expect(entities.filter((e) => e.schema === 'LegalEntity').map((e) => e.properties.name?.[0]).sort()).toEqual([`holder of wallet ${TRON_A}`, `holder of wallet ${TRON_B}`]);
  });

  it('keeps the exchange account on a withdrawal and names the receiving wallet by its holder', () => {
    const entities = ftmEntities(cryptoCase());
    const withdrawal = byRecord(entities, 'withdrawals.csv:2');
    expect(withdrawal?.payerAccount).toEqual([ftmId('account', '38021177')]);
    expect(walletsOf(entities, withdrawal?.beneficiary?.[0])).toEqual([TRON_B]);
  });

  it('does the same for per-pair Payments when the case kept no rows', () => {
    const model = cryptoCase();
    const summed = { ...model, links: model.links.map(({ rows: _rows, ...link }) => link) };
    const entities = ftmEntities(summed);
    expect(ftmProblems(entities)).toEqual([]);
    for (const payment of payments(entities)) {
      expect(payment.properties.payer ?? payment.properties.payerAccount, payment.properties.description?.[0]).toBeDefined();
      expect(payment.properties.beneficiary, payment.properties.description?.[0]).toBeDefined();
    }
  });
});
