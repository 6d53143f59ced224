// A key player is named from evidence: an actor with no tie to another actor of its cluster is none (fresh-user case 7).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

describe('key players from zero evidence', () => {
  it('names no key player in a cluster that is one person and their phones, and ranks the caller in a cluster with calls', () => {
    const result = runPipeline([
      csv('subs.csv', 'MSISDN,REGISTERED_NAME\n6281234567001,Budi Santoso\n6281234567002,Budi Santoso\n6281234567003,Agus Wijaya\n6281234567004,Dewi Lestari'),
      csv('cdr.csv', ['A_NUMBER,B_NUMBER,START_TIME,DURATION', ...['6281234567005,6281234567006', '6281234567005,6281234567007', '6281234567006,6281234567007', '6281234567005,6281234567008']
      .flatMap((pair) => [1, 2, 3].map((day) => `${pair},2024-03-0${day} 08:00:00,60`))].join('\n')),
    ], { seed: 42 });
    const clusters = result.analysis.clusters;
    const of = (pattern: RegExp) => Object.entries(result.analysis.clusterOf).find(([id]) => pattern.test(id))?.[1];
    const budi = clusters.find((cluster) => cluster.id === of(/budi/));
    expect(budi).toBeDefined();
    expect(budi?.keyPlayers).toEqual([]);
    const talkers = clusters.find((cluster) => cluster.id === of(/567005/));
    expect(talkers?.keyPlayers.length).toBeGreaterThan(0);
    for (const player of talkers?.keyPlayers ?? []) expect(player.why).not.toMatch(/ties inside the cluster 0\b/);
  });
});
