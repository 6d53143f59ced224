// The pipeline worker: thin. Receives files, calls core, posts progress and results; the page never blocks.

import { analyseModel, runPipeline, type PipelineProgress } from '../core/pipeline.ts';
import { louvainValues } from '../core/analysis/registry.ts';
import { prepareCase } from '../core/ingest/prepareFile.ts';
import { isSimpulError } from '../core/model/errors.ts';
import { reviewPrepared, reviewUnread, type FileReview } from '../core/workbench/fileReview.ts';
import type { WireFile, WorkerRequest, WorkerResponse } from './protocol.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerResponse): void };

// NOTE: progress is throttled: a 100k-row file would otherwise post 100k messages and flood the page.
function progressPoster(id: number): (progress: PipelineProgress) => void {
  let last = 0;
  let lastStage = '';
  return (progress) => {
    const now = performance.now();
    const final = progress.done >= progress.total;
    if (progress.stage !== lastStage || final || now - last > 60) {
      last = now;
      lastStage = progress.stage;
      scope.postMessage({ id, kind: 'progress', progress });
    }
  };
}

const SLICE = 2000;

function toInputs(files: WireFile[]) {
  return files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.buffer) }));
}

function handle(request: WorkerRequest): WorkerResponse {
  switch (request.op) {
    case 'prepare': {
      const post = progressPoster(request.id);
      const inputs = toInputs(request.files);
      const outcomes = prepareCase(inputs, request.mapping ? { mapping: request.mapping } : {},
        (index, name, fraction = 0) => post({ stage: 'parse', done: index + fraction, total: inputs.length, detail: name }));
      const reviews: FileReview[] = outcomes.map((outcome, index) => {
        const bytes = inputs[index]?.bytes.length ?? 0;
        return outcome.ok ? reviewPrepared(outcome.prepared, bytes) : reviewUnread(outcome.name, bytes, describe(outcome.error), outcome.table);
      });
      return { id: request.id, kind: 'reviews', reviews };
    }
    case 'run': {
      const output = runPipeline(toInputs(request.files), {
        ...(request.mapping ? { mapping: request.mapping } : {}),
        ...louvainValues(request.parameters),
        ...(request.parameters.hubOverrides ? { hubOverrides: request.parameters.hubOverrides } : {}),
        onProgress: progressPoster(request.id),
      });
      // NOTE: one 7 MB message took the page ~200 ms to receive (structured clone runs on the main thread);
      // slices of the model arrive as separate messages, each a short task.
      for (let start = 0; start < output.model.entities.length; start += SLICE) {
        scope.postMessage({ id: request.id, kind: 'modelPart', entities: output.model.entities.slice(start, start + SLICE), links: [] });
      }
      for (let start = 0; start < output.model.links.length; start += SLICE) {
        scope.postMessage({ id: request.id, kind: 'modelPart', entities: [], links: output.model.links.slice(start, start + SLICE) });
      }
      return { id: request.id, kind: 'result', output: { ...output, model: { entities: [], links: [] } } };
    }
    case 'reanalyse': {
      const analysis = analyseModel(request.model, {
        ...louvainValues(request.parameters), onProgress: progressPoster(request.id),
        ...(request.parameters.hubOverrides ? { hubOverrides: request.parameters.hubOverrides } : {}),
      });
      return { id: request.id, kind: 'analysis', analysis };
    }
  }
}

function describe(error: unknown): { code: string; message: string } {
  if (isSimpulError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(handle(event.data));
  } catch (error) {
    scope.postMessage({ id: event.data.id, kind: 'error', error: describe(error) });
  }
};
