// What the import review shows for one file: its plan, its first rows read through that plan, or why it failed.

import type { Classification, ColumnPlan } from '../ingest/classify.ts';
import { filePlanOf } from '../ingest/detectedMapping.ts';
import type { Delimiter } from '../ingest/delimiter.ts';
import type { LegacyEncoding } from '../ingest/legacyEncoding.ts';
import type { Table } from '../ingest/parseTable.ts';
import type { PreparedFile } from '../ingest/prepareFile.ts';
import type { FileKind } from '../ingest/roles.ts';
import type { SimpulError } from '../model/errors.ts';
import { ledgerRowCount } from '../ingest/ledger.ts';
import type { DateFormat } from '../normalize/date.ts';
import { previewRows, type PreviewRow } from './previewRows.ts';

/** A prepared file, summarised for the review card: small enough to post from the worker. */
export interface FileReviewOk {
  ok: true;
  name: string;
  bytes: number;
  kind: FileKind;
  columns: ColumnPlan[];
  subjectCentric: boolean;
  /** 0–1: how sure the reading is; below LOW_CONFIDENCE the card flags the file. */
  confidence: number;
  /** Why this kind, in words a person can check. */
  evidence: string[];
  /** `evidence` as codes (catalogue `readingEvidence`), same order. */
  evidenceCodes?: Classification['evidenceCodes'];
  /** What to check before importing, when the reading is doubtful. */
  needsReview?: string;
  /** `needsReview` as codes (catalogue `readingReview`). */
  reviewNotes?: Classification['reviewNotes'];
  defaultCountry?: string;
  countrySource: PreparedFile['countrySource'];
  dateFormat: DateFormat;
  delimiter: Delimiter;
  /** The legacy encoding the file was read in (a person chose it), when it is not UTF-8 or UTF-16. */
  encoding?: LegacyEncoding;
  /** True when the file has no header line (its columns are `column 1`, `column 2`, …). */
  headerless: boolean;
  /** A one-target CDR's target (from its title, or stated), kept so a saved mapping reads the file alone. */
  targetNumber?: string;
  /** A statement's own account and the header's line when not the first: kept so a saved mapping reads the file alone. */
  subjectNumber?: string;
  /** The rows the ledger will count (ledgerRowCount): rows, footer lines and lines rejected while reading. */
  headerLine?: number;
  rowCount: number;
  assumptions: string[];
  /** Coded form of some `assumptions` (same texts), for other languages (catalogue `ledger.code`). */
  notes?: PreparedFile['notes'];
  preview: PreviewRow[];
}

/** A file that could not be read or classified, with the message that says what to do. */
export interface FileReviewFailed {
  ok: false;
  name: string;
  bytes: number;
  error: { code: string; message: string; detail?: SimpulError['detail'] };
  /** When the file could be parsed (a file held out as unclassifiable): its columns and first rows as written. */
  table?: { headers: string[]; rowCount: number; headerless: boolean; preview: PreviewRow[] };
}

export type FileReview = FileReviewOk | FileReviewFailed;

/** How many rows the card shows. */
export const PREVIEW_ROWS = 6;

/** Summarises a file that could not be read; a parsed one keeps its columns and first rows so a person can tell its kind. */
export function reviewUnread(name: string, bytes: number, error: FileReviewFailed['error'], table?: Table): FileReviewFailed {
  if (!table) return { ok: false, name, bytes, error };
  const preview = table.rows.slice(0, PREVIEW_ROWS).map((cells, index) => ({
    line: table.lines[index] ?? index + 2,
    cells: table.headers.map((_, column) => ({ raw: (cells[column] ?? '').trim() })),
  }));
  return { ok: false, name, bytes, error, table: { headers: table.headers, rowCount: ledgerRowCount(table), headerless: table.headerless, preview } };
}

/** Summarises a prepared file for review. */
export function reviewPrepared(prepared: PreparedFile, bytes: number): FileReviewOk {
  const { table, classification, settings } = prepared;
  const plan = filePlanOf(prepared);
  return {
    ok: true,
    name: table.file,
    bytes,
    kind: classification.kind,
    columns: classification.columns,
    subjectCentric: classification.subjectCentric,
    confidence: classification.confidence,
    evidence: classification.evidence,
    ...(classification.evidenceCodes ? { evidenceCodes: classification.evidenceCodes } : {}),
    ...(classification.needsReview ? { needsReview: classification.needsReview } : {}),
    ...(classification.reviewNotes ? { reviewNotes: classification.reviewNotes } : {}),
    ...(settings.defaultCountry ? { defaultCountry: settings.defaultCountry } : {}),
    countrySource: prepared.countrySource,
    dateFormat: settings.dateFormat,
    delimiter: table.delimiter,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    headerless: table.headerless,
    ...(plan.targetNumber ? { targetNumber: plan.targetNumber } : {}),
    ...(plan.subjectNumber ? { subjectNumber: plan.subjectNumber } : {}),
    ...(plan.headerLine ? { headerLine: plan.headerLine } : {}),
    rowCount: ledgerRowCount(table),
    assumptions: prepared.assumptions,
    ...(prepared.notes ? { notes: prepared.notes } : {}),
    preview: previewRows(prepared, PREVIEW_ROWS),
  };
}
