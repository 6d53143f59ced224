// What was detected, written back as a mapping file a person can correct and reuse.

import type { ReviewNote } from './classify.ts';
import type { MappingFile } from './mapping.ts';
import { writeMapping, type FilePlan } from './mappingWriter.ts';
import type { PreparedFile } from './prepareFile.ts';
import type { ColumnRole, FileKind } from './roles.ts';

/** The mapping that reproduces these plans exactly (written by the one mapping writer, as the browser's). */
export function detectedMapping(prepared: readonly PreparedFile[]): MappingFile {
  return writeMapping(prepared.map(filePlanOf));
}

/** What a mapping can state about one prepared file's reading (the browser's review carries the same). */
export function filePlanOf(file: PreparedFile): FilePlan {
  return {
    file: file.table.file, kind: file.classification.kind, columns: file.classification.columns,
    ...(file.settings.defaultCountry ? { defaultCountry: file.settings.defaultCountry } : {}),
    dateFormat: file.settings.dateFormat, delimiter: file.table.delimiter, headerless: file.table.headerless,
    ...(file.table.titleLines.length > 0 ? { headerLine: file.table.headerLine } : {}),
    ...targetOf(file),
    ...(file.table.encoding ? { encoding: file.table.encoding } : {}),
  };
}

function targetOf(file: PreparedFile): { targetNumber?: string; subjectNumber?: string } {
  const note = file.table.notes.find((candidate) => candidate.code === 'target-from-title' || candidate.code === 'target-stated');
  const number = note?.params?.number;
  const subject = file.table.notes.find((candidate) => candidate.code.startsWith('subject-'))?.params?.number;
  return {
    ...(typeof number === 'string' ? { targetNumber: number } : {}),
    ...(typeof subject === 'string' ? { subjectNumber: subject } : {}),
  };
}

/** How one file was read, in brief: what the CLI summary and the report's reader need, without the rows. */
export interface FileReading {
  file: string;
  kind: FileKind;
  confidence: number;
  needsReview?: string;
  /** `needsReview` as codes (catalogue `readingReview`), for other languages. */
  reviewNotes?: ReviewNote[];
  columns: { header: string; role?: ColumnRole; confidence?: number; evidence?: string[] }[];
}

export function fileReading(file: PreparedFile): FileReading {
  const { classification } = file;
  return {
    file: file.table.file,
    kind: classification.kind,
    confidence: classification.confidence,
    ...(classification.needsReview ? { needsReview: classification.needsReview } : {}),
    ...(classification.reviewNotes ? { reviewNotes: classification.reviewNotes } : {}),
    columns: classification.columns.map((column) => ({
      header: column.header,
      ...(column.role ? { role: column.role } : {}),
      ...(column.confidence !== undefined ? { confidence: column.confidence } : {}),
      ...(column.evidence ? { evidence: column.evidence } : {}),
    })),
  };
}
