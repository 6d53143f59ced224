// Cross-file evidence gathered from a first reading of a case: which ids its lists define, and which lists nothing uses.

import type { Classification } from '../classify.ts';
import type { LedgerNote } from '../ledger.ts';
import type { Table } from '../parseTable.ts';
import type { ColumnRole, FileKind } from '../roles.ts';
import { idKey, type CaseContext, type IdList, type ReferenceKind } from './caseContext.ts';

/** The columns that define a case's ids: a people list's person ids, a place list's ids, a holder list's accounts. */
const DEFINING: { kinds: FileKind[]; role: ColumnRole; kind: ReferenceKind }[] = [
  { kinds: ['people', 'subscribers', 'account_holders'], role: 'person_id', kind: 'person' },
  { kinds: ['locations'], role: 'location_id', kind: 'location' },
  { kinds: ['account_holders'], role: 'account', kind: 'account' },
];

const MAX_IDS = 200_000;

/** The id lists a case's files define, from their (first) classification. */
export function caseContextOf(files: readonly { table: Table; classification: Classification }[]): CaseContext {
  const lists: IdList[] = [];
  for (const { table, classification } of files) {
    for (const defining of DEFINING) {
      if (!defining.kinds.includes(classification.kind)) continue;
      const index = classification.columns.findIndex((column) => column.role === defining.role);
      if (index < 0) continue;
      const ids = new Set<string>();
      for (const row of table.rows) {
        const value = idKey(row[index] ?? '');
        if (value !== '') ids.add(value);
        if (ids.size >= MAX_IDS) break;
      }
      if (ids.size > 0) lists.push({ kind: defining.kind, file: table.file, header: table.headers[index] ?? defining.role, ids });
    }
  }
  return { lists };
}

const PERSON_REFERENCES: ReadonlySet<ColumnRole> = new Set(['person_id', 'person_a', 'person_b', 'source', 'target']);

/**
 * A people list whose ids no other file of the case uses is probably keyed in another scheme (a partner
 * agency's numbers beside the field team's): its people will stand alone. Returns the warning, or undefined.
 */
export function unmatchedPeopleWarning(
  file: { table: Table; classification: Classification },
  all: readonly { table: Table; classification: Classification }[],
): LedgerNote | undefined {
  if (file.classification.kind !== 'people' || all.length < 2) return undefined;
  const index = file.classification.columns.findIndex((column) => column.role === 'person_id');
  if (index < 0) return undefined;
  const ids = new Set<string>();
  for (const row of file.table.rows) {
    const id = idKey(row[index] ?? '');
    if (id !== '') ids.add(id);
  }
  if (ids.size === 0) return undefined;
  for (const other of all) {
    if (other === file) continue;
    for (const [column, plan] of other.classification.columns.entries()) {
      if (!plan.role || !PERSON_REFERENCES.has(plan.role)) continue;
      for (const row of other.table.rows) if (ids.has(idKey(row[column] ?? ''))) return undefined;
    }
  }
  const header = file.table.headers[index] ?? 'person_id';
  const text = `none of the ${ids.size} person ids in "${header}" appears in any other file of the case: these people link to nothing ` +
    '(check whether the other files use another id scheme, and map that column to person_id there)';
  return { text, code: 'people-ids-unmatched', params: { count: ids.size, header } };
}
