// neo4j.zip: CSVs for `neo4j-admin database import` (nodes per label, relationships per type, typed headers)
// and import.cypher, which loads the same CSVs with MERGE into a running database.

import { zipSync } from 'fflate';
import type { AnalysisResult } from '../../analysis/types.ts';
import { linkWeight } from '../../graph/linkWeight.ts';
import { isVictim } from '../../model/roles.ts';
import { ENTITY_TYPES, LINK_TYPES, type CaseModel, type EntityType, type LinkType } from '../../model/types.ts';
import { formatSources } from '../exporters/sourceRanges.ts';
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

/** Every file of the import, by name: `nodes_Person.csv`, `relationships_CALLED.csv`, `import.cypher`, `README.txt`. */
export function neo4jFiles(model: CaseModel, analysis: AnalysisResult): Map<string, string> {
  const files = new Map<string, string>();
  const keyPlayer = new Map(analysis.clusters.flatMap((cluster) => cluster.keyPlayers.map((player) => [player.id, player.score] as const)));
  const broker = new Map(analysis.brokers.map((item) => [item.id, item.score]));
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  for (const type of ENTITY_TYPES) {
    const rows = model.entities.filter((entity) => entity.type === type).map((entity) => {
      const scores = analysis.scores[entity.id];
      const role = entity.type === 'person' ? entity.attributes.role ?? entity.attributes.status : undefined;
      return [
        entity.id, NEO4J_LABELS[type], entity.key, entity.label, entity.country, analysis.clusterOf[entity.id], hubs.has(entity.id),
        entity.type === 'person' ? isVictim(entity) : undefined, role, keyPlayer.get(entity.id), broker.get(entity.id),
        scores?.weightedDegree, scores?.pagerank, scores?.betweenness,
        coordinate(entity.attributes.latitude), coordinate(entity.attributes.longitude), formatSources(entity.sources),
      ];
    });
    if (rows.length > 0) files.set(`nodes_${NEO4J_LABELS[type]}.csv`, plainCsv(NODE_HEADERS, rows));
  }
  for (const type of LINK_TYPES) {
    const rows = model.links.filter((link) => link.type === type).map((link) => {
      const currencies = Object.keys(link.amounts).sort();
      const amounts = new Map(Object.entries(link.amounts));
      return [
        link.source, link.target, relationshipType(type), link.count, link.durationSeconds,
        currencies.join(';'), currencies.map((currency) => amounts.get(currency)).join(';'),
        link.firstTime, link.lastTime, link.label, linkWeight(link), type !== 'associated' && type !== 'linked', formatSources(link.sources),
      ];
    });
    if (rows.length > 0) files.set(`relationships_${relationshipType(type)}.csv`, plainCsv(RELATIONSHIP_HEADERS, rows));
  }
  files.set('import.cypher', importCypher([...files.keys()]));
  files.set('README.txt', neo4jReadme([...files.keys()]));
  return files;
}

/** The import as one zip (what the browser downloads and the CLI writes). */
export function neo4jZip(model: CaseModel, analysis: AnalysisResult): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // NOTE: a fixed date inside the zip keeps the bytes the same for the same case.
  for (const [name, content] of neo4jFiles(model, analysis)) entries[`neo4j/${name}`] = [encoder.encode(content), { mtime: new Date('2000-01-01T00:00:00Z') }];
  // NOTE: level 1, as case.xlsx: 2.4× faster to deflate than 6 for a file about a sixth larger.
  return zipSync(entries, { level: 1 });
}

// NOTE: neo4j-admin reads CSV literally: no byte-order mark, no spreadsheet apostrophes, every field quoted.
function plainCsv(headers: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  const cell = (value: string | number | boolean | undefined) => (value === undefined ? '' : `"${String(value).replace(/"/g, '""')}"`);
  return [headers.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\n') + '\n';
}

function coordinate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}
