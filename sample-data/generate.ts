// Generates a Simpul training case (or a large benchmark case) from a seed: CSVs plus answer-key.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Rng } from './generator/prng.ts';
import { buildWorld } from './generator/world.ts';
import { CdrWriters, type CallEvent } from './generator/cdr.ts';
import { ledgerOf, TransferWriters, type TransferEvent } from './generator/transfers.ts';
import { writeHolders, writePersons, writePlaces, writeSubscribers } from './generator/people.ts';
import { dayStart, planDays, timeOfDay } from './generator/schedule.ts';
import { buildAnswerKey, type AnswerKey } from './generator/answer-key.ts';
import type { BadRow } from './generator/types.ts';
import { shapeFlag, type CaseShape } from './generator/shape.ts';

export interface GenerateOptions {
  out: string;
  seed: number;
  /** Call rows across the CDR files (approximately: every planted tie gets at least one). */
  calls: number;
  transfers?: number;
  /** Planted syndicates (default: grows with `calls`, see `syndicatesFor`). */
  crews?: number;
  /** Ordinary subscribers calling each other, the hotlines and the workers' families (default 0). */
  backgroundPhones?: number;
  /** Hotlines the subscribers call (default 4 when there are subscribers). */
  hotlines?: number;
  /** Domestic syndicates, cross-crew calls and planted brokers (see generator/shape.ts). */
  shape?: CaseShape;
}

export interface GenerateResult {
  files: Record<string, number>;
  badRows: BadRow[];
  answerKey: AnswerKey;
}

/** More calls, more syndicates: the training case has five, a million calls about a hundred. */
export function syndicatesFor(calls: number): number {
  return calls <= 5000 ? 5 : 5 + Math.ceil((calls - 3000) / 10000);
}

export async function generateCase(options: GenerateOptions): Promise<GenerateResult> {
  const { out, seed, calls } = options;
  const transfers = options.transfers ?? (calls <= 5000 ? 600 : Math.round(calls / 5));
  // NOTE: every written number is read back through libphonenumber in small cases; a million rows skip it.
  const check = calls <= 20000;
  const { world, crews } = buildWorld(seed, options.crews ?? syndicatesFor(calls), {
    backgroundPhones: options.backgroundPhones, hotlines: options.hotlines, shape: options.shape,
  });
  mkdirSync(out, { recursive: true });
  const root = new Rng(seed);
  const fileRng = root.fork('files');
  const files: Record<string, number> = {};
  const badRows: BadRow[] = [];

  await writePersons(out, fileRng, world, files, badRows);
  await writeSubscribers(out, fileRng, world, files, check);
  await writeHolders(out, fileRng, world, files);
  await writePlaces(out, world, files);

  const callRng = root.fork('calls');
  const cdr = new CdrWriters(out, callRng, check);
  const callWeights = world.callPairs.map((p) => p.weight);
  for (const { day, picks } of planDays(callRng, callWeights, calls)) {
    const events: CallEvent[] = picks.map((i) => {
      const pair = world.callPairs[i];
      if (!pair) throw new Error('call pair out of range');
      const flip = !pair.oneWay && callRng.chance(0.5);
      const sms = callRng.chance(0.18);
      const seconds = sms || callRng.chance(0.08) ? 0 : callRng.chance(0.15) ? callRng.int(240, 2400) : callRng.int(8, 240);
      return { t: dayStart(day) + timeOfDay(callRng), from: flip ? pair.b : pair.a, to: flip ? pair.a : pair.b, seconds, sms };
    });
    events.sort((a, b) => a.t - b.t);
    for (const e of events) cdr.write(e);
    await cdr.flush();
  }
  Object.assign(files, await cdr.close());
  badRows.push(...cdr.bad);

  const moneyRng = root.fork('transfers');
  const quiet = world.moneyPairs.find((p) => p.from.syndicate === 'S5' && p.to.syndicate === 'S5' && ledgerOf(p) === 'ID');
  const money = new TransferWriters(out, moneyRng, quiet);
  for (const { day, picks } of planDays(moneyRng, world.moneyPairs.map((p) => p.weight), transfers)) {
    const events: TransferEvent[] = picks.map((i) => {
      const pair = world.moneyPairs[i];
      if (!pair) throw new Error('money pair out of range');
      return { t: dayStart(day) + moneyRng.int(8 * 3600, 22 * 3600), pair, factor: 0.3 + moneyRng.next() * 1.7 };
    });
    events.sort((a, b) => a.t - b.t);
    for (const e of events) money.write(e);
    await money.flush();
  }
  Object.assign(files, await money.close());
  badRows.push(...money.bad);

  const sortedFiles = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  const answerKey = buildAnswerKey(seed, world, crews, badRows, sortedFiles);
  writeFileSync(`${out}/answer-key.json`, `${JSON.stringify(answerKey, null, 2)}\n`);
  return { files: sortedFiles, badRows: answerKey.badRows, answerKey };
}

function parseArgs(argv: string[]): GenerateOptions {
  const options: GenerateOptions = { out: 'sample-data/case', seed: 7, calls: 3000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help') {
      console.log('usage: tsx sample-data/generate.ts [--out DIR] [--seed N] [--calls N] [--transfers N] [--crews N] [--background-phones N] [--hotlines N] [--domestic N] [--cross-crew-share X] [--brokers money,recruiter,fixer]');
      process.exit(0);
    }
    if (value === undefined) throw new Error(`${flag ?? ''} needs a value`);
    if (flag === '--out') options.out = value;
    else if (flag === '--seed') options.seed = Number(value);
    else if (flag === '--calls') options.calls = Number(value);
    else if (flag === '--transfers') options.transfers = Number(value);
    else if (flag === '--crews') options.crews = Number(value);
    else if (flag === '--background-phones') options.backgroundPhones = Number(value);
    else if (flag === '--hotlines') options.hotlines = Number(value);
    else if (shapeFlag(options, flag ?? '', value)) { /* a shape knob (generator/shape.ts) */ }
    else throw new Error(`unknown option ${flag ?? ''}`);
    i++;
  }
  for (const n of [options.seed, options.calls, options.transfers ?? 0, options.crews ?? 5, options.backgroundPhones ?? 0, options.hotlines ?? 0]) {
    if (!Number.isInteger(n) || n < 0) throw new Error('--seed, --calls, --transfers, --crews, --background-phones and --hotlines take whole numbers');
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const result = await generateCase(options);
  for (const [file, rows] of Object.entries(result.files)) console.log(`${file.padEnd(32)} ${rows} rows`);
  for (const b of result.badRows) console.log(`bad row  ${b.file}:${b.line}  ${b.what}`);
  console.log(`wrote ${options.out} (seed ${options.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
