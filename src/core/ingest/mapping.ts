// The mapping file: what a person states about each file (kind, column roles, country, date format),
// validated key by key. The CLI and the browser read and write the same format.

import { SimpulError } from '../model/errors.ts';
import type { DateFormat } from '../normalize/date.ts';
import { normalizeCountry } from '../normalize/country.ts';
import { DELIMITERS, type Delimiter } from './delimiter.ts';
import { isLegacyEncoding, LEGACY_ENCODINGS, type LegacyEncoding } from './legacyEncoding.ts';
import { COLUMN_ROLES, FILE_KINDS, isColumnRole, isFileKind, type ColumnRole, type FileKind } from './roles.ts';

export const DATE_FORMATS: readonly DateFormat[] = ['iso', 'dmy', 'mdy', 'ymd'];

/** A column stated as no role: kept as an attribute of the row's main entity, never detected as anything else. */
export const ATTRIBUTE = 'attribute';
/** What a mapping may state for a column: a role, or `attribute`. */
export type StatedRole = ColumnRole | typeof ATTRIBUTE;

export function isStatedRole(value: unknown): value is StatedRole {
  return value === ATTRIBUTE || isColumnRole(value);
}

export interface FileMapping {
  kind?: FileKind;
  /** Header (as written in the file) → role, or `attribute`. Columns not listed are detected. */
  columns?: Record<string, StatedRole>;
  /** ISO 3166 alpha-2 country for phone numbers written in national form. */
  defaultCountry?: string;
  dateFormat?: DateFormat;
  delimiter?: Delimiter;
  /** false when the file has no header line; its columns are then named "column 1", "column 2", … */
  header?: boolean;
  /** The line (1-based, as a text editor counts) of the header: the lines above it are a title block. */
  headerLine?: number;
  /** The subscriber of a one-target CDR whose rows name only the other party (else read from a title line). */
  targetNumber?: string;
  /**
   * The file's subject where its rows do not name it: a one-target CDR's target, a statement's or e-wallet's own
   * account (else read from a labelled title line or the file name). `targetNumber` is its older name.
   */
  subjectNumber?: string;
  /** The file's legacy encoding (`windows-1252`, `windows-874`, `gb18030`…) when it is not UTF-8 or UTF-16; a UTF-8 file is never read in it. */
  encoding?: LegacyEncoding;
}

export interface MappingFile {
  type: 'simpul-mapping';
  version: 1;
  defaults?: { defaultCountry?: string; dateFormat?: DateFormat };
  /** Keyed by file name (no folder). */
  files: Record<string, FileMapping>;
}

export function emptyMapping(): MappingFile {
  return { type: 'simpul-mapping', version: 1, files: {} };
}

/** Parses and validates mapping JSON text; every error names the offending key and the allowed values. */
export function parseMapping(text: string, source = 'mapping file'): MappingFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `is not valid JSON (${(error as Error).message}). Fix the JSON or write a fresh one with --write-mapping.`);
  }
  return validateMapping(data, source);
}

/** Validates an unknown value as a mapping. */
export function validateMapping(data: unknown, source = 'mapping file'): MappingFile {
  if (!isRecord(data)) throw invalid(source, 'must be a JSON object with "type": "simpul-mapping".');
  if (data.type !== 'simpul-mapping') throw invalid(source, `key "type" must be "simpul-mapping", found ${JSON.stringify(data.type)}.`);
  if (data.version !== 1) throw invalid(source, `key "version" must be 1, found ${JSON.stringify(data.version)}.`);
  const mapping: MappingFile = { type: 'simpul-mapping', version: 1, files: {} };
  if (data.defaults !== undefined) {
    if (!isRecord(data.defaults)) throw invalid(source, 'key "defaults" must be an object.');
    mapping.defaults = {};
    const country = readCountry(data.defaults.defaultCountry, source, 'defaults.defaultCountry');
    if (country) mapping.defaults.defaultCountry = country;
    const format = readDateFormat(data.defaults.dateFormat, source, 'defaults.dateFormat');
    if (format) mapping.defaults.dateFormat = format;
  }
  if (!isRecord(data.files)) throw invalid(source, 'key "files" must be an object keyed by file name.');
  for (const [name, entry] of Object.entries(data.files)) {
    mapping.files[name] = validateFileMapping(entry, source, `files["${name}"]`);
  }
  return mapping;
}

const FILE_KEYS = ['kind', 'columns', 'defaultCountry', 'dateFormat', 'delimiter', 'header', 'headerLine', 'targetNumber', 'subjectNumber', 'encoding'];

function validateFileMapping(entry: unknown, source: string, at: string): FileMapping {
  if (!isRecord(entry)) throw invalid(source, `key ${at} must be an object.`);
  const result: FileMapping = {};
  for (const key of Object.keys(entry)) {
    if (!FILE_KEYS.includes(key)) {
      throw invalid(source, `key ${at}.${key} is not known; use ${FILE_KEYS.slice(0, -1).join(', ')} or ${FILE_KEYS[FILE_KEYS.length - 1]}.`);
    }
  }
  if (entry.kind !== undefined) {
    if (!isFileKind(entry.kind)) throw invalid(source, `key ${at}.kind is ${JSON.stringify(entry.kind)}; use one of ${FILE_KINDS.join(', ')}.`);
    result.kind = entry.kind;
  }
  if (entry.columns !== undefined) {
    if (!isRecord(entry.columns)) throw invalid(source, `key ${at}.columns must be an object: header → role.`);
    // NOTE: headers are data: a column named `constructor` must not find Object's.
    result.columns = Object.create(null) as Record<string, StatedRole>;
    for (const [header, role] of Object.entries(entry.columns)) {
      if (!isStatedRole(role)) {
        throw invalid(source, `key ${at}.columns["${header}"] is ${JSON.stringify(role)}, not a column role; use one of ${COLUMN_ROLES.join(', ')} or ${ATTRIBUTE}.`);
      }
      result.columns[header] = role;
    }
  }
  const country = readCountry(entry.defaultCountry, source, `${at}.defaultCountry`);
  if (country) result.defaultCountry = country;
  const format = readDateFormat(entry.dateFormat, source, `${at}.dateFormat`);
  if (format) result.dateFormat = format;
  if (entry.delimiter !== undefined) {
    const delimiter = DELIMITERS.find((candidate) => candidate === entry.delimiter);
    if (!delimiter) throw invalid(source, `key ${at}.delimiter must be one of "," ";" "\\t" "|" " " (space: runs of spaces).`);
    result.delimiter = delimiter;
  }
  if (entry.encoding !== undefined) {
    if (!isLegacyEncoding(entry.encoding)) throw invalid(source, `key ${at}.encoding is ${JSON.stringify(entry.encoding)}; use one of ${LEGACY_ENCODINGS.join(', ')}.`);
    result.encoding = entry.encoding;
  }
  if (entry.header !== undefined) {
    if (typeof entry.header !== 'boolean') throw invalid(source, `key ${at}.header must be true or false.`);
    result.header = entry.header;
  }
  if (entry.headerLine !== undefined) {
    if (typeof entry.headerLine !== 'number' || !Number.isInteger(entry.headerLine) || entry.headerLine < 1) {
      throw invalid(source, `key ${at}.headerLine must be the header's line number (1 for the first line), found ${JSON.stringify(entry.headerLine)}.`);
    }
    result.headerLine = entry.headerLine;
  }
  if (entry.targetNumber !== undefined) {
    if (typeof entry.targetNumber !== 'string' || entry.targetNumber.replace(/\D/g, '').length < 7) {
      throw invalid(source, `key ${at}.targetNumber must be the target's phone number as text, e.g. "+85512345678".`);
    }
    result.targetNumber = entry.targetNumber;
  }
  if (entry.subjectNumber !== undefined) {
    if (typeof entry.subjectNumber !== 'string' || entry.subjectNumber.replace(/\D/g, '').length < 5) {
      throw invalid(source, `key ${at}.subjectNumber must be the file's own number as text: a CDR's target ("+85512345678") or a statement's account ("0071001234567").`);
    }
    result.subjectNumber = entry.subjectNumber;
  }
  return result;
}

function readCountry(value: unknown, source: string, at: string): string | undefined {
  if (value === undefined) return undefined;
  const country = typeof value === 'string' ? normalizeCountry(value) : null;
  if (!country) throw invalid(source, `key ${at} is ${JSON.stringify(value)}; use an ISO country code such as "ID", "TH" or "MM".`);
  return country;
}

function readDateFormat(value: unknown, source: string, at: string): DateFormat | undefined {
  if (value === undefined) return undefined;
  const format = DATE_FORMATS.find((candidate) => candidate === value);
  if (!format) throw invalid(source, `key ${at} is ${JSON.stringify(value)}; use one of ${DATE_FORMATS.join(', ')}.`);
  return format;
}

function invalid(source: string, message: string): SimpulError {
  return new SimpulError('MAPPING_INVALID', `${source}: ${message}`, { file: source });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
