// Saving and opening a case: what goes out comes back, old files migrate, damaged or foreign files are refused.
import fc from 'fast-check';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isSimpulError, type SimpulErrorCode } from '../../src/core/model/errors.ts';
import { caseFileName, type CaseData } from '../../src/core/workspace/caseFile.ts';
import { COMPRESS_ABOVE, MAX_CASE_BYTES, openCase, openCaseFile, sealCase, serializeCase, type OpenOptions } from '../../src/core/workspace/openCase.ts';
import { emptyNotes, setClusterNote, setEntityNote } from '../../src/core/workspace/notes.ts';
import { sampleCase } from '../report/fixtures.ts';
import { caseArb } from './caseArbitrary.ts';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

function sampleData(): CaseData {
  const { model, ledger, analysis, mapping } = sampleCase();
  const person = model.entities.find((entity) => entity.type === 'person');
  return {
    mapping, model, ledger, analysis,
    files: ledger.map((entry) => ({ name: entry.file, rows: entry.rows })),
    parameters: { seed: 42, resolution: 1, stabilityRuns: 20, from: '', to: '', hubOverrides: { neverHub: [] } },
    view: { positions: person ? { [person.id]: { x: 10.5, y: -3 } } : {}, hidden: person ? [person.id] : [] },
    notes: setClusterNote(setEntityNote(emptyNotes(), person?.id ?? '', 'met the recruiter in Mae Sot'), 'C1', 'the Myawaddy crew'),
  };
}

/** Parses the JSON of a saved case, changes it, and gives back bytes. */
function edited(data: CaseData, change: (file: Record<string, unknown>) => void): Uint8Array {
  const { sha256: _seal, ...file } = JSON.parse(strFromU8(serializeCase(data, { compressAbove: Infinity }))) as Record<string, unknown>;
  change(file);
  // sealed again: these files are well made but wrong inside, and must be refused for what is wrong
  return sealCase(strToU8(JSON.stringify(file)));
}

function refusal(bytes: Uint8Array, name = 'case.simpul.json', options: OpenOptions = {}): { code: SimpulErrorCode; message: string } {
  try {
    openCaseFile(bytes, name, options);
  } catch (error) {
    if (isSimpulError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the case file was accepted');
}

describe('serializeCase and openCase', () => {
  it('give back an equal case, below and above the compression threshold (property)', () => {
    fc.assert(fc.property(caseArb, fc.boolean(), (data, compress) => {
      const bytes = serializeCase(data, { savedAt: '2025-01-31T09:00:00.000Z', compressAbove: compress ? 0 : Infinity });
      expect(isGzip(bytes)).toBe(compress);
      expect(openCase(bytes, 'case.simpul.json')).toEqual(data);
    }), { numRuns: 150 });
  });

  it('gzips the sample case once it passes 1 MB, and opens it again', () => {
    const data = sampleData();
    const small = serializeCase(data);
    expect(isGzip(small)).toBe((isGzip(small) ? gunzipSync(small) : small).length > COMPRESS_ABOVE);
    const big: CaseData = { ...data, notes: setClusterNote(data.notes, 'C2', 'ผู้เสียหาย '.repeat(120_000)) };
    const bytes = serializeCase(big, { savedAt: '2025-01-31T09:00:00.000Z' });
    expect(isGzip(bytes)).toBe(true);
    expect(gunzipSync(bytes).length).toBeGreaterThan(COMPRESS_ABOVE);
    const opened = openCaseFile(bytes, 'big.simpul.json');
    expect(opened.data).toEqual(big);
    expect(opened).toMatchObject({ savedAt: '2025-01-31T09:00:00.000Z', generator: { name: 'simpul' } });
    expect(opened.migratedFrom).toBeUndefined();
  });

  it('refuses to write a case larger than opening accepts (CASE_TOO_LARGE), and writes one exactly at the limit', () => {
    const data = sampleData();
    const size = serializeCase(data, { savedAt: 'x', compressAbove: Infinity }).length;
    expect(() => serializeCase(data, { savedAt: 'x', maxBytes: size - 1 })).toThrow(expect.objectContaining({ code: 'CASE_TOO_LARGE' }));
    expect(openCase(serializeCase(data, { savedAt: 'x', maxBytes: size }), 'case.simpul.json')).toEqual(data);
  });

  it('writes the same bytes for the same case and time', () => {
    const data = sampleData();
    expect(serializeCase(data, { savedAt: 'x', compressAbove: 0 })).toEqual(serializeCase(data, { savedAt: 'x', compressAbove: 0 }));
  });

  it('migrates a version 1 file: flat notes keyed entity:/cluster:, no hidden list', () => {
    const data = sampleData();
    const person = Object.keys(data.notes.entities)[0] ?? '';
    const bytes = edited(data, (file) => {
      file.version = 1;
      file.notes = { [`entity:${person}`]: data.notes.entities[person], 'cluster:C1': 'the Myawaddy crew' };
      file.view = { positions: data.view.positions };
    });
    const opened = openCaseFile(bytes, 'old.simpul.json');
    expect(opened.migratedFrom).toBe(1);
    expect(opened.data).toEqual({ ...data, view: { ...data.view, hidden: [] } });
  });

  it('names the file for download with one extension', () => {
    expect(caseFileName('Operasi Myawaddy / 2024')).toBe('Operasi-Myawaddy-2024.simpul.json');
    expect(caseFileName('')).toBe('case.simpul.json');
    expect(caseFileName('Operasi Myawaddy / 2024', true)).toBe('Operasi-Myawaddy-2024.simpul.json.gz');
  });
});

describe('openCase refuses', () => {
  const data = sampleData();

  it.each<[string, () => Uint8Array, SimpulErrorCode, RegExp]>([
    ['a truncated gzip', () => serializeCase(data, { compressAbove: 0 }).slice(0, 500), 'CASE_FILE_INVALID', /case\.simpul\.json is a damaged gzip file/],
    ['a gzip claiming to unpack to 4 GB', () => {
      const bytes = serializeCase(data, { compressAbove: 0 }).slice();
      bytes.set([0xff, 0xff, 0xff, 0xff], bytes.length - 4);
      return bytes;
    }, 'CASE_FILE_INVALID', /is a damaged gzip file \(it claims to unpack to 4294967295 bytes/],
    ['bad JSON', () => strToU8('{"type": "simpul-case", "version": 2,'), 'CASE_FILE_INVALID', /is not valid JSON/],
    ['bytes that are not UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'CASE_FILE_INVALID', /is not UTF-8 text/],
    ['a report.json', () => strToU8(JSON.stringify(sampleCase().report)), 'CASE_FILE_INVALID', /is a Simpul report \(report\.json\), not a case file/],
    ['a JSON list', () => strToU8('[1,2]'), 'CASE_FILE_INVALID', /\(top\) must be an object/],
    ['a newer version', () => edited(data, (file) => { file.version = 4; }), 'CASE_FILE_VERSION', /saved by a newer Simpul \(case file version 4\)/],
    ['an unknown version', () => edited(data, (file) => { file.version = '2'; }), 'CASE_FILE_VERSION', /case file version "2"/],
    ['an entity with a non-string key', () => edited(data, (file) => { at(file, 'model', 'entities', 12).key = 42; }), 'CASE_FILE_INVALID', /model\.entities\[12\]\.key must be text/],
    ['a negative line number', () => edited(data, (file) => { at(file, 'model', 'entities', 3).sources = [{ file: 'a.csv', lines: [2, -1] }]; }), 'CASE_FILE_INVALID',
      /model\.entities\[3\]\.sources\[0\]\.lines must be a list of line numbers \(whole numbers from 1\), found -1/],
    ['an entity id that is not type:key', () => edited(data, (file) => { at(file, 'model', 'entities', 0).id = 'person:someone-else'; }), 'CASE_FILE_INVALID', /model\.entities\[0\]\.id must be/],
    ['a link to a missing entity', () => edited(data, (file) => {
      const link = at(file, 'model', 'links', 5);
      link.target = 'person:ghost';
      link.id = `${String(link.type)}|${String(link.source)}|person:ghost`;
    }), 'CASE_FILE_INVALID', /model\.links\[5\]\.target names "person:ghost", which is not an entity/],
    ['a position out of range', () => edited(data, (file) => {
      const id = Object.keys(data.view.positions)[0] ?? '';
      at(file, 'view').positions = { [id]: { x: 1e308, y: 0 } };
    }), 'CASE_FILE_INVALID', /view\.positions\[".*"\]\.x is out of range: it must be at most 1000000000, found 1e\+308/],
    ['a count past the safe whole numbers', () => edited(data, (file) => { at(file, 'model', 'links', 2).count = 2 ** 60; }), 'CASE_FILE_INVALID', /model\.links\[2\]\.count is out of range/],
    ['a number too large for JSON', () => strToU8(strFromU8(edited(data, (file) => { at(file, 'analysis', 'parameters').resolution = 7777; })).replace('7777', '1e999')), 'CASE_FILE_INVALID', /damaged|out of range/],
    ['a note on an unknown entity', () => edited(data, (file) => { at(file, 'notes').entities = { 'person:ghost': 'x' }; }), 'CASE_FILE_INVALID', /notes\.entities\["person:ghost"\]/],
    ['a position that is not a number', () => edited(data, (file) => {
      const id = Object.keys(data.view.positions)[0] ?? '';
      at(file, 'view').positions = { [id]: { x: 'left', y: 0 } };
    }), 'CASE_FILE_INVALID', /view\.positions\[".*"\]\.x must be a number/],
    ['a ledger entry with a bad rejection line', () => edited(data, (file) => { at(file, 'ledger', 0).rejected = [{ line: 0, reason: 'x' }]; }), 'CASE_FILE_INVALID', /ledger\[0\]\.rejected\[0\]\.line must be at least 1/],
    ['a cluster naming a missing member', () => edited(data, (file) => { at(file, 'analysis', 'clusters', 0).memberIds = ['phone:+0']; }), 'CASE_FILE_INVALID', /analysis\.clusters\[0\]\.memberIds\[0\] names "phone:\+0"/],
    ['a bad mapping', () => edited(data, (file) => { file.mapping = { type: 'simpul-mapping', version: 1, files: { 'a.csv': { kind: 'cdr' } } }; }), 'CASE_FILE_INVALID', /mapping: key files\["a\.csv"\]\.kind is "cdr"/],
    ['a version 1 file with a note of unknown scope', () => edited(data, (file) => { file.version = 1; file.notes = { 'phone:+1': 'x' }; }), 'CASE_FILE_INVALID', /notes\["phone:\+1"\] must be keyed "entity:<id>"/],
  ])('%s', (_name, make, code, message) => {
    const refused = refusal(make());
    expect(refused.code).toBe(code);
    expect(refused.message).toMatch(message);
  });

  it('leaves no prototype polluted', () => {
    refusal(strToU8('{"__proto__":{"polluted":"yes"},"type":"simpul-case","version":2}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('keys from data', () => {
  const HOSTILE = ['prototype', 'constructor', '__proto__', 'toString', 'hasOwnProperty'];

  function hostileCase(): CaseData {
    const data = sampleData();
    const [first, second] = data.model.entities;
    const attributes = JSON.parse(`{${HOSTILE.map((key, i) => `"${key}":"value ${i}"`).join(',')}}`) as Record<string, string>;
    const entities = data.model.entities.map((entity) => (entity === first ? { ...entity, attributes } : entity));
    const links = data.model.links.map((link, i) => (i === 0 ? { ...link, amounts: JSON.parse('{"constructor":1500.5,"__proto__":2}') as Record<string, number> } : link));
    const notes = { entities: { [second?.id ?? '']: 'seen in Poipet' }, clusters: JSON.parse('{"constructor":"crew note","__proto__":"other note"}') as Record<string, string> };
    return { ...data, model: { entities, links }, notes };
  }

  it.each(HOSTILE)('a column named %s is just a column: the case saves, opens and keeps its value', (key) => {
    const data = hostileCase();
    const opened = openCase(serializeCase(data, { compressAbove: Infinity }), 'hostile.simpul.json');
    const attributes = opened.model.entities[0]?.attributes ?? {};
    expect(Object.getOwnPropertyDescriptor(attributes, key)?.value).toBe(`value ${HOSTILE.indexOf(key)}`);
    expect(Object.keys(attributes).sort()).toEqual([...HOSTILE].sort());
  });

  it('keeps currencies and cluster notes named constructor and __proto__, compressed or not', () => {
    for (const compressAbove of [0, Infinity]) {
      const opened = openCase(serializeCase(hostileCase(), { compressAbove }), 'hostile.simpul.json');
      expect(Object.entries(opened.model.links[0]?.amounts ?? {})).toEqual([['constructor', 1500.5], ['__proto__', 2]]);
      expect(Object.entries(opened.notes.clusters)).toEqual([['constructor', 'crew note'], ['__proto__', 'other note']]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('can be cloned as postMessage clones it, and opens again after the clone', () => {
    const opened = openCase(serializeCase(hostileCase(), { compressAbove: Infinity }), 'hostile.simpul.json');
    const cloned = structuredClone(opened);
    expect(Object.keys(cloned.model.entities[0]?.attributes ?? {}).sort()).toEqual([...HOSTILE].sort());
    expect(openCase(serializeCase(cloned, { compressAbove: Infinity }), 'again.simpul.json')).toEqual(opened);
  });
});

describe('integrity: the SHA-256 seal', () => {
  const data = sampleData();
  const bytes = serializeCase(data, { savedAt: '2025-01-31T09:00:00.000Z', compressAbove: Infinity });

  it('starts the file with the SHA-256 of the rest', () => {
    expect(strFromU8(bytes.subarray(0, 11))).toBe('{"sha256":"');
    expect(JSON.parse(strFromU8(bytes)).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file with any one byte changed, saying it is damaged (property)', () => {
    fc.assert(fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (position, flip) => {
      const damaged = bytes.slice();
      damaged[position] = (damaged[position] ?? 0) ^ flip;
      const refused = refusal(damaged);
      expect(refused.code).toBe('CASE_FILE_INVALID');
      expect(refused.message).toMatch(/damaged|not valid JSON|not UTF-8|not a Simpul case file|must be/);
    }), { seed: 9, numRuns: 200 });
  });

  it('refuses a compressed file with a byte changed (property)', () => {
    const packed = serializeCase(data, { compressAbove: 0 });
    fc.assert(fc.property(fc.integer({ min: 10, max: packed.length - 9 }), fc.integer({ min: 1, max: 255 }), (position, flip) => {
      const damaged = packed.slice();
      damaged[position] = (damaged[position] ?? 0) ^ flip;
      expect(refusal(damaged).code).toBe('CASE_FILE_INVALID');
    }), { seed: 10, numRuns: 60 });
  });

  it('says which: a changed byte in the content is "damaged", not a JSON error', () => {
    const text = strFromU8(bytes);
    const damaged = strToU8(text.replace('"seed":42', '"seed":43'));
    expect(refusal(damaged).message).toMatch(/is damaged: its content does not match the SHA-256/);
  });

  it('opens a version 2 file (no seal) and migrates it', () => {
    const { sha256: _seal, ...file } = JSON.parse(strFromU8(bytes)) as Record<string, unknown>;
    const opened = openCaseFile(strToU8(JSON.stringify({ ...file, version: 2 })), 'v2.simpul.json');
    expect(opened.migratedFrom).toBe(2);
    expect(opened.data).toEqual(openCase(bytes, 'v3.simpul.json'));
  });

  it('refuses a version 3 file whose seal was removed', () => {
    const { sha256: _seal, ...file } = JSON.parse(strFromU8(bytes)) as Record<string, unknown>;
    expect(refusal(strToU8(JSON.stringify(file))).message).toMatch(/is damaged: a case file of version 3 starts with the SHA-256/);
  });

  it('refuses a gzip bomb while inflating, as too large, whatever size its trailer states', () => {
    const size = 4 * 1024 * 1024;
    const bomb = gzipSync(new Uint8Array(size).fill(0x20), { level: 9 });
    bomb.set([0x10, 0, 0, 0], bomb.length - 4); // the trailer claims 16 bytes
    const refused = refusal(bomb, 'bomb.simpul.json', { maxBytes: 1024 * 1024 });
    expect(refused.message).toMatch(/bomb\.simpul\.json is too large: it unpacks to more than 1 MB, and a case file may hold up to 1 MB/);
    expect(MAX_CASE_BYTES).toBeLessThan(2 ** 29);
  });

  it('never crashes on random bytes or random JSON: it opens or throws a SimpulError (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.json().map((json) => strToU8(json))), (bytes) => {
      try {
        openCase(bytes, 'x.simpul.json');
      } catch (error) {
        expect(isSimpulError(error)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});

/** Walks into parsed JSON for a test edit; fails the test when the path is not there. */
function at(root: Record<string, unknown>, ...path: (string | number)[]): Record<string, unknown> {
  let value: unknown = root;
  for (const step of path) {
    value = (value as Record<string | number, unknown>)[step];
    if (typeof value !== 'object' || value === null) throw new Error(`no ${path.join('.')} in the case file`);
  }
  return value as Record<string, unknown>;
}
