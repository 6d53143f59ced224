// Time zones: an offset a cell states is honoured; a file's zone comes from its evidence, and a guess says so.
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/core/normalize/date.ts';
import { shiftTime, zoneInHeader, zoneMinutes } from '../../src/core/normalize/zone.ts';
import { decideFileZone } from '../../src/core/ingest/fileZone.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { followMoney } from '../../src/core/workbench/moneyTrail.ts';
import { guessZones } from '../../src/core/workbench/timeline.ts';
import { csv } from '../helpers.ts';

describe('readDate with a stated zone', () => {
  it.each([
    ['2024-03-02T01:00:00+08:00', '2024-03-02T01:00:00', 480],
    ['2024-01-07T22:00:04+00:00', '2024-01-07T22:00:04', 0],
    ['2024-03-02T01:00:00Z', '2024-03-02T01:00:00', 0],
    ['2024-03-02 01:00 UTC+7', '2024-03-02T01:00:00', 420],
    ['02/03/2024 14:05 WIB', '2024-03-02T14:05:00', 420],
    ['2024-03-02T01:00:00.123+0530', '2024-03-02T01:00:00', 330],
    ['2024-03-02T01:00:00-03:30', '2024-03-02T01:00:00', -210],
  ])('reads %s as %s at %i minutes east of UTC', (raw, value, offset) => {
    expect(readDate(raw)).toEqual({ value, form: 'text', offset });
  });

  it('gives no offset when none is written', () => {
    expect(readDate('2024-03-02 01:00:00')).toEqual({ value: '2024-03-02T01:00:00', form: 'text' });
    expect(readDate('02/03/2024 01:00')?.offset).toBeUndefined();
  });
});

describe('zone words', () => {
  it.each([
    ['Transaction Date (PHT)', 480], ['Time(UTC)', 0], ['DateTime (UTC+7)', 420], ['Waktu WIB', 420], ['Jam (WITA)', 480],
  ])('%s names %i', (header, minutes) => {
    expect(zoneInHeader(header)?.minutes).toBe(minutes);
  });
  it.each(['Date', 'Tanggal', 'WITHDRAWAL TIME', 'Status', 'PST time'])('%s names none', (header) => {
    expect(zoneInHeader(header)).toBeUndefined();
  });
  it('reads offsets and refuses what is none', () => {
    expect(zoneMinutes('+0700')).toBe(420);
    expect(zoneMinutes('GMT-3')).toBe(-180);
    expect(zoneMinutes('+25:00')).toBeUndefined();
  });
  it('moves a wall time between zones, across midnight', () => {
    expect(shiftTime('2024-03-02T01:00:00', 480, 0)).toBe('2024-03-01T17:00:00');
    expect(shiftTime('2024-03-02', 480, 0)).toBe('2024-03-02');
  });
});

describe('decideFileZone', () => {
  const base = { dateFormat: 'iso' as const, texts: ['Date'] };
  it('takes the offset most time cells state', () => {
    const decided = decideFileZone({ ...base, times: ['2024-01-08T00:13:20+07:00', '2024-01-08T01:13:20+07:00', '2024-01-08T02:13:20Z'] });
    expect(decided.zone).toEqual({ minutes: 420, from: 'values' });
    expect(decided.note?.code).toBe('zone-stated');
  });
  it('else a zone the header names, before the country', () => {
    expect(decideFileZone({ ...base, times: ['2024-01-08 00:13'], texts: ['Transaction Date (PHT)'], country: 'TH' }).zone).toEqual({ minutes: 480, from: 'header' });
  });
  it('else the country\'s zone, said to be a guess', () => {
    const decided = decideFileZone({ ...base, times: ['2024-01-08 00:13'], country: 'MM' });
    expect(decided.zone).toEqual({ minutes: 390, from: 'country' });
    expect(decided.note?.code).toBe('zone-guessed');
  });
  it('else none, and a note that says the zone is unknown; no note for a file without times', () => {
    expect(decideFileZone({ ...base, times: ['2024-01-08 00:13'] })).toEqual({ note: expect.objectContaining({ code: 'zone-unknown' }) });
    expect(decideFileZone({ ...base, times: [] })).toEqual({});
  });
});

describe('money followed across files whose times state their offsets', () => {
  // A payout at 01:00 in UTC+8 (17:00 UTC) happened before the 23:30 UTC transfer that seems to feed it.
  const files = [
    csv('usdt_desk_log.csv', 'TxID,Time,From Account,To Account,Amount,Currency\nX1,2024-03-01T23:30:00+00:00,ACC-777001,ACC-777002,1000,USDT\n'),
    csv('desk_payouts_ph.csv', 'TxID,Time,From Account,To Account,Amount,Currency\nY1,2024-03-02T01:00:00+08:00,ACC-777002,ACC-777003,1000,USDT\n'),
  ];
  const columns = { TxID: 'transaction_id', Time: 'datetime', 'From Account': 'account_from', 'To Account': 'account_to', Amount: 'amount', Currency: 'currency' };
  it('does not continue through a transfer that happened earlier', () => {
    // NOTE: the columns are stated: this is about times, not about how the columns are recognised.
    const mapping = { type: 'simpul-mapping', version: 1, files: { 'usdt_desk_log.csv': { kind: 'transfers', columns }, 'desk_payouts_ph.csv': { kind: 'transfers', columns } } };
    const { prepared } = prepareFiles(files, { mapping } as Parameters<typeof prepareFiles>[1]);
    const { model, ledger } = buildCase(prepared);
    expect(ledger.map((entry) => [entry.file, entry.zone])).toEqual([
      ['usdt_desk_log.csv', { minutes: 0, from: 'values' }], ['desk_payouts_ph.csv', { minutes: 480, from: 'values' }],
    ]);
    const zones = guessZones(model, ledger);
    const trail = followMoney(model, 'account:ACC777001', { direction: 'forward', zones });
    expect(trail.ends.map((end) => end.id)).toEqual(['account:ACC777002']);
  });
  it('moves a cell stating another offset to the file\'s zone, the same instant', () => {
    const mixed = csv('mixed.csv', 'TxID,Time,From Account,To Account,Amount,Currency\n'
      + 'A,2024-03-02T01:00:00+08:00,ACC-700001,ACC-700002,1,USD\nB,2024-03-02T02:00:00+08:00,ACC-700002,ACC-700003,1,USD\nC,2024-03-01T20:00:00Z,ACC-700003,ACC-700004,1,USD\n');
    const mapping = { type: 'simpul-mapping', version: 1, files: { 'mixed.csv': { kind: 'transfers', columns } } } as const;
    const { model } = buildCase(prepareFiles([mixed], { mapping } as Parameters<typeof prepareFiles>[1]).prepared);
    expect(model.links.find((link) => link.source === 'account:ACC700003')?.firstTime).toBe('2024-03-02T04:00:00');
  });
});
