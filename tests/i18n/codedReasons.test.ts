// Reasons kept as code + figures: said in each language from the same figures, read back safely from a case file.
import { describe, expect, it } from 'vitest';
import { explainBroker, explainKeyPlayer } from '../../src/core/analysis/brokerWhy.ts';
import type { Broker } from '../../src/core/analysis/types.ts';
import { readCodedText, sayCoded } from '../../src/core/i18n/coded.ts';
import { translateCode, translator } from '../../src/core/i18n/translate.ts';
import { Check } from '../../src/core/workspace/check.ts';

const broker: Broker = {
  id: 'person:P-9', type: 'person', key: 'P-9', label: 'Invented Broker', score: 3.2, clusters: ['C2', 'C5'], identifiers: ['phone:+1', 'account:x'],
  role: 'gatekeeper', roles: { gatekeeper: 7, liaison: 2 },
  bridges: [
    { cluster: 'C2', weight: 14.5, expected: 3.25, excess: 11.25, z: 6.2, pValue: 0.0000004, significant: true, partners: 1, rows: { transferred: 12 }, amounts: { USDT: 75000 } },
    { cluster: 'C5', weight: 9, expected: 2.5, excess: 6.5, z: 4.1, pValue: 0.0023, significant: true, partners: 4, rows: { called: 1, associated: 2 }, amounts: {} },
  ],
};

describe('a broker’s reason', () => {
  const { why, whyCode } = explainBroker(broker);

  it('is written in English from the catalogue, with its figures', () => {
    expect(why).toBe('Ties 2 clusters beyond chance (with the ties of the 2 phones, accounts or handsets it holds): '
      + 'C2: 12 transfers (75,000 USDT) with 1 of its members — weight 14.5 where 3.25 is expected by chance (p < 0.000001); '
      + 'C5: 1 call, 2 stated associations with 4 of its members — weight 9 where 2.5 is expected by chance (p = 0.0023); gatekeeper in 7 of 9 call or money flows through it.');
  });

  it('is said in Indonesian from the same code, in Indonesian digits', () => {
    const id = sayCoded(translator('id'), 'why', whyCode);
    expect(id).toBe('Mengikat 2 klaster lebih kuat daripada kebetulan (termasuk ikatan 2 nomor HP, rekening atau perangkat yang dipegangnya): '
      + 'C2: 12 transfer (75.000 USDT) dengan 1 anggotanya — bobot 14,5, padahal secara kebetulan diharapkan 3,25 (p < 0,000001); '
      + 'C5: 1 panggilan, 2 keterkaitan yang dinyatakan dengan 4 anggotanya — bobot 9, padahal secara kebetulan diharapkan 2,5 (p = 0,0023); '
      + 'berperan sebagai penjaga gerbang dalam 7 dari 9 aliran panggilan atau uang yang melewatinya.');
  });

  it('comes back whole from a saved case file, and a hostile one is refused or cleaned', () => {
    const check = new Check('case.simpul.json');
    const back = readCodedText(check, JSON.parse(JSON.stringify(whyCode)), 'brokers[0].whyCode');
    expect(sayCoded(translator('en'), 'why', back)).toBe(why);
    expect(() => readCodedText(check, { code: 5 }, 'x')).toThrow(expect.objectContaining({ code: 'CASE_FILE_INVALID' }));
    const cleaned = readCodedText(check, JSON.parse('{"code":"keyPlayerBare","params":{"__proto__":{"x":1},"rank":2}}'), 'x');
    expect(cleaned.params?.rank).toBe(2);
    expect(Object.keys(cleaned.params ?? {})).toEqual(['rank']);
    expect(sayCoded(translator('id'), 'why', { code: '../../etc' }, 'as recorded')).toBe('as recorded');
  });
});

describe('a key player’s reason', () => {
  it('leads with its strongest lens, in either language', () => {
    const { why, whyCode } = explainKeyPlayer(2, { strength: 10, pagerank: 0.02, betweenness: 0.3, money: 0 }, { strength: 20, pagerank: 0.04, betweenness: 0.3, money: 0 }, 1, { method: 'exact' });
    expect(why).toBe('#2: leads the cluster on betweenness among its actors 0.300 (exact); ties inside the cluster 10, its phone, account or handset included, 50% of the top; no money moved inside the cluster, 0% of the top; PageRank 50% of the top.');
    expect(sayCoded(translator('id'), 'why', whyCode)).toMatch(/^#2: tertinggi di klaster pada keperantaraan \(betweenness\) di antara para pelaku 0,300 \(dihitung penuh\); ikatan di dalam klaster 10, termasuk 1 nomor HP/);
  });
});

describe('a ledger reason naming the cells it could not read', () => {
  it('says each cell’s problem inside the reason, and falls back to the recorded English for an unknown problem', () => {
    const params = { cause: 'not-phone', causeHeader: 'NOMOR_A', causeValue: 'N/A', causeHint: 'none', cause2: 'empty', cause2Header: 'NOMOR_B' };
    expect(translateCode(translator('id'), 'ledger.code', 'call-parties', params, 'fallback'))
      .toBe('panggilan memerlukan kedua pihak (nomor A dan nomor B): NOMOR_A "N/A" bukan nomor HP; NOMOR_B kosong');
    expect(translateCode(translator('en'), 'ledger.code', 'call-parties', params, 'fallback'))
      .toBe('call needs both parties: NOMOR_A "N/A" is not a phone number; NOMOR_B is empty');
    expect(translateCode(translator('id'), 'ledger.code', 'no-person', { cause: 'no-such-problem', causeHeader: 'X' }, 'recorded English')).toBe('recorded English');
  });
});
