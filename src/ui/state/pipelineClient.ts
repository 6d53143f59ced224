// The page's side of the case's worker: requests answered in order, progress callbacks, cancel by terminating, and
// which case the worker holds (so a re-analysis, export or save sends no copy of it).

import PipelineWorker from '../../worker/pipeline.worker.ts?worker&inline';
import type { AnalysisResult } from '../../core/analysis/types.ts';
import type { InputFile } from '../../core/ingest/prepareFile.ts';
import type { LedgerEntry } from '../../core/ingest/ledger.ts';
import type { PipelineProgress } from '../../core/pipeline.ts';
import type { CaseModel, Entity, Link } from '../../core/model/types.ts';
import { RECEIVED_EVERY, type WireFile, type WorkerRequest, type WorkerResponse } from '../../worker/protocol.ts';
import { AnalysisJoiner, analysisParts } from '../../worker/analysisParts.ts';
import { CaseIndexParts } from '../../core/workbench/caseIndex.ts';
import { ZoneVotes } from '../../core/workbench/timeline.ts';

type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
type Answer = Exclude<WorkerResponse, { kind: 'progress' } | { kind: 'parts' } | { kind: 'modelPart' } | { kind: 'analysisPart' }>;

/** What a request's caller watches: the worker's progress, and the parts of its answer as they arrive. */
export interface Watch {
  onProgress?: (progress: PipelineProgress) => void;
  /** `done` of `total` parts of the answer received (a few times a second at most, and at the last). */
  onParts?: (done: number, total: number) => void;
}

/** Parts counted between two calls of `onParts`. */
const PARTS_MS = 100;

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

/** Entities or links per message when the page hands a case to the worker. */
// NOTE: 500, as the worker answers: 2,000 were tens of ms each to copy at a quarter of the national case.
const BASE_SLICE = 500;

/** Lets the page paint and handle input before the next slice. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  watch: Watch;
  parts: { done: number; total: number; shown: number };
  /** A review, run or re-analysis: what Cancel stops. */
  cancellable: boolean;
  entities: Entity[];
  links: Link[];
  analysis: AnalysisJoiner;
  index: CaseIndexParts;
  zones: ZoneVotes;
}

/**
 * The case the worker holds, as the page has it (the same objects): `model` and `analysis` when known, the sending
 * of them when the page is sending them, `expecting` a run or opened file whose answer will be the case held.
 */
interface Held {
  model?: CaseModel;
  modelSent?: Promise<void>;
  analysis?: AnalysisResult;
  analysisSent?: Promise<void>;
  expecting?: number;
}

const CANCELLABLE = new Set<RequestBody['op']>(['prepare', 'run', 'reanalyse']);

export class PipelineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  /** Requests in the worker's queue, answered in order. */
  private pending = new Map<number, Pending>();
  private held: Held = {};

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new PipelineWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
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

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.kind === 'progress') {
      pending.watch.onProgress?.(message.progress);
      return;
    }
    if (message.kind === 'parts') {
      pending.parts.total = message.total;
      pending.watch.onParts?.(0, message.total);
      return;
    }
    if (message.kind === 'modelPart' || message.kind === 'analysisPart') {
      if (message.kind === 'modelPart') {
        for (const entity of message.entities) pending.entities.push(entity);
        for (const link of message.links) pending.links.push(link);
        pending.index.addEntities(message.entities);
        pending.index.addLinks(message.links);
        pending.zones.addEntities(message.entities);
        pending.zones.addLinks(message.links);
      } else {
        pending.analysis.add(message.part);
      }
      this.counted(pending);
      // NOTE: the worker sends the next parts when told these were taken in (flow control, see PARTS_AHEAD).
      if (pending.parts.done % RECEIVED_EVERY === 0) this.worker?.postMessage({ id: message.id, op: 'received', received: pending.parts.done } satisfies WorkerRequest);
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === 'result' || message.kind === 'opened') {
      const model = { entities: pending.entities, links: pending.links };
      pending.index.register(model);
      pending.zones.register(model);
      const analysis = pending.analysis.join(message.kind === 'result' ? message.output.analysis : message.data.analysis);
      if (this.held.expecting === message.id) this.held = { model, analysis };
      if (message.kind === 'result') pending.resolve({ ...message, output: { ...message.output, model, analysis } });
      else pending.resolve({ ...message, data: { ...message.data, model, analysis } });
    } else if (message.kind === 'analysis') {
      pending.resolve({ ...message, analysis: pending.analysis.join(message.analysis) });
    } else {
      pending.resolve(message);
    }
  }

  private counted(pending: Pending): void {
    const parts = pending.parts;
    parts.done += 1;
    const now = performance.now();
    if (parts.done >= parts.total || now - parts.shown > PARTS_MS) {
      parts.shown = now;
      pending.watch.onParts?.(parts.done, parts.total);
    }
  }

  /**
   * Queues one request; the worker answers requests in the order they were sent. With `after`, the request is sent
   * once it resolves (the case it is about has reached the worker), and fails with it.
   */
  request(body: RequestBody, transfer: Transferable[], watch: Watch = {}, after?: Promise<void>): Promise<Answer> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, {
        resolve, reject, watch, parts: { done: 0, total: 0, shown: 0 }, cancellable: CANCELLABLE.has(body.op), entities: [], links: [],
        analysis: new AnalysisJoiner(), index: new CaseIndexParts(), zones: new ZoneVotes(),
      });
      const post = () => {
        if (!this.pending.has(id) || this.worker !== worker) return;
        // NOTE: a run or an opened file replaces the case the worker holds; a sending of another case stops here.
        if (body.op === 'run' || body.op === 'open') this.held = { expecting: id };
        worker.postMessage({ ...body, id } as WorkerRequest, transfer);
      };
      if (!after) post();
      else after.then(post, (error: unknown) => {
        if (this.pending.delete(id)) reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  /**
   * Makes sure the worker holds this case (and this analysis): nothing to send when it made or opened it, else it goes
   * over in slices, the page breathing between them. Resolves when the last slice is posted.
   */
  hold(model: CaseModel, ledger: LedgerEntry[], analysis?: AnalysisResult): Promise<void> {
    const worker = this.ensure();
    if (this.held.model !== model) this.held = { model, modelSent: this.sendBase(worker, model, ledger) };
    if (analysis && this.held.analysis !== analysis) {
      this.held.analysis = analysis;
      this.held.analysisSent = this.sendAnalysis(worker, model, analysis);
    }
    return Promise.all([this.held.modelSent, analysis ? this.held.analysisSent : undefined]).then(() => undefined);
  }

  /** Re-runs the analysis on the case the worker holds (sent first if it holds another). */
  async reanalyse(model: CaseModel, ledger: LedgerEntry[], parameters: Extract<RequestBody, { op: 'reanalyse' }>['parameters'], watch: Watch): Promise<Answer> {
    const answer = await this.request({ op: 'reanalyse', parameters }, [], watch, this.hold(model, ledger));
    // NOTE: the worker now holds the new analysis with the case; the page's copy of it is the one to compare with.
    if (answer.kind === 'analysis' && this.held.model === model) {
      this.held.analysis = answer.analysis;
      delete this.held.analysisSent;
    }
    return answer;
  }

  private sending(worker: Worker, model: CaseModel): void {
    if (this.worker !== worker || this.held.model !== model) throw new CancelledError();
  }

  // NOTE: one structured clone of a large case is a long task on the page; the case goes over in slices.
  private async sendBase(worker: Worker, model: CaseModel, ledger: LedgerEntry[]): Promise<void> {
    const { entities, links } = model;
    worker.postMessage({ id: 0, op: 'basePart', first: true, ledger, entities: [], links: [] } satisfies WorkerRequest);
    for (let start = 0; start < entities.length; start += BASE_SLICE) {
      await breathe();
      this.sending(worker, model);
      worker.postMessage({ id: 0, op: 'basePart', first: false, ledger: [], entities: entities.slice(start, start + BASE_SLICE), links: [] } satisfies WorkerRequest);
    }
    for (let start = 0; start < links.length; start += BASE_SLICE) {
      await breathe();
      this.sending(worker, model);
      worker.postMessage({ id: 0, op: 'basePart', first: false, ledger: [], entities: [], links: links.slice(start, start + BASE_SLICE) } satisfies WorkerRequest);
    }
  }

  // NOTE: the analysis (scores of every entity) changes only on a run or re-run, and goes over in parts like the case
  // (whole, it was a 0.5 s task at a tenth of a national case).
  private async sendAnalysis(worker: Worker, model: CaseModel, analysis: AnalysisResult): Promise<void> {
    const { head, parts } = analysisParts(analysis);
    for (const part of parts) {
      await breathe();
      this.sending(worker, model);
      worker.postMessage({ id: 0, op: 'analysisPart', part } satisfies WorkerRequest);
    }
    this.sending(worker, model);
    worker.postMessage({ id: 0, op: 'analysisPart', head } satisfies WorkerRequest);
  }

  // NOTE: the pipeline is synchronous inside the worker, so a message could not interrupt it;
  // terminating the worker stops it at once and a fresh one is started for the next request.
  /**
   * Stops every queued and running request (their promises reject with CancelledError) when a review, run or
   * re-analysis is among them. A worker busy only with exports and saves is left alone, and an idle one keeps the
   * files the review read, for the run.
   */
  cancel(): void {
    if ([...this.pending.values()].some((item) => item.cancellable)) this.release();
  }

  /** Stops everything and lets the worker go, with the files and the case it kept (a new case). */
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
    this.held = {};
  }
}
