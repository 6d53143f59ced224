// One file nobody could classify does not stop a case: the rest is analysed, the report written, exit 3.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers.ts';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_SOME_FILES_NOT_READ, main } from '../../src/cli/main.ts';

const output = captureOutput();

/** A small case: people, their phones, calls between them, and one file of notes nobody could classify. */
function caseFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-exit-'));
  writeFileSync(join(dir, 'people.csv'), 'person_id,name,nationality\nP-1,Budi Santoso,Indonesia\nP-2,Aung Kyaw,Myanmar\nP-3,Somchai Dee,Thailand\n');
  writeFileSync(join(dir, 'phones.csv'), 'msisdn,subscriber_person_id\n6281234567890,P-1\n959781234567,P-2\n66812345678,P-3\n');
  writeFileSync(join(dir, 'calls.csv'), 'A_NUMBER,B_NUMBER,START_TIME\n6281234567890,959781234567,2024-03-01 10:00:00\n959781234567,66812345678,2024-03-02 11:00:00\n6281234567890,66812345678,2024-03-03 12:00:00\n');
  writeFileSync(join(dir, 'field_notes.csv'), 'foo,bar,baz\nblue,7,x\ngreen,9,y\nred,11,z\nwhite,13,w\n');
  return dir;
}

describe('simpul analyze: a case with one file nobody could classify', () => {
  it('analyses the rest, writes the report, lists the file with every row accounted for, and exits 3', async () => {
    const dir = caseFolder();
    const out = join(dir, 'out');
    expect(await main(['analyze', dir, '--out', out])).toBe(EXIT_SOME_FILES_NOT_READ);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      summary: { entities: number };
      ledger: { file: string; rows: number; imported: number; rejected: { line: number }[]; error?: { code: string; message: string } }[];
    };
    const notes = report.ledger.find((entry) => entry.file === 'field_notes.csv');
    expect(notes?.error?.code).toBe('UNCLASSIFIABLE_FILE');
    expect(notes?.rows).toBe(4);
    expect(notes?.imported).toBe(0);
    expect(notes?.rejected.map((row) => row.line)).toEqual([2, 3, 4, 5]);
    expect(notes?.error?.message).toMatch(/\{"type":"simpul-mapping","version":1,"files":\{"field_notes\.csv":\{"kind":/);
    expect(report.ledger.filter((entry) => !entry.error).every((entry) => entry.imported === entry.rows)).toBe(true);
    expect(report.summary.entities).toBeGreaterThanOrEqual(6);
    expect(output.stdout).toMatch(/Not read[^\n]*\n\s+field_notes\.csv — 4 rows/);
    expect(output.stdout).toMatch(/exit 3/);
    expect(output.stderr).toMatch(/field_notes\.csv: cannot tell what this file holds/);
  });

  it('stops at the first problem with --strict (exit 2, nothing written)', async () => {
    const dir = caseFolder();
    expect(await main(['analyze', dir, '--out', join(dir, 'out'), '--strict'])).toBe(EXIT_BAD_INPUT);
    expect(output.stderr).toMatch(/field_notes\.csv: cannot tell/);
    expect(() => readFileSync(join(dir, 'out', 'report.json'))).toThrow();
  });

  it('exits 0 when every file is read, and shows each file\'s kind and confidence', async () => {
    const dir = caseFolder();
    writeFileSync(join(dir, 'field_notes.csv'), 'person_a,person_b,relationship\nP-1,P-2,recruited\nP-2,P-3,drives for\n');
    expect(await main(['analyze', dir, '--out', join(dir, 'out')])).toBe(EXIT_OK);
    expect(output.stdout).toMatch(/phones\.csv\s+subscribers\s+confidence\s+\d+%/);
    expect(output.stdout).toMatch(/field_notes\.csv\s+associations/);
  });
});
