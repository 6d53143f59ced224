// The single list of exports: the CLI's --out folder and the browser's Export menu both come from here.

import type { AnalysisResult } from '../analysis/types.ts';
import type { CaseModel } from '../model/types.ts';
import type { CaseNotes } from '../workspace/notes.ts';
import { tableCsv } from './csv.ts';
import { buildDossierHtml, type DossierOptions } from './dossier/buildDossierHtml.ts';
import { gexf } from './exporters/gexf.ts';
import { graphElements, type GraphElements } from './exporters/graphAttributes.ts';
import { graphml } from './exporters/graphml.ts';
import { ftmJsonLines } from './ftm/ftm.ts';
import { neo4jZip } from './neo4j/neo4jImport.ts';
import type { Report } from './reportModel.ts';
import { reportJson } from './reportJson.ts';
import { clustersTable, entitiesTable, ledgerTable, linksTable, type Table } from './tables.ts';
import { xlsxWorkbook } from './xlsx.ts';

/** What the analyst chose for this export: the dossier's marking, the drawing's layout. */
export interface ExportOptions extends DossierOptions {
  /** Node positions of the current drawing (entity id → x, y), written into GraphML and GEXF. */
  positions?: Record<string, { x: number; y: number }>;
}

export interface ExportInput {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
  notes?: CaseNotes;
  options?: ExportOptions;
}

export type ExportBytes = string | Uint8Array;

/** File name → what opens it; the browser's Export menu lists these in this order. */
export const EXPORTS = [
  { name: 'report.html', mime: 'text/html;charset=utf-8', label: 'Dossier (open in a browser, print to PDF)' },
  { name: 'report.json', mime: 'application/json', label: 'Report (JSON)' },
  { name: 'case.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Workbook: entities, links, clusters, ledger (Excel, LibreOffice)' },
  { name: 'entities.csv', mime: 'text/csv;charset=utf-8', label: 'Entities (CSV for tools)' },
  { name: 'links.csv', mime: 'text/csv;charset=utf-8', label: 'Links (CSV for tools)' },
  { name: 'clusters.csv', mime: 'text/csv;charset=utf-8', label: 'Cluster membership (CSV for tools)' },
  { name: 'graph.graphml', mime: 'application/graphml+xml', label: 'Graph (GraphML: Gephi, yEd, networkx)' },
  { name: 'graph.gexf', mime: 'application/gexf+xml', label: 'Graph (GEXF 1.3: Gephi, networkx)' },
  { name: 'graph-gexf1.2.gexf', mime: 'application/gexf+xml', label: 'Graph (GEXF 1.2 for older readers)' },
  { name: 'entities.ftm.json', mime: 'application/json', label: 'FollowTheMoney entities (Aleph, ftm)' },
  { name: 'neo4j.zip', mime: 'application/zip', label: 'Neo4j import: CSVs and import.cypher' },
] as const;

export type ExportName = (typeof EXPORTS)[number]['name'];

/**
 * What several exports are built from (the entity and link tables, the graph's nodes and edges), each made
 * once on first use and shared: the workbook and the CSVs write the same tables, GraphML and both GEXF
 * versions the same elements.
 */
export interface ExportViews {
  entities(): Table;
  links(): Table;
  graph(): GraphElements;
}

/** Views of one export input, each built on first use. */
export function exportViews(input: ExportInput): ExportViews {
  const { model, analysis, options = {} } = input;
  const positions = options.positions ? new Map(Object.entries(options.positions)) : undefined;
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | undefined;
    return () => (made ??= { value: make() }).value;
  };
  return {
    entities: once(() => entitiesTable(model, analysis)),
    links: once(() => linksTable(model)),
    graph: once(() => graphElements(model, analysis, positions)),
  };
}

/** One export by name (the browser builds only what was asked for): text, or bytes for .xlsx and .zip. */
export async function exportOne(name: ExportName, input: ExportInput, views: ExportViews = exportViews(input)): Promise<ExportBytes> {
  const { report, model, analysis, options = {} } = input;
  const generator = `Simpul ${report.generator.version}`;
  switch (name) {
    case 'report.html':
      return buildDossierHtml({ report, model, analysis, notes: input.notes, generatedAt: report.generatedAt, options });
    case 'report.json':
      return reportJson(report);
    case 'case.xlsx':
      return xlsxWorkbook([views.entities(), views.links(), clustersTable(report), ledgerTable(report.ledger)]);
    case 'entities.csv':
      return tableCsv(views.entities());
    case 'links.csv':
      return tableCsv(views.links());
    case 'clusters.csv':
      return tableCsv(clustersTable(report));
    case 'graph.graphml':
      return graphml(model, analysis, undefined, views.graph());
    case 'graph.gexf':
      return gexf(model, analysis, { generator, generatedAt: report.generatedAt }, views.graph());
    case 'graph-gexf1.2.gexf':
      return gexf(model, analysis, { generator, generatedAt: report.generatedAt, version: '1.2' }, views.graph());
    case 'entities.ftm.json':
      return ftmJsonLines(model, analysis);
    case 'neo4j.zip':
      return neo4jZip(model, analysis);
  }
}

/** Every export, file name → content. Pure: same input, same output. */
export async function exportAll(input: ExportInput): Promise<Map<ExportName, ExportBytes>> {
  const files = new Map<ExportName, ExportBytes>();
  const views = exportViews(input);
  for (const { name } of EXPORTS) files.set(name, await exportOne(name, input, views));
  return files;
}
