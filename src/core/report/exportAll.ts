// The single list of exports: the CLI's --out folder and the browser's Export menu both come from here.

import type { AnalysisResult } from '../analysis/types.ts';
import type { CaseModel } from '../model/types.ts';
import type { CaseNotes } from '../workspace/notes.ts';
import { clustersCsv } from './clustersCsv.ts';
import { buildDossierHtml } from './dossier/buildDossierHtml.ts';
import { entitiesCsv } from './exporters/entitiesCsv.ts';
import { ftmJsonLines } from './ftm/ftm.ts';
import { gexf } from './exporters/gexf.ts';
import { graphml } from './exporters/graphml.ts';
import { linksCsv } from './exporters/linksCsv.ts';
import type { Report } from './reportModel.ts';

export interface ExportInput {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
  notes?: CaseNotes;
}

/** File name → what opens it; the browser's Export menu lists these in this order. */
export const EXPORTS = [
  { name: 'report.html', mime: 'text/html;charset=utf-8', label: 'Dossier (open in a browser, print to PDF)' },
  { name: 'report.json', mime: 'application/json', label: 'Report (JSON)' },
  { name: 'entities.csv', mime: 'text/csv;charset=utf-8', label: 'Entities (Excel, LibreOffice)' },
  { name: 'links.csv', mime: 'text/csv;charset=utf-8', label: 'Links (Excel, LibreOffice)' },
  { name: 'clusters.csv', mime: 'text/csv;charset=utf-8', label: 'Cluster membership (Excel, LibreOffice)' },
  { name: 'graph.graphml', mime: 'application/graphml+xml', label: 'Graph (GraphML: Gephi, yEd, networkx)' },
  { name: 'graph.gexf', mime: 'application/gexf+xml', label: 'Graph (GEXF: Gephi, networkx)' },
  { name: 'entities.ftm.json', mime: 'application/json', label: 'FollowTheMoney entities (Aleph, ftm)' },
] as const;

export type ExportName = (typeof EXPORTS)[number]['name'];

/** One export by name (the browser builds only what was asked for). */
export function exportOne(name: ExportName, input: ExportInput): string {
  const { report, model, analysis } = input;
  switch (name) {
    case 'report.html':
      return buildDossierHtml({ report, model, analysis, notes: input.notes, generatedAt: report.generatedAt });
    case 'report.json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'entities.csv':
      return entitiesCsv(model, analysis);
    case 'links.csv':
      return linksCsv(model);
    case 'clusters.csv':
      return clustersCsv(report);
    case 'graph.graphml':
      return graphml(model, analysis);
    case 'graph.gexf':
      return gexf(model, analysis, { generator: `Simpul ${report.generator.version}`, generatedAt: report.generatedAt });
    case 'entities.ftm.json':
      return ftmJsonLines(model, analysis);
  }
}

/** Every export, file name → text. Pure: same input, same output. */
export function exportAll(input: ExportInput): Record<ExportName, string> {
  const files = {} as Record<ExportName, string>;
  for (const { name } of EXPORTS) files[name] = exportOne(name, input);
  return files;
}
