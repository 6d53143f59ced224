// Messages between the page and the case's worker. Files travel as ArrayBuffers (transferred, not copied).

import type { AnalysisResult, HubOverrides } from '../core/analysis/types.ts';
import type { LouvainValues } from '../core/analysis/registry.ts';
import type { LedgerEntry } from '../core/ingest/ledger.ts';
import type { MappingFile } from '../core/ingest/mapping.ts';
import type { CaseModel } from '../core/model/types.ts';
import type { PipelineProgress } from '../core/pipeline.ts';
import type { ExportName, ExportOptions } from '../core/report/exportAll.ts';
import type { CaseData } from '../core/workspace/caseFile.ts';
import type { CaseNotes } from '../core/workspace/notes.ts';
import type { FileReview } from '../core/workbench/fileReview.ts';
import type { AnalysisPart } from './analysisParts.ts';

export interface WireFile {
  name: string;
  buffer: ArrayBuffer;
  /** The page's number for these bytes: the same number is the same file, read once for the review and kept for the run. */
  key: number;
}

/** The analysis parameters (checked by the registry in the worker) and the hub corrections. */
export interface RunParameters extends LouvainValues {
  /** The investigator's corrections to hub detection, by entity id. */
  hubOverrides?: HubOverrides;
}

/**
 * `reanalyse`, `export` and `serialize` work on the case the worker holds: the last run's or opened file's, or the one
 * the page sent in `basePart` / `analysisPart` slices (after the worker was restarted).
 */
export type WorkerRequest =
  | { id: number; op: 'prepare'; files: WireFile[]; mapping?: MappingFile }
  | { id: number; op: 'run'; files: WireFile[]; mapping?: MappingFile; parameters: RunParameters }
  | { id: number; op: 'reanalyse'; parameters: RunParameters }
  | { id: number; op: 'export'; name: ExportName; notes: CaseNotes; generatedAt: string; options?: ExportOptions }
  | { id: number; op: 'serialize'; rest: Omit<CaseData, 'model' | 'ledger' | 'analysis'>; savedAt: string }
  | { id: number; op: 'open'; bytes: ArrayBuffer; fileName: string }
  /** A slice of the case the worker is to hold; `first` starts a new case. Unanswered. */
  | { id: number; op: 'basePart'; first: boolean; ledger: LedgerEntry[]; entities: CaseModel['entities']; links: CaseModel['links'] }
  /** A slice of the analysis the worker is to hold; the one with `head` completes it. Unanswered. */
  | { id: number; op: 'analysisPart'; part?: AnalysisPart; head?: AnalysisResult }
  /**
   * The page has taken in `received` parts of the answer to request `id` (see {@link PARTS_AHEAD}). Unanswered, and
   * heard at once, not queued behind the request it is about.
   */
  | { id: number; op: 'received'; received: number };

// NOTE: flow control. Posted all at once, a national case's thousands of parts queued on the page as one long run of
// message tasks: the bar moved in bursts (standing still for seconds), and every part waited in the page's memory.
/** Parts of an answer the worker posts ahead of what the page has said it received. */
export const PARTS_AHEAD = 16;
/** The page says how many parts it has received after every this many (well inside {@link PARTS_AHEAD}). */
export const RECEIVED_EVERY = 4;

export interface RunOutput {
  model: CaseModel;
  ledger: LedgerEntry[];
  analysis: AnalysisResult;
  mapping: MappingFile;
}

export type WorkerResponse =
  | { id: number; kind: 'progress'; progress: PipelineProgress }
  /** How many `modelPart` and `analysisPart` messages follow, before the answer: the page counts them as they arrive. */
  | { id: number; kind: 'parts'; total: number }
  | { id: number; kind: 'reviews'; reviews: FileReview[] }
  /** Part of the next result's (or opened case's) model, sent ahead in slices so no single message takes long to receive. */
  | { id: number; kind: 'modelPart'; entities: CaseModel['entities']; links: CaseModel['links'] }
  /** Part of the next result's (or analysis answer's, or opened case's) analysis: its clusters and per-entity records, in slices. */
  | { id: number; kind: 'analysisPart'; part: AnalysisPart }
  | { id: number; kind: 'result'; output: RunOutput }
  | { id: number; kind: 'analysis'; analysis: AnalysisResult }
  /** File bytes (transferred, not copied): an export or a case file. */
  | { id: number; kind: 'bytes'; bytes: ArrayBuffer }
  /** The opened case; its model and analysis arrived in the parts before it. */
  | { id: number; kind: 'opened'; data: CaseData; savedAt: string }
  | { id: number; kind: 'error'; error: { code: string; message: string } };
