// case.xlsx read back: identifiers are the normalised keys byte for byte, amounts and coordinates are numbers.
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportOne } from '../../src/core/report/exportAll.ts';
import { entityId, linkId, type CaseModel } from '../../src/core/model/types.ts';
import { clustersTable, entitiesTable, ledgerTable, linksTable } from '../../src/core/report/tables.ts';
import { xlsxWorkbook } from '../../src/core/report/xlsx.ts';
import { hostileCase, sampleCase } from './fixtures.ts';

async function workbook(): Promise<Buffer> {
  const content = await exportOne('case.xlsx', sampleCase());
  if (typeof content === 'string') throw new Error('case.xlsx must be bytes');
  return Buffer.from(content);
}

describe('case.xlsx', () => {
  it('has one sheet per table, each with a frozen header row', { timeout: 30_000 }, async () => {
    const files = unzipSync(new Uint8Array(await workbook()));
    expect(strFromU8(files['xl/workbook.xml'] ?? new Uint8Array())).toMatch(/name="entities".*name="links".*name="clusters".*name="ledger"/s);
    for (let sheet = 1; sheet <= 4; sheet++) {
      expect(strFromU8(files[`xl/worksheets/sheet${sheet}.xml`] ?? new Uint8Array())).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    }
  });

  it('keeps every identifier byte-equal to its key and every amount, count and coordinate a number', { timeout: 30_000 }, async () => {
    const { model } = sampleCase();
    const bytes = await workbook();
    const entities = await readSheet(bytes, 'entities');
    const header = entities[0] as string[];
    const [keyAt, latitudeAt] = [header.indexOf('key'), header.indexOf('latitude')];
    expect(entities.slice(1).map((row) => row[keyAt])).toEqual(model.entities.map((entity) => entity.key));
    const leadingZero = model.entities.find((entity) => entity.type === 'account' && entity.key.startsWith('0'));
    expect(leadingZero).toBeDefined();
    const southern = entities.slice(1).filter((row) => typeof row[latitudeAt] === 'number');
    expect(southern.length).toBe(model.entities.filter((entity) => entity.attributes.latitude).length);

    const links = await readSheet(bytes, 'links');
    const linkHeader = links[0] as string[];
    const amountColumns = linkHeader.flatMap((name, index) => (name.startsWith('amount_') ? [index] : []));
    expect(amountColumns.length).toBeGreaterThan(2);
    for (const row of links.slice(1)) {
      for (const index of amountColumns) expect(row[index] === null || typeof row[index] === 'number').toBe(true);
      expect(typeof row[linkHeader.indexOf('count')]).toBe('number');
    }
    expect(links.slice(1).map((row) => row[linkHeader.indexOf('source_key')])).toEqual(model.links.map((link) => link.source.slice(link.source.indexOf(':') + 1)));
  });

  it('writes keys that look like numbers, formulas or dates as text, unchanged', { timeout: 30_000 }, async () => {
    const keys = ['015819105', '359254065498289', '123456789012345678', '+66812345678', '=SUM(1,2)', '2024-01-05', '1E5', '-6.1480'];
    const model: CaseModel = {
      entities: keys.map((key) => ({ id: entityId('account', key), type: 'account' as const, key, label: key, variants: [key], attributes: {}, sources: [] })),
      links: [],
    };
    const { analysis, report } = hostileCase();
    const bytes = await xlsxWorkbook([entitiesTable(model, { ...analysis, clusterOf: {}, scores: {}, hubs: [] }), clustersTable({ ...report, clusters: [] })]);
    const rows = await readSheet(Buffer.from(bytes), 'entities');
    const header = rows[0] as string[];
    expect(rows.slice(1).map((row) => row[header.indexOf('key')])).toEqual(keys);
  });

  it('takes a currency named constructor as data', { timeout: 30_000 }, async () => {
    const { model, report } = hostileCase();
    const [a, b] = model.entities;
    if (!a || !b) throw new Error('fixture');
    const link = { id: linkId('transferred', a.id, b.id), type: 'transferred' as const, source: a.id, target: b.id, count: 1, durationSeconds: 0, amounts: { constructor: 12.5, toString: 3 }, sources: [] };
    const table = linksTable({ entities: model.entities, links: [link] });
    expect(table.headers).toEqual(expect.arrayContaining(['amount_constructor', 'amount_toString']));
    expect([...table.rows][0]?.[table.headers.indexOf('amount_constructor')]).toBe(12.5);
    const rows = await readSheet(Buffer.from(await xlsxWorkbook([table, ledgerTable(report.ledger)])), 'links');
    expect(rows[1]?.[(rows[0] as string[]).indexOf('amount_constructor')]).toBe(12.5);
  });
});
