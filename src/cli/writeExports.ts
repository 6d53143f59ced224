// Every export the CLI writes into --out, through the same core functions the browser uses.

import type { CaseModel } from '../core/model/types.ts';
import { clustersCsv } from '../core/report/clustersCsv.ts';
import type { Report } from '../core/report/reportModel.ts';

/** Writes each export with `write(name, text)`; returns the names written. */
export function writeExports(_dir: string, report: Report, _model: CaseModel, write: (name: string, text: string) => void): string[] {
  const files: Record<string, string> = {
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
    'clusters.csv': clustersCsv(report),
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return Object.keys(files);
}
