// The case worker: thin. Builds exports and case files, and opens case files, so a big case never freezes the page.

import { isSimpulError } from '../core/model/errors.ts';
import { exportTo } from '../core/report/exportAll.ts';
import { concatBytes } from '../core/report/textOut.ts';
import { buildReport } from '../core/report/reportModel.ts';
import { SIMPUL_VERSION } from '../core/version.ts';
import { openCaseFile, serializeCase } from '../core/workspace/openCase.ts';
import type { AnalysisResult } from '../core/analysis/types.ts';
import type { CaseBase, CaseRequest, CaseResponse } from './caseProtocol.ts';
import { AnalysisJoiner } from './analysisParts.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CaseRequest>) => void) | null;
  postMessage(message: CaseResponse, transfer?: Transferable[]): void;
};

// NOTE: the model and ledger are the bulk of a case and change only with a new run or an opened file;
// the page sends them once and later requests reuse them (a note edit then costs no 7 MB copy).
// NOTE: 500 per message, as the pipeline worker sends a run: each is received in a short task on the page.
const SLICE = 500;

let base: CaseBase | null = null;
let analysis: AnalysisResult | null = null;
let arriving = new AnalysisJoiner();

function currentBase(): CaseBase {
  if (!base) throw new Error('The case worker has no case yet.');
  return base;
}

function currentAnalysis(sent: AnalysisResult | undefined): AnalysisResult {
  if (sent) analysis = sent;
  if (!analysis) throw new Error('The case worker has no analysis yet.');
  return analysis;
}

function bytesOf(id: number, bytes: Uint8Array): void {
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer as ArrayBuffer : bytes.slice().buffer;
  scope.postMessage({ id, kind: 'bytes', bytes: buffer }, [buffer]);
}

async function handle(request: CaseRequest): Promise<void> {
  switch (request.op) {
    case 'export': {
      const { model, ledger } = currentBase();
      const result = currentAnalysis(request.analysis);
      const report = buildReport(model, result, ledger, { generatorVersion: SIMPUL_VERSION, generatedAt: request.generatedAt });
      // NOTE: streamed in UTF-8 chunks and joined as bytes once: no export is ever one JavaScript string here.
      const chunks: Uint8Array[] = [];
      await exportTo(request.name, { report, model, analysis: result, notes: request.notes, options: request.options }, (chunk) => chunks.push(chunk));
      bytesOf(request.id, concatBytes(chunks));
      return;
    }
    case 'serialize': {
      const { model, ledger } = currentBase();
      bytesOf(request.id, serializeCase({ ...request.rest, model, ledger, analysis: currentAnalysis(request.analysis) }, { savedAt: request.savedAt }));
      return;
    }
    case 'analysisPart': {
      if (request.part) arriving.add(request.part);
      if (request.head) {
        analysis = arriving.join(request.head);
        arriving = new AnalysisJoiner();
      }
      return;
    }
    case 'basePart': {
      if (request.first || !base) base = { model: { entities: [], links: [] }, ledger: request.ledger };
      for (const entity of request.entities) base.model.entities.push(entity);
      for (const link of request.links) base.model.links.push(link);
      return;
    }
    case 'open': {
      const opened = openCaseFile(new Uint8Array(request.bytes), request.fileName);
      base = { model: opened.data.model, ledger: opened.data.ledger };
      analysis = opened.data.analysis;
      // NOTE: as for a run's result: one multi-megabyte message would take the page a long task to receive.
      const { entities, links } = opened.data.model;
      for (let start = 0; start < entities.length; start += SLICE) {
        scope.postMessage({ id: request.id, kind: 'openedPart', entities: entities.slice(start, start + SLICE), links: [] });
      }
      for (let start = 0; start < links.length; start += SLICE) {
        scope.postMessage({ id: request.id, kind: 'openedPart', entities: [], links: links.slice(start, start + SLICE) });
      }
      scope.postMessage({ id: request.id, kind: 'opened', data: { ...opened.data, model: { entities: [], links: [] } }, savedAt: opened.savedAt });
    }
  }
}

// NOTE: some exports are built asynchronously (.xlsx); requests are handled one after another, in order.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data)).catch((error: unknown) => {
    const described = isSimpulError(error) ? { code: error.code, message: error.message }
      : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
    scope.postMessage({ id: event.data.id, kind: 'error', error: described });
  });
};
