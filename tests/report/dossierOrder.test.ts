// The dossier lists clusters in the app's investigative order (one owner: inRankOrder), not by size or id.
import { describe, expect, it } from 'vitest';
import { inRankOrder } from '../../src/core/analysis/clusterRank.ts';
import type { AnalysisResult } from '../../src/core/analysis/types.ts';
import { buildDossierHtml } from '../../src/core/report/dossier/buildDossierHtml.ts';
import { buildReport } from '../../src/core/report/reportModel.ts';
import { orderedClusters } from '../../src/core/workbench/caseIndex.ts';
import { sampleCase } from './fixtures.ts';

/** Ids of the clusters in the order of their pages (`<section … id="cluster-…">`). */
const pageOrder = (html: string) => [...html.matchAll(/<section[^>]* id="cluster-(C\d+)"/g)].map((match) => match[1]);
/** Ids in the order of the "Across borders" table's rows. */
const tableOrder = (html: string) => {
  const table = html.slice(html.indexOf('<section id="cross-border">'), html.indexOf('</section>', html.indexOf('<section id="cross-border">')));
  return [...table.matchAll(/<a href="#cluster-(C\d+)">/g)].map((match) => match[1]);
};

describe('the dossier\'s cluster order', () => {
  // The sample's ranking, reversed among the main clusters: the largest cluster (C1) ranks last, so an order by
  // id or size and the app's order disagree.
  const { model, analysis, pipeline } = (() => {
    const { model, analysis, ...rest } = sampleCase();
    const main = analysis.clusters.filter((cluster) => !cluster.hub && cluster.size > 1);
    const reversed = new Map(main.map((cluster, i) => [cluster.id, main.length - i]));
    const clusters = analysis.clusters.map((cluster) => (reversed.has(cluster.id) && cluster.ranking
      ? { ...cluster, ranking: { ...cluster.ranking, rank: reversed.get(cluster.id) as number } } : cluster));
    return { model, analysis: { ...analysis, clusters } as AnalysisResult, pipeline: rest };
  })();
  const report = buildReport(model, analysis, pipeline.ledger, { generatorVersion: 'test', generatedAt: '2025-01-31T09:00:00.000Z' });
  const html = buildDossierHtml({ report, model, analysis, generatedAt: '2025-01-31T09:00:00.000Z' });
  const appOrder = orderedClusters(analysis, false).filter((cluster) => cluster.size > 1).map((cluster) => cluster.id);

  it('gives each cluster its page in the order the app lists them', () => {
    expect(appOrder.length).toBeGreaterThan(2);
    expect(appOrder[appOrder.length - 1]).toBe('C1');
    expect(pageOrder(html)).toEqual(appOrder);
  });

  it('lists the cross-border table in the same order', () => {
    expect(tableOrder(html)).toEqual(appOrder);
  });

  it('puts hubs last and, without a ranking, cross-border clusters first, then the larger', () => {
    const clusters = [
      { id: 'hub', hub: true, crossBorder: false, size: 1, ranking: { rank: 1 } },
      { id: 'small-local', crossBorder: false, size: 3 },
      { id: 'large-local', crossBorder: false, size: 9 },
      { id: 'cross', crossBorder: true, size: 2 },
      { id: 'ranked', crossBorder: false, size: 2, ranking: { rank: 2 } },
    ];
    expect(inRankOrder(clusters).map((cluster) => cluster.id)).toEqual(['ranked', 'cross', 'large-local', 'small-local', 'hub']);
  });
});
