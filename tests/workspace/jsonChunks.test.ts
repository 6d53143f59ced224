// The case file written in chunks is JSON.stringify's text byte for byte, whatever the values and the chunk size.
import fc from 'fast-check';
import { gunzipSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/core/workspace/jsonChunks.ts';
import { sealCase, serializeCase } from '../../src/core/workspace/openCase.ts';
import { caseArb } from './caseArbitrary.ts';

function joinedText(value: unknown, size: number): string {
  return [...jsonChunks(value, size)].map((chunk) => new TextDecoder().decode(chunk)).join('');
}

/** Null-prototype records, as the analysis keeps its per-entity records. */
function bare(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, entries);
}

describe('jsonChunks', () => {
  it.each([
    ['an empty object', {}],
    ['an empty array', []],
    ['a bare string', 'x'],
    ['undefined in an object and in an array', { a: undefined, b: [undefined, 1, () => 1], c: 2 }],
    ['only undefined keys', { a: undefined, b: () => 0 }],
    ['a first key left out', { gone: undefined, kept: { deep: { deeper: [1, { x: undefined }] } } }],
    ['a date (toJSON) at every depth', { at: new Date(0), list: [new Date(1)], deep: { deeper: { at: new Date(2) } } }],
    ['a null-prototype record keyed by data', { analysis: { clusterOf: bare({ 'phone:+62812': 'C1', toJSON: 'C2', __proto__x: 'C3' }) } }],
    ['non-finite numbers and negative zero', { a: [NaN, Infinity, -0], b: { c: -Infinity } }],
    ['lone surrogates and non-Latin text', { name: 'ထွန်း \ud800 名字', list: ['\udfff'] }],
    ['integer-like keys (ordered first)', { b: 1, 2: 'two', a: { 1: 'x', z: 'y', 0: 'w' } }],
  ])('writes %s as JSON.stringify does', (_name, value) => {
    for (const size of [1, 7, 1 << 20]) expect(joinedText(value, size)).toBe(JSON.stringify(value));
  });

  it('writes any JSON-like value as JSON.stringify does, in chunks of any size (property)', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withDate: true, withBoxedValues: true, withSparseArray: true, maxDepth: 5 }),
      fc.integer({ min: 1, max: 200 }), (value, size) => {
        expect(joinedText(value, size)).toBe(JSON.stringify(value) ?? '');
      }), { seed: 9, numRuns: 300 });
  });

  it('yields chunks of about the size asked, never the whole text at once', () => {
    const value = { model: { entities: Array.from({ length: 2000 }, (_, index) => ({ id: `phone:+62812${index}`, label: 'x'.repeat(40) })) } };
    const chunks = [...jsonChunks(value, 4096)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(4096 + 200);
  });
});

describe('serializeCase in chunks', () => {
  it('writes the sealed file of the case as one JSON.stringify would, gzipped or not (property)', () => {
    fc.assert(fc.property(caseArb, (data) => {
      const plain = serializeCase(data, { savedAt: '2025-01-31T09:00:00.000Z', compressAbove: Infinity });
      const { sha256: _seal, ...file } = JSON.parse(strFromU8(plain)) as Record<string, unknown>;
      expect(plain).toEqual(sealCase(strToU8(JSON.stringify(file))));
      expect(gunzipSync(serializeCase(data, { savedAt: '2025-01-31T09:00:00.000Z', compressAbove: 0 }))).toEqual(plain);
    }), { seed: 9, numRuns: 60 });
  });
});
