// Every export from one case: CSVs safe for Excel, graphs that parse back, FtM that references itself.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/core/report/csv.ts';
import { EXPORTS, exportAll, exportOne, type ExportName } from '../../src/core/report/exportAll.ts';
import { ftmEntities, ftmId } from '../../src/core/report/ftm/ftm.ts';
import { gexf } from '../../src/core/report/exporters/gexf.ts';
import { graphml } from '../../src/core/report/exporters/graphml.ts';
import { linkWeight } from '../../src/core/graph/linkWeight.ts';
import { entitiesTable, linksTable } from '../../src/core/report/tables.ts';
import { tableCsv } from '../../src/core/report/csv.ts';
import { compactLines, formatSources } from '../../src/core/report/exporters/sourceRanges.ts';
import { HOSTILE, hostileCase, parseCsv, sampleCase, type ExportCase } from './fixtures.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const CSV_EXPORTS = EXPORTS.map(({ name }) => name).filter((name) => name.endsWith('.csv'));
const entitiesCsv = (...args: Parameters<typeof entitiesTable>) => tableCsv(entitiesTable(...args));
const linksCsv = (model: Parameters<typeof linksTable>[0]) => tableCsv(linksTable(model));

async function textOf(name: ExportName, input: ExportCase): Promise<string> {
  const content = await exportOne(name, input);
  if (typeof content !== 'string') throw new Error(`${name} is not text`);
  return content;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'data', 'key', 'attvalue', 'attribute', 'attributes'].includes(name) });

describe('compactLines', () => {
  it.each([
    [[], ''], [[7], '7'], [[2, 3, 4, 9], '2-4,9'], [[9, 2, 3, 3, 4], '2-4,9'], [[1, 3, 5], '1,3,5'], [[10, 11], '10-11'],
  ])('writes %j as %j', (lines, expected) => {
    expect(compactLines(lines)).toBe(expected);
  });

  it('joins files with "; "', () => {
    expect(formatSources([{ file: 'a.csv', lines: [2, 3] }, { file: 'b.csv', lines: [7] }])).toBe('a.csv:2-3; b.csv:7');
  });
});

describe('exportAll', () => {
  it('makes every export the CLI writes, the same twice over', { timeout: 60_000 }, async () => {
    const { report, model, analysis } = sampleCase();
    const first = await exportAll({ report, model, analysis });
    expect([...first.keys()].sort()).toEqual(EXPORTS.map(({ name }) => name).sort());
    expect(await exportAll({ report, model, analysis })).toEqual(first);
  });
});

describe('CSV exports', () => {
  it.each(CSV_EXPORTS)('%s neutralises every formula-like cell made from hostile names', async (name) => {
    const text = await textOf(name, hostileCase());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const cells = parseCsv(text).flat();
    const dangerous = cells.filter((cell) => FORMULA_START.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));
    expect(dangerous).toEqual([]);
  });

  it('keeps the hostile text, behind an apostrophe', () => {
    const text = entitiesCsv(hostileCase().model, hostileCase().analysis);
    const cells = parseCsv(text).flat();
    for (const value of [HOSTILE.hyperlink, HOSTILE.sum, HOSTILE.at, HOSTILE.minus, HOSTILE.tab, HOSTILE.cr, HOSTILE.dde]) {
      expect(cells).toContain(`'${value}`);
    }
  });

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+SUM(1,2)', `"'+SUM(1,2)"`], ['@cmd', `'@cmd`], ['-2+3', `'-2+3`], ['\tTAB', `'\tTAB`], ['\rCR', `"'\rCR"`],
    ['+6681234567', `'+6681234567`], ['Su Min (စုမင်း)', 'Su Min (စုမင်း)'], ['-6.1480', '-6.1480'], ['-12', '-12'], ['-1e9', `'-1e9`],
  ])('csvCell(%j) is %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('entities.csv has one row per entity, attributes as columns, scores and compact sources', () => {
    const { model, analysis } = sampleCase();
    const rows = parseCsv(entitiesCsv(model, analysis));
    const header = rows[0] ?? [];
    expect(rows.length - 1).toBe(model.entities.length);
    expect(header.slice(0, 9)).toEqual(['id', 'type', 'key', 'label', 'label_latin', 'country', 'cluster', 'hub', 'variants']);
    expect(header).toEqual(expect.arrayContaining(['nationality', 'passport', 'bank', 'weighted_degree', 'pagerank', 'betweenness', 'sources']));
    const first = model.entities[0];
    const row = rows.find((cells) => cells[0] === first?.id) ?? [];
    expect(row[header.indexOf('cluster')]).toBe(analysis.clusterOf[first?.id ?? '']);
    expect(row[header.indexOf('sources')]).toMatch(/^[\w.]+\.csv:\d+(-\d+)?/);
  });

  it('links.csv has one row per link and one amount column per currency', () => {
    const { model } = sampleCase();
    const rows = parseCsv(linksCsv(model));
    expect(rows.length - 1).toBe(model.links.length);
    expect(rows[0]).toEqual(expect.arrayContaining(['amount_USD', 'amount_THB', 'amount_USDT', 'count', 'duration_s', 'first', 'last', 'sources']));
  });

  it('entities.csv spells names written in another script in Latin letters (label_latin), and leaves Latin names alone', () => {
    const { model, analysis } = hostileCase();
    const renamed = { ...model, entities: model.entities.map((entity, i) => ({ ...entity, label: ['王伟涛', 'บุญมี ใจดี', 'မောင်မောင်', 'Иван'][i] ?? entity.label })) };
    const [header = [], ...rows] = parseCsv(entitiesCsv(renamed, analysis));
    const latin = rows.map((row) => row[header.indexOf('label_latin')]);
    expect(latin.slice(0, 5)).toEqual(['Wang Wei Tao', 'buymi aichdi', 'meanmean', 'Ivan', '']);
    expect(header.indexOf('label_latin')).toBe(header.indexOf('label') + 1);
  });

  it('links.csv and clusters.csv carry unguarded entity ids that join with entities.csv, while keys like +62… stay guarded', async () => {
    const input = sampleCase();
    const [entityHeader = [], ...entityRows] = parseCsv(String(await exportOne('entities.csv', input)));
    const idAt = entityHeader.indexOf('id');
    const entityById = new Map(entityRows.map((row) => [row[idAt] ?? '', row]));
    const [linkHeader = [], ...linkRows] = parseCsv(String(await exportOne('links.csv', input)));
    expect(linkHeader.slice(-2)).toEqual(['source_id', 'target_id']);
    const guarded = linkRows.filter((row) => row[linkHeader.indexOf('source_key')]?.startsWith("'+"));
    expect(guarded.length).toBeGreaterThan(0);
    input.model.links.forEach((link, i) => {
      const row = linkRows[i] ?? [];
      expect([row[linkHeader.indexOf('source_id')], row[linkHeader.indexOf('target_id')]]).toEqual([link.source, link.target]);
      const source = entityById.get(link.source) ?? [];
      expect(source[entityHeader.indexOf('key')]).toBe(row[linkHeader.indexOf('source_key')]);
    });
    const [clusterHeader = [], ...clusterRows] = parseCsv(String(await exportOne('clusters.csv', input)));
    expect(clusterHeader).toEqual(['cluster', 'type', 'key', 'label', 'country', 'hub', 'id']);
    expect(clusterRows.length).toBe(input.model.entities.length);
    for (const row of clusterRows) {
      const entity = entityById.get(row[6] ?? '');
      expect(entity?.[entityHeader.indexOf('cluster')], row[6]).toBe(row[0]);
      expect(entity?.[entityHeader.indexOf('key')]).toBe(row[2]);
    }
    expect(clusterRows.some((row) => row[2]?.startsWith("'+") && row[6]?.startsWith('phone:+'))).toBe(true);
  });

  it('links.csv carries the weight the clustering used and whether the link has a direction', () => {
    const { model } = sampleCase();
    const [header = [], ...rows] = parseCsv(linksCsv(model));
    const weights = rows.map((row) => Number(row[header.indexOf('weight')]));
    model.links.forEach((link, i) => {
      expect(weights[i], link.type).toBeCloseTo(linkWeight(link), 9);
      expect(rows[i]?.[header.indexOf('directed')], link.type).toBe(link.type === 'associated' || link.type === 'linked' ? 'false' : 'true');
    });
    expect(new Set(weights).size).toBeGreaterThan(3);
  });
});

function readGraphml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const graph = xml.parse(text).graphml;
  return { keys: graph.key as { '@id': string }[], nodes: graph.graph.node ?? [], edges: graph.graph.edge ?? [] };
}

function readGexf(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const root = xml.parse(text).gexf;
  return { version: root['@version'], graph: root.graph, nodes: root.graph.nodes.node ?? [], edges: root.graph.edges.edge ?? [] };
}

describe.each<[string, () => ExportCase]>([['the sample case', sampleCase], ['the hostile-names case', hostileCase]])('graph exports of %s', (_name, load) => {
  it('GraphML parses back with every node and edge, and every data key declared', () => {
    const { model, analysis } = load();
    const { keys, nodes, edges } = readGraphml(graphml(model, analysis));
    expect(nodes).toHaveLength(model.entities.length);
    expect(edges).toHaveLength(model.links.length);
    const declared = new Set(keys.map((key) => key['@id']));
    const used = [...nodes, ...edges].flatMap((element: { data?: { '@key': string }[] }) => (element.data ?? []).map((data) => data['@key']));
    expect(used.filter((key) => !declared.has(key))).toEqual([]);
    const simpulIdKey = keys.find((key) => (key as { '@attr.name'?: string })['@attr.name'] === 'simpulId')?.['@id'];
    const simpulIds = nodes.map((node: { data: { '@key': string; '#text': string }[] }) => node.data.find((data) => data['@key'] === simpulIdKey)?.['#text']);
    expect(simpulIds).toEqual(model.entities.map((entity) => entity.id));
    for (const node of nodes) expect(node['@id']).toMatch(/^n\d+$/);
  });

  it('GEXF 1.3 parses back with every node and edge, attributes declared and weights set', () => {
    const { model, analysis } = load();
    const { version, graph, nodes, edges } = readGexf(gexf(model, analysis, { generator: 'Simpul test', generatedAt: '2025-01-31T09:00:00Z' }));
    expect(version).toBe('1.3');
    expect(nodes).toHaveLength(model.entities.length);
    expect(edges).toHaveLength(model.links.length);
    const nodeAttributes = new Set(graph.attributes.find((a: { '@class': string }) => a['@class'] === 'node').attribute.map((a: { '@id': string }) => a['@id']));
    for (const node of nodes) for (const value of node.attvalues?.attvalue ?? []) expect(nodeAttributes.has(value['@for'])).toBe(true);
    for (const edge of edges) expect(Number(edge['@weight'])).toBeGreaterThan(0);
  });
});

describe('graph exports of hostile names', () => {
  it('write labels as text, with characters illegal in XML dropped', () => {
    const { model, analysis } = hostileCase();
    const text = graphml(model, analysis);
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('badcharshere');
    expect(text.includes('\u0000') || text.includes('\uFFFE')).toBe(false);
    const { nodes } = readGexf(gexf(model, analysis, { generator: 'x', generatedAt: '' }));
    expect(nodes.map((node: { '@label': string }) => node['@label'])).toContain(HOSTILE.script);
  });
});

describe('entities.ftm.json', () => {
  const SCHEMAS = ['Person', 'BankAccount', 'CryptoWallet', 'Address', 'LegalEntity', 'Ownership', 'Call', 'Payment', 'Associate', 'UnknownLink'];
  const REFERENCES = ['holder', 'owner', 'asset', 'caller', 'receiver', 'payer', 'beneficiary', 'payerAccount', 'beneficiaryAccount', 'person', 'associate', 'subject', 'object'];

  it.each<[string, () => ExportCase]>([['sample', sampleCase], ['hostile', hostileCase]])('%s: one JSON entity a line, known schemas, unique ids, references resolve', async (_name, load) => {
    const { model, analysis, report } = load();
    const lines = (await textOf('entities.ftm.json', { model, analysis, report })).trimEnd().split('\n');
    const entities = lines.map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });
    const ids = new Set(entities.map((entity) => entity.id));
    expect(ids.size).toBe(entities.length);
    for (const entity of entities) {
      expect(SCHEMAS).toContain(entity.schema);
      expect(entity.id).toMatch(/^simpul-[a-z]+-[0-9a-f]{40}$/);
      for (const [property, values] of Object.entries(entity.properties)) {
        expect(Array.isArray(values) && values.every((value) => typeof value === 'string')).toBe(true);
        if (REFERENCES.includes(property)) for (const value of values) expect(ids.has(value), `${entity.id}.${property} → ${value}`).toBe(true);
        if (property === 'country' || property === 'nationality') for (const value of values) expect(value).toMatch(/^[a-z]{2}$/);
      }
    }
    expect(entities.filter((entity) => entity.schema === 'Person')).toHaveLength(model.entities.filter((entity) => entity.type === 'person').length);
  });

  it('puts held phones on their holder, unheld phones on a LegalEntity, and one Payment per currency', () => {
    const entities = ftmEntities(hostileCase().model);
    const boss = entities.find((entity) => entity.id === ftmId('person', 'P-1'));
    expect(boss?.properties.phone).toEqual(['+66812345678']);
    expect(boss?.properties.nationality).toEqual(['th']);
    expect(entities.find((entity) => entity.schema === 'LegalEntity')?.properties.phone).toEqual(['+855123456789']);
    const payments = entities.filter((entity) => entity.schema === 'Payment');
    expect(payments.map((payment) => payment.properties.currency?.[0]).sort()).toEqual(['=USD', 'USDT']);
    expect(payments[0]?.properties.payerAccount).toEqual([ftmId('account', HOSTILE.dde)]);
    const wallet = entities.find((entity) => entity.schema === 'CryptoWallet');
    expect(wallet?.properties.holder).toEqual([ftmId('person', 'P-1')]);
  });

});
