// The CLI is never a silent terminal: stage, share done and time run on stderr, rewritten in place on a
// terminal, a line per stage (and at most one per 15 s inside it) in a log; --no-progress says nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers.ts';
import { cliProgress } from '../../src/cli/progress.ts';
import { main } from '../../src/cli/main.ts';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  let clock = 0;
  const progress = cliProgress({ isTTY, write: (text: string) => written.push(text) }, 'en', () => clock);
  return { written, progress, advance: (ms: number) => { clock += ms; } };
}

describe('cliProgress', () => {
  it('writes a log line when a stage starts and at most one per 15 s inside it', () => {
    const { written, progress, advance } = recorder(false);
    progress.onProgress({ stage: 'normalise', done: 0, total: 400 });
    advance(5_000);
    progress.onProgress({ stage: 'normalise', done: 100, total: 400 });
    advance(11_000);
    progress.onProgress({ stage: 'normalise', done: 200, total: 400 });
    progress.onProgress({ stage: 'cluster', done: 0, total: 4 });
    progress.exporting('report.json');
    expect(written).toEqual([
      'simpul: Normalise 0% · 0:00\n',
      'simpul: Normalise 50% · 0:16\n',
      'simpul: Cluster 0% · 0:16\n',
      'simpul: writing report.json · 0:16\n',
    ]);
  });

  it('rewrites one line on a terminal, at most four times a second, and clears it at the end', () => {
    const { written, progress, advance } = recorder(true);
    progress.onProgress({ stage: 'profile', done: 1, total: 3 });
    advance(100);
    progress.onProgress({ stage: 'profile', done: 2, total: 3 });
    advance(200);
    progress.onProgress({ stage: 'profile', done: 3, total: 3 });
    progress.finish();
    expect(written).toEqual(['\rsimpul: Profile 33% · 0:00', '\rsimpul: Profile 100% · 0:00', `\r${' '.repeat(27)}\r`]);
  });

  it('says the stage in the reader\'s language', () => {
    const written: string[] = [];
    cliProgress({ write: (text: string) => written.push(text) }, 'id', () => 0).onProgress({ stage: 'cluster', done: 1, total: 4 });
    expect(written).toEqual(['simpul: Klaster 25% · 0:00\n']);
  });
});

/** Invented: three calls, enough for every stage to run. */
function tinyCase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-progress-'));
  writeFileSync(join(dir, 'calls.csv'), 'A_NUMBER,B_NUMBER,START_TIME\n6281234567890,6281398765432,2024-03-01 10:00:00\n6281398765432,6281377700001,2024-03-02 11:00:00\n6281234567890,6281377700001,2024-03-03 12:00:00\n');
  return dir;
}

describe('simpul analyze progress', () => {
  const output = captureOutput();

  it('goes to stderr by default and not at all with --no-progress', async () => {
    // NOTE: as in a log (the test runner's stderr may be a terminal).
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    const out = join(mkdtempSync(join(tmpdir(), 'simpul-progress-out-')), 'out');
    try {
      await main(['analyze', tinyCase(), '--out', out]);
    } finally {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    expect(output.stderr).toMatch(/^simpul: Read 100% · \d+:\d\d$/m);
    expect(output.stderr).toMatch(/^simpul: Profile \d+% · /m);
    expect(output.stderr).toMatch(/^simpul: writing report\.html · /m);
    expect(output.stdout).not.toMatch(/simpul: (Read|Profile) /);
    const quiet = join(mkdtempSync(join(tmpdir(), 'simpul-progress-out-')), 'out');
    const before = output.stderr.length;
    await main(['analyze', tinyCase(), '--out', quiet, '--no-progress']);
    expect(output.stderr.slice(before)).toBe('');
  });
});
