// The one writer of mapping files: the CLI's --write-mapping and the browser's "Save mapping" both write through it,
// so a mapping saved in one is read the same way by the other (parseMapping in mapping.ts reads it back).

import type { DateFormat } from '../normalize/date.ts';
import type { ColumnPlan } from './classify.ts';
import type { Delimiter } from './delimiter.ts';
import type { LegacyEncoding } from './legacyEncoding.ts';
import { ATTRIBUTE, type FileMapping, type MappingFile, type StatedRole } from './mapping.ts';
import type { FileKind } from './roles.ts';

/** Everything a reading of one file settled that a mapping can state. */
export interface FilePlan {
  file: string;
  kind: FileKind;
  columns: readonly ColumnPlan[];
  defaultCountry?: string;
  dateFormat: DateFormat;
  delimiter: Delimiter;
  headerless: boolean;
  /** A one-target CDR's target, read from its title or stated: written so the mapping reads the file alone. */
  targetNumber?: string;
  /** The header's line when it is not the first (a title block above it). */
  headerLine?: number;
  /** A statement's own account, read from its title or file name, or stated. */
  subjectNumber?: string;
  /** The legacy encoding the file was read in (not UTF-8 or UTF-16). */
  encoding?: LegacyEncoding;
}

/** The mapping lines that reproduce one file's reading exactly. */
export function fileMappingOf(plan: FilePlan): FileMapping {
  const columns = Object.create(null) as Record<string, StatedRole>;
  // NOTE: columns with no role are left out (detection keeps them as attributes too), unless a person stated it.
  for (const column of plan.columns) {
    if (column.role) columns[column.header] = column.role;
    else if (column.by === 'mapping') columns[column.header] = ATTRIBUTE;
  }
  return {
    kind: plan.kind,
    columns,
    ...(plan.defaultCountry ? { defaultCountry: plan.defaultCountry } : {}),
    dateFormat: plan.dateFormat,
    delimiter: plan.delimiter,
    ...(plan.headerless ? { header: false } : {}),
    ...(plan.headerLine && plan.headerLine > 1 ? { headerLine: plan.headerLine } : {}),
    ...(plan.targetNumber ? { targetNumber: plan.targetNumber } : {}),
    ...(plan.subjectNumber ? { subjectNumber: plan.subjectNumber } : {}),
    ...(plan.encoding ? { encoding: plan.encoding } : {}),
  };
}

/**
 * A mapping file for these readings, files in name order. `kept` are lines carried over as stated (files that
 * could not be read, the defaults); a reading of the same file replaces its kept lines.
 */
export function writeMapping(plans: readonly FilePlan[], kept: Pick<MappingFile, 'files' | 'defaults'> = { files: {} }): MappingFile {
  const entries = new Map<string, FileMapping>(Object.entries(kept.files));
  for (const plan of plans) entries.set(plan.file, fileMappingOf(plan));
  const files = Object.create(null) as Record<string, FileMapping>;
  for (const name of [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const entry = entries.get(name);
    if (entry) files[name] = entry;
  }
  return { type: 'simpul-mapping', version: 1, ...(kept.defaults ? { defaults: kept.defaults } : {}), files };
}

/** The mapping as the text of a .json file. */
export function mappingText(mapping: MappingFile): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}
