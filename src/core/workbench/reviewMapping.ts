// The review as a mapping file, written by the one mapping writer (ingest/mappingWriter.ts) the CLI uses too.

import type { FileMapping, MappingFile } from '../ingest/mapping.ts';
import { writeMapping, type FilePlan } from '../ingest/mappingWriter.ts';
import type { FileReview } from './fileReview.ts';

/** Every readable file's reading as shown (kind, roles, country, date format, delimiter, header); unreadable files keep what was stated. */
export function mappingFromReviews(reviews: readonly FileReview[], stated?: MappingFile): MappingFile {
  const plans: FilePlan[] = [];
  const kept = new Map<string, FileMapping>();
  for (const review of reviews) {
    if (review.ok) {
      plans.push({
        file: review.name, kind: review.kind, columns: review.columns, ...(review.defaultCountry ? { defaultCountry: review.defaultCountry } : {}),
        dateFormat: review.dateFormat, delimiter: review.delimiter, headerless: review.headerless,
        ...(review.targetNumber ? { targetNumber: review.targetNumber } : {}),
        ...(review.subjectNumber ? { subjectNumber: review.subjectNumber } : {}),
        ...(review.headerLine ? { headerLine: review.headerLine } : {}),
        ...(review.encoding ? { encoding: review.encoding } : {}),
      });
      continue;
    }
    const entry = stated?.files[review.name];
    if (entry) kept.set(review.name, entry);
  }
  return writeMapping(plans, { files: Object.fromEntries(kept), ...(stated?.defaults ? { defaults: stated.defaults } : {}) });
}
