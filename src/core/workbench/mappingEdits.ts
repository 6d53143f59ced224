// The review's choices as a mapping file: every change a person makes becomes a stated key, nothing else.

import type { DateFormat } from '../normalize/date.ts';
import { templateOf } from '../ingest/evidence/kinds.ts';
import { ATTRIBUTE, emptyMapping, type FileMapping, type MappingFile, type StatedRole } from '../ingest/mapping.ts';
import type { FileKind } from '../ingest/roles.ts';
import type { LegacyEncoding } from '../ingest/legacyEncoding.ts';

/** One change made on a review card. A column's value `attribute` keeps it as an attribute; `undefined` goes back to detection. */
export type MappingEdit =
  | { file: string; field: 'kind'; value: FileKind | undefined }
  | { file: string; field: 'column'; header: string; value: StatedRole | undefined }
  | { file: string; field: 'defaultCountry'; value: string | undefined }
  | { file: string; field: 'dateFormat'; value: DateFormat | undefined }
  | { file: string; field: 'encoding'; value: LegacyEncoding | undefined };

/** Returns a new mapping with the edit applied; `undefined` values go back to detection. */
export function applyMappingEdit(mapping: MappingFile | undefined, edit: MappingEdit): MappingFile {
  const base = mapping ?? emptyMapping();
  const current: FileMapping = { ...(Object.hasOwn(base.files, edit.file) ? base.files[edit.file] : {}) };
  switch (edit.field) {
    case 'kind':
      setOrDelete(current, 'kind', edit.value);
      if (edit.value !== undefined) setColumns(current, columnsForKind(current.columns, edit.value));
      break;
    case 'defaultCountry':
      setOrDelete(current, 'defaultCountry', edit.value);
      break;
    case 'dateFormat':
      setOrDelete(current, 'dateFormat', edit.value);
      break;
    case 'encoding':
      setOrDelete(current, 'encoding', edit.value);
      break;
    case 'column': {
      const columns = copy(current.columns);
      if (edit.value) columns[edit.header] = edit.value;
      else delete columns[edit.header];
      setColumns(current, columns);
      break;
    }
  }
  const files = copy(base.files);
  if (Object.keys(current).length > 0) files[edit.file] = current;
  else delete files[edit.file];
  return { ...base, files };
}

// NOTE: a new kind re-reads the file's columns for that kind: stated roles its reader does not use (phone A / phone B
// once a calls file is a subscriber list) go back to detection; roles it uses, `attribute` and `ignore` stay as stated.
function columnsForKind(columns: FileMapping['columns'], kind: FileKind): Record<string, StatedRole> {
  const uses = new Set<StatedRole>([...templateOf(kind).roles, ATTRIBUTE, 'ignore']);
  const kept = copy<StatedRole>(undefined);
  for (const [header, role] of Object.entries(columns ?? {})) if (uses.has(role)) kept[header] = role;
  return kept;
}

function setColumns(target: FileMapping, columns: Record<string, StatedRole>): void {
  if (Object.keys(columns).length > 0) target.columns = columns;
  else delete target.columns;
}

/** A null-prototype copy: headers and file names are data, never keys of Object. */
function copy<T>(record: Record<string, T> | undefined): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record ?? {});
}

function setOrDelete<K extends keyof FileMapping>(target: FileMapping, key: K, value: FileMapping[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
