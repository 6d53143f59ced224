// The pipeline worker: thin. Receives files, calls core, posts progress and results; the page never blocks.

import { analyseModel, runPipeline, type PipelineProgress } from '../core/pipeline.ts';
import { louvainValues } from '../core/analysis/registry.ts';
import { prepareCase, type PrepareProgress } from '../core/ingest/prepareFile.ts';
import { isSimpulError, type SimpulError } from '../core/model/errors.ts';
import { reviewPrepared, reviewUnread, type FileReview } from '../core/workbench/fileReview.ts';
import { KeptFiles } from '../core/workbench/keptFiles.ts';
import type { AnalysisResult } from '../core/analysis/types.ts';
import { analysisParts } from './analysisParts.ts';
import type { WireFile, WorkerRequest, WorkerResponse } from './protocol.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerResponse): void };

/** Progress at least this often keeps the bar moving; more often would only flood the page. */
const PROGRESS_MS = 60;

// NOTE: progress is throttled: a 100k-row file would otherwise post 100k messages and flood the page.
function progressPoster(id: number): (progress: PipelineProgress) => void {
  let last = 0;
  let lastStage = '';
  let lastKept: boolean | undefined;
  return (progress) => {
    const now = performance.now();
    const final = progress.done >= progress.total;
    if (progress.stage !== lastStage || progress.kept !== lastKept || final || now - last > PROGRESS_MS) {
      last = now;
      lastStage = progress.stage;
      lastKept = progress.kept;
      scope.postMessage({ id, kind: 'progress', progress });
    }
  };
}

// NOTE: entities and links per message. 2,000 were 60–140 ms each to receive and index on the page at a quarter of
// the national case (a busy machine), 500 still up to 100 ms under heavy load: the page's tasks must stay under 100 ms.
const SLICE = 250;

/** What the review read and planned, kept for the run (see KeptFiles). */
const kept = new KeptFiles();

function toInputs(files: WireFile[]) {
  return files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.buffer), key: file.key }));
}

function stageOf({ step, done, total, file, kept: wasKept }: PrepareProgress): PipelineProgress {
  return { stage: step, done, total, detail: file, ...(wasKept ? { kept: true } : {}) };
}

function handle(request: WorkerRequest): WorkerResponse {
  switch (request.op) {
    case 'prepare': {
      const post = progressPoster(request.id);
      const inputs = toInputs(request.files);
      const outcomes = prepareCase(inputs, { ...(request.mapping ? { mapping: request.mapping } : {}), reuse: kept.reuse(inputs, request.mapping) },
        (progress) => post(stageOf(progress)));
      const reviews: FileReview[] = outcomes.map((outcome, index) => {
        const bytes = inputs[index]?.bytes.length ?? 0;
        return outcome.ok ? reviewPrepared(outcome.prepared, bytes) : reviewUnread(outcome.name, bytes, describe(outcome.error), outcome.table);
      });
      return { id: request.id, kind: 'reviews', reviews };
    }
    case 'run': {
      const inputs = toInputs(request.files);
      let output: ReturnType<typeof runPipeline>;
      try {
        output = runPipeline(inputs, {
          ...(request.mapping ? { mapping: request.mapping } : {}),
          ...louvainValues(request.parameters),
          ...(request.parameters.hubOverrides ? { hubOverrides: request.parameters.hubOverrides } : {}),
          reuse: kept.reuse(inputs, request.mapping),
          onProgress: progressPoster(request.id),
        });
      } finally {
        // NOTE: the run drops each file's rows once imported: what was kept is spent (and its memory goes).
        kept.clear();
      }
      // NOTE: one 7 MB message took the page ~200 ms to receive (structured clone runs on the main thread);
      // slices of the model arrive as separate messages, each a short task.
      for (let start = 0; start < output.model.entities.length; start += SLICE) {
        scope.postMessage({ id: request.id, kind: 'modelPart', entities: output.model.entities.slice(start, start + SLICE), links: [] });
      }
      for (let start = 0; start < output.model.links.length; start += SLICE) {
        scope.postMessage({ id: request.id, kind: 'modelPart', entities: [], links: output.model.links.slice(start, start + SLICE) });
      }
      return { id: request.id, kind: 'result', output: { ...output, model: { entities: [], links: [] }, analysis: postAnalysis(request.id, output.analysis) } };
    }
    case 'reanalyse': {
      const analysis = analyseModel(request.model, {
        ...louvainValues(request.parameters), onProgress: progressPoster(request.id),
        ...(request.parameters.hubOverrides ? { hubOverrides: request.parameters.hubOverrides } : {}),
      });
      return { id: request.id, kind: 'analysis', analysis: postAnalysis(request.id, analysis) };
    }
  }
}

/** Posts the analysis's bulk ahead in parts; returns the rest, to go with the answer. */
function postAnalysis(id: number, analysis: AnalysisResult): AnalysisResult {
  const { head, parts } = analysisParts(analysis);
  for (const part of parts) scope.postMessage({ id, kind: 'analysisPart', part });
  return head;
}

function describe(error: unknown): { code: string; message: string; detail?: SimpulError['detail'] } {
  if (isSimpulError(error)) return { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(handle(event.data));
  } catch (error) {
    scope.postMessage({ id: event.data.id, kind: 'error', error: describe(error) });
  }
};
