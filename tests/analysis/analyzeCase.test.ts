import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analysis/analyzeCase.ts';
import { normalizedMutualInformation } from '../../src/core/analysis/scoring.ts';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import type { CaseModel } from '../../src/core/model/types.ts';
import { generateSyndicates } from './fixtures/syndicates.ts';
import { twoSyndicates } from './fixtures/twoSyndicates.ts';

const params = { seed: 42, resolution: 1 };
const generated = generateSyndicates({ syndicates: 8, crew: 40, victims: 20, seed: 11 });

/** Every cluster but hub clusters must be walkable inside itself. */
function disconnectedClusters(model: CaseModel, result: ReturnType<typeof analyzeCase>): string[] {
  const graph = buildCaseGraph(model, { exclude: new Set(result.hubs.map((h) => h.id)) });
  return result.clusters
    .filter((cluster) => !cluster.hub)
    .filter((cluster) => {
      const inside = new Set(cluster.memberIds);
      const seen = new Set([cluster.memberIds[0]]);
      const stack = [cluster.memberIds[0] as string];
      while (stack.length > 0) {
        graph.forEachNeighbor(stack.pop() as string, (n) => {
          if (!inside.has(n) || seen.has(n)) return;
          seen.add(n);
          stack.push(n);
        });
      }
      return seen.size !== inside.size;
    })
    .map((cluster) => cluster.id);
}

describe('analyzeCase', () => {
  it('analyses an empty case to an empty result', () => {
    expect(analyzeCase({ entities: [], links: [] }, params)).toEqual({
      parameters: { algorithm: 'louvain', seed: 42, resolution: 1 },
      modularity: 0,
      clusters: [],
      clusterOf: {},
      hubs: [],
      brokers: [],
      scores: {},
    });
  });

  it('gives a deep-equal result for the same case and seed', () => {
    expect(analyzeCase(generated.model, params)).toEqual(analyzeCase(generated.model, params));
  });

  it('puts every entity in exactly one cluster, and clusterOf agrees with memberIds', () => {
    const result = analyzeCase(generated.model, params);
    const members = result.clusters.flatMap((c) => c.memberIds);
    expect(members.length).toBe(generated.model.entities.length);
    expect(new Set(members)).toEqual(new Set(generated.model.entities.map((e) => e.id)));
    for (const cluster of result.clusters) {
      for (const id of cluster.memberIds) expect(result.clusterOf[id]).toBe(cluster.id);
      expect(cluster.memberIds).toEqual([...cluster.memberIds].sort());
      expect(cluster.size).toBe(cluster.memberIds.length);
    }
  });

  it('reports only connected clusters, numbered C1… by size', () => {
    const result = analyzeCase(generated.model, params);
    expect(disconnectedClusters(generated.model, result)).toEqual([]);
    result.clusters.forEach((cluster, i) => expect(cluster.id).toBe(`C${i + 1}`));
    const regular = result.clusters.filter((c) => !c.hub).map((c) => c.size);
    expect(regular).toEqual([...regular].sort((a, b) => b - a));
  });

  it('sets the hotline and the airport aside as hub clusters of their own, numbered last', () => {
    const result = analyzeCase(generated.model, params);
    expect(result.hubs.map((h) => h.id)).toEqual([generated.airport, generated.serviceNumber]);
    const hubClusters = result.clusters.slice(-2);
    expect(hubClusters.map((c) => [c.hub, c.memberIds, c.keyPlayers])).toEqual([
      [true, [generated.airport], []],
      [true, [generated.serviceNumber], []],
    ]);
    expect(result.scores[generated.serviceNumber]).toMatchObject({ pagerank: 0, betweenness: 0 });
    expect(result.scores[generated.serviceNumber]?.weightedDegree).toBeGreaterThan(0);
  });

  it('recovers the generated syndicates (NMI ≥ 0.95) and ranks their launderers as brokers', () => {
    const result = analyzeCase(generated.model, params);
    expect(normalizedMutualInformation(generated.answer, new Map(Object.entries(result.clusterOf)))).toBeGreaterThanOrEqual(0.95);
    expect(result.brokers.slice(0, generated.launderers.length).map((b) => b.id).sort()).toEqual([...generated.launderers].sort());
  });

  it('keeps the boss phones out of the hubs', () => {
    const hubs = new Set(analyzeCase(generated.model, params).hubs.map((h) => h.id));
    for (const boss of generated.bossPhones) expect(hubs.has(boss)).toBe(false);
  });

  it('never names a victim, or a phone only a victim used, as a key player or broker', () => {
    for (const { model, victims } of [
      { model: generated.model, victims: generated.model.entities.filter((e) => e.attributes.role === 'victim').map((e) => e.id) },
      { model: twoSyndicates().model, victims: [twoSyndicates().victim, twoSyndicates().victimPhone] },
    ]) {
      const result = analyzeCase(model, params);
      const ranked = new Set([...result.clusters.flatMap((c) => c.keyPlayers.map((k) => k.id)), ...result.brokers.map((b) => b.id)]);
      expect(victims.length).toBeGreaterThan(0);
      for (const id of victims) expect(ranked.has(id)).toBe(false);
    }
    const victimPhones = generated.model.links
      .filter((l) => l.type === 'uses_phone' && l.source.includes('-victim'))
      .map((l) => l.target);
    const result = analyzeCase(generated.model, params);
    const keyPlayers = new Set(result.clusters.flatMap((c) => c.keyPlayers.map((k) => k.id)));
    for (const id of victimPhones) expect(keyPlayers.has(id)).toBe(false);
  });

  it('records the parameters that reproduce it', () => {
    const result = analyzeCase(generated.model, { seed: 3, resolution: 1.5 });
    expect(result.parameters).toEqual({ algorithm: 'louvain', seed: 3, resolution: 1.5 });
  });

  it('reports progress for each clustering step, each profile and the steps around them, never going back', () => {
    const calls: string[] = [];
    const result = analyzeCase(twoSyndicates().model, params, (stage, done, total) => calls.push(`${stage} ${done}/${total}`));
    const clusters = result.clusters.length;
    expect(calls.filter((call) => call.startsWith('cluster'))).toEqual(['cluster 0/4', 'cluster 1/4', 'cluster 2/4', 'cluster 3/4', 'cluster 4/4']);
    const profile = calls.filter((call) => call.startsWith('profile')).map((call) => Number(call.split(' ')[1]?.split('/')[0]));
    // Four steps (centrality; actors and venues; the clusters, a fraction each; ranking and brokers).
    expect(profile).toEqual([0, 1, 2, ...Array.from({ length: clusters }, (_, i) => 2 + (i + 1) / clusters), 3, 4]);
    expect(calls.at(-1)).toBe('profile 4/4');
  });

  it('honours analyst hub overrides', () => {
    const result = analyzeCase(generated.model, { ...params, hubOverrides: { neverHub: [generated.airport], forceHub: [generated.bossPhones[0] as string] } });
    expect(result.hubs.map((h) => h.id).sort()).toEqual([generated.bossPhones[0], generated.serviceNumber].sort());
  });
});
