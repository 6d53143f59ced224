// Every export the CLI writes into --out, through the same core list the browser's Export menu uses.

import type { AnalysisResult } from '../core/analysis/types.ts';
import type { CaseModel } from '../core/model/types.ts';
import { exportAll } from '../core/report/exportAll.ts';
import type { Report } from '../core/report/reportModel.ts';

export interface ExportSources {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
}

/** Writes each export with `write(name, text)`; returns the names written. */
export function writeExports(_dir: string, sources: ExportSources, write: (name: string, text: string) => void): string[] {
  const files = exportAll(sources);
  for (const [name, text] of Object.entries(files)) write(name, text);
  return Object.keys(files);
}
