// An analysis cut into parts for the page and joined again: the same analysis, in parts that stay small.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, ClusterProfile } from '../../src/core/analysis/types.ts';
import { AnalysisJoiner, analysisParts } from '../../src/worker/analysisParts.ts';

/** Invented: `clusters` clusters of growing size, every member with a score, a cluster and a co-membership share. */
function analysisOf(clusters: number, withCoMembership = true): AnalysisResult {
  const profiles: ClusterProfile[] = [];
  const clusterOf: Record<string, string> = {};
  const scores: AnalysisResult['scores'] = {};
  const coMembership: Record<string, number> = {};
  for (let c = 0; c < clusters; c++) {
    const memberIds = Array.from({ length: 1 + ((c * 37) % 900) }, (_, m) => `phone:+628${c}${m}`);
    for (const [m, id] of memberIds.entries()) {
      clusterOf[id] = `C${c}`;
      scores[id] = { weightedDegree: m, pagerank: 1 / (m + 1), betweenness: 0 };
      coMembership[id] = (m % 10) / 10;
    }
    profiles.push({ id: `C${c}`, size: memberIds.length, memberIds } as unknown as ClusterProfile);
  }
  return {
    parameters: { seed: 7 } as unknown as AnalysisResult['parameters'], modularity: 0.61, clusters: profiles, clusterOf, hubs: [], brokers: [], scores,
    ...(withCoMembership ? { coMembership } : {}),
  };
}

function roundTrip(analysis: AnalysisResult): { joined: AnalysisResult; largestPart: number; parts: number } {
  const { head, parts } = analysisParts(analysis);
  const joiner = new AnalysisJoiner();
  let largestPart = 0;
  let count = 0;
  for (const part of parts) {
    count += 1;
    const sent = structuredClone(part);
    largestPart = Math.max(largestPart, part.field === 'clusters' ? part.clusters.reduce((sum, cluster) => sum + cluster.memberIds.length, 0) : Object.keys(part.entries).length);
    joiner.add(sent);
  }
  return { joined: joiner.join(structuredClone(head)), largestPart, parts: count };
}

describe('analysisParts and AnalysisJoiner', () => {
  it('join an empty analysis back to itself', () => {
    const empty = analysisOf(0);
    expect(roundTrip(empty).joined).toEqual(empty);
  });

  it('join a large analysis back to the same clusters, in order, and the same records', () => {
    const analysis = analysisOf(40);
    const { joined, parts } = roundTrip(analysis);
    expect(parts).toBeGreaterThan(10);
    expect(joined.clusters.map((cluster) => cluster.id)).toEqual(analysis.clusters.map((cluster) => cluster.id));
    expect(joined).toEqual(analysis);
  });

  it('keep every part to a few thousand member ids or record entries (a big cluster travels alone)', () => {
    const { largestPart } = roundTrip(analysisOf(40));
    expect(largestPart).toBeLessThanOrEqual(4000 + 900);
  });

  it('send small clusters a few to a part: a profile weighs more than its member ids', () => {
    const analysis = analysisOf(400);
    const tiny = { ...analysis, clusters: analysis.clusters.map((cluster) => ({ ...cluster, memberIds: cluster.memberIds.slice(0, 2) })) };
    const most = Math.max(...[...analysisParts(tiny).parts].map((part) => (part.field === 'clusters' ? part.clusters.length : 0)));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('leave co-membership out when the analysis had none', () => {
    const { joined } = roundTrip(analysisOf(5, false));
    expect('coMembership' in joined).toBe(false);
  });

  it('keep entity ids that name object keys as data (__proto__, constructor)', () => {
    const analysis = analysisOf(1);
    const hostile = JSON.parse('{"__proto__":"C0","constructor":"C0"}') as Record<string, string>;
    const { joined } = roundTrip({ ...analysis, clusterOf: { ...analysis.clusterOf, ...hostile } });
    expect(Object.keys(joined.clusterOf)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(Object.getPrototypeOf(joined.clusterOf)).toBe(null);
  });
});
