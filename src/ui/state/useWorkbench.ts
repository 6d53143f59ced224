// The one hook the app runs on: state, plus the actions that talk to the pipeline worker.

import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { InputFile } from '../../core/ingest/prepareFile.ts';
import { parseMapping } from '../../core/ingest/mapping.ts';
import { applyMappingEdit, type MappingEdit } from '../../core/workbench/mappingEdits.ts';
import type { RunParameters } from '../../worker/protocol.ts';
import type { ExportName, ExportOptions } from '../../core/report/exportAll.ts';
import type { CaseView } from '../../core/workspace/caseFile.ts';
import type { CaseNotes } from '../../core/workspace/notes.ts';
import { caseSnapshot } from '../../core/workbench/caseSnapshot.ts';
import type { PipelineProgress } from '../../core/pipeline.ts';
import { CancelledError, PipelineClient, toWire } from './pipelineClient.ts';
import { CaseClient } from './caseClient.ts';
import { INITIAL_STATE, workbenchReducer, type Problem, type WorkbenchState } from './workbenchState.ts';

export interface WorkbenchActions {
  addFiles(files: InputFile[]): void;
  removeFile(name: string): void;
  edit(edit: MappingEdit): void;
  loadMapping(text: string, source: string): void;
  run(): void;
  reanalyse(parameters: RunParameters): void;
  cancel(): void;
  reset(): void;
  dismissProblem(): void;
  showProblem(problem: Problem): void;
  setNotes(notes: CaseNotes): void;
  /** Opens case-file bytes in the worker; on a bad file shows why and changes nothing. Resolves true when opened. */
  openCase(bytes: Uint8Array, fileName: string): Promise<boolean>;
  /** The current case as case-file bytes (what Save writes and autosave stores), with this drawing. */
  caseBytes(view: CaseView): Promise<Uint8Array>;
  /** One export of the current case, as file bytes. */
  exportBytes(name: ExportName, options?: ExportOptions): Promise<Uint8Array>;
}

/** Turns a failure into a problem banner (no code: INTERNAL). */
export function problemOf(error: unknown): Problem {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'INTERNAL';
  return { code, message: error instanceof Error ? error.message : String(error) };
}

export function useWorkbench(): [WorkbenchState, WorkbenchActions] {
  const [state, dispatch] = useReducer(workbenchReducer, INITIAL_STATE);
  const client = useRef<PipelineClient | null>(null);
  const cases = useRef<CaseClient | null>(null);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    const owned = new PipelineClient();
    client.current = owned;
    // NOTE: one worker makes the case and keeps it: exports and saves run where the case already is.
    cases.current = new CaseClient(owned);
    return () => owned.dispose();
  }, []);

  const fail = useCallback((error: unknown) => {
    if (error instanceof CancelledError) return;
    dispatch({ type: 'problem', problem: { code: 'WORKER', message: error instanceof Error ? error.message : String(error) } });
  }, []);

  const prepare = useCallback((files: readonly InputFile[], mapping = latest.current.mapping) => {
    if (!client.current || files.length === 0) return;
    dispatch({ type: 'preparing' });
    const { wire, transfer } = toWire(files);
    // NOTE: reading a big file takes seconds: its progress (inside the file too) is shown on the review.
    client.current.request({ op: 'prepare', files: wire, ...(mapping ? { mapping } : {}) }, transfer, { onProgress: (progress) => dispatch({ type: 'progress', progress }) })
      .then((answer) => {
        if (answer.kind === 'reviews') dispatch({ type: 'reviewed', reviews: answer.reviews });
        else if (answer.kind === 'error') dispatch({ type: 'problem', problem: answer.error });
      }, fail);
  }, [fail]);

  // NOTE: a run's answer (the case, its analysis) arrives in parts for seconds at national size: counted on the bar too.
  // Drawn at once (flushSync, a few times a second): the parts' messages came one after another and React's own render
  // task waited behind them, the bar standing still for seconds at a quarter of the national case.
  const runWatch = useMemo(() => ({
    onProgress: (progress: PipelineProgress) => dispatch({ type: 'progress', progress }),
    onParts: (done: number, total: number) => flushSync(() => dispatch({ type: 'delivery', delivery: { done, total } })),
  }), []);

  const actions = useMemo<WorkbenchActions>(() => ({
    addFiles(files) {
      dispatch({ type: 'filesAdded', files });
      prepare(files);
    },
    removeFile(name) {
      dispatch({ type: 'fileRemoved', name });
    },
    edit(edit) {
      const mapping = applyMappingEdit(latest.current.mapping, edit);
      dispatch({ type: 'mapping', mapping });
      prepare(latest.current.files.filter((file) => file.name === edit.file), mapping);
    },
    loadMapping(text, source) {
      try {
        const mapping = parseMapping(text, source);
        dispatch({ type: 'mapping', mapping });
        prepare(latest.current.files, mapping);
      } catch (error) {
        dispatch({ type: 'problem', problem: { code: 'MAPPING_INVALID', message: error instanceof Error ? error.message : String(error) } });
      }
    },
    run() {
      const current = latest.current;
      if (!client.current || current.files.length === 0) return;
      client.current.cancel();
      dispatch({ type: 'runStarted', running: 'run' });
      const { wire, transfer } = toWire(current.files);
      client.current.request(
        { op: 'run', files: wire, parameters: current.parameters, ...(current.mapping ? { mapping: current.mapping } : {}) },
        transfer,
        runWatch,
      ).then((answer) => {
        if (answer.kind === 'result') dispatch({ type: 'finished', output: answer.output });
        else if (answer.kind === 'error') dispatch({ type: 'problem', problem: answer.error });
      }, fail);
    },
    reanalyse(parameters) {
      const result = latest.current.result;
      if (!client.current || !result) return;
      client.current.cancel();
      dispatch({ type: 'runStarted', running: 'reanalyse' });
      client.current.reanalyse(result.model, result.ledger, parameters, runWatch)
        .then((answer) => {
          if (answer.kind === 'analysis') dispatch({ type: 'reanalysed', analysis: answer.analysis, parameters });
          else if (answer.kind === 'error') dispatch({ type: 'problem', problem: answer.error });
        }, fail);
    },
    cancel() {
      client.current?.cancel();
      dispatch({ type: 'cancelled' });
    },
    reset() {
      client.current?.release();
      dispatch({ type: 'reset' });
    },
    dismissProblem() {
      dispatch({ type: 'problem', problem: undefined });
    },
    showProblem(problem) {
      dispatch({ type: 'problem', problem });
    },
    setNotes(notes) {
      dispatch({ type: 'notes', notes });
    },
    async openCase(bytes, fileName) {
      if (!cases.current) return false;
      // NOTE: the case is opened in the worker that runs the pipeline: a review or run still going there stops first.
      if (latest.current.running || latest.current.preparing > 0) {
        client.current?.cancel();
        dispatch({ type: 'cancelled' });
      }
      try {
        const { data } = await cases.current.open(bytes, fileName);
        dispatch({ type: 'caseOpened', data });
        return true;
      } catch (error) {
        dispatch({ type: 'problem', problem: problemOf(error) });
        return false;
      }
    },
    async caseBytes(view) {
      const current = latest.current;
      if (!cases.current || !current.result) throw new Error('There is no analysed case to save.');
      const { model, ledger, analysis, mapping } = current.result;
      return cases.current.serialize(caseSnapshot({ model, ledger, analysis, mapping, files: current.caseFiles, parameters: current.parameters, notes: current.notes, view }));
    },
    async exportBytes(name, options) {
      const current = latest.current;
      if (!cases.current || !current.result) throw new Error('There is no analysed case to export.');
      const { model, ledger, analysis } = current.result;
      return cases.current.exportFile(name, model, ledger, analysis, current.notes, options);
    },
  }), [prepare, fail, runWatch]);

  return [state, actions];
}
