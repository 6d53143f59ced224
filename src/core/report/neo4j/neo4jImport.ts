// neo4j.zip: CSVs for `neo4j-admin database import` (nodes per label, relationships per type, typed headers)
// and import.cypher, which loads the same CSVs with MERGE into a running database.

import type { AnalysisResult } from '../../analysis/types.ts';
import { isVictim } from '../../model/roles.ts';
import { ENTITY_TYPES, LINK_TYPES, type CaseModel, type Entity, type EntityType, type LinkType } from '../../model/types.ts';
import { ExportFacts } from '../exportFacts.ts';
import { formatSources } from '../exporters/sourceRanges.ts';
import { collectText, concatBytes, type ByteSink, type TextOut } from '../textOut.ts';
import { ZipOut, type ZipOptions } from '../zipOut.ts';
import { importCypher, neo4jReadme } from './cypher.ts';

export const NEO4J_LABELS: Record<EntityType, string> = { person: 'Person', phone: 'Phone', account: 'Account', location: 'Location', device: 'Device' };

export const NODE_HEADERS = [
  'simpulId:ID', ':LABEL', 'key', 'label', 'country', 'cluster', 'hub:boolean', 'victim:boolean', 'role',
  'keyPlayerScore:float', 'brokerScore:float', 'weightedDegree:float', 'pagerank:float', 'betweenness:float',
  'latitude:float', 'longitude:float', 'sources',
];

// NOTE: currencies are data, so they never become header names: amounts travel as two parallel arrays
// (`currencies:string[]`, `amounts:float[]`, `;`-separated as neo4j-admin expects).
export const RELATIONSHIP_HEADERS = [
  ':START_ID', ':END_ID', ':TYPE', 'count:int', 'durationSeconds:float', 'currencies:string[]', 'amounts:float[]',
  'first', 'last', 'label', 'weight:float', 'directed:boolean', 'sources',
];

/** `called` → `CALLED`: Neo4j's convention for relationship types. */
export function relationshipType(type: LinkType): string {
  return type.toUpperCase();
}

/** One file of the import: its name and how to write it. */
interface Neo4jPart {
  name: string;
  write(out: TextOut): void;
}

/** The files of the import in zip order: nodes per label, relationships per type (those with rows), import.cypher, README. */
function neo4jParts(model: CaseModel, analysis: AnalysisResult, facts: ExportFacts): Neo4jPart[] {
  const keyPlayer = new Map(analysis.clusters.flatMap((cluster) => cluster.keyPlayers.map((player) => [player.id, player.score] as const)));
  const broker = new Map(analysis.brokers.map((item) => [item.id, item.score]));
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  const entityTypes = new Set(model.entities.map((entity) => entity.type));
  const linkTypes = new Set(model.links.map((link) => link.type));
  const parts: Neo4jPart[] = [];
  for (const type of ENTITY_TYPES.filter((each) => entityTypes.has(each))) {
    parts.push({ name: `nodes_${NEO4J_LABELS[type]}.csv`, write: (out) => {
      out.write(`${NODE_HEADERS.join(',')}\n`);
      const entities = model.entities;
      for (let index = 0; index < entities.length; index++) {
        const entity = entities[index] as Entity;
        if (entity.type !== type) continue;
        const role = entity.type === 'person' ? entity.attributes.role ?? entity.attributes.status : undefined;
        out.write(plainRow([
          entity.id, NEO4J_LABELS[type], entity.key, entity.label, entity.country, facts.clusterAt(index), hubs.has(entity.id),
          entity.type === 'person' ? isVictim(entity) : undefined, role, keyPlayer.get(entity.id), broker.get(entity.id),
          facts.scoreText(index, 0), facts.scoreText(index, 1), facts.scoreText(index, 2),
          coordinate(entity.attributes.latitude), coordinate(entity.attributes.longitude), formatSources(entity.sources),
        ]));
      }
    } });
  }
  for (const type of LINK_TYPES.filter((each) => linkTypes.has(each))) {
    const relationshipName = relationshipType(type);
    const directed = type !== 'associated' && type !== 'linked';
    parts.push({ name: `relationships_${relationshipName}.csv`, write: (out) => {
      out.write(`${RELATIONSHIP_HEADERS.join(',')}\n`);
      for (const link of model.links) {
        if (link.type !== type) continue;
        // NOTE: a link's own amounts only (Object.keys lists own keys): a currency named `constructor` is data.
        const currencies = Object.keys(link.amounts);
        const amounts = link.amounts;
        if (currencies.length > 1) currencies.sort();
        out.write(plainRow([
          link.source, link.target, relationshipName, link.count, link.durationSeconds,
          currencies.length === 0 ? '' : currencies.join(';'), currencies.length === 0 ? '' : currencies.map((currency) => amounts[currency]).join(';'),
          link.firstTime, link.lastTime, link.label, facts.weightText(link), directed, formatSources(link.sources),
        ]));
      }
    } });
  }
  const names = parts.map((part) => part.name);
  parts.push({ name: 'import.cypher', write: (out) => out.write(importCypher(names)) });
  parts.push({ name: 'README.txt', write: (out) => out.write(neo4jReadme([...names, 'import.cypher'])) });
  return parts;
}

/** Every file of the import, by name: `nodes_Person.csv`, `relationships_CALLED.csv`, `import.cypher`, `README.txt`. */
export function neo4jFiles(model: CaseModel, analysis: AnalysisResult): Map<string, string> {
  return new Map(neo4jParts(model, analysis, new ExportFacts(model, analysis)).map((part) => [part.name, collectText((out) => part.write(out))]));
}

/** The import as one zip (what the browser downloads and the CLI writes). */
export function neo4jZip(model: CaseModel, analysis: AnalysisResult, options: ZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeNeo4jZip((chunk) => chunks.push(chunk), model, analysis, options);
  return concatBytes(chunks);
}

/** The zip streamed into `sink`, each CSV written row by row and deflated as it comes. */
export function writeNeo4jZip(sink: ByteSink, model: CaseModel, analysis: AnalysisResult, options: ZipOptions = {}, facts = new ExportFacts(model, analysis)): void {
  const zip = new ZipOut(sink, options);
  for (const part of neo4jParts(model, analysis, facts)) zip.text(`neo4j/${part.name}`, (out) => part.write(out));
  zip.end();
}

// NOTE: neo4j-admin reads CSV literally: no byte-order mark, no spreadsheet apostrophes, every field quoted.
function plainRow(row: readonly (string | number | boolean | undefined)[]): string {
  let line = '';
  for (let index = 0; index < row.length; index++) {
    const value = row[index];
    if (index > 0) line += ',';
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      // A number or a flag never holds a quote.
      line += `"${value}"`;
      continue;
    }
    line += value.includes('"') ? `"${value.replace(/"/g, '""')}"` : `"${value}"`;
  }
  return `${line}\n`;
}

function coordinate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}
