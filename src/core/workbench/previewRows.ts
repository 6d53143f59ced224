// The first rows of a file with each cell read the way the import reads it: original beside normalised.
// NOTE: the cells go through the import's own RowContext (readCell, the file's plan, the row's country,
// a spreadsheet's dropped trunk 0), so what the review shows is what the case will hold.

import type { PreparedFile } from '../ingest/prepareFile.ts';
import { ReadingCache, RowContext, readCell } from '../ingest/readers/rowContext.ts';
import type { ColumnPlan } from '../ingest/classify.ts';
import type { ColumnRole, FileKind } from '../ingest/roles.ts';
import { normalizeCountry } from '../normalize/country.ts';
import { readDate } from '../normalize/date.ts';
import { splitIdentifiers } from '../normalize/digits.ts';
import { formatPhone, type PhoneResult } from '../normalize/phone.ts';
import { CaseBuilder } from '../resolve/caseBuilder.ts';

export interface PreviewCell {
  raw: string;
  /** The value as the case will hold it, when the column's role normalises values. */
  normalised?: string;
  /** The case keys the cell becomes (phones: E.164; accounts: the account key), one per identifier in the cell. */
  keys?: string[];
  /** ISO country the value points to (phones), when known. */
  country?: string;
  /** True when the role expects a value of a shape this cell does not have. */
  problem?: boolean;
}

export interface PreviewRow {
  line: number;
  cells: PreviewCell[];
}

const PHONE_ROLES: ReadonlySet<ColumnRole> = new Set(['phone', 'phone_a', 'phone_b']);
const ACCOUNT_ROLES: ReadonlySet<ColumnRole> = new Set(['account', 'account_from', 'account_to', 'counterparty']);
const DATE_ROLES: ReadonlySet<ColumnRole> = new Set(['datetime', 'date', 'birth_date']);
// The list readers (people, subscribers, account holders) read a cell naming several phones or accounts as each of them.
const SPLIT_KINDS: ReadonlySet<FileKind> = new Set(['people', 'subscribers', 'account_holders']);
const COUNTRY_ROLES: ReadonlySet<ColumnRole> = new Set(['country', 'nationality']);

/** The first `limit` data rows of a prepared file, each cell read by the import's reader for its column's role. */
export function previewRows(prepared: PreparedFile, limit: number): PreviewRow[] {
  const { table, settings } = prepared;
  // NOTE: nothing is committed to this builder: a RowContext only stages what a reader adds, and the preview adds nothing.
  const builder = new CaseBuilder();
  const cache = new ReadingCache();
  const read = readColumns(settings.columns);
  const lists = SPLIT_KINDS.has(prepared.classification.kind);
  return table.rows.slice(0, limit).map((cells, rowIndex) => {
    const line = table.lines[rowIndex] ?? rowIndex + 2;
    const row = new RowContext(settings, cells, line, builder, cache);
    return { line, cells: settings.columns.map((column, index) => previewCell(row, read.has(index) ? column.role : undefined, cells[index] ?? '', lists)) };
  });
}

// NOTE: the readers read the first column of each role; a second column with the same role is kept as an attribute.
function readColumns(columns: readonly ColumnPlan[]): Set<number> {
  const seen = new Set<ColumnRole>();
  const read = new Set<number>();
  columns.forEach((column, index) => {
    if (!column.role || seen.has(column.role)) return;
    seen.add(column.role);
    read.add(index);
  });
  return read;
}

/** One cell read through its column's role by the row's context. */
function previewCell(row: RowContext, role: ColumnRole | undefined, written: string, lists: boolean): PreviewCell {
  const raw = written.trim();
  const value = readCell(written);
  if (value === '' || !role) return { raw };
  if (PHONE_ROLES.has(role)) {
    const phones = readIdentifiers(value, (part) => row.readPhone(role, part), lists && role === 'phone');
    if (!phones) return { raw, problem: true };
    const country = phones[0]?.country;
    return {
      raw, keys: phones.map((phone) => phone.e164),
      normalised: phones.map((phone) => phoneLabel(phone, phones.length > 1 ? undefined : value)).join(' · '),
      ...(country ? { country } : {}),
    };
  }
  if (ACCOUNT_ROLES.has(role)) {
    const accounts = readIdentifiers(value, (part) => row.readAccount(role, part), lists && role === 'account');
    if (!accounts) return { raw, problem: true };
    return {
      raw, keys: accounts.map((account) => account.key),
      normalised: accounts.map((account) => (account.network ? `${account.key} (${account.network})` : account.key)).join(' · '),
    };
  }
  if (DATE_ROLES.has(role)) {
    const date = readDate(value, row.settings.dateFormat)?.value;
    return date ? { raw, normalised: date } : { raw, problem: true };
  }
  if (COUNTRY_ROLES.has(role)) {
    const country = normalizeCountry(value);
    return country ? { raw, normalised: country, country } : { raw };
  }
  return value === raw ? { raw } : { raw, normalised: value };
}

/** Several identifiers in one cell (`/`, `;`, `&`, newline) when the reader splits and each reads; else the cell as one. */
function readIdentifiers<T>(value: string, read: (part: string) => T | null, split: boolean): T[] | null {
  const parts = split ? splitIdentifiers(value) : [value];
  if (parts.length > 1) {
    const each = parts.map(read);
    if (each.every((result): result is T => result !== null)) return each;
  }
  const one = read(value);
  return one ? [one] : null;
}

/** As the import labels a phone: formatted when international, else as written. */
function phoneLabel(phone: PhoneResult, written: string | undefined): string {
  return phone.e164.startsWith('+') ? formatPhone(phone.e164) : written ?? phone.e164;
}
