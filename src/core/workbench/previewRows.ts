// The first rows of a file with each cell read the way the import will read it: original beside normalised.

import type { PreparedFile } from '../ingest/prepareFile.ts';
import type { ColumnRole } from '../ingest/roles.ts';
import { normalizeAccount } from '../normalize/account.ts';
import { normalizeCountry } from '../normalize/country.ts';
import { normalizeDate } from '../normalize/date.ts';
import { formatPhone, normalizePhone } from '../normalize/phone.ts';

export interface PreviewCell {
  raw: string;
  /** The value as the case will hold it, when the column's role normalises values. */
  normalised?: string;
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
const ACCOUNT_ROLES: ReadonlySet<ColumnRole> = new Set(['account', 'account_from', 'account_to']);
const DATE_ROLES: ReadonlySet<ColumnRole> = new Set(['datetime', 'date', 'birth_date']);
const COUNTRY_ROLES: ReadonlySet<ColumnRole> = new Set(['country', 'nationality']);

/** The first `limit` data rows of a prepared file, each cell with its normalised reading. */
export function previewRows(prepared: PreparedFile, limit: number): PreviewRow[] {
  const { table, classification, settings } = prepared;
  const countryIndex = classification.columns.findIndex((column) => column.role === 'country');
  return table.rows.slice(0, limit).map((row, rowIndex) => {
    const rowCountry = countryIndex >= 0 ? normalizeCountry(row[countryIndex] ?? '') ?? undefined : undefined;
    const cells = classification.columns.map((column, index) =>
      previewCell((row[index] ?? '').trim(), column.role, rowCountry ?? settings.defaultCountry, settings.dateFormat));
    return { line: table.lines[rowIndex] ?? rowIndex + 2, cells };
  });
}

/** One cell read through its column's role. */
export function previewCell(raw: string, role: ColumnRole | undefined, defaultCountry: string | undefined, dateFormat: PreparedFile['settings']['dateFormat']): PreviewCell {
  if (raw === '' || !role) return { raw };
  if (PHONE_ROLES.has(role)) {
    const phone = normalizePhone(raw, defaultCountry ? { defaultCountry } : {});
    if (!phone) return { raw, problem: true };
    const shown = phone.e164.startsWith('+') ? formatPhone(phone.e164) : phone.e164;
    return { raw, normalised: shown, ...(phone.country ? { country: phone.country } : {}) };
  }
  if (ACCOUNT_ROLES.has(role)) {
    const account = normalizeAccount(raw);
    return account ? { raw, normalised: account.network ? `${account.key} (${account.network})` : account.key } : { raw, problem: true };
  }
  if (DATE_ROLES.has(role)) {
    const date: unknown = normalizeDate(raw, dateFormat);
    return typeof date === 'string' && date !== '' ? { raw, normalised: date } : { raw, problem: true };
  }
  if (COUNTRY_ROLES.has(role)) {
    const country = normalizeCountry(raw);
    return country ? { raw, normalised: country, country } : { raw };
  }
  return { raw };
}
