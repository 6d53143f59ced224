// The case's worker: thin. Receives files, calls core, posts progress and results, and keeps the case it made for
// re-analyses, exports and saves; the page never blocks.

import { analyseModel, runPipeline, type PipelineProgress } from '../core/pipeline.ts';
import { louvainValues } from '../core/analysis/registry.ts';
import { prepareCase, type PrepareProgress } from '../core/ingest/prepareFile.ts';
import { isSimpulError, type SimpulError } from '../core/model/errors.ts';
import { reviewPrepared, reviewUnread, type FileReview } from '../core/workbench/fileReview.ts';
import { KeptFiles } from '../core/workbench/keptFiles.ts';
import type { AnalysisResult } from '../core/analysis/types.ts';
import type { CaseModel } from '../core/model/types.ts';
import { analysisParts } from './analysisParts.ts';
import { HeldCase } from './heldCase.ts';
import { sliceStarts } from './modelSlices.ts';
import { PARTS_AHEAD, type WireFile, type WorkerRequest, type WorkerResponse } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
};

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


/** What the review read and planned, kept for the run (see KeptFiles). */
const kept = new KeptFiles();
/** The case of the last run or opened file (or the one the page sent). */
const held = new HeldCase();

function toInputs(files: WireFile[]) {
  return files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.buffer), key: file.key }));
}

function stageOf({ step, done, total, file, kept: wasKept }: PrepareProgress): PipelineProgress {
  return { stage: step, done, total, detail: file, ...(wasKept ? { kept: true } : {}) };
}

/** Answers one request (undefined: the request is a slice, unanswered). */
async function handle(request: WorkerRequest): Promise<WorkerResponse | undefined> {
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
      held.drop();
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
      held.hold({ model: output.model, ledger: output.ledger }, output.analysis);
      return { id: request.id, kind: 'result', output: { ...output, model: { entities: [], links: [] }, analysis: await postParts(request.id, output.model, output.analysis) } };
    }
    case 'reanalyse': {
      const analysis = analyseModel(held.model(), {
        ...louvainValues(request.parameters), onProgress: progressPoster(request.id),
        ...(request.parameters.hubOverrides ? { hubOverrides: request.parameters.hubOverrides } : {}),
      });
      held.analysed(analysis);
      return { id: request.id, kind: 'analysis', analysis: await postParts(request.id, undefined, analysis) };
    }
    case 'export':
      return bytesOf(request.id, await held.exportFile(request.name, request.notes, request.generatedAt, request.options));
    case 'serialize':
      return bytesOf(request.id, held.serialize(request.rest, request.savedAt));
    case 'open': {
      const { data, savedAt } = held.open(request.bytes, request.fileName);
      // NOTE: an opened case replaces the files under review: what was kept for a run goes.
      kept.clear();
      return { id: request.id, kind: 'opened', data: { ...data, model: { entities: [], links: [] }, analysis: await postParts(request.id, data.model, data.analysis) }, savedAt };
    }
    case 'basePart':
      held.addBasePart(request.first, request.ledger, request.entities, request.links);
      return undefined;
    case 'analysisPart':
      held.addAnalysisPart(request.part, request.head);
      return undefined;
    case 'received':
      // NOTE: heard in onmessage, never queued; here only for the switch to be complete.
      heard(request.id, request.received);
      return undefined;
  }
}

// NOTE: one 7 MB message took the page ~200 ms to receive (structured clone runs on the main thread);
// slices of the model arrive as separate messages, each a short task. The page is told how many come first: receiving
// them takes seconds for a national case, and its bar moves with them. At most PARTS_AHEAD go out before the page
// says it has taken them in, so the page paints between parts and never holds a backlog of them.
/**
 * Posts the model (when given) and the analysis's bulk in parts, after how many there are; returns the rest of the
 * analysis, to go with the answer.
 */
async function postParts(id: number, model: CaseModel | undefined, analysis: AnalysisResult): Promise<AnalysisResult> {
  const { head, parts } = analysisParts(analysis);
  const analysisBulk = [...parts];
  const entityStarts = model ? sliceStarts(model.entities) : [];
  const linkStarts = model ? sliceStarts(model.links) : [];
  scope.postMessage({ id, kind: 'parts', total: Math.max(0, entityStarts.length - 1) + Math.max(0, linkStarts.length - 1) + analysisBulk.length });
  let sent = 0;
  const post = async (message: WorkerResponse) => {
    await roomFor(id, sent);
    scope.postMessage(message);
    sent += 1;
  };
  try {
    if (model) {
      for (let i = 1; i < entityStarts.length; i++) {
        await post({ id, kind: 'modelPart', entities: model.entities.slice(entityStarts[i - 1], entityStarts[i]), links: [] });
      }
      for (let i = 1; i < linkStarts.length; i++) {
        await post({ id, kind: 'modelPart', entities: [], links: model.links.slice(linkStarts[i - 1], linkStarts[i]) });
      }
    }
    for (const part of analysisBulk) await post({ id, kind: 'analysisPart', part });
  } finally {
    receivedBy.delete(id);
  }
  return head;
}

/** How many parts of each answer the page has said it received. */
const receivedBy = new Map<number, number>();
/** Wakes the sender waiting for the page's word, if one waits. */
let wake: (() => void) | undefined;

function heard(id: number, received: number): void {
  receivedBy.set(id, Math.max(received, receivedBy.get(id) ?? 0));
  const waiting = wake;
  wake = undefined;
  waiting?.();
}

/** Resolves once part number `sent` of answer `id` may go: fewer than PARTS_AHEAD are still on their way. */
async function roomFor(id: number, sent: number): Promise<void> {
  while (sent - (receivedBy.get(id) ?? 0) >= PARTS_AHEAD) await new Promise<void>((resolve) => { wake = resolve; });
}

/** File bytes as an answer, their buffer transferred (a copy only when the bytes are a view of a larger buffer). */
function bytesOf(id: number, bytes: Uint8Array): WorkerResponse {
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer as ArrayBuffer : bytes.slice().buffer;
  transfers.set(id, [buffer]);
  return { id, kind: 'bytes', bytes: buffer };
}

function describe(error: unknown): { code: string; message: string; detail?: SimpulError['detail'] } {
  if (isSimpulError(error)) return { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** Buffers an answer hands over rather than copies, by request. */
const transfers = new Map<number, Transferable[]>();

// NOTE: some exports are built asynchronously (.xlsx); requests are handled one after another, in order.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  // NOTE: the page's word on the parts it received is heard at once: the request it is about waits for it in the queue.
  if (request.op === 'received') {
    heard(request.id, request.received);
    return;
  }
  queue = queue.then(async () => {
    const answer = await handle(request);
    if (answer) scope.postMessage(answer, transfers.get(request.id) ?? []);
  }).catch((error: unknown) => {
    scope.postMessage({ id: request.id, kind: 'error', error: describe(error) });
  }).finally(() => transfers.delete(request.id));
};
