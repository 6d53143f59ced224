// simpul analyze: case CSVs in, report and exports out. Thin: arguments, files, core/pipeline, files.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type MappingFile } from '../core/ingest/mapping.ts';
import { SimpulError, isSimpulError } from '../core/model/errors.ts';
import { runPipeline } from '../core/pipeline.ts';
import { buildReport } from '../core/report/reportModel.ts';
import { writeExports } from './writeExports.ts';
import { parseArgs, type AnalyzeArgs } from './args.ts';
import { readInputs } from './readInputs.ts';
import { summarise } from './summary.ts';
import { SIMPUL_VERSION } from '../core/version.ts';

/** Runs the CLI; resolves to the exit code (0 success, 2 bad input). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    await run(args);
    return 0;
  } catch (error) {
    if (isSimpulError(error)) {
      process.stderr.write(`simpul: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(args: AnalyzeArgs): Promise<void> {
  const mapping = args.mapping ? readMapping(args.mapping) : undefined;
  const inputs = readInputs(args.inputs);
  const result = runPipeline(inputs, {
    strict: true, ...args.parameters,
    hubOverrides: { forceHub: args.forceHub, neverHub: args.neverHub },
    ...(mapping ? { mapping } : {}), ...(args.defaultCountry ? { defaultCountry: args.defaultCountry } : {}),
  });
  if (args.writeMapping) {
    writeFileSync(args.writeMapping, `${JSON.stringify(result.mapping, null, 2)}\n`);
    process.stdout.write(`Wrote the detected mapping to ${args.writeMapping}\n`);
  }
  if (!args.out) return;
  const report = buildReport(result.model, result.analysis, result.ledger, {
    generatorVersion: SIMPUL_VERSION, generatedAt: new Date().toISOString(),
  });
  mkdirSync(args.out, { recursive: true });
  const written = await writeExports(args.out, { report, model: result.model, analysis: result.analysis }, (path, content) => writeFileSync(join(args.out ?? '.', path), content));
  process.stdout.write(summarise(report, args.lang));
  process.stdout.write(`\nWrote ${written.join(', ')} to ${args.out}\n`);
}

function readMapping(path: string): MappingFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SimpulError('MAPPING_UNREADABLE', `${path}: the mapping file cannot be read. Check the path, or write one with --write-mapping.`, { file: path });
  }
  return parseMapping(text, path);
}
