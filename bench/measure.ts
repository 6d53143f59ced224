// One measurement in its own process (so peak RSS is its own): `raw DIR` parses every file with plain
// papaparse; `pipeline DIR` runs the CLI pipeline stage by stage and scores crew recovery.
// Prints one JSON line. Used by bench/run.ts.

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readInputs } from '../src/cli/readInputs.ts';
import { analyseModel, buildCase, prepareFiles } from '../src/core/pipeline.ts';
import { buildReport } from '../src/core/report/reportModel.ts';
import { FolderWriter, writeExports } from '../src/cli/writeExports.ts';
import { SIMPUL_VERSION } from '../src/core/version.ts';
import { crewRecoveryDetail, crewRecoveryF1 } from './crewRecovery.ts';

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'raw' && mode !== 'pipeline')) throw new Error('usage: measure.ts raw|pipeline DIR');

const now = () => performance.now() / 1000;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

if (mode === 'raw') {
  // NOTE: the floor: read each file and let papaparse split it into rows, nothing else.
  const started = now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    rows += Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length;
  }
  const used = process.cpuUsage(cpuStarted);
  console.log(JSON.stringify({ seconds: now() - started, cpuSeconds: (used.user + used.system) / 1e6, rows, peakMb: peakMb() }));
} else {
  // Wall seconds, CPU seconds (user + system of this process: what the stage cost, steadier than wall time
  // on a shared machine) and the live heap after each stage (after a full GC when node runs with
  // --expose-gc; the GC itself is not charged to any stage).
  const stages: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  const liveMb: Record<string, number> = {};
  // NOTE: peak RSS so far at the end of each stage (before its GC): the stage where it jumps is the one
  // that set the process's peak.
  const peakMbBy: Record<string, number> = {};
  const gc = (globalThis as { gc?: () => void }).gc;
  const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  let mark = now();
  let cpuMark = cpuNow();
  const lap = (stage: string) => {
    const t = now();
    const c = cpuNow();
    stages[stage] = (stages[stage] ?? 0) + t - mark;
    cpu[stage] = (cpu[stage] ?? 0) + c - cpuMark;
    peakMbBy[stage] = peakMb();
    if (gc) {
      gc();
      liveMb[stage] = process.memoryUsage().heapUsed / 2 ** 20;
    }
    mark = now();
    cpuMark = cpuNow();
  };
  const inputs = readInputs([dir]);
  lap('read');
  const { prepared } = prepareFiles(inputs, { strict: true });
  lap('parse');
  const { model, ledger } = buildCase(prepared, { strict: true, releaseRows: true });
  lap('normalise+resolve');
  let clustered = false;
  let stable = false;
  const analysis = analyseModel(model, {
    onProgress: ({ stage, done, total }) => {
      if (stage === 'cluster' && done === total && !clustered) {
        clustered = true;
        lap('cluster');
      }
      if (stage === 'stability' && done === total && !stable) {
        stable = true;
        lap('stability');
      }
    },
  });
  lap('profile');
  // NOTE: what `simpul analyze --out` does after the pipeline: it holds neither the files' bytes nor the prepared
  // tables any more (the CLI lets them go), makes the report model and streams every export into its file, each
  // hashed for SHA256SUMS as it is written (here into a temporary folder, removed after the stage is timed).
  prepared.length = 0;
  inputs.length = 0;
  const out = mkdtempSync(join(tmpdir(), 'simpul-bench-exports-'));
  const report = buildReport(model, analysis, ledger, { generatorVersion: SIMPUL_VERSION, generatedAt: new Date(0).toISOString() });
  const folder = new FolderWriter(out);
  try {
    await writeExports(out, { report, model, analysis, options: { language: 'en' } }, folder.write);
  } finally {
    folder.close();
  }
  lap('report+exports');
  rmSync(out, { recursive: true, force: true });
  const f1 = crewRecoveryF1(join(dir, 'answer-key.json'), analysis.clusterOf);
  console.log(JSON.stringify({
    ...crewRecoveryDetail(join(dir, "answer-key.json"), analysis.clusterOf), stages, cpu, liveMb, peakMbBy, seconds: Object.values(stages).reduce((a, b) => a + b, 0), cpuSeconds: Object.values(cpu).reduce((a, b) => a + b, 0), peakMb: peakMb(), f1,
    entities: model.entities.length, links: model.links.length, clusters: analysis.clusters.length, hubs: analysis.hubs.length,
  }));
}
