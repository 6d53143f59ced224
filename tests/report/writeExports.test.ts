// The CLI's --out folder: every export from the one list, written through the caller's writer.
import { describe, expect, it } from 'vitest';
import { writeExports } from '../../src/cli/writeExports.ts';
import { EXPORTS } from '../../src/core/report/exportAll.ts';
import { sampleCase } from './fixtures.ts';

describe('writeExports', () => {
  it('writes every export named in EXPORTS, each non-empty', { timeout: 30_000 }, async () => {
    const { report, model, analysis } = sampleCase();
    const written = new Map<string, string | Uint8Array>();
    const names = await writeExports('/out', { report, model, analysis }, (name, content) => written.set(name, content));
    expect(names.sort()).toEqual(EXPORTS.map(({ name }) => name).sort());
    for (const name of names) expect(written.get(name)?.length, name).toBeGreaterThan(100);
    expect(JSON.parse(String(written.get('report.json')))).toEqual(report);
  });
});
