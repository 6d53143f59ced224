// Exports are streamed in chunks: whatever the chunk size and whoever deflates, the bytes must be the ones a
// straightforward whole-string writer gives. A chunk lost or doubled at a boundary turns these red.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeCrc32, nodeDeflater } from '../../src/cli/nodeDeflater.ts';
import { toCsv, tableCsv } from '../../src/core/report/csv.ts';
import { EXPORTS, exportGexfVersions, exportOne, exportTo, exportViews, type ExportName, type StreamOptions } from '../../src/core/report/exportAll.ts';
import { neo4jFiles } from '../../src/core/report/neo4j/neo4jImport.ts';
import { writePrettyJson } from '../../src/core/report/reportJson.ts';
import { clustersTable, entitiesTable, ledgerTable, linksTable, type Table, type TableCell } from '../../src/core/report/tables.ts';
import { collectText, concatBytes, Utf8Chunks } from '../../src/core/report/textOut.ts';
import { hostileCase, sampleCase, type ExportCase } from './fixtures.ts';

const TEXT_EXPORTS = EXPORTS.map(({ name }) => name).filter((name) => name !== 'case.xlsx' && name !== 'neo4j.zip');

async function streamed(name: ExportName, input: ExportCase, options: StreamOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await exportTo(name, input, (chunk) => chunks.push(chunk), exportViews(input), options);
  return concatBytes(chunks);
}

/** The old whole-table CSV: every row made first, then joined. */
function referenceCsv(table: Table): string {
  const plain = (cell: TableCell) => cell ?? undefined;
  return toCsv(table.headers, [...table.rows].map((row) => row.map(plain)));
}

describe('Utf8Chunks', () => {
  it('hands on every character once, in order, whatever the chunk size', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (parts, size) => {
      const chunks: Uint8Array[] = [];
      const out = new Utf8Chunks((chunk) => chunks.push(chunk), size);
      for (const part of parts) out.write(part);
      out.end();
      expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
      expect(new TextDecoder().decode(concatBytes(chunks))).toBe(parts.join(''));
    }), { seed: 9, numRuns: 300 });
  });
});

describe('writePrettyJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) returns, at any streaming depth', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 6 }), (value, depth) => {
      expect(collectText((out) => writePrettyJson(out, value, '', depth))).toBe(JSON.stringify(value, null, 2));
    }), { seed: 9, numRuns: 300 });
  });

  it('keeps undefined members out and writes undefined array items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1, { c: undefined, d: 2 }], e: {} };
    expect(collectText((out) => writePrettyJson(out, value, '', 4))).toBe(JSON.stringify(value, null, 2));
  });
});

describe('streamed exports', () => {
  const cases: [string, () => ExportCase][] = [['hostile', hostileCase], ['sample', sampleCase]];

  it.each(cases)('%s: every text export is the same bytes in chunks of 1, 7 and 4096 characters as written whole', async (_, make) => {
    const input = make();
    for (const name of TEXT_EXPORTS) {
      const whole = new TextEncoder().encode(String(await exportOne(name, input)));
      for (const chunkChars of [1, 7, 4096]) expect(Buffer.from(await streamed(name, input, { chunkChars })).equals(whole), `${name} in chunks of ${chunkChars}`).toBe(true);
    }
  }, 120_000);

  it.each(cases)('%s: both GEXF versions written together are the bytes each is alone, in any chunk size', async (_, make) => {
    const input = make();
    for (const chunkChars of [7, 4096]) {
      const chunks: Record<'1.3' | '1.2', Uint8Array[]> = { '1.3': [], '1.2': [] };
      exportGexfVersions(input, { '1.3': (chunk) => chunks['1.3'].push(chunk), '1.2': (chunk) => chunks['1.2'].push(chunk) }, exportViews(input), { chunkChars });
      expect(new TextDecoder().decode(concatBytes(chunks['1.3']))).toBe(await exportOne('graph.gexf', input));
      expect(new TextDecoder().decode(concatBytes(chunks['1.2']))).toBe(await exportOne('graph-gexf1.2.gexf', input));
    }
  }, 60_000);

  it.each(cases)('%s: report.json is JSON.stringify(report, null, 2), and each CSV the rows made first and joined', async (_, make) => {
    const input = make();
    expect(await exportOne('report.json', input)).toBe(`${JSON.stringify(input.report, null, 2)}\n`);
    const tables = [entitiesTable(input.model, input.analysis), linksTable(input.model), clustersTable(input.report), ledgerTable(input.report.ledger)];
    for (const table of tables) expect(tableCsv(table), table.name).toBe(referenceCsv(table));
  }, 60_000);

  it.each(cases)('%s: the zips hold the same members whatever the chunk size and deflater, and the same bytes twice', async (_, make) => {
    const input = make();
    // NOTE: as UTF-8 bytes, a lone surrogate in a hostile name is U+FFFD in any file: the reference goes through UTF-8 too.
    const utf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
    const reference = new Map([...neo4jFiles(input.model, input.analysis)].map(([name, text]) => [`neo4j/${name}`, utf8(text)]));
    const members = (zip: Uint8Array) => new Map(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
    for (const options of [{ chunkChars: 7 }, { chunkChars: 7, deflater: nodeDeflater }, { deflater: nodeDeflater }]) {
      expect(members(await streamed('neo4j.zip', input, options))).toEqual(reference);
    }
    const workbook = members(await streamed('case.xlsx', input, {}));
    expect(members(await streamed('case.xlsx', input, { chunkChars: 7, deflater: nodeDeflater }))).toEqual(workbook);
    expect(workbook.get('xl/worksheets/sheet2.xml')).toContain('</sheetData></worksheet>');
    expect(await streamed('case.xlsx', input, { deflater: nodeDeflater })).toEqual(await streamed('case.xlsx', input, { deflater: nodeDeflater }));
  }, 120_000);

  it.each(cases)('%s: a zip checksummed by Node\'s zlib is the same bytes as one checksummed by fflate', async (_, make) => {
    const input = make();
    for (const name of ['case.xlsx', 'neo4j.zip'] as const) {
      for (const chunkChars of [7, 4096]) {
        const native = await streamed(name, input, { chunkChars, deflater: nodeDeflater, crc32: nodeCrc32 });
        expect(Buffer.from(native).equals(Buffer.from(await streamed(name, input, { chunkChars, deflater: nodeDeflater }))), `${name} in chunks of ${chunkChars}`).toBe(true);
      }
    }
  }, 120_000);
});
