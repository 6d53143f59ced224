// The dossier's sections, in print order: each renders itself (or '' to be left out) and gets a line in the
// table of contents. To add a section, write a file exporting a DossierSection and add it to the list here.

import { possibleDuplicatesSection } from './duplicatesSection.ts';
import { confidenceSection, moneyTrailSection, timelineSection } from './workbenchSections.ts';
import { playersSection } from './playersSection.ts';
import { wordsOf } from './words.ts';
import { evidenceSection, legendSection } from './exhibitSections.ts';
import { inRankOrder } from '../../analysis/clusterRank.ts';
import { clusterSection, crossBorderSection, isMainCluster, smallClustersSection, summarySection, type DossierContext } from './sections.ts';

export interface DossierSection {
  /** The anchor (`#summary`) and the stable name other code refers to. */
  id: string;
  /** The table-of-contents line. */
  title: string;
  /** The section's HTML (a `<section id="…">`), or '' when it has nothing to say for this case. */
  render(context: DossierContext): string;
  /**
   * For a section too long to hold whole (one part per cluster): its parts, written one after another with a
   * newline between them (the same text as `render`), and whether it has any.
   */
  parts?: { present(context: DossierContext): boolean; each(context: DossierContext): Iterable<string> };
}

// NOTE: a national case has thousands of clusters; drawing each costs a force layout. The first PICTURE_LIMIT
// clusters in the dossier's order (the app's investigative order, `inRankOrder`) are drawn; each of the others says
// it has no picture and why.
/** How many clusters get a picture in the dossier. */
export const PICTURE_LIMIT = 200;

function* clusterParts(context: DossierContext): Iterable<string> {
  const clusters = inRankOrder(context.report.clusters.filter(isMainCluster));
  for (const [index, cluster] of clusters.entries()) {
    yield clusterSection(cluster, context, index < PICTURE_LIMIT ? undefined : { limit: PICTURE_LIMIT, total: clusters.length });
  }
}

export const DOSSIER_SECTIONS: DossierSection[] = [
  { id: 'summary', title: 'Case summary', render: (context) => summarySection(context.report, context.generatedAt, wordsOf(context)) },
  { id: 'evidence', title: 'Evidence files and fingerprints', render: evidenceSection },
  { id: 'legend', title: 'How to read the pictures', render: legendSection },
  { id: 'cross-border', title: 'Across borders', render: (context) => crossBorderSection(context.report, wordsOf(context)) },
  { id: 'confidence', title: 'Which clusters matter first, and how sure', render: confidenceSection },
  { id: 'timeline', title: 'When: calls and transfers over time', render: timelineSection },
  { id: 'possible-duplicates', title: 'Possible duplicates to check', render: (context) => possibleDuplicatesSection(context.report, context.t) },
  { id: 'why', title: 'Why these brokers and key players', render: (context) => playersSection(context.report, wordsOf(context)) },
  {
    id: 'clusters', title: 'Clusters',
    render: (context) => [...clusterParts(context)].join('\n'),
    parts: { present: (context) => context.report.clusters.some(isMainCluster), each: clusterParts },
  },
  { id: 'money-trail', title: 'Money trail: where the money ends', render: moneyTrailSection },
  { id: 'small', title: 'Hubs and single-member clusters', render: (context) => smallClustersSection(context.report, context.notes, wordsOf(context)) },
];
