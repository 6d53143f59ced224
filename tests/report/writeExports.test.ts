// The CLI's --out folder: every export from the one list, written through the caller's writer.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeExports } from '../../src/cli/writeExports.ts';
import { EXPORTS, exportOne } from '../../src/core/report/exportAll.ts';
import { sampleCase } from './fixtures.ts';

describe('writeExports', () => {
  it('writes every export named in EXPORTS, each non-empty', { timeout: 30_000 }, async () => {
    const { report, model, analysis } = sampleCase();
    const written = new Map<string, Uint8Array[]>();
    const names = await writeExports('/out', { report, model, analysis }, (name, chunk, first) => {
      if (first) written.set(name, []);
      written.get(name)?.push(chunk);
    });
    expect(names.sort()).toEqual(EXPORTS.map(({ name }) => name).sort());
    const bytes = (name: string) => Buffer.concat(written.get(name) ?? []);
    for (const name of names) expect(bytes(name).length, name).toBeGreaterThan(100);
    expect(JSON.parse(bytes('report.json').toString('utf8'))).toEqual(report);
    // NOTE: the two GEXF versions are written together, their chunks interleaved: each file must still be itself.
    for (const name of ['graph.gexf', 'graph-gexf1.2.gexf'] as const) expect(bytes(name).toString('utf8'), name).toBe(await exportOne(name, { report, model, analysis }));
    // The dossier prints the fingerprint of report.json as written (hashed as it streamed by, by Node's crypto).
    expect(bytes('report.html').toString('utf8')).toContain(createHash('sha256').update(bytes('report.json')).digest('hex'));
  });
});
