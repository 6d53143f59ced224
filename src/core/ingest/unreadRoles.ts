// Columns given a role their file's kind never reads: kept as attributes (like a column without a role), and said so.

import { readsRole, templateOf } from './evidence/kinds.ts';
import type { ColumnPlan } from './classify.ts';
import type { LedgerNote } from './ledger.ts';
import type { FileKind } from './roles.ts';

export interface UnreadRoles {
  /** The plan the readers use: an unread role cleared, so the column is kept as an attribute of the row's entity. */
  columns: ColumnPlan[];
  /** One ledger note (`role-not-read`) per such column. */
  notes: LedgerNote[];
}

// NOTE: a `phone_b` stated (or detected) in a subscriber list was neither read nor kept: its values vanished from the
// case without a word. The kind's template owns which roles its reader asks for; everything else is kept and named.
/** The reading plan of a file of `kind`: columns whose role the kind does not read lose it, with a note each. */
export function keepUnreadRoles(kind: FileKind, columns: ColumnPlan[]): UnreadRoles {
  const entity = templateOf(kind).entity;
  const notes: LedgerNote[] = [];
  const first = new Map<string, string>();
  const kept = columns.map((column) => {
    const role = column.role;
    // NOTE: a reader reads the first column of a role; a second one (`TRC20 Deposit Address` beside `UID`, both stated
    // as accounts) was kept as an attribute without a word. The ledger says which column was read and which was kept.
    if (role && role !== 'ignore' && readsRole(kind, role)) {
      const read = first.get(role);
      if (read === undefined) {
        first.set(role, column.header);
        return column;
      }
      const text = `${column.header}: a second ${role} column; only "${read}" is read as ${role}, ` +
        (entity ? `this column's values are kept as attributes of each row’s ${entity}` : 'this column\'s values are kept as attributes of the row');
      notes.push({ text, code: 'role-repeated', params: { column: column.header, role, read, entity: entity ?? 'none' } });
      return column;
    }
    if (!role || role === 'ignore' || readsRole(kind, role)) return column;
    const text = entity
      ? `${column.header}: a ${kind} file does not read the role ${role}; its values are kept as attributes of each row’s ${entity}`
      : `${column.header}: a ${kind} file does not read the role ${role}; its values are not imported (state another kind or role in a mapping file)`;
    notes.push({ text, code: 'role-not-read', params: { column: column.header, role, kind, entity: entity ?? 'none' } });
    const { role: _unread, ...rest } = column;
    return rest;
  });
  return { columns: notes.length > 0 ? kept : columns, notes };
}
