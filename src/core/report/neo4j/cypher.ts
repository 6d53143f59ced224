// import.cypher and the README inside neo4j.zip: constant queries, data only ever read from the CSVs.

import { NODE_HEADERS, RELATIONSHIP_HEADERS } from './neo4jImport.ts';

// NOTE: no value from the case is ever spliced into Cypher text. Every query is a constant that reads its
// values from `LOAD CSV` rows (bound like parameters), so a name such as `'}) DETACH DELETE n //` stays data.
/** `MERGE` every node on its `simpulId` and every relationship between merged ends, typed by file. */
export function importCypher(fileNames: readonly string[]): string {
  const out = [
    '// Simpul case import for a running Neo4j 5: copy the CSVs into the database\'s import folder, then',
    '//   cypher-shell -u neo4j -f import.cypher',
    'CREATE CONSTRAINT simpul_id IF NOT EXISTS FOR (n:SimpulEntity) REQUIRE n.simpulId IS UNIQUE;',
  ];
  for (const name of fileNames.filter((file) => file.startsWith('nodes_'))) {
    const label = name.slice('nodes_'.length, -'.csv'.length);
    out.push(
      `LOAD CSV WITH HEADERS FROM 'file:///${name}' AS row`,
      'CALL (row) {',
      `  MERGE (n:SimpulEntity {simpulId: row.\`simpulId:ID\`}) SET n:${label}`,
      '  SET n.key = row.key, n.label = row.label, n.country = row.country, n.cluster = row.cluster, n.role = row.role,',
      '      n.hub = toBoolean(row.`hub:boolean`), n.victim = toBoolean(row.`victim:boolean`),',
      '      n.keyPlayerScore = toFloat(row.`keyPlayerScore:float`), n.brokerScore = toFloat(row.`brokerScore:float`),',
      '      n.weightedDegree = toFloat(row.`weightedDegree:float`), n.pagerank = toFloat(row.`pagerank:float`),',
      '      n.betweenness = toFloat(row.`betweenness:float`), n.latitude = toFloat(row.`latitude:float`),',
      '      n.longitude = toFloat(row.`longitude:float`), n.sources = row.sources',
      '} IN TRANSACTIONS OF 5000 ROWS;',
    );
  }
  for (const name of fileNames.filter((file) => file.startsWith('relationships_'))) {
    const type = name.slice('relationships_'.length, -'.csv'.length);
    out.push(
      `LOAD CSV WITH HEADERS FROM 'file:///${name}' AS row`,
      'CALL (row) {',
      '  MATCH (a:SimpulEntity {simpulId: row.`:START_ID`}), (b:SimpulEntity {simpulId: row.`:END_ID`})',
      `  MERGE (a)-[r:${type}]->(b)`,
      '  SET r.count = toInteger(row.`count:int`), r.durationSeconds = toFloat(row.`durationSeconds:float`),',
      '      r.currencies = CASE row.`currencies:string[]` WHEN null THEN [] ELSE split(row.`currencies:string[]`, \';\') END,',
      '      r.amounts = CASE row.`amounts:float[]` WHEN null THEN [] ELSE [x IN split(row.`amounts:float[]`, \';\') | toFloat(x)] END,',
      '      r.first = row.first, r.last = row.last, r.label = row.label, r.weight = toFloat(row.`weight:float`),',
      '      r.directed = toBoolean(row.`directed:boolean`), r.sources = row.sources',
      '} IN TRANSACTIONS OF 5000 ROWS;',
    );
  }
  return `${out.join('\n')}\n`;
}

/** How to load the files, in the zip itself (the README of the project says the same). */
export function neo4jReadme(fileNames: readonly string[]): string {
  const nodes = fileNames.filter((file) => file.startsWith('nodes_')).map((file) => `--nodes=import/${file}`);
  const relationships = fileNames.filter((file) => file.startsWith('relationships_')).map((file) => `--relationships=import/${file}`);
  return [
    'Simpul case for Neo4j 5.',
    '',
    'Into a new, empty database (offline, fastest):',
    `  neo4j-admin database import full --multiline-fields=true --array-delimiter=";" ${[...nodes, ...relationships].join(' ')} simpul`,
    '',
    'Into a running database (merges with what is there):',
    '  cypher-shell -u neo4j -d neo4j -f import.cypher      (CSV files in the database\'s import folder)',
    '',
    `Node headers: ${NODE_HEADERS.join(',')}`,
    `Relationship headers: ${RELATIONSHIP_HEADERS.join(',')}`,
    '',
    'Clusters computed in Neo4j (GDS Louvain or Leiden) come back into Simpul as a CSV of simpulId,communityId:',
    '  simpul analyze CASE --out DIR --communities communities.csv',
    '',
  ].join('\n');
}
