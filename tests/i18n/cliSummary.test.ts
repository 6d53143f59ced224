// `simpul analyze --lang id`: the printed summary in Bahasa Indonesia.
import { describe, expect, it } from 'vitest';

describe('the CLI summary in Indonesian', () => {
  it('prints the summary in the language asked for with --lang', async () => {
    const { parseArgs } = await import('../../src/cli/args.ts');
    const { summarise } = await import('../../src/cli/summary.ts');
    const { runPipeline } = await import('../../src/core/pipeline.ts');
    const { buildReport } = await import('../../src/core/report/reportModel.ts');
    expect(parseArgs(['analyze', 'x.csv', '--out', 'o', '--lang', 'id']).lang).toBe('id');
    expect(() => parseArgs(['analyze', 'x.csv', '--out', 'o', '--lang', 'xx'])).toThrow(expect.objectContaining({ code: 'ARGUMENT_INVALID' }));
    const text = 'A_NUMBER,B_NUMBER,START_TIME\n+6281234567890,+66812345678,2024-03-01 10:15:00\n+6281234567890,+66812345678,2024-03-02 10:15:00\n';
    const result = runPipeline([{ name: 'calls.csv', bytes: new TextEncoder().encode(text) }], {});
    const report = buildReport(result.model, result.analysis, result.ledger, { generatorVersion: '0.0.0', generatedAt: '2026-01-01T00:00:00Z' });
    expect(summarise(report, 'id')).toMatch(/^Simpul .* — seed 42, resolusi 1\nMembaca 1 berkas, 2 baris \(0 ditolak/);
    expect(summarise(report, 'en')).toMatch(/\nRead 1 file, 2 rows \(0 rejected/);
  });
});
