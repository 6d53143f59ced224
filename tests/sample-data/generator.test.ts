// The training-case generator: deterministic, well-formed, and its answer key agrees with its files.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { generateCase, type GenerateResult } from '../../sample-data/generate.ts';
import { readBack } from '../../sample-data/generator/phones.ts';
import type { Iso2 } from '../../sample-data/generator/types.ts';

const dirs: string[] = [];
let result: GenerateResult;
let dirA = '';

function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-sample-'));
  dirs.push(dir);
  return dir;
}

/** Every field of every CSV in a directory, split naively (the generator quotes only amounts and names). */
function allFields(dir: string): Set<string> {
  const fields = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    for (const line of text.split(/\r?\n/).slice(1)) {
      for (const field of line.split(/[,;\t|]/)) fields.add(field.replace(/"/g, '').trim());
    }
  }
  return fields;
}

beforeAll(async () => {
  dirA = fresh();
  result = await generateCase({ out: dirA, seed: 7, calls: 3000 });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('generateCase', () => {
  it('writes byte-identical files for the same seed', async () => {
    const dirB = fresh();
    await generateCase({ out: dirB, seed: 7, calls: 3000 });
    const names = readdirSync(dirA).sort();
    expect(readdirSync(dirB).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(dirB, name)).equals(readFileSync(join(dirA, name))), name).toBe(true);
  });

  it('writes different data for a different seed', async () => {
    const dirC = fresh();
    await generateCase({ out: dirC, seed: 8, calls: 3000 });
    expect(readFileSync(join(dirC, 'cdr_mytel_MM.csv')).equals(readFileSync(join(dirA, 'cdr_mytel_MM.csv')))).toBe(false);
  });

  it('writes at least eight CSV files, none of them empty', () => {
    const csvs = readdirSync(dirA).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(8);
    for (const [file, rows] of Object.entries(result.files)) expect(rows, file).toBeGreaterThan(0);
  });

  it('keeps the training case modest: 120–200 persons, 2,000–4,000 calls, 400–800 transfers', () => {
    const f = result.files;
    const calls = ['cdr_mytel_MM.csv', 'cdr_telkomsel_ID.csv', 'cdr_smart_KH.csv', 'cdr_globe_PH.csv'].reduce((s, n) => s + (f[n] ?? 0), 0);
    const transfers = ['transfers_bank_TH.csv', 'mutasi_rekening_ID.csv', 'crypto_usdt_trc20.csv'].reduce((s, n) => s + (f[n] ?? 0), 0);
    const persons = new Set(result.answerKey.syndicates.flatMap((s) => s.members.filter((m) => m.type === 'person').map((m) => m.key)));
    expect(persons.size).toBeGreaterThanOrEqual(115);
    expect(persons.size).toBeLessThanOrEqual(200);
    expect(calls).toBeGreaterThanOrEqual(2000);
    expect(calls).toBeLessThanOrEqual(4000);
    expect(transfers).toBeGreaterThanOrEqual(400);
    expect(transfers).toBeLessThanOrEqual(800);
  });

  it('writes the persons file for Indonesian police with a BOM and ";"', () => {
    const text = readFileSync(join(dirA, 'persons_field_ID.csv'), 'utf8');
    expect(text.startsWith('\uFEFFid_orang;nama;alias;kewarganegaraan;')).toBe(true);
  });
});

describe('answer key', () => {
  it('lists only valid E.164 phones', () => {
    const key = result.answerKey;
    const phones = [...key.syndicates.flatMap((s) => s.members), ...key.brokers, ...key.hubs].filter((m) => m.type === 'phone');
    expect(phones.length).toBeGreaterThan(50);
    for (const { key: e164 } of phones) {
      expect(e164).toMatch(/^\+\d{7,15}$/);
      const parsed = parsePhoneNumberFromString(e164);
      expect(parsed?.isValid(), e164).toBe(true);
      expect(parsed?.number).toBe(e164);
    }
  });

  it('has five syndicates, of which only S5 is single-country (Indonesia)', () => {
    const key = result.answerKey;
    expect(key.syndicates).toHaveLength(5);
    const single = key.syndicates.filter((s) => !s.crossBorder);
    expect(single.map((s) => s.id)).toEqual(['S5']);
    expect(single[0]?.countries).toEqual(['ID']);
  });

  it('lists persons that exist in a persons file', () => {
    const ids = new Set<string>();
    for (const file of ['persons_field_ID.csv', 'persons_partner_agencies.csv']) {
      const lines = readFileSync(join(dirA, file), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1);
      for (const line of lines) ids.add(line.split(/[;,]/)[0] ?? '');
    }
    const key = result.answerKey;
    const persons = [...key.syndicates.flatMap((s) => s.members), ...key.brokers, ...key.decoys].filter((m) => m.type === 'person');
    for (const p of persons) expect(ids.has(p.key), p.key).toBe(true);
  });

  it('finds every member, broker and hub written somewhere in the files', () => {
    const fields = allFields(dirA);
    const phones = new Set<string>();
    const accounts = new Set<string>();
    for (const field of fields) {
      for (const country of ['ID', 'MM', 'KH', 'PH', 'TH'] as Iso2[]) {
        const e164 = readBack(field, country);
        if (e164) phones.add(e164);
      }
      const compact = field.replace(/[\s.-]/g, '');
      if (/^\d{6,}$/.test(compact) || /^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(compact)) accounts.add(compact);
    }
    const key = result.answerKey;
    for (const m of [...key.syndicates.flatMap((s) => s.members), ...key.brokers, ...key.hubs]) {
      if (m.type === 'phone') expect(phones.has(m.key), m.key).toBe(true);
      else if (m.type === 'account') expect(accounts.has(m.key), m.key).toBe(true);
      else expect(fields.has(m.key), m.key).toBe(true);
    }
  });

  it('reports each planted bad row at the line where it is', () => {
    expect(result.badRows.length).toBeGreaterThanOrEqual(5);
    for (const bad of result.badRows) {
      const lines = readFileSync(join(dirA, bad.file), 'utf8').split(/\r?\n/);
      const line = lines[bad.line - 1] ?? '';
      if (bad.file === 'cdr_mytel_MM.csv') expect(line.startsWith('N/A,,')).toBe(true);
      if (bad.what.includes('31/02/2024')) expect(line.startsWith('31/02/2024;')).toBe(true);
      if (bad.what.includes('7 fields')) expect(line.split(';')).toHaveLength(7);
      if (bad.file === 'persons_partner_agencies.csv') expect(line.startsWith(',,')).toBe(true);
      if (bad.file === 'transfers_bank_TH.csv') expect(line.split(',')[3]).toBe('');
    }
  });
});
