// The page's side of the case worker: exports and case files built off the main thread, answered in order.

import CaseWorker from '../../worker/case.worker.ts?worker&inline';
import type { AnalysisResult } from '../../core/analysis/types.ts';
import type { LedgerEntry } from '../../core/ingest/ledger.ts';
import type { CaseModel } from '../../core/model/types.ts';
import type { ExportName, ExportOptions } from '../../core/report/exportAll.ts';
import type { CaseData } from '../../core/workspace/caseFile.ts';
import type { CaseNotes } from '../../core/workspace/notes.ts';
import type { CaseRequest, CaseResponse } from '../../worker/caseProtocol.ts';
import { analysisParts } from '../../worker/analysisParts.ts';

/** A failure the worker described: a stable code and a message a person can act on. */
export class CaseWorkerError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CaseWorkerError';
  }
}

/** Entities or links per message when the page hands a case to the worker. */
// NOTE: 500, as the pipeline worker answers: 2,000 were tens of ms each to copy at a quarter of the national case.
const BASE_SLICE = 500;

/** Lets the page paint and handle input before the next slice. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type RequestBody = CaseRequest extends infer R ? (R extends CaseRequest ? Omit<R, 'id'> : never) : never;

export class CaseClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve: (answer: CaseResponse) => void; reject: (error: Error) => void; model: CaseModel }>();
  /** The model the worker holds (sent, or opened there): requests about it leave the bulk out. */
  private held: CaseModel | null = null;
  private baseSent: Promise<void> | null = null;
  private heldAnalysis: AnalysisResult | null = null;
  private analysisSent: Promise<void> | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new CaseWorker();
    worker.onmessage = (event: MessageEvent<CaseResponse>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.kind === 'openedPart') {
        for (const entity of message.entities) pending.model.entities.push(entity);
        for (const link of message.links) pending.model.links.push(link);
        return;
      }
      this.pending.delete(message.id);
      if (message.kind === 'error') pending.reject(new CaseWorkerError(message.error.code, message.error.message));
      else if (message.kind === 'opened') pending.resolve({ ...message, data: { ...message.data, model: pending.model } });
      else pending.resolve(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const pending = [...this.pending.values()];
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
      this.held = null;
      this.baseSent = null;
      this.heldAnalysis = null;
      this.analysisSent = null;
      for (const item of pending) item.reject(new CaseWorkerError('WORKER', event.message || 'The case worker stopped.'));
    };
    this.worker = worker;
    return worker;
  }

  private request(body: RequestBody, transfer: Transferable[] = []): Promise<CaseResponse> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, model: { entities: [], links: [] } });
      worker.postMessage({ ...body, id } as CaseRequest, transfer);
    });
  }

  // NOTE: one structured clone of a large case is a long task on the page; the case goes over in slices,
  // the page breathing between them. Requests wait for the whole case; a worker's messages keep their order.
  private sendBase(model: CaseModel, ledger: LedgerEntry[]): Promise<void> {
    if (this.held === model && this.baseSent) return this.baseSent;
    const worker = this.ensure();
    this.held = model;
    const sending = (async () => {
      const { entities, links } = model;
      worker.postMessage({ id: 0, op: 'basePart', first: true, ledger, entities: [], links: [] } satisfies CaseRequest);
      for (let start = 0; start < entities.length; start += BASE_SLICE) {
        await breathe();
        worker.postMessage({ id: 0, op: 'basePart', first: false, ledger: [], entities: entities.slice(start, start + BASE_SLICE), links: [] } satisfies CaseRequest);
      }
      for (let start = 0; start < links.length; start += BASE_SLICE) {
        await breathe();
        worker.postMessage({ id: 0, op: 'basePart', first: false, ledger: [], entities: [], links: links.slice(start, start + BASE_SLICE) } satisfies CaseRequest);
      }
    })();
    this.baseSent = sending;
    return sending;
  }

  // NOTE: a note edit autosaves the whole case; sending the analysis (scores of every entity) each time would
  // cost a structured clone on the main thread per keystroke pause. It changes only on a run or re-run, and
  // goes over in parts like the case (whole, it was a 0.5 s task at a tenth of a national case).
  private sendAnalysis(analysis: AnalysisResult): Promise<void> {
    if (this.heldAnalysis === analysis && this.analysisSent) return this.analysisSent;
    const worker = this.ensure();
    this.heldAnalysis = analysis;
    const sending = (async () => {
      const { head, parts } = analysisParts(analysis);
      for (const part of parts) {
        await breathe();
        worker.postMessage({ id: 0, op: 'analysisPart', part } satisfies CaseRequest);
      }
      worker.postMessage({ id: 0, op: 'analysisPart', head } satisfies CaseRequest);
    })();
    this.analysisSent = sending;
    return sending;
  }

  /** One export's bytes (UTF-8 text, or the file itself for .xlsx and .zip). */
  async exportFile(name: ExportName, model: CaseModel, ledger: LedgerEntry[], analysis: AnalysisResult, notes: CaseNotes, options: ExportOptions = {}): Promise<Uint8Array> {
    await this.sendBase(model, ledger);
    await this.sendAnalysis(analysis);
    const answer = await this.request({ op: 'export', name, notes, generatedAt: new Date().toISOString(), options });
    return bytesOf(answer);
  }

  /** The case-file bytes, exactly what "Save case" writes. */
  async serialize(data: CaseData, savedAt = new Date().toISOString()): Promise<Uint8Array> {
    const { model, ledger, analysis, ...rest } = data;
    await this.sendBase(model, ledger);
    await this.sendAnalysis(analysis);
    return bytesOf(await this.request({ op: 'serialize', rest, savedAt }));
  }

  /** Opens case-file bytes; rejects with CaseWorkerError (CASE_FILE_INVALID, CASE_FILE_VERSION) and changes nothing. */
  async open(bytes: Uint8Array, fileName: string): Promise<{ data: CaseData; savedAt: string }> {
    const buffer = bytes.slice().buffer;
    const answer = await this.request({ op: 'open', bytes: buffer, fileName }, [buffer]);
    if (answer.kind !== 'opened') throw new CaseWorkerError('INTERNAL', 'The case worker answered out of turn.');
    this.held = answer.data.model;
    this.baseSent = Promise.resolve();
    this.heldAnalysis = answer.data.analysis;
    this.analysisSent = Promise.resolve();
    return { data: answer.data, savedAt: answer.savedAt };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.held = null;
    this.baseSent = null;
    this.heldAnalysis = null;
    this.analysisSent = null;
    for (const item of this.pending.values()) item.reject(new CaseWorkerError('CANCELLED', 'Cancelled.'));
    this.pending.clear();
  }
}

function bytesOf(answer: CaseResponse): Uint8Array {
  if (answer.kind !== 'bytes') throw new CaseWorkerError('INTERNAL', 'The case worker answered out of turn.');
  return new Uint8Array(answer.bytes);
}
