// The cluster card's "why" line is said from the ranking's figures: in English it reads exactly as the recorded
// sentence (the dossier and report.json keep that one), in Indonesian it is another sentence with the same figures.
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analysis/analyzeCase.ts';
import { translator } from '../../src/core/i18n/translate.ts';
import { clusterWhy } from '../../src/ui/format/clusterWhy.ts';
import { caseOf, link, person, phone, account } from '../analysis/fixtures/caseBuilder.ts';

const crew = [person('boss', { attributes: { role: 'boss' } }), person('mule', { attributes: { status: 'tersangka' } }), person('driver')];
const phones = [phone('c1'), phone('c2'), phone('c3'), phone('c4', { country: 'KH' })];
const strangers = Array.from({ length: 6 }, (_, i) => phone(`s${i}`, { country: ['TH', 'PH', 'ID'][i % 3] }));
const model = caseOf([...crew, ...phones, ...strangers, account('a1'), account('a2'), phone('lone1'), phone('lone2')], [
  link('uses_phone', crew[0] ?? 'x', phones[0] ?? 'x'), link('uses_phone', crew[1] ?? 'x', phones[1] ?? 'x'), link('uses_phone', crew[2] ?? 'x', phones[3] ?? 'x'),
  link('called', phones[0] ?? 'x', phones[1] ?? 'x', { count: 9 }), link('called', phones[1] ?? 'x', phones[2] ?? 'x', { count: 6 }),
  link('called', phones[0] ?? 'x', phones[2] ?? 'x', { count: 4 }), link('called', phones[2] ?? 'x', phones[3] ?? 'x', { count: 3 }),
  link('holds_account', crew[1] ?? 'x', 'account:a1'), link('transferred', 'account:a1', 'account:a2', { count: 1, amounts: { THB: 5000 } }),
  ...strangers.slice(1).map((stranger, i) => link('called', strangers[i] ?? 'x', stranger)),
  link('called', 'phone:lone1', 'phone:lone2'),
]);

describe('cluster why line', () => {
  for (const withStability of [false, true]) {
    it(`reads in English exactly as the recorded sentence (stability ${withStability ? 'measured' : 'not measured'})`, () => {
      const analysis = analyzeCase(model, { seed: 7, resolution: 1, ...(withStability ? { stabilityRuns: 4 } : {}) });
      const ranked = analysis.clusters.filter((cluster) => cluster.ranking);
      expect(ranked.length).toBeGreaterThan(1);
      expect(ranked.some((cluster) => cluster.ranking?.background)).toBe(true);
      expect(ranked.some((cluster) => !cluster.ranking?.background)).toBe(true);
      for (const cluster of ranked) {
        const ranking = cluster.ranking;
        if (!ranking) continue;
        expect(ranking.facts).toBeDefined();
        expect(clusterWhy(cluster, ranking, translator('en'), 'en')).toBe(ranking.why);
        const id = clusterWhy(cluster, ranking, translator('id'), 'id');
        expect(id).not.toBe(ranking.why);
        expect(id).toMatch(/^(bobot \d+,\d\d: |latar: |hub )/);
      }
    });
  }

  it('falls back to the recorded sentence when a saved result has no figures', () => {
    const why = 'weight 0.50: recorded';
    expect(clusterWhy({ memberIds: ['a', 'b', 'c'] }, { rank: 1, weight: 0.5, why }, translator('id'), 'id')).toBe(why);
  });
});
