// The workbench's state and its reducer: which screen, which files, the mapping, progress and the result.

import type { InputFile } from '../../core/ingest/prepareFile.ts';
import type { MappingFile } from '../../core/ingest/mapping.ts';
import type { PipelineProgress, PipelineStage } from '../../core/pipeline.ts';
import type { AnalysisResult } from '../../core/analysis/types.ts';
import type { FileReview } from '../../core/workbench/fileReview.ts';
import type { RunOutput, RunParameters } from '../../worker/protocol.ts';
import type { CaseData, CaseInputFile, CaseView } from '../../core/workspace/caseFile.ts';
import { louvainValues } from '../../core/analysis/registry.ts';
import { emptyNotes, followClusterNotes, type CaseNotes } from '../../core/workspace/notes.ts';

export type Phase = 'start' | 'review' | 'running' | 'workbench';

export interface Problem {
  code: string;
  message: string;
}

export interface WorkbenchState {
  phase: Phase;
  files: InputFile[];
  reviews: FileReview[];
  /** What the person stated in the review (or loaded); detection fills the rest. */
  mapping?: MappingFile;
  /** Review requests still in the worker's queue (0: the review is current). */
  preparing: number;
  progress: Partial<Record<PipelineStage, PipelineProgress>>;
  /** Parts of the run's answer received (the case and its analysis), once the worker has said how many. */
  delivery?: { done: number; total: number };
  /** What is running: the first run or a re-analysis with new parameters. */
  running?: 'run' | 'reanalyse';
  parameters: RunParameters;
  result?: RunOutput;
  problem?: Problem;
  /** The analyst's notes on entities and clusters of this case. */
  notes: CaseNotes;
  /** The files the case was made from (names and row counts; an opened case has no bytes). */
  caseFiles: CaseInputFile[];
  /** The drawing an opened case was saved with, shown once when the workbench opens. */
  restoredView?: CaseView;
  /** Changes whenever a different case is shown (a run finished or a case was opened): the workbench starts afresh. */
  caseId: number;
}

export type WorkbenchAction =
  | { type: 'filesAdded'; files: InputFile[] }
  | { type: 'preparing' }
  | { type: 'reviewed'; reviews: FileReview[] }
  | { type: 'mapping'; mapping: MappingFile | undefined }
  | { type: 'fileRemoved'; name: string }
  | { type: 'runStarted'; running: 'run' | 'reanalyse' }
  | { type: 'progress'; progress: PipelineProgress }
  | { type: 'delivery'; delivery: { done: number; total: number } }
  | { type: 'finished'; output: RunOutput }
  | { type: 'reanalysed'; analysis: AnalysisResult; parameters: RunParameters }
  | { type: 'parameters'; parameters: RunParameters }
  | { type: 'cancelled' }
  | { type: 'problem'; problem: Problem | undefined }
  | { type: 'notes'; notes: CaseNotes }
  | { type: 'caseOpened'; data: CaseData }
  | { type: 'reset' };

export const INITIAL_STATE: WorkbenchState = {
  phase: 'start', files: [], reviews: [], preparing: 0, progress: {}, parameters: louvainValues({}),
  notes: emptyNotes(), caseFiles: [], caseId: 0,
};

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case 'filesAdded': {
      const names = new Set(action.files.map((file) => file.name));
      return { ...state, phase: 'review', problem: undefined, files: [...state.files.filter((file) => !names.has(file.name)), ...action.files] };
    }
    case 'preparing':
      return { ...state, preparing: state.preparing + 1, progress: {} };
    case 'reviewed': {
      const byName = new Map(state.reviews.map((review) => [review.name, review]));
      for (const review of action.reviews) byName.set(review.name, review);
      const reviews = state.files.flatMap((file) => byName.get(file.name) ?? []);
      return { ...state, preparing: Math.max(0, state.preparing - 1), reviews };
    }
    case 'mapping':
      return { ...state, mapping: action.mapping };
    case 'fileRemoved': {
      const files = state.files.filter((file) => file.name !== action.name);
      return { ...state, files, reviews: state.reviews.filter((review) => review.name !== action.name), phase: files.length === 0 ? 'start' : state.phase };
    }
    case 'runStarted':
      return { ...state, running: action.running, progress: {}, delivery: undefined, problem: undefined, phase: action.running === 'run' ? 'running' : state.phase };
    case 'progress':
      return { ...state, progress: { ...state.progress, [action.progress.stage]: action.progress } };
    case 'delivery':
      return state.running ? { ...state, delivery: action.delivery } : state;
    case 'finished':
      return {
        ...state, running: undefined, phase: 'workbench', result: action.output, notes: emptyNotes(), restoredView: undefined, caseId: state.caseId + 1,
        caseFiles: action.output.ledger.map((entry) => ({ name: entry.file, rows: entry.rows })),
      };
    case 'notes':
      return { ...state, notes: action.notes };
    case 'caseOpened': {
      const { data } = action;
      return {
        ...INITIAL_STATE, phase: 'workbench', mapping: data.mapping, parameters: data.parameters,
        result: { model: data.model, ledger: data.ledger, analysis: data.analysis, mapping: data.mapping },
        notes: data.notes, caseFiles: data.files, restoredView: data.view, caseId: state.caseId + 1,
      };
    }
    case 'reanalysed':
      return state.result
        ? {
          ...state, running: undefined, parameters: action.parameters, result: { ...state.result, analysis: action.analysis },
          notes: followClusterNotes(state.notes, state.result.analysis, action.analysis),
        }
        : state;
    case 'parameters':
      return { ...state, parameters: action.parameters };
    case 'cancelled': {
      // NOTE: "Stop reading" in the review drops the files not read yet: they were what the person stopped.
      const reviewed = new Set(state.reviews.map((review) => review.name));
      const files = state.phase === 'review' ? state.files.filter((file) => reviewed.has(file.name)) : state.files;
      const phase = state.phase === 'running' ? 'review' : state.phase === 'review' && files.length === 0 ? 'start' : state.phase;
      return { ...state, files, running: undefined, preparing: 0, progress: {}, phase };
    }
    case 'problem':
      return { ...state, running: undefined, preparing: 0, problem: action.problem, phase: state.phase === 'running' ? 'review' : state.phase };
    case 'reset':
      // Seed and resolution carry over; hub corrections name entities of this case only.
      return { ...INITIAL_STATE, parameters: louvainValues(state.parameters), caseId: state.caseId + 1 };
  }
}
