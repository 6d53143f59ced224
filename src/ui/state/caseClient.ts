// Exports, saves and opened case files, built in the case's worker (which holds the case) off the main thread.

import type { AnalysisResult } from '../../core/analysis/types.ts';
import type { LedgerEntry } from '../../core/ingest/ledger.ts';
import type { CaseModel } from '../../core/model/types.ts';
import type { ExportName, ExportOptions } from '../../core/report/exportAll.ts';
import type { CaseData } from '../../core/workspace/caseFile.ts';
import type { CaseNotes } from '../../core/workspace/notes.ts';
import { CancelledError, type PipelineClient } from './pipelineClient.ts';

/** A failure the worker described: a stable code and a message a person can act on. */
export class CaseWorkerError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CaseWorkerError';
  }
}

type Answer = Awaited<ReturnType<PipelineClient['request']>>;

export class CaseClient {
  constructor(private readonly client: PipelineClient) {}

  /** One export's bytes (UTF-8 text, or the file itself for .xlsx and .zip). */
  exportFile(name: ExportName, model: CaseModel, ledger: LedgerEntry[], analysis: AnalysisResult, notes: CaseNotes, options: ExportOptions = {}): Promise<Uint8Array> {
    return this.retried(async () => bytesOf(await this.client.request({ op: 'export', name, notes, generatedAt: new Date().toISOString(), options }, [],
      {}, this.client.hold(model, ledger, analysis))));
  }

  /** The case-file bytes, exactly what "Save case" writes. */
  serialize(data: CaseData, savedAt = new Date().toISOString()): Promise<Uint8Array> {
    const { model, ledger, analysis, ...rest } = data;
    return this.retried(async () => bytesOf(await this.client.request({ op: 'serialize', rest, savedAt }, [], {}, this.client.hold(model, ledger, analysis))));
  }

  /** Opens case-file bytes; rejects with CaseWorkerError (CASE_FILE_INVALID, CASE_FILE_VERSION) and changes nothing. */
  async open(bytes: Uint8Array, fileName: string): Promise<{ data: CaseData; savedAt: string }> {
    const buffer = bytes.slice().buffer;
    const answer = failed(await this.client.request({ op: 'open', bytes: buffer, fileName }, [buffer]));
    if (answer.kind !== 'opened') throw new CaseWorkerError('INTERNAL', 'The worker answered out of turn.');
    return { data: answer.data, savedAt: answer.savedAt };
  }

  // NOTE: a run or re-analysis cancelled while an export or save waits behind it restarts the worker (and drops the
  // case it held): the export is asked once more, which sends the case again first.
  private async retried<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof CancelledError) return work();
      throw error;
    }
  }
}

function failed(answer: Answer): Answer {
  if (answer.kind === 'error') throw new CaseWorkerError(answer.error.code, answer.error.message);
  return answer;
}

function bytesOf(answer: Answer): Uint8Array {
  const checked = failed(answer);
  if (checked.kind !== 'bytes') throw new CaseWorkerError('INTERNAL', 'The worker answered out of turn.');
  return new Uint8Array(checked.bytes);
}
