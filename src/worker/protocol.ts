// Messages between the page and the pipeline worker. Files travel as ArrayBuffers (transferred, not copied).

import type { AnalysisResult, HubOverrides } from '../core/analysis/types.ts';
import type { LouvainValues } from '../core/analysis/registry.ts';
import type { LedgerEntry } from '../core/ingest/ledger.ts';
import type { MappingFile } from '../core/ingest/mapping.ts';
import type { CaseModel } from '../core/model/types.ts';
import type { PipelineProgress } from '../core/pipeline.ts';
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

export type WorkerRequest =
  | { id: number; op: 'prepare'; files: WireFile[]; mapping?: MappingFile }
  | { id: number; op: 'run'; files: WireFile[]; mapping?: MappingFile; parameters: RunParameters }
  | { id: number; op: 'reanalyse'; model: CaseModel; parameters: RunParameters };

export interface RunOutput {
  model: CaseModel;
  ledger: LedgerEntry[];
  analysis: AnalysisResult;
  mapping: MappingFile;
}

export type WorkerResponse =
  | { id: number; kind: 'progress'; progress: PipelineProgress }
  | { id: number; kind: 'reviews'; reviews: FileReview[] }
  /** Part of the next result's model, sent ahead in slices so no single message takes long to receive. */
  | { id: number; kind: 'modelPart'; entities: CaseModel['entities']; links: CaseModel['links'] }
  /** Part of the next result's (or analysis answer's) analysis: its clusters and per-entity records, in slices. */
  | { id: number; kind: 'analysisPart'; part: AnalysisPart }
  | { id: number; kind: 'result'; output: RunOutput }
  | { id: number; kind: 'analysis'; analysis: AnalysisResult }
  | { id: number; kind: 'error'; error: { code: string; message: string } };
