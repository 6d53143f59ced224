// report.html: the dossier a prosecutor or partner agency reads — one standalone file, no scripts, prints to PDF.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel, Link } from '../../model/types.ts';
import { emptyNotes, type CaseNotes } from '../../workspace/notes.ts';
import type { Report } from '../reportModel.ts';
import { possibleDuplicatesSection } from './duplicatesSection.ts';
import { escapeHtml } from './html.ts';
import { clusterSection, crossBorderSection, isMainCluster, smallClustersSection, summarySection, type DossierContext } from './sections.ts';
import { DOSSIER_CSS } from './styles.ts';

export interface DossierInput {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
  notes?: CaseNotes;
  /** Printed as the date of the dossier (ISO 8601). */
  generatedAt: string;
  options?: DossierOptions;
}

/** What the analyst states on the dossier's cover and on every page. */
export interface DossierOptions {
  /** The case reference, e.g. `BARESKRIM/TPPO/2025/014`. */
  caseReference?: string;
  /** The classification marking printed at the top and bottom of every page, e.g. `RESTRICTED`. */
  classification?: string;
}

// NOTE: the CSP forbids scripts, fonts, frames and remote images outright, so even a name that escaped
// escaping could not run or phone home; inline styles and data: images are all the dossier needs.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The whole dossier as one HTML document: every user string escaped and isolated, nothing loaded from outside. */
export function buildDossierHtml(input: DossierInput): string {
  const { report, model, analysis } = input;
  const context: DossierContext = {
    report, analysis, notes: input.notes ?? emptyNotes(),
    byId: new Map(model.entities.map((entity) => [entity.id, entity])),
    internalLinks: internalLinksByCluster(model.links, analysis.clusterOf),
  };
  const clusters = report.clusters.filter(isMainCluster);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Simpul ${escapeHtml(report.generator.version)}">
<title>Simpul case dossier — ${escapeHtml(input.generatedAt)}</title>
<style>${DOSSIER_CSS}</style>
</head>
<body>
<header><h1>Case dossier</h1>
<p class="muted">Simpul ${escapeHtml(report.generator.version)} · generated ${escapeHtml(input.generatedAt)} · ${clusters.length} clusters with more than one member.
People marked <span class="badge victim">victim</span> are victims: they are never ranked as key players or brokers.</p></header>
${summarySection(report, input.generatedAt)}
${crossBorderSection(report)}
${possibleDuplicatesSection(report)}
${clusters.map((cluster) => clusterSection(cluster, context)).join('\n')}
${smallClustersSection(report, context.notes)}
</body>
</html>
`;
}

/** Links whose two ends sit in the same cluster, grouped by that cluster. */
function internalLinksByCluster(links: readonly Link[], clusterOf: Record<string, string>): Map<string, Link[]> {
  const byCluster = new Map<string, Link[]>();
  for (const link of links) {
    const cluster = clusterOf[link.source];
    if (cluster === undefined || cluster !== clusterOf[link.target]) continue;
    const list = byCluster.get(cluster) ?? [];
    list.push(link);
    byCluster.set(cluster, list);
  }
  return byCluster;
}
