// Key players, brokers and cross-border flags over twenty generated cases of other shapes than the sample.
import { beforeAll, describe, expect, it } from 'vitest';
import { caseSpecs, describe as describeFigures, scoreCase, summarise, type CaseFigures } from '../../bench/playersCases.ts';

// NOTE: small cases (300 calls per syndicate) keep `npm test` quick; `npm run bench` runs 44 larger ones.
const SPECS = caseSpecs(20, 101).map((spec, i) => ({ ...spec, crews: [6, 8, 10, 12, 14, 20][i % 6] as number }));
const figures: CaseFigures[] = [];

beforeAll(async () => {
  for (const spec of SPECS) figures.push(await scoreCase(spec, { callsPerCrew: 300, transfersPerCrew: 80 }));
  console.info(describeFigures(figures));
}, 600_000);

describe('key players and brokers on twenty generated cases (6–20 syndicates, cross-crew share 0.1–0.5)', () => {
  it('covers the shapes the issue asks for', () => {
    expect(Math.min(...SPECS.map((s) => s.crews))).toBe(6);
    expect(Math.max(...SPECS.map((s) => s.crews))).toBe(20);
    expect(Math.min(...SPECS.map((s) => s.crossCrewShare))).toBe(0.1);
    expect(Math.max(...SPECS.map((s) => s.crossCrewShare))).toBe(0.5);
    expect(new Set(SPECS.flatMap((s) => s.brokers))).toEqual(new Set(['money', 'recruiter', 'fixer']));
  });

  it('puts every planted broker of a case in the top ten in at least 90% of cases', () => {
    expect(summarise(figures).shareCasesAllPlantedInTopTen).toBeGreaterThanOrEqual(0.9);
  });

  it('lists no place and no victim in any top ten of brokers or any key-player list', () => {
    expect(figures.flatMap((f) => f.forbiddenInTopLists)).toEqual([]);
  });

  it('ranks the boss among the top three key players in at least 80% of syndicates', () => {
    expect(summarise(figures).shareBossInTopThree).toBeGreaterThanOrEqual(0.8);
  });

  it('never makes a place the #1 key player of a syndicate\'s cluster', () => {
    expect(summarise(figures).placeFirst).toBe(0);
  });

  it('flags cross-border right for at least 98% of syndicates, domestic ones included', () => {
    const s = summarise(figures);
    expect(s.shareCrossBorderRight).toBeGreaterThanOrEqual(0.98);
    expect(SPECS.reduce((n, spec) => n + spec.domestic, 0)).toBeGreaterThanOrEqual(20);
  });
});
