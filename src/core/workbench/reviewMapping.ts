// The review as a mapping file: the same format `simpul --write-mapping` writes, so CLI and browser share it.

import { DELIMITERS, type Delimiter } from '../ingest/delimiter.ts';
import type { FileMapping, MappingFile } from '../ingest/mapping.ts';
import type { ColumnRole } from '../ingest/roles.ts';
import type { FileReview } from './fileReview.ts';

/** Every readable file's plan as shown (kind, roles, country, date format, delimiter); unreadable files keep what was stated. */
export function mappingFromReviews(reviews: readonly FileReview[], stated?: MappingFile): MappingFile {
  const files: Record<string, FileMapping> = {};
  for (const review of [...reviews].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!review.ok) {
      const kept = stated?.files[review.name];
      if (kept) files[review.name] = kept;
      continue;
    }
    const columns: Record<string, ColumnRole> = {};
    for (const column of review.columns) if (column.role) columns[column.header] = column.role;
    const delimiter = DELIMITERS.find((candidate: Delimiter) => candidate === review.delimiter);
    files[review.name] = {
      kind: review.kind,
      columns,
      ...(review.defaultCountry ? { defaultCountry: review.defaultCountry } : {}),
      dateFormat: review.dateFormat,
      ...(delimiter ? { delimiter } : {}),
    };
  }
  return { type: 'simpul-mapping', version: 1, ...(stated?.defaults ? { defaults: stated.defaults } : {}), files };
}
