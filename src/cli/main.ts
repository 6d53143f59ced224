// simpul analyze: case CSVs in, report and exports out. Thin: arguments, files, core/pipeline, files.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAPPING_EXAMPLE } from '../core/ingest/classify.ts';
import { parseMapping, type MappingFile } from '../core/ingest/mapping.ts';
import { mappingText } from '../core/ingest/mappingWriter.ts';
import { SimpulError, isSimpulError } from '../core/model/errors.ts';
import { runPipeline, type PipelineProgress } from '../core/pipeline.ts';
import { buildReport } from '../core/report/reportModel.ts';
import { FolderWriter, writeExports } from './writeExports.ts';
import { nodeHasher } from './nodeHasher.ts';
import { keyedHashFile } from '../core/share/keyedHashes.ts';
import { readCommunitiesCsv } from '../core/share/externalCommunities.ts';
import { parseArgs, type AnalyzeArgs } from './args.ts';
import { readInputs } from './readInputs.ts';
import { cliProgress } from './progress.ts';
import { summarise } from './summary.ts';
import { translateCode, translator } from '../core/i18n/translate.ts';
import type { Language } from '../core/i18n/languages.ts';
import type { LedgerEntry } from '../core/ingest/ledger.ts';
import { SIMPUL_VERSION } from '../core/version.ts';

/** Exit codes: 0 every file read; 2 bad input, nothing analysed; 3 finished, but some files could not be read. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
export const EXIT_SOME_FILES_NOT_READ = 3;

/** Runs the CLI; resolves to the exit code (see EXIT_*). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    return await run(args);
  } catch (error) {
    if (isSimpulError(error)) {
      process.stderr.write(`simpul: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

// NOTE: the English message ends with the mapping file that would read the file (`, e.g. this mapping file: {…}`): JSON, the
// same in every language, so another language keeps them after its own words.
/** Why a file was not read, for stderr: the recorded English, or the code's message and the reading's doubts in another language. */
function unreadMessage(entry: LedgerEntry, language: Language): string {
  const error = entry.error;
  if (!error || language === 'en') return error?.message ?? entry.file;
  const t = translator(language);
  const detail = (error.detail ?? []).map((item) => translateCode(t, 'readingReview', item.code, item.params, ''));
  const cut = error.message.indexOf(MAPPING_EXAMPLE);
  const lines = cut >= 0 ? ` — ${error.message.slice(cut + MAPPING_EXAMPLE.length)}` : '';
  return `${entry.file}: ${translateCode(t, 'error', error.code, undefined, error.message)}${detail.length > 0 && detail.every(Boolean) ? ` (${detail.join('; ')})` : ''}${lines}`;
}

async function run(args: AnalyzeArgs): Promise<number> {
  const mapping = args.mapping ? readMapping(args.mapping) : undefined;
  const inputs = readInputs(args.inputs);
  const communities = args.communities ? readCommunitiesCsv(readText(args.communities), basename(args.communities)) : undefined;
  const progress = args.progress ? cliProgress(process.stderr, args.lang) : undefined;
  const result = runPipeline(inputs, {
    ...(progress ? { onProgress: (step: PipelineProgress) => progress.onProgress(step) } : {}),
    strict: args.strict, ...args.parameters,
    hubOverrides: { forceHub: args.forceHub, neverHub: args.neverHub }, ...(communities ? { communities } : {}),
    ...(mapping ? { mapping } : {}), ...(args.defaultCountry ? { defaultCountry: args.defaultCountry } : {}),
    ...(args.encoding ? { encoding: args.encoding } : {}),
  });
  progress?.finish();
  // NOTE: the files' bytes are not read again after the pipeline: let go of them before the report and exports are
  // written (on a national case they are 120 MB that the exports stage held for nothing).
  const fileCount = inputs.length;
  inputs.length = 0;
  const unread = result.ledger.filter((entry) => entry.error);
  for (const entry of unread) process.stderr.write(`simpul: ${unreadMessage(entry, args.lang)}\n`);
  // NOTE: with no file read there is nothing to analyse: that is bad input, as before (exit 2), not a partial case.
  if (unread.length === fileCount) return EXIT_BAD_INPUT;
  if (args.writeMapping) {
    writeFileSync(args.writeMapping, mappingText(result.mapping));
    process.stdout.write(`${translator(args.lang)('cli.wroteMapping', { path: args.writeMapping })}\n`);
  }
  // NOTE: a file read whose every row was rejected gave the case nothing: it is counted with the files not read.
  const emptied = result.ledger.filter((entry) => !entry.error && entry.rows > 0 && entry.imported === 0).length;
  const code = unread.length + emptied > 0 ? EXIT_SOME_FILES_NOT_READ : EXIT_OK;
  if (!args.out) return code;
  const report = buildReport(result.model, result.analysis, result.ledger, {
    generatorVersion: SIMPUL_VERSION, generatedAt: new Date().toISOString(),
  });
  mkdirSync(args.out, { recursive: true });
  const options = { language: args.lang, ...(args.caseReference ? { caseReference: args.caseReference } : {}), ...(args.classification ? { classification: args.classification } : {}) };
  const folder = new FolderWriter(args.out);
  let written: string[];
  try {
    written = await writeExports(args.out, { report, model: result.model, analysis: result.analysis, options }, (name, chunk, first) => {
      if (first) progress?.exporting(name);
      folder.write(name, chunk, first);
    });
  } finally {
    folder.close();
    progress?.finish();
  }
  if (args.sharePassphraseFile) written.push(await writeKeyedHashes(args.out, args.sharePassphraseFile, result.model));
  written.push(writeChecksums(args.out, written, folder.sha256));
  process.stdout.write(summarise(report, args.lang, result.readings));
  process.stdout.write(`\n${translator(args.lang)('cli.wrote', { files: written.join(', '), folder: args.out })}\n`);
  if (code === EXIT_SOME_FILES_NOT_READ) {
    process.stdout.write(`${translator(args.lang)('cli.finishedUnread', { unread: unread.length + emptied, files: fileCount })}\n`);
  }
  return code;
}

/** keyed-hashes.json for a partner agency, under the passphrase in the given file (first line). */
async function writeKeyedHashes(out: string, passphraseFile: string, model: Parameters<typeof keyedHashFile>[0]): Promise<string> {
  let passphrase: string;
  try {
    passphrase = readFileSync(passphraseFile, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  } catch {
    throw new SimpulError('ARGUMENT_INVALID', `${passphraseFile}: the passphrase file cannot be read.`, { file: passphraseFile });
  }
  if (passphrase.length < 12) throw new SimpulError('ARGUMENT_INVALID', `${passphraseFile}: the passphrase must be at least 12 characters (agree a long one with the partner).`, { file: passphraseFile });
  const file = await keyedHashFile(model, passphrase, nodeHasher(), SIMPUL_VERSION);
  writeFileSync(join(out, 'keyed-hashes.json'), `${JSON.stringify(file, null, 1)}\n`);
  return 'keyed-hashes.json';
}

/** SHA256SUMS: the fingerprint of every file written, in the format `sha256sum -c` checks (exports hashed as they were written). */
function writeChecksums(out: string, names: readonly string[], known: ReadonlyMap<string, string>): string {
  const lines = names.map((name) => `${known.get(name) ?? createHash('sha256').update(readFileSync(join(out, name))).digest('hex')}  ${name}`);
  writeFileSync(join(out, 'SHA256SUMS'), `${lines.join('\n')}\n`);
  return 'SHA256SUMS';
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new SimpulError('FILE_NOT_FOUND', `${path}: the file cannot be read. Check the path.`, { file: path });
  }
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
