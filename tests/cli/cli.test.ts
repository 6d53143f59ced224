// The command line as a user meets it: a real process, real files, exit codes and messages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function simpul(...args: string[]) {
  const run = spawnSync(tsx, ['src/cli/simpul.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'simpul-cli-'));
}

describe('simpul analyze', () => {
  it('writes report.json and clusters.csv for the sample case and prints a summary', () => {
    const out = tempDir();
    const run = simpul('analyze', 'sample-data/case', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Read \d+ files, \d+ rows/);
    expect(run.stdout).toMatch(/Hubs set aside/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ type: 'simpul-report', version: 1, generator: { name: 'simpul' }, parameters: { algorithm: 'louvain', seed: 42, resolution: 1 } });
    expect(readFileSync(join(out, 'clusters.csv'), 'utf8')).toMatch(/^\uFEFFcluster,type,key,label,country/);
  });

  it('gives the same report twice with the same seed, but for generatedAt', () => {
    const [a, b] = [tempDir(), tempDir()];
    expect(simpul('analyze', 'sample-data/case', '--out', a, '--seed', '7').status).toBe(0);
    expect(simpul('analyze', 'sample-data/case', '--out', b, '--seed', '7').status).toBe(0);
    const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const [first, second] = [read(a), read(b)];
    expect(first.generatedAt).not.toBe('');
    delete first.generatedAt;
    delete second.generatedAt;
    expect(second).toEqual(first);
    expect(readFileSync(join(b, 'clusters.csv'), 'utf8')).toBe(readFileSync(join(a, 'clusters.csv'), 'utf8'));
  });

  it('refuses a file that is not a CSV with exit 2 and a message, no stack trace', () => {
    const dir = tempDir();
    const file = join(dir, 'evidence.csv');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]));
    const run = simpul('analyze', file, '--out', join(dir, 'out'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/evidence\.csv is not a CSV text file.*save or export it as "CSV UTF-8"/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a missing file with exit 2 and a message', () => {
    const run = simpul('analyze', 'no/such/calls.csv', '--out', tempDir());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no\/such\/calls\.csv: no such file or folder/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses an unreadable mapping naming the key to fix', () => {
    const dir = tempDir();
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ type: 'simpul-mapping', version: 1, files: { 'x.csv': { kind: 'cdr' } } }));
    const run = simpul('analyze', 'sample-data/case', '--out', join(dir, 'out'), '--mapping', mapping);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/key files\["x\.csv"\]\.kind is "cdr"; use one of people/);
  });

  it('writes the detected mapping, which reads back to the same report', () => {
    const dir = tempDir();
    const mapping = join(dir, 'mapping.json');
    expect(simpul('analyze', 'sample-data/case', '--out', join(dir, 'a'), '--write-mapping', mapping).status).toBe(0);
    expect(JSON.parse(readFileSync(mapping, 'utf8')).files['cdr_telkomsel_ID.csv']).toMatchObject({ kind: 'calls', defaultCountry: 'ID', delimiter: '\t' });
    expect(simpul('analyze', 'sample-data/case', '--out', join(dir, 'b'), '--mapping', mapping).status).toBe(0);
    const clusters = (name: string) => readFileSync(join(dir, name, 'clusters.csv'), 'utf8');
    expect(clusters('b')).toBe(clusters('a'));
  });

  it('names a file it cannot classify and what would fix it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.csv'), 'foo,bar\n1,2\n');
    const run = simpul('analyze', join(dir, 'notes.csv'), '--out', join(dir, 'out'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/notes\.csv: cannot tell what this file holds.*mapping file/);
  });
});

describe('simpul analyze: hub overrides', () => {
  it('keeps a detected hub in the clustering when the analyst says it is not one', () => {
    const out = tempDir();
    expect(simpul('analyze', 'sample-data/case', '--out', out, '--not-hub', 'location:L-005').status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.hubs.map((hub: { key: string }) => hub.key)).not.toContain('L-005');
  });

  it('refuses an override that does not name TYPE:KEY', () => {
    const run = simpul('analyze', 'sample-data/case', '--out', tempDir(), '--hub', 'L-005');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--hub "L-005" must name an entity as TYPE:KEY/);
  });
});
