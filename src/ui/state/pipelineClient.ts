// The page's side of the pipeline worker: one request at a time, progress callbacks, and cancel by terminating.

import PipelineWorker from '../../worker/pipeline.worker.ts?worker&inline';
import type { InputFile } from '../../core/ingest/prepareFile.ts';
import type { PipelineProgress } from '../../core/pipeline.ts';
import type { Entity, Link } from '../../core/model/types.ts';
import type { WireFile, WorkerRequest, WorkerResponse } from '../../worker/protocol.ts';
import { AnalysisJoiner } from '../../worker/analysisParts.ts';
import { CaseIndexParts } from '../../core/workbench/caseIndex.ts';
import { ZoneVotes } from '../../core/workbench/timeline.ts';

type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
type Answer = Exclude<WorkerResponse, { kind: 'progress' } | { kind: 'modelPart' } | { kind: 'analysisPart' }>;

/** Thrown (as a rejection) when a request is cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}

/** A number per bytes object the page holds: the worker keeps what it read of a file under it. */
const fileKeys = new WeakMap<Uint8Array, number>();
let lastKey = 0;

function keyOf(bytes: Uint8Array): number {
  let key = fileKeys.get(bytes);
  if (key === undefined) {
    key = ++lastKey;
    fileKeys.set(bytes, key);
  }
  return key;
}

/** Copies the bytes so the page keeps its own for the next request, then hands the copy over without a second copy. */
export function toWire(files: readonly InputFile[]): { wire: WireFile[]; transfer: ArrayBuffer[] } {
  const wire = files.map((file) => ({ name: file.name, buffer: file.bytes.slice().buffer, key: keyOf(file.bytes) }));
  return { wire, transfer: wire.map((file) => file.buffer) };
}

export class PipelineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  /** Requests in the worker's queue, answered in order. */
  private pending = new Map<number, {
    resolve: (answer: Answer) => void; reject: (error: Error) => void; onProgress?: (p: PipelineProgress) => void;
    entities: Entity[]; links: Link[]; analysis: AnalysisJoiner; index: CaseIndexParts; zones: ZoneVotes;
  }>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new PipelineWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.kind === 'progress') {
        pending.onProgress?.(message.progress);
        return;
      }
      if (message.kind === 'modelPart') {
        for (const entity of message.entities) pending.entities.push(entity);
        for (const link of message.links) pending.links.push(link);
        pending.index.addEntities(message.entities);
        pending.index.addLinks(message.links);
        pending.zones.addEntities(message.entities);
        pending.zones.addLinks(message.links);
        return;
      }
      if (message.kind === 'analysisPart') {
        pending.analysis.add(message.part);
        return;
      }
      this.pending.delete(message.id);
      if (message.kind === 'result') {
        const model = { entities: pending.entities, links: pending.links };
        pending.index.register(model);
        pending.zones.register(model);
        pending.resolve({ ...message, output: { ...message.output, model, analysis: pending.analysis.join(message.output.analysis) } });
      } else if (message.kind === 'analysis') {
        pending.resolve({ ...message, analysis: pending.analysis.join(message.analysis) });
      } else {
        pending.resolve(message);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const pending = [...this.pending.values()];
      this.pending.clear();
      this.reset();
      for (const item of pending) item.reject(new Error(event.message || 'The analysis worker stopped.'));
    };
    this.worker = worker;
    return worker;
  }

  /** Queues one request; the worker answers requests in the order they were sent. */
  request(body: RequestBody, transfer: Transferable[], onProgress?: (progress: PipelineProgress) => void): Promise<Answer> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, entities: [], links: [], analysis: new AnalysisJoiner(), index: new CaseIndexParts(), zones: new ZoneVotes(), ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ ...body, id } as WorkerRequest, transfer);
    });
  }

  // NOTE: the pipeline is synchronous inside the worker, so a message could not interrupt it;
  // terminating the worker stops it at once and a fresh one is started for the next request.
  /**
   * Stops every queued and running request (their promises reject with CancelledError). An idle worker is left
   * alone: it keeps the files the review read, for the run.
   */
  cancel(): void {
    if (this.pending.size === 0) return;
    this.release();
  }

  /** Stops everything and lets the worker go, with the files it kept (a new case, or an opened one). */
  release(): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.reset();
    for (const item of pending) item.reject(new CancelledError());
  }

  dispose(): void {
    this.release();
  }

  private reset(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
