// Command-line arguments for `simpul analyze`, validated with messages a person can act on.

import { SimpulError } from '../core/model/errors.ts';
import { normalizeCountry } from '../core/normalize/country.ts';

export interface AnalyzeArgs {
  inputs: string[];
  out?: string;
  mapping?: string;
  defaultCountry?: string;
  seed: number;
  resolution: number;
  writeMapping?: string;
}

export const USAGE = `Usage: npm run simpul -- analyze <file or folder>... --out DIR
         [--mapping FILE] [--default-country CC] [--seed N] [--resolution R] [--write-mapping FILE]`;

/** Parses `analyze …`; throws ARGUMENT_INVALID with the usage line on anything off. */
export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw bad(command ? `unknown command "${command}"` : 'no command given');
  const args: AnalyzeArgs = { inputs: [], seed: 42, resolution: 1 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      args.inputs.push(arg);
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined || next.startsWith('--')) throw bad(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--out': args.out = value(); break;
      case '--mapping': args.mapping = value(); break;
      case '--write-mapping': args.writeMapping = value(); break;
      case '--default-country': {
        const raw = value();
        const country = normalizeCountry(raw);
        if (!country) throw bad(`--default-country "${raw}" is not a country; use an ISO code such as ID, TH or MM`);
        args.defaultCountry = country;
        break;
      }
      case '--seed': {
        const raw = value();
        if (!/^-?\d+$/.test(raw)) throw bad(`--seed "${raw}" must be a whole number`);
        args.seed = Number(raw);
        break;
      }
      case '--resolution': {
        const raw = value();
        const number = Number(raw);
        if (!Number.isFinite(number) || number <= 0) throw bad(`--resolution "${raw}" must be a positive number (1 is the default)`);
        args.resolution = number;
        break;
      }
      default: throw bad(`unknown option ${flag}`);
    }
  }
  if (args.inputs.length === 0) throw bad('give at least one CSV file or folder');
  if (!args.out && !args.writeMapping) throw bad('give --out DIR (and/or --write-mapping FILE)');
  return args;
}

function bad(message: string): SimpulError {
  return new SimpulError('ARGUMENT_INVALID', `${message}.\n${USAGE}`);
}
