// Command-line arguments for `simpul analyze`, validated with messages a person can act on.

import { SimpulError } from '../core/model/errors.ts';
import { normalizeCountry } from '../core/normalize/country.ts';
import { ENTITY_TYPES } from '../core/model/types.ts';

export interface AnalyzeArgs {
  inputs: string[];
  out?: string;
  mapping?: string;
  defaultCountry?: string;
  seed: number;
  resolution: number;
  writeMapping?: string;
  /** Entity ids (`type:key`) the analyst marks as hubs, or as never hubs. */
  forceHub: string[];
  neverHub: string[];
}

export const USAGE = `Usage: npm run simpul -- analyze <file or folder>... --out DIR
         [--mapping FILE] [--default-country CC] [--seed N] [--resolution R] [--write-mapping FILE]
         [--hub TYPE:KEY]... [--not-hub TYPE:KEY]...`;

/** Parses `analyze …`; throws ARGUMENT_INVALID with the usage line on anything off. */
export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw bad(command ? `unknown command "${command}"` : 'no command given');
  const args: AnalyzeArgs = { inputs: [], seed: 42, resolution: 1, forceHub: [], neverHub: [] };
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
      case '--hub': args.forceHub.push(entityRef(flag, value())); break;
      case '--not-hub': args.neverHub.push(entityRef(flag, value())); break;
      default: throw bad(`unknown option ${flag}`);
    }
  }
  if (args.inputs.length === 0) throw bad('give at least one CSV file or folder');
  if (!args.out && !args.writeMapping) throw bad('give --out DIR (and/or --write-mapping FILE)');
  return args;
}

function entityRef(flag: string, raw: string): string {
  const type = raw.split(':', 1)[0] ?? '';
  if (!(ENTITY_TYPES as readonly string[]).includes(type) || raw.length <= type.length + 1) {
    throw bad(`${flag} "${raw}" must name an entity as TYPE:KEY, e.g. phone:+621500528 or location:L-005`);
  }
  return raw;
}

function bad(message: string): SimpulError {
  return new SimpulError('ARGUMENT_INVALID', `${message}.\n${USAGE}`);
}
