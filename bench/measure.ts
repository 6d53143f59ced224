// One measurement in its own process (so peak RSS is its own): `raw DIR` parses every file with plain
// papaparse; `pipeline DIR` runs the CLI pipeline stage by stage and scores crew recovery.
// Prints one JSON line. Used by bench/run.ts.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readInputs } from '../src/cli/readInputs.ts';
import { analyseModel, buildCase, prepareFiles } from '../src/core/pipeline.ts';
import { buildReport } from '../src/core/report/reportModel.ts';
import { writeExports } from '../src/cli/writeExports.ts';
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
  const { model } = buildCase(prepared, { strict: true, releaseRows: true });
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
  // NOTE: what `simpul analyze --out` does after the pipeline: the report model and every export
  // (written to memory here, so disk speed is not measured).
  const report = buildReport(model, analysis, [], { generatorVersion: SIMPUL_VERSION, generatedAt: new Date(0).toISOString() });
  await writeExports('', { report, model, analysis, options: { language: 'en' } }, () => undefined);
  lap('report+exports');
  const f1 = crewRecoveryF1(join(dir, 'answer-key.json'), analysis.clusterOf);
  console.log(JSON.stringify({
    ...crewRecoveryDetail(join(dir, "answer-key.json"), analysis.clusterOf), stages, cpu, liveMb, peakMbBy, seconds: Object.values(stages).reduce((a, b) => a + b, 0), cpuSeconds: Object.values(cpu).reduce((a, b) => a + b, 0), peakMb: peakMb(), f1,
    entities: model.entities.length, links: model.links.length, clusters: analysis.clusters.length, hubs: analysis.hubs.length,
  }));
}
