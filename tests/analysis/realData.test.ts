import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analysis/analyzeCase.ts';
import { adjustedRandIndex, normalizedMutualInformation } from '../../src/core/analysis/scoring.ts';
import { hasRealData, readBenchmark } from './fixtures/realData.ts';

const KARATE = ['karate_zachary/karate_edges.csv', 'karate_zachary/karate_nodes.csv'] as const;
const FOOTBALL = ['football_college/football_edges.csv', 'football_college/football_nodes.csv'] as const;

describe.skipIf(!hasRealData(...KARATE))('analyzeCase on Zachary\'s karate club', () => {
  it('recovers the split into two clubs reasonably (NMI ≥ 0.5; Louvain finds sub-groups)', () => {
    const { model, truth } = readBenchmark(...KARATE, 1);
    const result = analyzeCase(model, { seed: 42, resolution: 1 });
    expect(result.hubs).toEqual([]);
    expect(normalizedMutualInformation(truth, new Map(Object.entries(result.clusterOf)))).toBeGreaterThanOrEqual(0.5);
  });
});

describe.skipIf(!hasRealData(...FOOTBALL))('analyzeCase on the 2000 college football season', () => {
  it('recovers the conferences (NMI ≥ 0.8, ARI ≥ 0.7)', () => {
    const { model, truth } = readBenchmark(...FOOTBALL, 2);
    const clusters = new Map(Object.entries(analyzeCase(model, { seed: 42, resolution: 1 }).clusterOf));
    expect(normalizedMutualInformation(truth, clusters)).toBeGreaterThanOrEqual(0.8);
    expect(adjustedRandIndex(truth, clusters)).toBeGreaterThanOrEqual(0.7);
  });
});
