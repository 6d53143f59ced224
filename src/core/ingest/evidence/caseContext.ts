// Cross-file evidence: the ids a case's own lists define (people, places, accounts), which other files' columns refer to.

import { readCell } from '../readers/rowContext.ts';

/** Which entity list an id set comes from. */
export type ReferenceKind = 'person' | 'location' | 'account';

/** One list of ids defined by one file (its person_id column, say). */
export interface IdList {
  kind: ReferenceKind;
  file: string;
  header: string;
  ids: ReadonlySet<string>;
}

/** What the other files of the case define; classifying a file consults it. */
export interface CaseContext {
  lists: IdList[];
}

export const EMPTY_CONTEXT: CaseContext = { lists: [] };

/** A reference a column makes: the share of its values that are ids of another file's list. */
export interface ReferenceMatch {
  list: IdList;
  share: number;
}

/** Ids are compared as the readers read them (trimmed, quotes unwrapped: readCell), upper-cased: `p-0012` refers to `P-0012`. */
export function idKey(value: string): string {
  return readCell(value).toUpperCase();
}

/** The best list (of another file) this column's values are ids of, when at least a third of them are. */
export function bestReference(cells: readonly string[], file: string, context: CaseContext): ReferenceMatch | undefined {
  const values = [...new Set(cells.map(idKey).filter((cell) => cell !== ''))].slice(0, 500);
  if (values.length === 0) return undefined;
  let best: ReferenceMatch | undefined;
  for (const list of context.lists) {
    if (list.file === file) continue;
    let hits = 0;
    for (const value of values) if (list.ids.has(value)) hits += 1;
    const share = hits / values.length;
    if (share >= 1 / 3 && (!best || share > best.share)) best = { list, share };
  }
  return best;
}
