// Saving and opening case files: bytes out, bytes in, validated record by record, nothing partial on failure.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Gunzip, Gzip, strToU8 } from 'fflate';
import { validateMapping, type MappingFile } from '../ingest/mapping.ts';
import { SimpulError, isSimpulError } from '../model/errors.ts';
import { SIMPUL_VERSION } from '../version.ts';
import { CASE_FILE_TYPE, CASE_FILE_VERSION, type CaseData, type CaseFileV3, type CaseInputFile, type CaseParameters, type CaseView, isGzip } from './caseFile.ts';
import { Check } from './check.ts';
import { concatBytes } from '../report/textOut.ts';
import { jsonChunks } from './jsonChunks.ts';
import { migrateV1toV2, migrateV2toV3 } from './migrate.ts';
import type { CaseNotes } from './notes.ts';
import { readAnalysis } from './readAnalysis.ts';
import { louvainValues, type LouvainValues } from '../analysis/registry.ts';
import { readLedger, readModel } from './readModel.ts';

/** Case files larger than this (bytes of JSON) are gzip-compressed. */
export const COMPRESS_ABOVE = 1_000_000;
// NOTE: a JavaScript string holds at most 2^29 - 24 characters; a case's JSON must fit in one.
/** Largest case file (bytes of JSON) Simpul opens: a gzip file is refused as soon as it unpacks past it. */
export const MAX_CASE_BYTES = 512 * 1024 * 1024 - 64;
/** Largest canvas coordinate a saved position may have. */
export const MAX_COORDINATE = 1e9;

export interface SaveOptions {
  /** ISO 8601; defaults to now. */
  savedAt?: string;
  /** Bytes of JSON above which the file is gzipped (tests lower it). */
  compressAbove?: number;
  /** Largest case file written, bytes of JSON (default MAX_CASE_BYTES, what opening accepts; tests lower it). */
  maxBytes?: number;
}

export interface OpenedCase {
  data: CaseData;
  savedAt: string;
  generator: { name: string; version: string };
  /** The version the file was written in, when it was migrated. */
  migratedFrom?: number;
}

/**
 * The case as file bytes: JSON, gzipped (magic bytes 1f 8b) when larger than `compressAbove`.
 * @throws SimpulError CASE_TOO_LARGE when the JSON is larger than a case file Simpul can open again.
 */
export function serializeCase(data: CaseData, options: SaveOptions = {}): Uint8Array {
  const file: CaseFileV3 = {
    type: CASE_FILE_TYPE, version: CASE_FILE_VERSION, generator: { name: 'simpul', version: SIMPUL_VERSION },
    savedAt: options.savedAt ?? new Date().toISOString(), ...data,
  };
  // NOTE: the JSON in chunks (jsonChunks), sealed and gzipped chunk by chunk: the file is never one string, and at
  // most its UTF-8 chunks and the gzipped bytes are held at once (sealCase's bytes, the same file).
  const chunks = [...jsonChunks(file)];
  const hash = sha256.create();
  let length = 0;
  for (const chunk of chunks) {
    hash.update(chunk);
    length += chunk.length;
  }
  const seal = strToU8(`{"sha256":"${bytesToHex(hash.digest())}",`);
  // NOTE: opening reads the JSON as one string, which V8 caps near 512 MB: a larger file would save but never open.
  const maxBytes = options.maxBytes ?? MAX_CASE_BYTES;
  if (seal.length + length - 1 > maxBytes) {
    const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;
    throw new SimpulError('CASE_TOO_LARGE', `The case is ${mb(seal.length + length - 1)} of JSON, more than the ${mb(maxBytes)} a case file can hold and be opened again, so it was not saved. ` +
      'Keep the source files to import again, or make the case smaller (fewer files, or a shorter period).');
  }
  // The JSON's opening brace is the seal's.
  if (chunks[0]) chunks[0] = chunks[0].subarray(1);
  if (seal.length + length - 1 <= (options.compressAbove ?? COMPRESS_ABOVE)) return concatBytes([seal, ...chunks]);
  const out: Uint8Array[] = [];
  // NOTE: mtime 0 so the same case saved twice gives the same bytes, and no clock time leaks into the file.
  const gzip = new Gzip({ level: 6, mtime: 0 }, (data) => out.push(data));
  gzip.push(seal);
  for (let index = 0; index < chunks.length; index++) {
    gzip.push(chunks[index] as Uint8Array);
    // Each chunk let go once compressed.
    chunks[index] = EMPTY;
  }
  gzip.push(EMPTY, true);
  return concatBytes(out);
}

const EMPTY = new Uint8Array(0);


/** Opens case-file bytes; throws `SimpulError` CASE_FILE_INVALID or CASE_FILE_VERSION naming what is wrong. */
export function openCase(bytes: Uint8Array, fileName: string): CaseData {
  return openCaseFile(bytes, fileName).data;
}

export interface OpenOptions {
  /** Largest JSON accepted, in bytes (tests lower it); MAX_CASE_BYTES by default. */
  maxBytes?: number;
}

/** Like `openCase`, with when and by what the file was saved, and whether it was migrated. */
export function openCaseFile(bytes: Uint8Array, fileName: string, options: OpenOptions = {}): OpenedCase {
  const check = new Check(fileName);
  const raw = decompress(check, bytes, Math.min(options.maxBytes ?? MAX_CASE_BYTES, MAX_CASE_BYTES));
  const sealed = checkSeal(check, raw);
  let root = check.record(parseJson(check, decodeUtf8(check, raw)), '(top)');
  if (root.type !== CASE_FILE_TYPE) {
    const what = root.type === 'simpul-report' ? 'a Simpul report (report.json), not a case file'
      : root.type === 'simpul-mapping' ? 'a Simpul mapping file, not a case file' : 'not a Simpul case file';
    throw new SimpulError('CASE_FILE_INVALID', `${fileName} is ${what}: open a file saved with "Save case" (*.simpul.json or *.simpul.json.gz).`, { file: fileName });
  }
  const version = root.version;
  let migratedFrom: number | undefined;
  if (version === 1 || version === 2) {
    if (version === 1) root = migrateV1toV2(check, root);
    root = migrateV2toV3(root);
    migratedFrom = version;
  } else if (version === CASE_FILE_VERSION && !sealed) {
    throw new SimpulError('CASE_FILE_INVALID', `${fileName} is damaged: a case file of version ${CASE_FILE_VERSION} starts with the SHA-256 of its content, and this one does not (its first bytes changed). Open an earlier copy or the autosaved case.`, { file: fileName });
  } else if (version !== CASE_FILE_VERSION) {
    const newer = typeof version === 'number' && version > CASE_FILE_VERSION;
    throw new SimpulError('CASE_FILE_VERSION', newer
      ? `${fileName} was saved by a newer Simpul (case file version ${version}); this is Simpul ${SIMPUL_VERSION}, which reads versions 1 to ${CASE_FILE_VERSION}. Update Simpul to open it.`
      : `${fileName} has case file version ${JSON.stringify(version)}; Simpul ${SIMPUL_VERSION} reads versions 1 to ${CASE_FILE_VERSION}.`, { file: fileName });
  }
  const generator = check.record(root.generator, 'generator');
  return {
    data: readCaseData(check, root),
    savedAt: check.string(root.savedAt, 'savedAt'),
    generator: { name: check.string(generator.name, 'generator.name'), version: check.string(generator.version, 'generator.version') },
    ...(migratedFrom !== undefined ? { migratedFrom } : {}),
  };
}

function readCaseData(check: Check, root: Record<string, unknown>): CaseData {
  const model = readModel(check, root.model, 'model');
  const entityIds = new Set(model.entities.map((entity) => entity.id));
  const entity = (id: string, at: string) => {
    if (!entityIds.has(id)) check.fail(at, `names ${JSON.stringify(id)}, which is not an entity of the case`);
    return id;
  };
  return {
    mapping: readMapping(check, root.mapping),
    files: check.list(root.files, 'files').map((item, i): CaseInputFile => {
      const data = check.record(item, `files[${i}]`);
      return { name: check.string(data.name, `files[${i}].name`), rows: check.number(data.rows, `files[${i}].rows`, { integer: true, min: 0 }) };
    }),
    model,
    ledger: readLedger(check, root.ledger, 'ledger'),
    parameters: readParameters(check, root.parameters, entity),
    analysis: readAnalysis(check, root.analysis, 'analysis', model),
    view: readView(check, root.view, entity),
    notes: readNotes(check, root.notes, entity),
  };
}

function readParameters(check: Check, value: unknown, entity: (id: string, at: string) => string): CaseParameters {
  const data = check.record(value, 'parameters');
  const overrides = check.record(data.hubOverrides, 'parameters.hubOverrides');
  const ids = (key: 'forceHub' | 'neverHub') => overrides[key] === undefined ? {}
    : { [key]: check.strings(overrides[key], `parameters.hubOverrides.${key}`).map((id, i) => entity(id, `parameters.hubOverrides.${key}[${i}]`)) };
  return {
    ...analysisValues(check, data),
    hubOverrides: { ...ids('forceHub'), ...ids('neverHub') },
  };
}

/** The analysis values, checked by the registry (their one owner); a case saved before a parameter existed gets its default. */
function analysisValues(check: Check, data: Record<string, unknown>): LouvainValues {
  try {
    return louvainValues(data);
  } catch (error) {
    return check.fail('parameters', error instanceof Error ? error.message : String(error));
  }
}

function readView(check: Check, value: unknown, entity: (id: string, at: string) => string): CaseView {
  const data = check.record(value, 'view');
  const positions = check.map(data.positions, 'view.positions', (item, at) => {
    const point = check.record(item, at);
    const range = { min: -MAX_COORDINATE, max: MAX_COORDINATE };
    return { x: check.number(point.x, `${at}.x`, range), y: check.number(point.y, `${at}.y`, range) };
  });
  for (const id of Object.keys(positions)) entity(id, `view.positions["${id}"]`);
  return { positions, hidden: check.strings(data.hidden, 'view.hidden').map((id, i) => entity(id, `view.hidden[${i}]`)) };
}

function readNotes(check: Check, value: unknown, entity: (id: string, at: string) => string): CaseNotes {
  const data = check.record(value, 'notes');
  const entities = check.map(data.entities, 'notes.entities', (item, at) => check.string(item, at));
  for (const id of Object.keys(entities)) entity(id, `notes.entities["${id}"]`);
  return { entities, clusters: check.map(data.clusters, 'notes.clusters', (item, at) => check.string(item, at)) };
}

function readMapping(check: Check, value: unknown): MappingFile {
  try {
    return validateMapping(value, `${check.fileName}: mapping`);
  } catch (error) {
    if (isSimpulError(error)) throw new SimpulError('CASE_FILE_INVALID', error.message, { file: check.fileName });
    throw error;
  }
}

function decompress(check: Check, bytes: Uint8Array, limit: number): Uint8Array {
  if (!isGzip(bytes)) {
    if (bytes.length > limit) tooLarge(check, bytes.length, limit);
    return bytes;
  }
  // NOTE: gzip's last four bytes state the unpacked size (mod 4 GiB); a forged size could ask for gigabytes.
  const size = bytes.length >= 18 ? new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true) : 0;
  if (size > limit) check.fail('', `is a damaged gzip file (it claims to unpack to ${size} bytes, more than a case can hold); it may have been cut short while copying.`);
  // NOTE: the stated size can lie (a "gzip bomb"): count while inflating and stop as soon as it is too large.
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new CaseTooLarge(total);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    inflate.push(bytes, true);
  } catch (error) {
    if (error instanceof CaseTooLarge) tooLarge(check, limit, limit, true);
    check.fail('', `is a damaged gzip file (${error instanceof Error ? error.message : 'cannot decompress'}); it may have been cut short while copying.`);
  }
  if (!ended) check.fail('', 'is a damaged gzip file (it ends too early); it may have been cut short while copying.');
  const raw = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    raw.set(chunk, at);
    at += chunk.length;
  }
  return raw;
}

class CaseTooLarge extends Error {
  readonly size: number;
  constructor(size: number) {
    super('too large');
    this.size = size;
  }
}

function tooLarge(check: Check, size: number, limit: number, inflating = false): never {
  const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;
  return check.fail('', `is too large: ${inflating ? `it unpacks to more than ${mb(size)}` : mb(size)}, and a case file may hold up to ${mb(limit)}. ` +
    'It is not a case saved by Simpul, or it is damaged.');
}

function decodeUtf8(check: Check, raw: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return check.fail('', 'is not UTF-8 text; a case file is JSON saved by Simpul.');
  }
}

// NOTE: the seal is the SHA-256 of the file's JSON as written without it; it is put first, as
// `{"sha256":"<64 hex>",` so that opening checks the very bytes on disk without writing the JSON again.
const SEAL_START = strToU8('{"sha256":"');
const SEAL_LENGTH = SEAL_START.length + 64 + 2;

/** The case JSON (an object, starting with `{`) with its SHA-256 put first. */
export function sealCase(json: Uint8Array): Uint8Array {
  const digest = bytesToHex(sha256(json));
  const sealed = new Uint8Array(json.length - 1 + SEAL_LENGTH);
  sealed.set(strToU8(`{"sha256":"${digest}",`));
  sealed.set(json.subarray(1), SEAL_LENGTH);
  return sealed;
}

/** True when the file carries a seal and its content matches it; throws when it carries one that does not match. */
function checkSeal(check: Check, raw: Uint8Array): boolean {
  const start = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  for (let i = 0; i < SEAL_START.length; i++) if (raw[start + i] !== SEAL_START[i]) return false;
  const stated = new TextDecoder().decode(raw.subarray(start + SEAL_START.length, start + SEAL_START.length + 64));
  if (raw[start + SEAL_LENGTH - 2] !== 0x22 || raw[start + SEAL_LENGTH - 1] !== 0x2c || !/^[0-9a-f]{64}$/.test(stated)) return false;
  const actual = bytesToHex(sha256.create().update(new Uint8Array([0x7b])).update(raw.subarray(start + SEAL_LENGTH)).digest());
  if (actual !== stated) {
    check.fail('', 'is damaged: its content does not match the SHA-256 it was saved with (some bytes changed while copying or on disk). ' +
      'Open an earlier copy or the autosaved case.');
  }
  return true;
}

function parseJson(check: Check, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return check.fail('', `is not valid JSON (${error instanceof Error ? error.message : 'parse error'}); it may be damaged or cut short.`);
  }
}
