// npm run fuzz: ≥ 10,000 generated and mutated files through the in-process import. Every count must be 0.
// Usage: npm run fuzz [-- --files 10000 --seed 14]

import { parseArgs } from 'node:util';
import { FINDING_KINDS, checkFile, type Finding } from './fuzzCheck.ts';
import { fuzzFiles, seedFiles } from './fuzzFiles.ts';
import { parseTable } from '../src/core/ingest/parseTable.ts';

const { values } = parseArgs({ options: { files: { type: 'string', default: '10000' }, seed: { type: 'string', default: '14' } } });
const count = Number(values.files);
const seed = Number(values.seed);
const seeds = seedFiles(process.cwd());
const started = performance.now();
const files = fuzzFiles(count, seed, seeds);
const findings: Finding[] = [];
let slowest = { ms: 0, origin: '' };
files.forEach((file, i) => {
  // NOTE: one file in ten is also analysed, saved as a case and opened again (analysis costs more than import).
  const result = checkFile(file, i % 10 === 0);
  findings.push(...result.findings);
  if (result.ms > slowest.ms) slowest = { ms: result.ms, origin: file.origin };
  if ((i + 1) % 1000 === 0) process.stderr.write(`  ${i + 1} of ${files.length} files\n`);
});

// Linear time: the same hostile content at n and 2n characters (work counted by the reader).
let worstRatio = 0;
for (const unit of ['"a,b\n', 'a,"b""\r', '""x,y\r\n', 'x_'.repeat(50), '"\n', 'a\t"b\n\n']) {
  const once = unit.repeat(Math.ceil(50_000 / unit.length));
  try {
    const small = parseTable(once, 'f.csv').work;
    const large = parseTable(once + once, 'f.csv').work;
    worstRatio = Math.max(worstRatio, large / small);
  } catch { /* refused as empty: nothing to measure */ }
}

console.log(`fuzz: ${files.length} files (seed ${seed}; ${seeds.length} seed files mutated) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const kind of FINDING_KINDS) console.log(`  ${kind.padEnd(24)} ${findings.filter((finding) => finding.kind === kind).length}`);
console.log(`  slowest file             ${Math.round(slowest.ms)} ms (${slowest.origin})`);
console.log(`  reader work, 2x file     ${worstRatio.toFixed(2)}x (must stay under 2.5x)`);
for (const finding of findings.slice(0, 20)) console.log(`\n[${finding.kind}] ${finding.origin}\n  ${finding.detail.slice(0, 600)}`);
process.exitCode = findings.length > 0 || worstRatio > 2.5 ? 1 : 0;
