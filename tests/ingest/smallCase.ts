// A small case cut from sample-data/case, and the tools to write it in other habits (headers, column order,
// delimiter, BOM, file name) and to compare what two writings of it resolve to.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import type { InputFile } from '../../src/core/ingest/prepareFile.ts';
import type { PipelineResult } from '../../src/core/pipeline.ts';

/** One file of the small case: its sample name, sample headers and (a cut of) its rows, values as written. */
export interface CaseTable {
  name: string;
  headers: string[];
  rows: string[][];
}

const SAMPLE = 'sample-data/case';

/** Files of the sample case and how many rows of each the small case keeps (people, places and owners whole). */
const CUT: [string, number][] = [
  ['persons_partner_agencies.csv', 200],
  ['subscribers.csv', 200],
  ['account_holders.csv', 200],
  ['locations.csv', 200],
  ['sightings.csv', 40],
  ['associations.csv', 80],
  ['cdr_mytel_MM.csv', 60],
  ['cdr_telkomsel_ID.csv', 60],
  ['transfers_bank_TH.csv', 40],
  ['crypto_usdt_trc20.csv', 30],
];

/** The small case: ten files, a few hundred rows, every kind the sample case has. */
export function loadSmallCase(): CaseTable[] {
  return CUT.map(([name, rows]) => {
    const table = parseTable(readFileSync(join(SAMPLE, name), 'utf8'), name);
    return { name, headers: table.headers, rows: table.rows.slice(0, rows) };
  });
}

export interface Writing {
  name?: string;
  /** New header for each sample header (by the sample header); unlisted ones keep theirs. */
  headers?: Record<string, string>;
  /** Column order as sample headers; default the sample's. */
  order?: string[];
  delimiter?: ',' | ';' | '\t' | '|';
  bom?: boolean;
  /** Lines written above the header (a report title). */
  title?: string[];
}

/** Writes one table as a file in the given habit; cells holding the delimiter or a quote are quoted. */
export function writeTable(table: CaseTable, writing: Writing = {}): InputFile {
  const delimiter = writing.delimiter ?? ',';
  const order = (writing.order ?? table.headers).map((header) => table.headers.indexOf(header));
  const quote = (cell: string) => (cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const line = (cells: string[]) => order.map((index) => quote(cells[index] ?? '')).join(delimiter);
  const header = table.headers.map((name) => writing.headers?.[name] ?? name);
  const text = [...(writing.title ?? []), line(header), ...table.rows.map(line)].join('\r\n') + '\r\n';
  return { name: writing.name ?? table.name, bytes: new TextEncoder().encode((writing.bom ? '\uFEFF' : '') + text) };
}

/** What a case resolves to, independent of file names and lines: entity keys, link triples, clusters. */
export interface CaseFacts {
  entities: string[];
  links: string[];
  clusters: string[][];
}

export function caseFacts(result: Pick<PipelineResult, 'model' | 'analysis'>): CaseFacts {
  const members = new Map<string, string[]>();
  for (const [entity, cluster] of Object.entries(result.analysis.clusterOf)) members.set(cluster, [...(members.get(cluster) ?? []), entity]);
  return {
    entities: result.model.entities.map((entity) => entity.id).sort(),
    links: result.model.links.map((link) => [link.type, link.source, link.target, link.count, link.durationSeconds,
      Object.entries(link.amounts).sort().map(([unit, sum]) => `${sum} ${unit}`).join('+'), link.firstTime ?? '', link.lastTime ?? ''].join('|')).sort(),
    clusters: [...members.values()].map((ids) => ids.sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '')),
  };
}
