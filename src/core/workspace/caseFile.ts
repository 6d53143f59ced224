// The saved case (`*.simpul.json`): one versioned envelope holding everything needed to reopen an investigation.

import type { AnalysisResult, HubOverrides } from '../analysis/types.ts';
import type { LouvainValues } from '../analysis/registry.ts';
import type { LedgerEntry } from '../ingest/ledger.ts';
import type { MappingFile } from '../ingest/mapping.ts';
import type { CaseModel } from '../model/types.ts';
import type { CaseNotes } from './notes.ts';

export const CASE_FILE_TYPE = 'simpul-case';
export const CASE_FILE_VERSION = 3;
/** The saved case's extension; a gzip-compressed one adds `.gz` (opening tells gzip by its magic bytes, not by the name). */
export const CASE_FILE_EXTENSION = '.simpul.json';
export const CASE_FILE_GZIP_EXTENSION = '.simpul.json.gz';

/** True for gzip bytes (magic 1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** An input file as the case knows it (the bytes are not kept: evidence stays where the analyst put it). */
export interface CaseInputFile {
  name: string;
  rows: number;
}

/** The analysis values (as the registry defines them) and the hub corrections. */
export interface CaseParameters extends LouvainValues {
  hubOverrides: HubOverrides;
}

/** What the analyst arranged: node positions on the canvas and entities hidden from it. */
export interface CaseView {
  positions: Record<string, { x: number; y: number }>;
  hidden: string[];
}

/** Everything the workbench holds about one case; what `serializeCase` saves and `openCase` gives back. */
export interface CaseData {
  mapping: MappingFile;
  files: CaseInputFile[];
  model: CaseModel;
  ledger: LedgerEntry[];
  parameters: CaseParameters;
  analysis: AnalysisResult;
  view: CaseView;
  notes: CaseNotes;
}

/** The file on disk, version 3 (written with its SHA-256 first: `{"sha256":"…",` then these fields). */
export interface CaseFileV3 extends CaseData {
  type: typeof CASE_FILE_TYPE;
  version: typeof CASE_FILE_VERSION;
  generator: { name: 'simpul'; version: string };
  /** ISO 8601. */
  savedAt: string;
}

/**
 * A case name made safe for a download: letters, digits, `-` and `_`, with the case-file extension
 * (`.simpul.json.gz` when the bytes are gzip, so other tools and people know what they hold).
 */
export function caseFileName(caseName: string, gzip = false): string {
  const base = caseName.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base || 'case'}${gzip ? CASE_FILE_GZIP_EXTENSION : CASE_FILE_EXTENSION}`;
}
