// Benchmarks (npm run bench): the core pipeline on generated cases of growing size, time per stage and memory.
// Targets live here, not in timed tests: a 1M-call case analyses in under 2 minutes and 4 GB on 2 cores.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readInputs } from '../src/cli/readInputs.ts';
import { runPipeline, type PipelineStage } from '../src/core/pipeline.ts';

const SIZES = (process.env.SIMPUL_BENCH_CALLS ?? '10000,100000,1000000').split(',').map(Number);
const TARGET_SECONDS_PER_MILLION = 120;
const TARGET_PEAK_MB = 4096;

interface Row { calls: number; rows: number; entities: number; links: number; clusters: number; seconds: number; peakMb: number; stages: Record<string, number> }

function bench(calls: number): Row {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-bench-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'sample-data/generate.ts', '--calls', String(calls), '--out', dir, '--seed', '11'], { stdio: 'ignore' });
  const stageStart = new Map<PipelineStage, number>();
  const stages: Record<string, number> = {};
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  const inputs = readInputs([dir]);
  const result = runPipeline(inputs, {
    strict: true, seed: 42,
    onProgress: ({ stage }) => {
      peak = Math.max(peak, process.memoryUsage().rss);
      if (!stageStart.has(stage)) stageStart.set(stage, performance.now());
      stages[stage] = (performance.now() - (stageStart.get(stage) ?? 0)) / 1000;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  rmSync(dir, { recursive: true, force: true });
  return {
    calls, rows: result.ledger.reduce((sum, entry) => sum + entry.rows, 0), entities: result.model.entities.length,
    links: result.model.links.length, clusters: result.analysis.clusters.length, seconds, peakMb: peak / 2 ** 20,
    stages: Object.fromEntries(Object.entries(stages).map(([stage, value]) => [stage, Math.round(value * 10) / 10])),
  };
}

let failed = false;
for (const calls of SIZES) {
  const row = bench(calls);
  const limit = (TARGET_SECONDS_PER_MILLION * Math.max(calls, 100_000)) / 1_000_000;
  const ok = row.seconds <= limit && row.peakMb <= TARGET_PEAK_MB;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'SLOW'} ${String(calls).padStart(8)} calls: ${row.rows} rows → ${row.entities} entities, ${row.links} links, ` +
      `${row.clusters} clusters in ${row.seconds.toFixed(1)} s (target ≤ ${limit.toFixed(0)} s), peak RSS ${row.peakMb.toFixed(0)} MB ` +
      `(target ≤ ${TARGET_PEAK_MB}); stage start→last progress (s): ${JSON.stringify(row.stages)}`,
  );
}
process.exit(failed ? 1 : 0);
