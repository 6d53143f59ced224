// report.json's exact text: the export writes it, and the dossier prints its SHA-256.

import type { Report } from './reportModel.ts';

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
