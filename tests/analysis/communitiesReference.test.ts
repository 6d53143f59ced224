// The optimised analysis path against straightforward reference implementations, on the training case.
import { readFileSync } from 'node:fs';
import louvain from 'graphology-communities-louvain';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/readInputs.ts';
import { detectCommunities } from '../../src/core/analysis/communities.ts';
import { detectHubs } from '../../src/core/analysis/hubs.ts';
import { isIdentityEdge } from '../../src/core/analysis/identity.ts';
import { CohesionScratch, sampleCohesion } from '../../src/core/analysis/partnerCohesion.ts';
import { profileClusters } from '../../src/core/analysis/profile.ts';
import { groupActors } from '../../src/core/analysis/actors.ts';
import { findVenues } from '../../src/core/analysis/venues.ts';
import { computeCentrality } from '../../src/core/analysis/centrality.ts';
import { protectedIds } from '../../src/core/analysis/protectedIds.ts';
import { mulberry32 } from '../../src/core/analysis/seededRandom.ts';
import { buildAnalysisGraph, type AnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import { buildCaseGraph, type CaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { toFastGraph } from '../../src/core/graph/fastGraph.ts';
import { compareIds } from '../../src/core/model/order.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import type { CaseModel } from '../../src/core/model/types.ts';

let model: CaseModel;
let graph: CaseGraph;
/** `graph` as the profile stage reads it (integer arrays). */
let arrays: AnalysisGraph;
let hubIds: Set<string>;

beforeAll(() => {
  model = runPipeline(readInputs(['sample-data/case']), { strict: true, seed: 42 }).model;
  const full = buildCaseGraph(model);
  hubIds = new Set(detectHubs(model, full).map((hub) => hub.id));
  graph = buildCaseGraph(model, { exclude: hubIds });
  arrays = buildAnalysisGraph(model, { exclude: hubIds });
  // NOTE: the whole pipeline on the training case; on a shared, busy machine it can pass the default 10 s.
}, 60_000);

/** Straightforward: 0-1 shortest distance (identity links free) by repeated relaxation over Sets. */
function referenceLinked(g: CaseGraph, a: string, b: string, avoid: ReadonlySet<string>): boolean {
  const distance = new Map<string, number>([[a, 0]]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [node, d] of [...distance]) {
      g.forEachEdge(node, (_edge, attributes, source, target) => {
        const other = source === node ? target : source;
        if (avoid.has(other)) return;
        const next = d + (isIdentityEdge(attributes.types) ? 0 : 1);
        if (next <= 3 && next < (distance.get(other) ?? Infinity)) {
          distance.set(other, next);
          changed = true;
        }
      });
    }
  }
  return distance.has(b);
}

/** Plain graphology Louvain, each community split into connected parts, numbered like detectCommunities. */
function referenceClusters(g: CaseGraph, seed: number): string[][] {
  const labels = louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const seen = new Set<string>();
  const parts: string[][] = [];
  g.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const members = [start];
    for (let i = 0; i < members.length; i++) {
      g.forEachNeighbor(members[i] as string, (n) => {
        if (!seen.has(n) && labels[n] === labels[start]) {
          seen.add(n);
          members.push(n);
        }
      });
    }
    parts.push(members.sort(compareIds));
  });
  return parts.sort((a, b) => b.length - a.length || compareIds(a[0] ?? '', b[0] ?? ''));
}

describe('the optimised analysis path, against reference implementations on the training case', () => {
  it('measures partner cohesion exactly as a plain three-step search does', () => {
    const fast = toFastGraph(graph);
    const scratch = new CohesionScratch(fast);
    const random = mulberry32(3);
    const avoidIds = new Set([...graph.nodes()].filter(() => random() < 0.05));
    const avoid = new Uint8Array(fast.ids.length);
    for (const id of avoidIds) avoid[fast.indexOf.get(id) as number] = 1;
    for (let round = 0; round < 5; round++) {
      const sample = [...new Set(Array.from({ length: 12 }, () => Math.floor(random() * fast.ids.length)))].filter((i) => !avoid[i]);
      let linked = 0;
      let pairs = 0;
      for (let i = 0; i < sample.length; i++) {
        for (let j = i + 1; j < sample.length; j++) {
          pairs++;
          if (referenceLinked(graph, fast.ids[sample[i] as number] as string, fast.ids[sample[j] as number] as string, avoidIds)) linked++;
        }
      }
      expect(sampleCohesion(scratch, sample, avoid)).toBeCloseTo(linked / pairs, 12);
    }
  });

  it('finds the answer key\'s four hubs', () => {
    const answer = JSON.parse(readFileSync('sample-data/case/answer-key.json', 'utf8')) as { hubs: { type: string; key: string }[] };
    expect([...hubIds].sort()).toEqual(answer.hubs.map((hub) => `${hub.type}:${hub.key}`).sort());
  });

  it('finds the same clusters and key players as plain graphology Louvain with the same seed', () => {
    const ours = detectCommunities(graph, { seed: 42, resolution: 1 }).clusters;
    const reference = referenceClusters(graph, 42);
    expect(ours).toEqual(reference);
    const scores = computeCentrality(arrays, { seed: 42 });
    const profile = (clusters: string[][]) =>
      profileClusters({ model, graph: arrays, clusters, hubIds, scores, protectedIds: protectedIds(model) }).map((c) => c.keyPlayers.map((k) => k.id));
    expect(profile(ours)).toEqual(profile(reference));
  });

  it('gives every key player the strength a plain walk over graphology edges gives (ties to other actors of its cluster)', () => {
    const clusters = detectCommunities(graph, { seed: 42, resolution: 1 }).clusters;
    const actors = groupActors(arrays);
    const venues = findVenues(model, arrays);
    const profiles = profileClusters({ model, graph: arrays, clusters, hubIds, scores: computeCentrality(arrays, { seed: 42 }), protectedIds: protectedIds(model), actors, venues });
    let checked = 0;
    profiles.forEach((profile, index) => {
      const inside = new Set(clusters[index]);
      const holder = (node: string) => (venues.has(node) ? node : actors.actorOf.get(node) ?? node);
      for (const player of profile.keyPlayers) {
        let strength = 0;
        for (const node of actors.members.get(player.id) ?? [player.id]) {
          if (!inside.has(node) || venues.has(node)) continue;
          graph.forEachEdge(node, (_edge, attributes, source, target) => {
            const other = source === node ? target : source;
            if (inside.has(other) && !isIdentityEdge(attributes.types) && holder(other) !== player.id) strength += attributes.weight;
          });
        }
        expect(player.measures?.strength, player.id).toBeCloseTo(strength, 5);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(10);
  });
});
