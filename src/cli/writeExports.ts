// Every export the CLI writes into --out, through the same core list the browser's Export menu uses.

import type { AnalysisResult } from '../core/analysis/types.ts';
import type { CaseModel } from '../core/model/types.ts';
import { exportAll, type ExportBytes, type ExportOptions } from '../core/report/exportAll.ts';
import type { Report } from '../core/report/reportModel.ts';

export interface ExportSources {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
  options?: ExportOptions;
}

/** Writes each export with `write(name, content)`; returns the names written. */
export async function writeExports(_dir: string, sources: ExportSources, write: (name: string, content: ExportBytes) => void): Promise<string[]> {
  const files = await exportAll(sources);
  for (const [name, content] of files) write(name, content);
  return [...files.keys()];
}
