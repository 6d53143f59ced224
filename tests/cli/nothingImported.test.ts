// A file read as a kind whose every row is rejected (national numbers, no default country) gave the case nothing:
// the summary says per file how many rows were imported of how many, marks that file, gives the first reason, exit 3.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers.ts';
import { EXIT_OK, EXIT_SOME_FILES_NOT_READ, main } from '../../src/cli/main.ts';

const output = captureOutput();

/** Invented: a clear calls file, and one whose national numbers (0812…) fit Thailand and Indonesia alike. */
function caseFolder(national: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-none-'));
  writeFileSync(join(dir, 'calls.csv'), 'A_NUMBER,B_NUMBER,START_TIME\n6281234567890,6281398765432,2024-03-01 10:00:00\n6281398765432,6281377700001,2024-03-02 11:00:00\n');
  const number = national ? '0812345678' : '66812345678';
  const rows = Array.from({ length: 6 }, (_, index) => `${number},${national ? '0812345' : '66812345'}${String(600 + index)},0${index + 1}/03/2024 10:00:00`);
  writeFileSync(join(dir, 'other.csv'), ['A_NUMBER,B_NUMBER,START_TIME', ...rows].join('\n') + '\n');
  return dir;
}

describe('simpul analyze: a file read whose rows were all rejected', () => {
  it('says "0 of 6 rows imported", marks it, names the first rejected line, and exits 3', async () => {
    const dir = caseFolder(true);
    const code = await main(['analyze', dir, '--out', join(dir, 'out')]);
    expect(output.stdout).toMatch(/other\.csv\s+calls\s+confidence \d+%\s+0 of 6 rows imported\s+✗ nothing imported/);
    expect(output.stdout).toMatch(/every row was rejected[^\n]*line 2: /);
    expect(output.stdout).toMatch(/calls\.csv\s+calls\s+confidence \d+%\s+2 of 2 rows imported\n/);
    expect(output.stdout).toMatch(/Finished with 1 of 2 files not read/);
    expect(code).toBe(EXIT_SOME_FILES_NOT_READ);
  });

  it('says "6 of 6 rows imported" and exits 0 when the numbers carry their country', async () => {
    const dir = caseFolder(false);
    expect(await main(['analyze', dir, '--out', join(dir, 'out')])).toBe(EXIT_OK);
    expect(output.stdout).toMatch(/other\.csv\s+calls\s+confidence \d+%\s+6 of 6 rows imported/);
    expect(output.stdout).not.toMatch(/nothing imported/);
  });
});
