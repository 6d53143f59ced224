// The single list of exports: the CLI's --out folder and the browser's Export menu both come from here.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AnalysisResult } from '../analysis/types.ts';
import type { CaseModel } from '../model/types.ts';
import type { CaseNotes } from '../workspace/notes.ts';
import { writeTableCsv } from './csv.ts';
import { writeDossierHtml, type DossierOptions } from './dossier/buildDossierHtml.ts';
import { ExportFacts } from './exportFacts.ts';
import { gexfHead, writeGexf, writeGexfBody } from './exporters/gexf.ts';
import { graphElements, type GraphElements } from './exporters/graphAttributes.ts';
import { writeGraphml } from './exporters/graphml.ts';
import { writeFtmJsonLines } from './ftm/ftm.ts';
import { writeNeo4jZip } from './neo4j/neo4jImport.ts';
import type { Report } from './reportModel.ts';
import { reportJsonSha256, writeReportJson } from './reportJson.ts';
import { clustersTable, entitiesTable, ledgerTable, linksTable, type Table } from './tables.ts';
import { collectText, concatBytes, Utf8Chunks, type ByteSink, type TextOut } from './textOut.ts';
import { writeXlsx } from './xlsx.ts';
import type { Crc32, DeflaterFactory } from './zipOut.ts';

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
 * What several exports are built from (the entity and link tables, the graph's nodes and edges, report.json's
 * fingerprint), each set up once on first use and shared: the workbook and the CSVs write the same tables,
 * GraphML and both GEXF versions the same elements. Tables and elements make their rows as they are read.
 */
export interface ExportViews {
  /** Link ends, clusters and number texts every export writes, worked out once. */
  facts: ExportFacts;
  entities(): Table;
  links(): Table;
  graph(): GraphElements;
  reportSha256(): string;
  /** Records report.json's SHA-256 when report.json has just been written (so the dossier need not write it again). */
  knowReportSha256(hex: string): void;
}

/** Views of one export input, each built on first use. */
export function exportViews(input: ExportInput): ExportViews {
  const { model, analysis, options = {} } = input;
  const positions = options.positions ? new Map(Object.entries(options.positions)) : undefined;
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | undefined;
    return () => (made ??= { value: make() }).value;
  };
  let reportSha256: string | undefined;
  const facts = new ExportFacts(model, analysis);
  return {
    facts,
    entities: once(() => entitiesTable(model, analysis, facts)),
    links: once(() => linksTable(model, facts)),
    graph: once(() => graphElements(model, analysis, positions, facts)),
    reportSha256: () => (reportSha256 ??= reportJsonSha256(input.report)),
    knowReportSha256: (hex) => {
      reportSha256 = hex;
    },
  };
}

/** How an export is streamed: chunk size (tests make it tiny) and who deflates the zips (the CLI: Node's zlib). */
export interface StreamOptions {
  /** Characters of text per chunk; about a quarter of a megabyte by default. */
  chunkChars?: number;
  deflater?: DeflaterFactory;
  /** Who checksums the zips' members (the CLI: Node's zlib). */
  crc32?: Crc32;
  /** Who fingerprints report.json as it streams by (the CLI: Node's crypto); @noble/hashes by default. */
  sha256?: Sha256Factory;
}

/** A SHA-256 fed chunk by chunk; `hex()` once at the end. */
export interface Sha256Stream {
  update(chunk: Uint8Array): void;
  hex(): string;
}

export type Sha256Factory = () => Sha256Stream;

const nobleSha256: Sha256Factory = () => {
  const hash = sha256.create();
  return { update: (chunk) => hash.update(chunk), hex: () => bytesToHex(hash.digest()) };
};

type ZipExportName = 'case.xlsx' | 'neo4j.zip';
type TextExportName = Exclude<ExportName, ZipExportName>;

const isZip = (name: ExportName): name is ZipExportName => name === 'case.xlsx' || name === 'neo4j.zip';

/**
 * One export streamed into `sink` as UTF-8 (or zip) chunks, in order: no export is ever held whole, so the
 * CLI writes each chunk to disk and the browser makes a Blob of them.
 */
export async function exportTo(name: ExportName, input: ExportInput, sink: ByteSink, views: ExportViews = exportViews(input), options: StreamOptions = {}): Promise<void> {
  if (isZip(name)) {
    writeZip(name, input, views, sink, options);
    return;
  }
  if (name === 'report.json') {
    // NOTE: report.json is hashed as it streams by; the dossier prints that hash (the CLI writes report.json first).
    const hash = (options.sha256 ?? nobleSha256)();
    const out = new Utf8Chunks((chunk) => {
      hash.update(chunk);
      sink(chunk);
    }, options.chunkChars);
    writeReportJson(out, input.report);
    out.end();
    views.knowReportSha256(hash.hex());
    return;
  }
  const out = new Utf8Chunks(sink, options.chunkChars);
  writeText(name, input, views, out);
  out.end();
}

/**
 * graph.gexf and graph-gexf1.2.gexf streamed together into their sinks: each its own head, then the same node and edge
 * chunks handed to both (the versions differ only in their heads), so the graph is visited and written once for two
 * files. The bytes are those `exportTo` writes for each.
 */
export function exportGexfVersions(input: ExportInput, sinks: { '1.3': ByteSink; '1.2': ByteSink }, views: ExportViews = exportViews(input), options: StreamOptions = {}): void {
  const graph = views.graph();
  const context = { generator: `Simpul ${input.report.generator.version}`, generatedAt: input.report.generatedAt };
  for (const version of ['1.3', '1.2'] as const) {
    const head = new Utf8Chunks(sinks[version], options.chunkChars);
    head.write(gexfHead(graph, { ...context, version }));
    head.end();
  }
  const body = new Utf8Chunks((chunk) => {
    sinks['1.3'](chunk);
    sinks['1.2'](chunk);
  }, options.chunkChars);
  writeGexfBody(body, graph);
  body.end();
}

/** One export by name, whole (tests, and small cases): text, or bytes for .xlsx and .zip. */
export async function exportOne(name: ExportName, input: ExportInput, views: ExportViews = exportViews(input)): Promise<ExportBytes> {
  if (isZip(name)) {
    const chunks: Uint8Array[] = [];
    writeZip(name, input, views, (chunk) => chunks.push(chunk), {});
    return concatBytes(chunks);
  }
  return collectText((out) => writeText(name, input, views, out));
}

function writeZip(name: ZipExportName, input: ExportInput, views: ExportViews, sink: ByteSink, options: StreamOptions): void {
  const zip = {
    ...(options.chunkChars ? { chunkChars: options.chunkChars } : {}), ...(options.deflater ? { deflater: options.deflater } : {}),
    ...(options.crc32 ? { crc32: options.crc32 } : {}),
  };
  if (name === 'case.xlsx') writeXlsx(sink, [views.entities(), views.links(), clustersTable(input.report), ledgerTable(input.report.ledger)], zip);
  else writeNeo4jZip(sink, input.model, input.analysis, zip, views.facts);
}

function writeText(name: TextExportName, input: ExportInput, views: ExportViews, out: TextOut): void {
  const { report, model, analysis, options = {} } = input;
  const generator = `Simpul ${report.generator.version}`;
  switch (name) {
    case 'report.html':
      writeDossierHtml(out, { report, model, analysis, notes: input.notes, generatedAt: report.generatedAt, options, reportSha256: views.reportSha256(), facts: views.facts });
      return;
    case 'report.json':
      writeReportJson(out, report);
      return;
    case 'entities.csv':
      writeTableCsv(out, views.entities());
      return;
    case 'links.csv':
      writeTableCsv(out, views.links());
      return;
    case 'clusters.csv':
      writeTableCsv(out, clustersTable(report));
      return;
    case 'graph.graphml':
      writeGraphml(out, views.graph());
      return;
    case 'graph.gexf':
      writeGexf(out, views.graph(), { generator, generatedAt: report.generatedAt });
      return;
    case 'graph-gexf1.2.gexf':
      writeGexf(out, views.graph(), { generator, generatedAt: report.generatedAt, version: '1.2' });
      return;
    case 'entities.ftm.json':
      writeFtmJsonLines(out, model, analysis, views.facts);
  }
}

/** Every export, file name → content. Pure: same input, same output. */
export async function exportAll(input: ExportInput): Promise<Map<ExportName, ExportBytes>> {
  const files = new Map<ExportName, ExportBytes>();
  const views = exportViews(input);
  for (const { name } of EXPORTS) files.set(name, await exportOne(name, input, views));
  return files;
}
