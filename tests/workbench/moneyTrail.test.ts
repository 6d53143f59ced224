import { describe, expect, it } from 'vitest';
import { followMoney } from '../../src/core/workbench/moneyTrail.ts';
import type { CaseModel, Entity, Link, LinkRow } from '../../src/core/model/types.ts';

const account = (key: string, kind?: string): Entity => ({
  id: `account:${key}`, type: 'account', key, label: key, variants: [], attributes: kind ? { accountKind: kind } : {}, sources: [],
});
const person = (key: string): Entity => ({ id: `person:${key}`, type: 'person', key, label: key, variants: [], attributes: {}, sources: [] });

/** A transfer link with one row per [time, amount] given, all in `bank.csv` from line `line`. */
function transfer(from: string, to: string, rows: [string | undefined, number][], line = 2, currency = 'THB'): Link {
  const linkRows: LinkRow[] = rows.map(([time, amount], i) => ({ file: 'bank.csv', line: line + i, ...(time ? { time } : {}), amount, currency }));
  return {
    id: `transferred|account:${from}|account:${to}`, type: 'transferred', source: `account:${from}`, target: `account:${to}`,
    count: rows.length, durationSeconds: 0, amounts: { [currency]: rows.reduce((sum, [, amount]) => sum + amount, 0) },
    sources: [{ file: 'bank.csv', lines: linkRows.map((row) => row.line) }], rows: linkRows,
  };
}
const holds = (who: string, what: string): Link => ({
  id: `holds_account|person:${who}|account:${what}`, type: 'holds_account', source: `person:${who}`, target: `account:${what}`,
  count: 1, durationSeconds: 0, amounts: {}, sources: [{ file: 'holders.csv', lines: [2] }],
});
const zones = new Map([['bank.csv', 420]]);
const ids = (list: { id: string }[]) => list.map((item) => item.id.replace('account:', ''));

describe('followMoney', () => {
  it('follows a victim payment through a mule to a consolidation account and out to a wallet, in time order', () => {
    const model: CaseModel = {
      entities: [account('victim'), account('mule'), account('pool'), account('wallet', 'crypto')],
      links: [
        transfer('victim', 'mule', [['2024-03-01T09:00', 1000]], 2),
        transfer('mule', 'pool', [['2024-03-01T10:00', 950]], 3),
        transfer('pool', 'wallet', [['2024-03-02T08:00', 900]], 4),
      ],
    };
    const trail = followMoney(model, 'account:victim', { direction: 'forward', zones });
    expect(trail.rows.map((row) => [row.line, row.hop])).toEqual([[2, 1], [3, 2], [4, 3]]);
    expect(ids(trail.ends)).toEqual(['wallet']);
    expect(trail.ends[0]).toMatchObject({ kind: 'crypto', hop: 3, amounts: { THB: 900 } });
    expect(trail.ends[0]?.rows.map((row) => `${row.file}:${row.line}`)).toEqual(['bank.csv:4']);
    expect(trail.amounts).toEqual({ THB: 2850 });
    // What left the victim is the first hop alone, not every hop added up.
    expect(trail.firstHop).toEqual({ THB: 1000 });
    const back = followMoney(model, 'account:wallet', { direction: 'back', zones });
    expect(back.firstHop).toEqual({ THB: 900 });
  });

  it('does not continue with a transfer that left before the money arrived', () => {
    const model: CaseModel = {
      entities: [account('victim'), account('mule'), account('early'), account('late')],
      links: [
        transfer('victim', 'mule', [['2024-03-05T12:00', 500]], 2),
        transfer('mule', 'early', [['2024-03-05T11:59', 400]], 3),
        transfer('mule', 'late', [['2024-03-05T12:30', 400]], 4),
      ],
    };
    const trail = followMoney(model, 'account:victim', { direction: 'forward', zones });
    expect(ids(trail.accounts)).toEqual(['victim', 'mule', 'late']);
    expect(ids(trail.ends)).toEqual(['late']);
  });

  it('lets a date without a time follow on the same day, but not the day before', () => {
    const model: CaseModel = {
      entities: [account('a'), account('b'), account('same'), account('before')],
      links: [
        transfer('a', 'b', [['2024-03-05T15:00', 10]], 2),
        transfer('b', 'same', [['2024-03-05', 10]], 3),
        transfer('b', 'before', [['2024-03-04', 10]], 4),
      ],
    };
    expect(ids(followMoney(model, 'account:a', { direction: 'forward', zones }).accounts)).toEqual(['a', 'b', 'same']);
  });

  it('reads each file in its own zone: 08:00 in UTC+7 comes after 08:30 in UTC+8', () => {
    const model: CaseModel = {
      entities: [account('a'), account('b'), account('c')],
      links: [
        { ...transfer('a', 'b', [['2024-03-05T08:30', 10]]), rows: [{ file: 'ph.csv', line: 2, time: '2024-03-05T08:30', amount: 10, currency: 'PHP' }] },
        transfer('b', 'c', [['2024-03-05T08:00', 10]], 5),
      ],
    };
    const both = new Map([['bank.csv', 420], ['ph.csv', 480]]);
    expect(ids(followMoney(model, 'account:a', { direction: 'forward', zones: both }).ends)).toEqual(['c']);
    const same = new Map([['bank.csv', 480], ['ph.csv', 480]]);
    expect(ids(followMoney(model, 'account:a', { direction: 'forward', zones: same }).ends)).toEqual(['b']);
  });

  it('goes through an OTC desk: money into the holder\'s bank account leaves from their wallet afterwards', () => {
    const model: CaseModel = {
      entities: [account('mule'), account('deskBank'), account('deskWallet', 'crypto'), account('boss', 'crypto'), person('trader')],
      links: [
        holds('trader', 'deskBank'), holds('trader', 'deskWallet'),
        transfer('mule', 'deskBank', [['2024-03-05T10:00', 100000]], 2),
        transfer('deskWallet', 'boss', [['2024-03-05T18:00', 2700]], 3, 'USDT'),
      ],
    };
    const trail = followMoney(model, 'account:mule', { direction: 'forward', zones });
    expect(ids(trail.ends)).toEqual(['boss']);
    expect(trail.accounts.find((item) => item.id === 'account:deskWallet')?.via).toBe('holder');
    expect(trail.amounts).toEqual({ THB: 100000, USDT: 2700 });
  });

  it('starts from all accounts of a person, and goes back in time to where the money came from', () => {
    const model: CaseModel = {
      entities: [account('v1'), account('v2'), account('mule'), account('pool'), person('m')],
      links: [
        holds('m', 'mule'),
        transfer('v1', 'mule', [['2024-03-01T09:00', 100]], 2),
        transfer('v2', 'mule', [['2024-03-09T09:00', 100]], 3),
        transfer('mule', 'pool', [['2024-03-05T09:00', 150]], 4),
      ],
    };
    const back = followMoney(model, 'account:pool', { direction: 'back', zones });
    expect(ids(back.ends)).toEqual(['v1']);
    expect(followMoney(model, 'person:m', { direction: 'forward', zones }).start).toEqual(['account:mule']);
  });

  it('counts undated rows instead of guessing their place, and stops at the hop limit', () => {
    const model: CaseModel = {
      entities: [account('a'), account('b'), account('c'), account('d')],
      links: [
        transfer('a', 'b', [['2024-03-01', 1]], 2), transfer('b', 'c', [['2024-03-02', 1]], 3), transfer('c', 'd', [['2024-03-03', 1]], 4),
        transfer('a', 'd', [[undefined, 5]], 9),
      ],
    };
    const trail = followMoney(model, 'account:a', { direction: 'forward', zones, maxHops: 2 });
    expect(trail.undated).toBe(1);
    expect(trail.truncated).toBe(true);
    expect(ids(trail.accounts)).toEqual(['a', 'b', 'c']);
  });
});
