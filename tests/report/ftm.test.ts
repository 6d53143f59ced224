import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/readInputs.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { ftmEntities, ftmId } from '../../src/core/report/ftm/ftm.ts';
import { FTM_ID_PATTERN } from '../../src/core/report/ftm/ftmId.ts';
import { FtmLine } from '../../src/core/report/ftm/ftmValues.ts';
import { sha256Hex40 } from '../../src/core/report/ftm/shortSha256.ts';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ftmProblems } from './ftmModel.ts';
import { hostileCase, sampleCase } from './fixtures.ts';

/** The sample case as a unit without person ids would send it: id columns removed, id-only files left out. */
function sampleWithoutPersonIds() {
  const inputs = readInputs(['sample-data/case']).flatMap((input) => {
    if (/^(associations|sightings)\.csv$/.test(input.name)) return [];
    const text = new TextDecoder().decode(input.bytes).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    const header = parsed.data[0] ?? [];
    const drop = new Set(header.flatMap((name, index) => (/^(holder_id|id_orang|person_id)$/i.test(name) ? [index] : [])));
    if (drop.size === 0) return [input];
    const rows = parsed.data.map((row) => row.filter((_, index) => !drop.has(index)));
    return [{ name: input.name, bytes: new TextEncoder().encode(Papa.unparse(rows, { delimiter: parsed.meta.delimiter })) }];
  });
  return runPipeline(inputs, { strict: true, seed: 42 });
}

describe('entities.ftm.json through the followthemoney model', () => {
  it.each([
    ['the sample case', () => sampleCase()],
    ['the sample case without person ids', sampleWithoutPersonIds],
    ['a case of hostile names', hostileCase],
  ])('%s: zero dropped references, zero invalid properties', (_name, load) => {
    const { model, analysis } = load();
    const entities = ftmEntities(model, analysis);
    expect(entities.length).toBeGreaterThan(0);
    expect(ftmProblems(entities)).toEqual([]);
  });

  it('the validator catches what Aleph drops: an underscore id, a dangling reference, a wrong property', () => {
    const broken: { id: string; schema: string; properties: Record<string, string[]> }[] = [
      { id: 'simpul-phone-_2b66', schema: 'LegalEntity', properties: { name: ['x'] } },
      { id: 'call-1', schema: 'Call', properties: { caller: ['missing-1'], colour: ['red'] } },
      { id: 'pay-1', schema: 'Payment', properties: { payer: ['call-1'], date: ['01/02/2024'] } },
    ];
    expect(ftmProblems(broken).map((problem) => problem.property ?? problem.problem)).toEqual(
      ['id breaks FtM id rule', 'caller', 'colour', 'payer', 'date'],
    );
  });

  it('writes one Call per CDR row and one Payment per transfer row, with transaction ids and file:line', () => {
    const { model, analysis } = sampleCase();
    const entities = ftmEntities(model, analysis);
    const callRows = model.links.filter((link) => link.type === 'called').reduce((sum, link) => sum + link.count, 0);
    const transferRows = model.links.filter((link) => link.type === 'transferred').reduce((sum, link) => sum + link.count, 0);
    const calls = entities.filter((entity) => entity.schema === 'Call');
    const payments = entities.filter((entity) => entity.schema === 'Payment');
    expect(calls).toHaveLength(callRows);
    expect(payments).toHaveLength(transferRows);
    expect(payments.find((payment) => payment.properties.transactionNumber?.[0] === 'TX240166023619')?.properties).toMatchObject({
      amount: ['4404'], currency: ['USD'], recordId: ['transfers_bank_TH.csv:2'], date: ['2024-01-01T15:51:00'],
    });
    for (const entity of [...calls, ...payments]) expect(entity.properties.recordId?.[0]).toMatch(/^[^:]+\.csv:\d+$/);
  });

  it('falls back to one Call per pair, with totals, when the case kept no rows', () => {
    const { model, analysis } = sampleCase();
    const summed = { ...model, links: model.links.map(({ rows: _rows, ...link }) => link) };
    const calls = ftmEntities(summed, analysis).filter((entity) => entity.schema === 'Call');
    expect(calls).toHaveLength(model.links.filter((link) => link.type === 'called').length);
    expect(calls[0]?.properties.description?.[0]).toMatch(/call\(s\) in total.*sources: .+\.csv:/);
  });

  it('carries cluster, key-player score and file:line sources on every thing', () => {
    const { model, analysis } = sampleCase();
    const entities = ftmEntities(model, analysis);
    const things = entities.filter((entity) => ['Person', 'BankAccount', 'CryptoWallet', 'Address', 'LegalEntity'].includes(entity.schema));
    for (const thing of things) {
      expect(thing.properties.keywords?.[0]).toMatch(/^simpul-cluster-C\d+$/);
      expect(thing.properties.notes?.[0]).toMatch(/^Sources: .+:\d/);
    }
    const player = analysis.clusters[0]?.keyPlayers[0];
    const playerEntity = entities.find((entity) => player && entity.id === ftmId(player.type, player.key));
    expect(playerEntity?.properties.summary?.[0]).toContain(`key player, score ${player?.score}`);
  });

  it('makes ids in FtM\'s alphabet that never collide for keys differing only in punctuation', () => {
    const keys = ['+6681', '6681', 'a_b', 'a-b', 'Ma Aye', 'မအေး', ''];
    const ids = keys.map((key) => ftmId('phone', key));
    expect(new Set(ids).size).toBe(keys.length);
    for (const id of ids) expect(id).toMatch(FTM_ID_PATTERN);
  });
});

describe('FtmLine', () => {
  /** The straightforward entity: properties sorted by name, values distinct and non-empty, empty properties left out. */
  function reference(schema: string, id: string, properties: [string, string[]][]): string {
    const kept: Record<string, string[]> = {};
    for (const [name, values] of [...properties].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const distinct = [...new Set(values)].filter((value) => value !== '');
      if (distinct.length > 0) kept[name] = distinct;
    }
    return `${JSON.stringify({ id, schema, properties: kept })}\n`;
  }

  it('writes what JSON.stringify of the sorted, cleaned entity gives, whatever order the properties come in', () => {
    const name = fc.constantFrom('amount', 'caller', 'date', 'description', 'keywords', 'notes', 'phone', 'summary', 'zeta');
    const properties = fc.uniqueArray(fc.tuple(name, fc.array(fc.oneof(fc.string(), fc.constant('')), { maxLength: 4 })), { selector: ([key]) => key, maxLength: 8 });
    fc.assert(fc.property(fc.string(), properties, (id, given) => {
      const line = new FtmLine().start('Call', id);
      for (const [key, values] of given) line.many(key, values);
      expect(line.line()).toBe(reference('Call', id, given));
    }), { seed: 9, numRuns: 300 });
  });

  it('clips an over-long name to FtM\'s limit, counting characters, not UTF-16 units', () => {
    const long = '😀'.repeat(400);
    const parsed = JSON.parse(new FtmLine().start('Person', 'p').one('name', long).line()) as { properties: { name: string[] } };
    expect([...(parsed.properties.name[0] ?? '')]).toHaveLength(380);
  });
});

describe('sha256Hex40', () => {
  const reference = (text: string) => bytesToHex(sha256(new TextEncoder().encode(text))).slice(0, 40);

  it('gives the first 160 bits of noble\'s SHA-256 at every padding boundary (55, 56, 63, 64 bytes…) and for long texts', () => {
    for (const length of [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_000]) expect(sha256Hex40('x'.repeat(length)), `${length} bytes`).toBe(reference('x'.repeat(length)));
    expect(sha256Hex40('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a3');
  });

  it('gives noble\'s answer on any text, Burmese, emoji and lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(sha256Hex40(text)).toBe(reference(text));
    }), { seed: 9, numRuns: 500 });
  });
});
