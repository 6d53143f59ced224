import { describe, expect, it } from 'vitest';
import { clusterTally } from '../../src/core/workbench/clusterTally.ts';
import { orderedClusters } from '../../src/core/workbench/caseIndex.ts';
import { sampleCase } from '../report/fixtures.ts';

describe('clusterTally', () => {
  it.each([
    { name: 'no clusters', clusters: [], want: { clusters: 0, hubs: 0, listed: 0, crossBorder: 0 } },
    { name: 'one plain cluster', clusters: [{ crossBorder: false }], want: { clusters: 1, hubs: 0, listed: 1, crossBorder: 0 } },
    {
      name: 'hubs count in the partition, not in the list, and never as cross-border',
      clusters: [{ crossBorder: true }, { crossBorder: false }, { crossBorder: true, hub: true }, { crossBorder: false, hub: true }],
      want: { clusters: 4, hubs: 2, listed: 2, crossBorder: 1 },
    },
  ])('counts $name', ({ clusters, want }) => {
    expect(clusterTally(clusters)).toEqual(want);
  });

  it('gives the report, the header and the cluster list one number (the sample case has hubs)', () => {
    const { analysis, report } = sampleCase();
    const tally = clusterTally(analysis.clusters);
    expect(tally.hubs).toBeGreaterThan(0);
    expect(report.summary.clusters).toBe(tally.clusters);
    expect(report.summary.crossBorderClusters).toBe(tally.crossBorder);
    // What the list draws and what its caption says the list holds.
    expect(orderedClusters(analysis, false)).toHaveLength(tally.listed);
    expect(tally.listed + tally.hubs).toBe(report.clusters.length);
  });
});
