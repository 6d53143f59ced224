// neo4j.zip: typed headers neo4j-admin accepts, every relationship end a node, a Cypher script with no data in it.
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NODE_HEADERS, RELATIONSHIP_HEADERS, neo4jFiles, neo4jZip } from '../../src/core/report/neo4j/neo4jImport.ts';
import { HOSTILE, hostileCase, sampleCase } from './fixtures.ts';

const TYPED_HEADER = /^([A-Za-z][A-Za-z0-9]*)?(:(ID|LABEL|TYPE|START_ID|END_ID|int|float|boolean|string|string\[\]|float\[\]))?$/;

function rows(text: string): string[][] {
  return Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: true }).data;
}

describe('Neo4j import files', () => {
  it.each([['the sample case', sampleCase], ['the hostile-names case', hostileCase]])('%s: typed headers, one file per label and per type, every relationship end a node', (_name, load) => {
    const { model, analysis } = load();
    const files = neo4jFiles(model, analysis);
    const ids = new Set<string>();
    let nodeRows = 0;
    for (const [name, text] of files) {
      if (!name.startsWith('nodes_')) continue;
      const [header, ...body] = rows(text);
      expect(header).toEqual(NODE_HEADERS);
      for (const row of body) {
        expect(row[1], name).toBe(name.slice('nodes_'.length, -4));
        ids.add(row[0] ?? '');
      }
      nodeRows += body.length;
    }
    expect(nodeRows).toBe(model.entities.length);
    expect(ids.size).toBe(model.entities.length);
    let relationshipRows = 0;
    for (const [name, text] of files) {
      if (!name.startsWith('relationships_')) continue;
      const [header, ...body] = rows(text);
      expect(header).toEqual(RELATIONSHIP_HEADERS);
      for (const row of body) {
        expect(ids.has(row[0] ?? ''), `${name} start ${row[0]}`).toBe(true);
        expect(ids.has(row[1] ?? ''), `${name} end ${row[1]}`).toBe(true);
        expect(row[2]).toBe(name.slice('relationships_'.length, -4));
      }
      relationshipRows += body.length;
    }
    expect(relationshipRows).toBe(model.links.length);
    for (const header of [...NODE_HEADERS, ...RELATIONSHIP_HEADERS]) expect(header).toMatch(TYPED_HEADER);
  });

  it('writes amounts as parallel arrays, never a currency in a header', () => {
    const { model, analysis } = sampleCase();
    const transfers = rows(neo4jFiles(model, analysis).get('relationships_TRANSFERRED.csv') ?? '');
    const header = transfers[0] ?? [];
    const link = model.links.find((candidate) => candidate.type === 'transferred');
    const row = transfers.find((cells) => cells[0] === link?.source && cells[1] === link?.target) ?? [];
    expect(row[header.indexOf('currencies:string[]')]).toBe(Object.keys(link?.amounts ?? {}).sort().join(';'));
    expect(row[header.indexOf('amounts:float[]')]?.split(';').map(Number)).toEqual(Object.keys(link?.amounts ?? {}).sort().map((c) => link?.amounts[c]));
  });

  it('keeps hostile names out of the Cypher script, which only MERGEs values read from the CSVs', () => {
    const { model, analysis } = hostileCase();
    const files = neo4jFiles(model, analysis);
    const cypher = files.get('import.cypher') ?? '';
    for (const value of Object.values(HOSTILE)) expect(cypher).not.toContain(value);
    expect(cypher).toMatch(/MERGE \(n:SimpulEntity \{simpulId: row\.`simpulId:ID`\}\)/);
    expect(cypher.match(/LOAD CSV WITH HEADERS/g)?.length).toBe([...files.keys()].filter((name) => name.endsWith('.csv')).length);
    expect(files.get('README.txt')).toContain('neo4j-admin database import full');
  });

  it('zips the same files the same way twice', () => {
    const { model, analysis } = sampleCase();
    const zip = neo4jZip(model, analysis);
    expect(neo4jZip(model, analysis)).toEqual(zip);
    const unzipped = unzipSync(zip);
    expect(strFromU8(unzipped['neo4j/nodes_Person.csv'] ?? new Uint8Array())).toBe(neo4jFiles(model, analysis).get('nodes_Person.csv'));
  });
});
