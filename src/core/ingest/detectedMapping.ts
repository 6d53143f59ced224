// What was detected, written back as a mapping file a person can correct and reuse.

import type { FileMapping, MappingFile } from './mapping.ts';
import type { PreparedFile } from './prepareFile.ts';
import type { ColumnRole, FileKind } from './roles.ts';

/** The mapping that reproduces these plans exactly. */
export function detectedMapping(prepared: readonly PreparedFile[]): MappingFile {
  const files: Record<string, FileMapping> = {};
  for (const file of [...prepared].sort((a, b) => (a.table.file < b.table.file ? -1 : 1))) {
    const columns: Record<string, ColumnRole> = {};
    // NOTE: columns without a role are left out: they are kept as attributes, as on detection.
    for (const column of file.classification.columns) if (column.role) columns[column.header] = column.role;
    files[file.table.file] = {
      kind: file.classification.kind,
      columns,
      ...(file.settings.defaultCountry ? { defaultCountry: file.settings.defaultCountry } : {}),
      dateFormat: file.settings.dateFormat,
      delimiter: file.table.delimiter,
      ...(file.table.headerless ? { header: false } : {}),
    };
  }
  return { type: 'simpul-mapping', version: 1, files };
}

/** How one file was read, in brief: what the CLI summary and the report's reader need, without the rows. */
export interface FileReading {
  file: string;
  kind: FileKind;
  confidence: number;
  needsReview?: string;
  columns: { header: string; role?: ColumnRole; confidence?: number; evidence?: string[] }[];
}

export function fileReading(file: PreparedFile): FileReading {
  const { classification } = file;
  return {
    file: file.table.file,
    kind: classification.kind,
    confidence: classification.confidence,
    ...(classification.needsReview ? { needsReview: classification.needsReview } : {}),
    columns: classification.columns.map((column) => ({
      header: column.header,
      ...(column.role ? { role: column.role } : {}),
      ...(column.confidence !== undefined ? { confidence: column.confidence } : {}),
      ...(column.evidence ? { evidence: column.evidence } : {}),
    })),
  };
}
