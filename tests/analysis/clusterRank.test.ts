import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSuspect, rankClusters } from '../../src/core/analysis/clusterRank.ts';
import { analyzeCase } from '../../src/core/analysis/analyzeCase.ts';
import { mulberry32 } from '../../src/core/analysis/seededRandom.ts';
import { MIN_RUNS } from '../../src/core/analysis/stability.ts';
import type { AnalysisResult, ClusterProfile } from '../../src/core/analysis/types.ts';
import { readInputs } from '../../src/cli/readInputs.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { buildAnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import { caseOf, link, person, phone, account } from './fixtures/caseBuilder.ts';
import { csv } from '../helpers.ts';

const SAMPLE = 'sample-data/case';

/**
 * Background subscribers as a telco hands them over with a crew's records: phones of four countries
 * that each call two or three strangers once.
 */
function backgroundCdr(phones = 80, seed = 9): string {
  const random = mulberry32(seed);
  const prefixes = ['+66 81', '+63 917', '+62 812', '+855 12'];
  const numbers = Array.from({ length: phones }, (_, i) => `${prefixes[i % prefixes.length]} ${String(100000 + Math.floor(random() * 899999))}${i % 10}`);
  const rows = ['CALLER,CALLED,START_TIME,DURATION'];
  numbers.forEach((caller, i) => {
    for (let k = 0; k < 2 + (i % 2); k++) {
      const called = numbers[Math.floor(random() * phones)] as string;
      if (called !== caller) rows.push(`${caller},${called},2024-02-${String(1 + (i % 27)).padStart(2, '0')} 10:${String(k * 7).padStart(2, '0')}:00,${30 + k}`);
    }
  });
  return rows.join('\n');
}

function clusterOfMembers(analysis: AnalysisResult, ids: string[]): ClusterProfile {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const cluster = analysis.clusterOf[id];
    if (cluster) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const profile = analysis.clusters.find((cluster) => cluster.id === best);
  if (!profile) throw new Error('no cluster');
  return profile;
}

describe('rankClusters', () => {
  const crew = [person('boss', { attributes: { role: 'boss' } }), person('mule', { attributes: { status: 'tersangka' } })];
  const crewPhones = [phone('c1'), phone('c2'), phone('c3')];
  const strangers = Array.from({ length: 8 }, (_, i) => phone(`s${i}`, { country: ['TH', 'PH', 'ID', 'KH'][i % 4] }));
  const model = caseOf([...crew, ...crewPhones, ...strangers, account('a1'), account('a2')], [
    link('uses_phone', crew[0] ?? 'x', crewPhones[0] ?? 'x'), link('uses_phone', crew[1] ?? 'x', crewPhones[1] ?? 'x'),
    link('called', crewPhones[0] ?? 'x', crewPhones[1] ?? 'x', { count: 9 }), link('called', crewPhones[1] ?? 'x', crewPhones[2] ?? 'x', { count: 6 }),
    link('called', crewPhones[0] ?? 'x', crewPhones[2] ?? 'x', { count: 4 }),
    link('holds_account', crew[1] ?? 'x', 'account:a1'), link('transferred', 'account:a1', 'account:a2', { count: 5, amounts: { THB: 5000 } }),
    // The strangers: a chain of single calls across four countries.
    ...strangers.slice(1).map((stranger, i) => link('called', strangers[i] ?? 'x', stranger)),
  ]);

  function profiles(): ClusterProfile[] {
    return analyzeCase(model, { seed: 42, resolution: 1 }).clusters;
  }

  it('puts a crew with people and money before a larger, wider group of strangers, and marks the strangers background', () => {
    const clusters = profiles();
    const crewClusters = clusters.filter((cluster) => cluster.memberIds.some((id) => id.startsWith('person:')));
    const strangerClusters = clusters.filter((cluster) => cluster.memberIds.some((id) => id.startsWith('phone:s')));
    expect(strangerClusters.length).toBeGreaterThan(0);
    expect(clusters.find((cluster) => cluster.memberIds.includes('person:mule'))?.ranking?.why).toMatch(/^weight [\d.]+: 1 person \(1 with a crew role or suspect status\), 5 transfers/);
    for (const crewCluster of crewClusters) {
      expect(crewCluster.ranking?.background).toBeUndefined();
      for (const cluster of strangerClusters) {
        expect(cluster.ranking?.background).toBe(true);
        expect(cluster.ranking?.why).toMatch(/^background: no known person, no money/);
        expect(cluster.ranking?.rank ?? 0).toBeGreaterThan(crewCluster.ranking?.rank ?? Infinity);
      }
    }
  });

  it('ranks every cluster once, 1…n', () => {
    const clusters = profiles();
    expect(clusters.map((cluster) => cluster.ranking?.rank).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(clusters.map((_c, i) => i + 1));
  });

  it('weighs stability: the same cluster ranks lower when its stability is low', () => {
    const graph = buildAnalysisGraph(model);
    const base = profiles();
    const firm = rankClusters({ model, graph, profiles: base.map((cluster) => ({ ...cluster, stability: 1 })) });
    const shaky = rankClusters({ model, graph, profiles: base.map((cluster) => ({ ...cluster, stability: 0 })) });
    expect(shaky[0]?.weight ?? 1).toBeLessThan(firm[0]?.weight ?? 0);
  });

  it.each([
    [{ role: 'boss' }, true],
    [{ status: 'tersangka' }, true],
    [{ status: 'DPO' }, true],
    [{ role: 'victim', status: 'suspect' }, false],
    [{ status: 'korban' }, false],
    [{ role: 'bosun' }, false],
    [{}, false],
  ])('reads %o as suspect: %s', (attributes, expected) => {
    expect(isSuspect(person('x', { attributes }))).toBe(expected);
  });
});

describe.runIf(existsSync(SAMPLE))('cluster confidence and order on the sample case', () => {
  const key = JSON.parse(readFileSync(`${SAMPLE}/answer-key.json`, 'utf8')) as { syndicates: { id: string; members: { type: string; key: string }[] }[] };
  const result = runPipeline([...readInputs([SAMPLE]), csv('cdr_background_TH.csv', backgroundCdr())], { strict: true });
  const analysis = result.analysis;

  it('measures stability with up to 20 runs by default (fewer once they agree) and gives every planted syndicate ≥ 0.9', () => {
    expect(analysis.parameters.stabilityRuns).toBeGreaterThanOrEqual(MIN_RUNS);
    expect(analysis.parameters.stabilityRuns).toBeLessThanOrEqual(20);
    for (const syndicate of key.syndicates) {
      const cluster = clusterOfMembers(analysis, syndicate.members.map((member) => `${member.type}:${member.key}`));
      expect(cluster.stability, syndicate.id).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('orders the generated background clusters below every syndicate and marks them background', () => {
    const syndicateRanks = key.syndicates.map((syndicate) =>
      clusterOfMembers(analysis, syndicate.members.map((member) => `${member.type}:${member.key}`)).ranking?.rank ?? Infinity);
    const background = analysis.clusters.filter((cluster) => cluster.memberIds.length >= 3 && cluster.memberIds.every((id) => analysis.clusterOf[id] === cluster.id)
      && cluster.memberIds.every((id) => result.model.entities.find((entity) => entity.id === id)?.sources.every((source) => source.file === 'cdr_background_TH.csv')));
    expect(background.length).toBeGreaterThan(0);
    for (const cluster of background) {
      expect(cluster.ranking?.background, cluster.id).toBe(true);
      expect(cluster.ranking?.rank ?? 0).toBeGreaterThan(Math.max(...syndicateRanks));
    }
  });

  it('gives every clustered entity a co-membership in [0, 1], syndicate bosses 1', () => {
    const shares = Object.values(analysis.coMembership ?? {});
    expect(shares.length).toBeGreaterThan(300);
    expect(shares.every((share) => share >= 0 && share <= 1)).toBe(true);
    expect(analysis.coMembership?.['person:P-0002']).toBe(1);
  });
});
