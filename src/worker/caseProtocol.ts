// Messages between the page and the case worker: exports, saving and opening case files, off the main thread.

import type { AnalysisResult } from '../core/analysis/types.ts';
import type { LedgerEntry } from '../core/ingest/ledger.ts';
import type { CaseModel } from '../core/model/types.ts';
import type { ExportName, ExportOptions } from '../core/report/exportAll.ts';
import type { CaseData } from '../core/workspace/caseFile.ts';
import type { CaseNotes } from '../core/workspace/notes.ts';
import type { AnalysisPart } from './analysisParts.ts';

/** The heavy, rarely changing part of a case; sent once per case and kept by the worker. */
export interface CaseBase {
  model: CaseModel;
  ledger: LedgerEntry[];
}

/** Omitted parts (`base`, `analysis`) are the ones the worker already holds from an earlier request. */
export type CaseRequest =
  | { id: number; op: 'export'; name: ExportName; analysis?: AnalysisResult; notes: CaseNotes; generatedAt: string; options?: ExportOptions }
  | { id: number; op: 'serialize'; analysis?: AnalysisResult; rest: Omit<CaseData, 'model' | 'ledger' | 'analysis'>; savedAt: string }
  /** A slice of the case the worker is to hold; `first` starts a new case. Unanswered. */
  | { id: number; op: 'basePart'; first: boolean; ledger: LedgerEntry[]; entities: CaseModel['entities']; links: CaseModel['links'] }
  /** A slice of the analysis the worker is to hold; the one with `head` completes it. Unanswered. */
  | { id: number; op: 'analysisPart'; part?: AnalysisPart; head?: AnalysisResult }
  | { id: number; op: 'open'; bytes: ArrayBuffer; fileName: string };

export type CaseResponse =
  /** File bytes (transferred, not copied). */
  | { id: number; kind: 'bytes'; bytes: ArrayBuffer }
  /** Part of an opened case's model, sent ahead in slices so no single message takes long to receive. */
  | { id: number; kind: 'openedPart'; entities: CaseModel['entities']; links: CaseModel['links'] }
  /** The opened case; its model arrived in the `openedPart` messages before it. */
  | { id: number; kind: 'opened'; data: CaseData; savedAt: string }
  | { id: number; kind: 'error'; error: { code: string; message: string } };
