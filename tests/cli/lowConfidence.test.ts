// A file whose best reading is below the confidence floor is held out like an unreadable one: listed under
// "Not read", every row in the ledger with the guess as mapping lines, exit 3; stating its kind imports it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers.ts';
import { EXIT_OK, EXIT_SOME_FILES_NOT_READ, main } from '../../src/cli/main.ts';

const output = captureOutput();

const TARGET_ROWS = Array.from({ length: 12 }, (_, index) => {
  const day = String(1 + (index % 9)).padStart(2, '0');
  return `${index + 1},${index % 2 === 0 ? 'OUT' : 'IN'},08132200${String(100 + (index % 5)).padStart(4, '0')},${day}-03-2024,0${index % 10}:15:00,${60 + index * 7},35327470789${String(5500 + index)},JKT-SUDIRMAN-${1 + (index % 4)}`;
});

/** Invented: calls listed from one target's side (its number only in the title line), beside a clear calls file. */
function caseFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-low-'));
  writeFileSync(join(dir, 'calls.csv'), 'A_NUMBER,B_NUMBER,START_TIME\n6281234567890,6281398765432,2024-03-01 10:00:00\n6281398765432,6281377700001,2024-03-02 11:00:00\n6281234567890,6281377700001,2024-03-03 12:00:00\n');
  writeFileSync(join(dir, 'target.csv'), ['Nomor Target: 6281200000001 periode 01-03-2024 s/d 31-03-2024', 'No,Arah,Nomor Lawan,Tanggal,Jam,Durasi,IMEI,Lokasi BTS', ...TARGET_ROWS].join('\n') + '\n');
  return dir;
}

interface Ledger { file: string; rows: number; imported: number; rejected: { line: number }[]; error?: { code: string; message: string } }

describe('simpul analyze: a low-confidence reading', () => {
  it('holds the file out: Not read, every row counted with the guessed mapping lines, exit 3', async () => {
    const dir = caseFolder();
    const out = join(dir, 'out');
    expect(await main(['analyze', dir, '--out', out])).toBe(EXIT_SOME_FILES_NOT_READ);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { ledger: Ledger[] };
    const target = report.ledger.find((entry) => entry.file === 'target.csv');
    expect(target?.error?.code).toBe('UNCLASSIFIABLE_FILE');
    expect(target?.imported).toBe(0);
    expect(target?.rows).toBe(12);
    expect(target?.rejected).toHaveLength(12);
    expect(target?.error?.message).toMatch(/\{"type":"simpul-mapping","version":1,"files":\{"target\.csv":\{"kind":/);
    expect(output.stdout).toMatch(/Not read[^\n]*\n\s+target\.csv — 12 rows/);
    const readAs = output.stdout.slice(output.stdout.indexOf('Files read as:'), output.stdout.indexOf('Not read'));
    expect(readAs).toMatch(/calls\.csv/);
    expect(readAs).not.toMatch(/target\.csv/);
  });

  it('imports it once a mapping states its kind', async () => {
    const dir = caseFolder();
    const mapping = join(mkdtempSync(join(tmpdir(), 'simpul-low-map-')), 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ type: 'simpul-mapping', version: 1, files: { 'target.csv': { kind: 'calls', subjectNumber: '6281200000001', columns: { 'Nomor Lawan': 'phone_b', Tanggal: 'date', Jam: 'time', Durasi: 'duration', Arah: 'direction' } } } }));
    const out = join(dir, 'out');
    const code = await main(['analyze', dir, '--mapping', mapping, '--out', out, '--no-progress']);
    // NOTE: --no-progress: nothing on stderr at all, so a complaint about the file would show.
    expect(output.stderr).toBe('');
    expect(code).not.toBe(EXIT_SOME_FILES_NOT_READ);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { ledger: Ledger[] };
    expect(report.ledger.find((entry) => entry.file === 'target.csv')?.error).toBeUndefined();
    // NOTE: the mapping names the target (its number is only in the title): without it every row was rejected.
    expect(report.ledger.find((entry) => entry.file === 'target.csv')?.imported).toBe(12);
    expect(output.stderr).not.toMatch(/target\.csv: held out/);
    expect(EXIT_OK).toBe(0);
  });
});
