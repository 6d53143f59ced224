// The case the worker holds after a run (or an opened case file): one copy, used by re-analyses, exports and saves.

import { exportTo, type ExportName, type ExportOptions } from '../core/report/exportAll.ts';
import { concatBytes } from '../core/report/textOut.ts';
import { buildReport } from '../core/report/reportModel.ts';
import { SIMPUL_VERSION } from '../core/version.ts';
import { openCaseFile, serializeCase } from '../core/workspace/openCase.ts';
import type { AnalysisResult } from '../core/analysis/types.ts';
import type { LedgerEntry } from '../core/ingest/ledger.ts';
import type { CaseModel } from '../core/model/types.ts';
import type { CaseData } from '../core/workspace/caseFile.ts';
import type { CaseNotes } from '../core/workspace/notes.ts';
import { AnalysisJoiner, type AnalysisPart } from './analysisParts.ts';

/** The heavy, rarely changing part of a case: made by a run, or sent by the page once per case. */
export interface CaseBase {
  model: CaseModel;
  ledger: LedgerEntry[];
}

// NOTE: one owner of the case's bulk among the workers. A run's output stays here (it was made here), so a
// re-analysis, an export or an autosave costs no copy; before, a second worker was sent the whole model by the page
// after every run (a third copy of a national case in the tab, 3.1 GB at full size).
export class HeldCase {
  private base: CaseBase | null = null;
  private analysis: AnalysisResult | null = null;
  private arriving = new AnalysisJoiner();

  /** Keeps a run's (or an opened file's) case; the last one held is let go. */
  hold(base: CaseBase, analysis: AnalysisResult): void {
    this.base = base;
    this.analysis = analysis;
  }

  /** Lets the case go (a new run is starting: it would otherwise sit beside the run's own peak). */
  drop(): void {
    this.base = null;
    this.analysis = null;
    this.arriving = new AnalysisJoiner();
  }

  model(): CaseModel {
    return this.current().model;
  }

  /** A re-analysis's result replaces the analysis held. */
  analysed(analysis: AnalysisResult): void {
    this.analysis = analysis;
  }

  /** A slice of a case the page sends (the worker was restarted since the run); `first` starts a new one. */
  addBasePart(first: boolean, ledger: LedgerEntry[], entities: CaseModel['entities'], links: CaseModel['links']): void {
    if (first || !this.base) this.base = { model: { entities: [], links: [] }, ledger };
    for (const entity of entities) this.base.model.entities.push(entity);
    for (const link of links) this.base.model.links.push(link);
  }

  /** A slice of an analysis the page sends; the one with `head` completes it. */
  addAnalysisPart(part: AnalysisPart | undefined, head: AnalysisResult | undefined): void {
    if (part) this.arriving.add(part);
    if (head) {
      this.analysis = this.arriving.join(head);
      this.arriving = new AnalysisJoiner();
    }
  }

  async exportFile(name: ExportName, notes: CaseNotes, generatedAt: string, options: ExportOptions | undefined): Promise<Uint8Array> {
    const { model, ledger } = this.current();
    const analysis = this.currentAnalysis();
    const report = buildReport(model, analysis, ledger, { generatorVersion: SIMPUL_VERSION, generatedAt });
    // NOTE: streamed in UTF-8 chunks and joined as bytes once: no export is ever one JavaScript string here.
    const chunks: Uint8Array[] = [];
    await exportTo(name, { report, model, analysis, notes, ...(options ? { options } : {}) }, (chunk) => chunks.push(chunk));
    return concatBytes(chunks);
  }

  serialize(rest: Omit<CaseData, 'model' | 'ledger' | 'analysis'>, savedAt: string): Uint8Array {
    const { model, ledger } = this.current();
    return serializeCase({ ...rest, model, ledger, analysis: this.currentAnalysis() }, { savedAt });
  }

  /** Opens case-file bytes and holds the case; a bad file throws and leaves the case held as it was. */
  open(bytes: ArrayBuffer, fileName: string): { data: CaseData; savedAt: string } {
    const opened = openCaseFile(new Uint8Array(bytes), fileName);
    this.hold({ model: opened.data.model, ledger: opened.data.ledger }, opened.data.analysis);
    return { data: opened.data, savedAt: opened.savedAt };
  }

  private current(): CaseBase {
    if (!this.base) throw new Error('The worker holds no case yet.');
    return this.base;
  }

  private currentAnalysis(): AnalysisResult {
    if (!this.analysis) throw new Error('The worker holds no analysis yet.');
    return this.analysis;
  }
}
