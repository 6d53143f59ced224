// The case as typed tables (entities, links, clusters, ledger): CSV and .xlsx both write these, cell by cell.

import type { AnalysisResult } from '../analysis/types.ts';
import type { LedgerEntry } from '../ingest/ledger.ts';
import { entityId, UNDIRECTED_LINKS, type CaseModel, type Entity, type Link } from '../model/types.ts';
import { ExportFacts } from './exportFacts.ts';
import { formatSources } from './exporters/sourceRanges.ts';
import { latinLetters } from './transliterate.ts';
import type { Report } from './reportModel.ts';

/**
 * A cell: a string is text, never read as a number (keys, ids, names); a number always is; a boolean is a flag;
 * null is empty.
 */
// NOTE: plain values rather than a `{ text }` object per cell: a national case's tables are read a few million
// cells at a time, twice (workbook and CSV), and an object per cell was most of their cost and garbage.
export type TableCell = string | number | boolean | null;

// NOTE: rows are made as they are read, each time they are read: a national case's link table as cell
// objects would hold a gigabyte, while a row is cheap to make again (sources are formatted once and remembered).
export interface Table {
  name: string;
  headers: string[];
  /** Read as often as needed; each reading makes the rows afresh, one at a time. */
  rows: Iterable<TableCell[]>;
  /**
   * Columns (true at their index) whose string cells are numbers already written as text, exactly `String(value)`:
   * written as numbers, as they are (see ExportFacts: a score is written as text once for every export).
   */
  numberTexts?: readonly boolean[];
}

/** Rows that `make` produces anew on every reading. */
function rowsOf(make: () => Iterator<TableCell[]>): Iterable<TableCell[]> {
  return { [Symbol.iterator]: make };
}

const FIXED = ['id', 'type', 'key', 'label', 'label_latin', 'country', 'cluster', 'hub', 'variants'];
const SCORES = ['weighted_degree', 'pagerank', 'betweenness', 'sources'];
/** Attributes that hold numbers when they hold anything readable (coordinates). */
const NUMERIC_ATTRIBUTES = new Set(['latitude', 'longitude']);

export const text = (value: string | undefined | null): string | null => (value === undefined || value === null || value === '' ? null : value);

export const num = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : value);

/** A number's text (`String(value)`) as a cell of a `numberTexts` column: null when absent or not finite, as `num`. */
export const numText = (value: string | undefined): string | null => (value === undefined || value === 'NaN' || value === 'Infinity' || value === '-Infinity' ? null : value);

/**
 * One row per entity in model order; `label_latin` spells a label written in another script in Latin letters
 * (transliterate.ts), so a spreadsheet can sort and search it. Attribute columns are the union of attribute names, sorted; a name
 * that clashes with a fixed column is written `attr_<name>`. Coordinates are numbers; everything else text.
 */
export function entitiesTable(model: CaseModel, analysis: AnalysisResult, facts = new ExportFacts(model, analysis)): Table {
  const names = new Set<string>();
  for (const entity of model.entities) for (const name of Object.keys(entity.attributes)) names.add(name);
  const attributeNames = [...names].sort();
  const reserved = new Set([...FIXED, ...SCORES]);
  const headers = [...FIXED, ...attributeNames.map((name) => (reserved.has(name) ? `attr_${name}` : name)), ...SCORES];
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  const entities = model.entities;
  const rows = rowsOf(function* entityRows() {
    for (let index = 0; index < entities.length; index++) {
      const entity = entities[index] as Entity;
      const row: TableCell[] = [
        text(entity.id), text(entity.type), text(entity.key), text(entity.label), text(latinLetters(entity.label)), text(entity.country),
        text(facts.clusterAt(index)), hubs.has(entity.id) ? 'yes' : null, text(entity.variants.join(' | ')),
      ];
      for (const name of attributeNames) row.push(attributeCell(name, entity.attributes[name]));
      row.push(numText(facts.scoreText(index, 0)), numText(facts.scoreText(index, 1)), numText(facts.scoreText(index, 2)), text(formatSources(entity.sources)));
      yield row;
    }
  });
  const scoresAt = FIXED.length + attributeNames.length;
  return { name: 'entities', headers, rows, numberTexts: headers.map((_, index) => index >= scoresAt && index < scoresAt + 3) };
}

// NOTE: a key such as `+6281234567890` is written `'+6281234567890` (a spreadsheet would read it as a formula), so a
// spreadsheet cannot join links on their keys with report.json or another file. `source_id` and `target_id` are the
// ends' entity ids (`phone:+62…`, the `id` column of entities.csv): they begin with the entity's type, so no guard ever
// changes them, and they come last so every older column keeps its place.
/**
 * One row per link in model order; `weight` is the link weight the clustering used (as in the graph files),
 * `directed` false for associations and generic links; one `amount_<CUR>` column per currency seen anywhere, sorted;
 * last, the ends' entity ids (`source_id`, `target_id`), which join with entities.csv's `id` as written.
 */
export function linksTable(model: CaseModel, facts = new ExportFacts(model)): Table {
  const entities = model.entities;
  const currencies = currenciesOf(model);
  const headers = [
    'type', 'source_type', 'source_key', 'source_label', 'target_type', 'target_key', 'target_label', 'label',
    'weight', 'directed', 'count', 'duration_s', ...currencies.map((currency) => `amount_${currency}`), 'first', 'last', 'attributes', 'sources',
    'source_id', 'target_id',
  ];
  const rows = rowsOf(function* linkRows() {
    const { sources, targets } = facts.linkEnds();
    const links = model.links;
    for (let index = 0; index < links.length; index++) {
      const link = links[index] as Link;
      const source: Entity | undefined = entities[sources[index] as number];
      const target: Entity | undefined = entities[targets[index] as number];
      const row: TableCell[] = [
        text(link.type), source ? text(source.type) : null, source ? text(source.key) : text(link.source), source ? text(source.label) : null,
        target ? text(target.type) : null, target ? text(target.key) : text(link.target), target ? text(target.label) : null, text(link.label),
        numText(facts.weightText(link)), !UNDIRECTED_LINKS.has(link.type), num(link.count), num(link.durationSeconds),
      ];
      // NOTE: a link's own amounts only: a currency named `constructor` is data, not Object's.
      for (const currency of currencies) row.push(num(Object.hasOwn(link.amounts, currency) ? link.amounts[currency] : undefined));
      row.push(text(link.firstTime), text(link.lastTime), text(formatLinkAttributes(link.attributes)), text(formatSources(link.sources)), text(link.source), text(link.target));
      yield row;
    }
  });
  return { name: 'links', headers, rows, numberTexts: headers.map((header) => header === 'weight') };
}

/** A link's column values (channel, memo, bank…) in one cell: `Channel: DuitNow | FPX; Memo: gaji`. */
export function formatLinkAttributes(attributes: Record<string, string> | undefined): string | undefined {
  if (!attributes) return undefined;
  const parts = Object.entries(attributes).map(([name, value]) => `${name}: ${value}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Cluster membership: one row per entity; last, its entity id (`phone:+62…`, never guarded), to join with entities.csv and links.csv. */
export function clustersTable(report: Report): Table {
  const rows = rowsOf(function* clusterRows() {
    for (const cluster of report.clusters) {
      for (const member of cluster.members) {
        yield [text(cluster.id), text(member.type), text(member.key), text(member.label), text(member.country), cluster.hub ? 'yes' : null, text(entityId(member.type, member.key))];
      }
    }
  });
  return { name: 'clusters', headers: ['cluster', 'type', 'key', 'label', 'country', 'hub', 'id'], rows };
}

/** The row ledger: one row per file, then one per rejected row and per warning. */
export function ledgerTable(ledger: readonly LedgerEntry[]): Table {
  const rows = rowsOf(function* ledgerRows() {
    for (const entry of ledger) {
      yield [text(entry.file), text(entry.kind), 'file', null, num(entry.rows), num(entry.imported), num(entry.rejected.length), text(entry.error?.message ?? entry.assumptions.join(' · '))];
      for (const row of entry.rejected) yield [text(entry.file), text(entry.kind), 'rejected', num(row.line), null, null, null, text(row.reason)];
      for (const row of entry.warnings) yield [text(entry.file), text(entry.kind), 'warning', num(row.line), null, null, null, text(row.message)];
    }
  });
  return { name: 'ledger', headers: ['file', 'kind', 'what', 'line', 'rows', 'imported', 'rejected', 'detail'], rows };
}

/** Every currency any link carries, sorted (one amount column each). */
export function currenciesOf(model: CaseModel): string[] {
  const currencies = new Set<string>();
  for (const link of model.links) for (const currency of Object.keys(link.amounts)) currencies.add(currency);
  return [...currencies].sort();
}

function attributeCell(name: string, value: string | undefined): TableCell {
  if (value === undefined || value === '') return null;
  if (NUMERIC_ATTRIBUTES.has(name)) {
    const number = Number(value.trim().replace(',', '.'));
    if (Number.isFinite(number)) return number;
  }
  return value;
}
