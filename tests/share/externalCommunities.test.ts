// Neo4j GDS round trip: communityId per simpulId, read back from a CSV, becomes Simpul's clusters.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { readCommunitiesCsv } from '../../src/core/share/externalCommunities.ts';
import { sampleCase } from '../report/fixtures.ts';
import { readInputs } from '../../src/cli/readInputs.ts';

describe('clusters read back from Neo4j GDS', () => {
  it('reads simpulId,communityId in any column order, quoted as Neo4j writes it', () => {
    const read = readCommunitiesCsv('"communityId","simpulId"\r\n"7","phone:+66812345678"\r\n12,"person:P-0001"\r\n', 'gds.csv');
    expect([...read.partition]).toEqual([['phone:+66812345678', '7'], ['person:P-0001', '12']]);
    expect(read.source).toBe('gds.csv');
  });

  it.each([['no header', 'a,b\n1,2'], ['an empty community', 'simpulId,communityId\nphone:+1,\n']])('refuses %s with ARGUMENT_INVALID', (_name, text) => {
    expect(() => readCommunitiesCsv(text, 'gds.csv')).toThrow(expect.objectContaining({ code: 'ARGUMENT_INVALID' }));
  });

  it('makes the communities of the file the case\'s clusters, and says so in the parameters', { timeout: 60_000 }, () => {
    const { analysis } = sampleCase();
    // GDS found C1 and C2 to be one community; everything else as Simpul had it.
    const rows = Object.entries(analysis.clusterOf).filter(([id]) => !analysis.hubs.some((hub) => hub.id === id))
      .map(([id, cluster]) => `"${id.replace(/"/g, '""')}",${cluster === 'C2' ? 'C1' : cluster}`);
    const communities = readCommunitiesCsv(`simpulId,communityId\n${rows.join('\n')}\n`, 'gds-louvain.csv');
    const result = runPipeline(readInputs(['sample-data/case']), { strict: true, seed: 42, communities });
    const sizeOf = (id: string) => analysis.clusters.find((cluster) => cluster.id === id)?.size ?? 0;
    expect(result.analysis.clusters[0]?.size).toBe(sizeOf('C1') + sizeOf('C2'));
    expect(result.analysis.parameters.communitiesFrom).toBe('gds-louvain.csv');
    const merged = new Set(result.analysis.clusters[0]?.memberIds);
    for (const [id, cluster] of Object.entries(analysis.clusterOf)) if (cluster === 'C1' || cluster === 'C2') expect(merged.has(id)).toBe(true);
  });
});
