// Command-line arguments for `simpul analyze`, validated with messages a person can act on.

import { LOUVAIN, louvainValues, parseParameterText, type LouvainValues, type ParameterValue } from '../core/analysis/registry.ts';
import { SimpulError, isSimpulError } from '../core/model/errors.ts';
import { normalizeCountry } from '../core/normalize/country.ts';
import { ENTITY_TYPES } from '../core/model/types.ts';
import { LANGUAGES, isLanguage, type Language } from '../core/i18n/languages.ts';
import { isLegacyEncoding, LEGACY_ENCODINGS, type LegacyEncoding } from '../core/ingest/legacyEncoding.ts';

export interface AnalyzeArgs {
  inputs: string[];
  out?: string;
  mapping?: string;
  defaultCountry?: string;
  /** `--encoding NAME`: the legacy encoding of input files that are not UTF-8 or UTF-16 (the mapping's per-file `encoding` wins). */
  encoding?: LegacyEncoding;
  /** The analysis parameters, from the registry's flags (`--seed`, `--resolution`, `--stability-runs`, `--from`, `--to`). */
  parameters: LouvainValues;
  writeMapping?: string;
  /** Entity ids (`type:key`) the analyst marks as hubs, or as never hubs. */
  forceHub: string[];
  neverHub: string[];
  /** Language of the printed summary and the dossier (`--lang id`). */
  lang: Language;
  /** Printed on the dossier's cover and every page (`--case-reference`, `--classification`). */
  caseReference?: string;
  classification?: string;
  /** A file holding the passphrase agreed with a partner agency: writes keyed-hashes.json (`--share-passphrase-file`). */
  sharePassphraseFile?: string;
  /** A CSV of simpulId,communityId (Neo4j GDS) whose communities replace Louvain's clusters (`--communities`). */
  communities?: string;
  /** Stop at the first file that cannot be read (exit 2) instead of analysing the rest (exit 3). */
  strict: boolean;
  /** Say the stage and how far it is on stderr while working (`--no-progress` turns it off). */
  progress: boolean;
}

const PARAMETER_FLAGS = LOUVAIN.parameters.map((parameter) => `[${parameter.flag} ${parameter.kind === 'time' ? 'DATE' : parameter.kind === 'integer' ? 'N' : 'X'}]`).join(' ');

export const USAGE = `Usage: npm run simpul -- analyze <file or folder>... --out DIR
         [--mapping FILE] [--default-country CC] [--encoding NAME] [--write-mapping FILE]
         ${PARAMETER_FLAGS}
         [--hub TYPE:KEY]... [--not-hub TYPE:KEY]... [--lang en|id]
         [--case-reference REF] [--classification MARKING] [--share-passphrase-file FILE] [--communities FILE] [--strict] [--no-progress]`;

/** Parses `analyze …`; throws ARGUMENT_INVALID with the usage line on anything off. */
export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw bad(command ? `unknown command "${command}"` : 'no command given');
  const given: Record<string, ParameterValue> = {};
  const args: Omit<AnalyzeArgs, 'parameters'> = { inputs: [], forceHub: [], neverHub: [], lang: 'en', strict: false, progress: true };
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
    const parameter = LOUVAIN.parameters.find((item) => item.flag === flag);
    if (parameter) {
      given[parameter.id] = checked(() => parseParameterText(LOUVAIN, parameter, value()));
      continue;
    }
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
      case '--encoding': {
        const raw = value().toLowerCase();
        if (!isLegacyEncoding(raw)) throw bad(`--encoding "${raw}" is not an encoding Simpul reads; use one of ${LEGACY_ENCODINGS.join(', ')}`);
        args.encoding = raw;
        break;
      }
      case '--strict': args.strict = true; break;
      case '--no-progress': args.progress = false; break;
      case '--hub': args.forceHub.push(entityRef(flag, value())); break;
      case '--case-reference': args.caseReference = value(); break;
      case '--classification': args.classification = value(); break;
      case '--share-passphrase-file': args.sharePassphraseFile = value(); break;
      case '--communities': args.communities = value(); break;
      case '--not-hub': args.neverHub.push(entityRef(flag, value())); break;
      case '--lang': {
        const raw = value();
        if (!isLanguage(raw)) throw bad(`--lang "${raw}" is not a language of Simpul; use one of ${LANGUAGES.join(', ')}`);
        args.lang = raw;
        break;
      }
      default: throw bad(`unknown option ${flag}`);
    }
  }
  if (args.inputs.length === 0) throw bad('give at least one CSV file or folder');
  if (!args.out && !args.writeMapping) throw bad('give --out DIR (and/or --write-mapping FILE)');
  return { ...args, parameters: checked(() => louvainValues(given)) };
}

/** A registry refusal, with the usage line added. */
function checked<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isSimpulError(error)) throw bad(error.message.replace(/\.$/, ''));
    throw error;
  }
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
