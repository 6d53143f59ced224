// Does a reading make sense? The share of rows its reader could keep: the required cells present and of the right shape.

import { detectCryptoNetwork, looksLikeAccount } from '../../normalize/account.ts';
import { parseAmount } from '../../normalize/amount.ts';
import { normalizePhone, PHONE_COUNTRY_CANDIDATES } from '../../normalize/phone.ts';
import type { ColumnRole } from '../roles.ts';
import type { KindTemplate } from './kinds.ts';
import { cellAsRead, readsAsIdentifiers } from './valueShapes.ts';

const PHONES: ReadonlySet<ColumnRole> = new Set(['phone', 'phone_a', 'phone_b']);
const ACCOUNTS: ReadonlySet<ColumnRole> = new Set(['account', 'account_from', 'account_to']);
const AMOUNTS: ReadonlySet<ColumnRole> = new Set(['amount', 'debit', 'credit']);

/**
 * Share (0–1) of the sample rows a kind's reader would keep under these column roles: every required group
 * has a cell that is filled and, for phones, accounts and amounts, readable as one. Phones are tried with the
 * region's numbering plans, as the file's country is not settled yet.
 */
export function checkReading(template: KindTemplate, roles: readonly (ColumnRole | undefined)[], rows: readonly string[][]): number {
  if (rows.length === 0) return 1;
  const groups = template.required.map((group) => roles.flatMap((role, index) => (role && group.includes(role) ? [{ role, index }] : [])));
  let kept = 0;
  for (const row of rows) {
    if (row.every((cell) => cell.trim() === '')) continue;
    if (groups.every((group) => group.some(({ role, index }) => readable(role, cellAsRead(row[index] ?? ''))))) kept += 1;
  }
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  return filled === 0 ? 1 : kept / filled;
}

/** Whether the reader could read this cell (already as read: unwrapped, digits folded) in this role. */
function readable(role: ColumnRole, cell: string): boolean {
  if (cell === '') return false;
  if (PHONES.has(role)) return readsAsIdentifiers(cell, readsPhone);
  if (ACCOUNTS.has(role)) return readsAsIdentifiers(cell, readsAccount);
  if (AMOUNTS.has(role)) return parseAmount(cell.replace(/\s*\b(CR|DB|DR)\b\.?$/i, '')) !== null;
  return true;
}

function readsAccount(cell: string): boolean {
  return detectCryptoNetwork(cell) !== null || looksLikeAccount(cell) || /^\+?[\d\s-]{5,}$/.test(cell);
}

function readsPhone(cell: string): boolean {
  return normalizePhone(cell) !== null || PHONE_COUNTRY_CANDIDATES.some((country) => normalizePhone(cell, { defaultCountry: country }) !== null);
}
