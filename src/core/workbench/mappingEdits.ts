// The review's choices as a mapping file: every change a person makes becomes a stated key, nothing else.

import type { DateFormat } from '../normalize/date.ts';
import { emptyMapping, type FileMapping, type MappingFile } from '../ingest/mapping.ts';
import type { ColumnRole, FileKind } from '../ingest/roles.ts';

/** One change made on a review card. */
export type MappingEdit =
  | { file: string; field: 'kind'; value: FileKind | undefined }
  | { file: string; field: 'column'; header: string; value: ColumnRole | undefined }
  | { file: string; field: 'defaultCountry'; value: string | undefined }
  | { file: string; field: 'dateFormat'; value: DateFormat | undefined };

/** Returns a new mapping with the edit applied; `undefined` values go back to detection. */
export function applyMappingEdit(mapping: MappingFile | undefined, edit: MappingEdit): MappingFile {
  const base = mapping ?? emptyMapping();
  const current: FileMapping = { ...(base.files[edit.file] ?? {}) };
  switch (edit.field) {
    case 'kind':
      setOrDelete(current, 'kind', edit.value);
      break;
    case 'defaultCountry':
      setOrDelete(current, 'defaultCountry', edit.value);
      break;
    case 'dateFormat':
      setOrDelete(current, 'dateFormat', edit.value);
      break;
    case 'column': {
      const columns = { ...(current.columns ?? {}) };
      if (edit.value) columns[edit.header] = edit.value;
      else delete columns[edit.header];
      if (Object.keys(columns).length > 0) current.columns = columns;
      else delete current.columns;
      break;
    }
  }
  const files = { ...base.files };
  if (Object.keys(current).length > 0) files[edit.file] = current;
  else delete files[edit.file];
  return { ...base, files };
}

function setOrDelete<K extends keyof FileMapping>(target: FileMapping, key: K, value: FileMapping[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
