// What transfer and statement rows share about money: whether it moved at all (a status column), and its currency.

import { currencyInCell, currencyInHeader, normalizeCurrency } from '../../normalize/amount.ts';
import { transactionOutcome } from '../../normalize/transactionStatus.ts';
import type { ColumnPlan } from '../classify.ts';
import { MONEY_ROLES, type ColumnRole } from '../roles.ts';
import { because, type Reason } from './reasons.ts';
import type { RowContext } from './rowContext.ts';

/**
 * A rejection for a row whose status says the money did not move (`Failed`, `Gagal`, `Reversed`…) or has not moved yet
 * (`Pending`, `Diproses`): such a row is no transfer and must not add to a money trail. A status word not known is
 * kept (the row counts as money) with a warning, so a reader can check it.
 */
export function notMoved(row: RowContext): Reason | undefined {
  const status = row.get('transaction_status');
  if (status === '') return undefined;
  const outcome = transactionOutcome(status);
  const header = row.header('transaction_status');
  if (outcome === 'not-completed') {
    return because('transaction-not-completed', `${header} "${status}": the transaction did not go through, so no money moved; not counted as a transfer`, { status, header });
  }
  if (outcome === 'pending') {
    return because('transaction-pending', `${header} "${status}": the transaction had not gone through when the file was made; not counted as a transfer`, { status, header });
  }
  if (outcome === undefined) {
    row.warnings.push(because('transaction-status-unknown', `${header} "${status}" is not a status Simpul knows; the row is counted as money moved`, { status, header }));
  }
  return undefined;
}

/**
 * The row's currency and which reading won: the currency column, else a mark in the amount cell (`+RM 4,500.00`,
 * `125.000 ₫`), else the amount column's header (`Amount (RM)`), else (statements of one bank only) the one currency
 * the headers' language implies (Vietnamese → VND, Thai → THB), said in the ledger as an assumption. A cell mark or
 * header that names another currency than the one that won is a warning on the row.
 */
export function readCurrency(row: RowContext, amountRoles: readonly ColumnRole[], assumeFromLanguage: boolean): string | undefined {
  const readings: { source: 'column' | 'cell' | 'header'; header: string; currency: string; written: string }[] = [];
  const rawColumn = row.get('currency');
  if (rawColumn !== '') readings.push({ source: 'column', header: row.header('currency'), currency: normalizeCurrency(rawColumn) ?? rawColumn.toUpperCase(), written: rawColumn });
  const present = amountRoles.filter((role) => row.get(role) !== '');
  for (const role of present) {
    const cell = currencyInCell(row.get(role));
    if (cell) readings.push({ source: 'cell', header: row.header(role), currency: cell, written: row.get(role) });
  }
  for (const role of present) {
    const header = headerCurrency(row.header(role));
    if (header) readings.push({ source: 'header', header: row.header(role), currency: header, written: row.header(role) });
  }
  const won = readings[0];
  if (won) {
    row.notes.currency(won.source, won.header, won.currency);
    const other = readings.find((reading) => reading.currency !== won.currency);
    if (other) {
      row.warnings.push(because('currency-disagrees', `${other.header} says ${other.currency} ("${other.written}") but ${won.header} says ${won.currency}; read as ${won.currency}`,
        { currency: won.currency, header: won.header, other: other.currency, otherHeader: other.header, value: other.written }));
    }
    return won.currency;
  }
  if (present.length === 0) return undefined;
  // NOTE: one account holds one currency: a statement that marks some of its amounts (₱ on credits) is in that
  // currency on its unmarked ones too (see statementCurrency), said in the ledger per column.
  const own = row.settings.statementCurrency;
  if (own) {
    for (const role of present) row.notes.currency('statement', `${row.header(role)}\u0001${own.header}`, own.currency);
    return own.currency;
  }
  const assumed = assumeFromLanguage ? languageCurrency(row.settings.columns) : undefined;
  if (assumed) {
    row.notes.currency('language', '', assumed);
    return assumed;
  }
  // NOTE: an e-wallet holds its own country's money only (GCash pesos, DANA rupiah): a wallet file read in one
  // country's plan moves that country's currency. A bank file never: banks keep dollar accounts beside local ones.
  const country = row.walletFileCountry();
  const local = country ? WALLET_CURRENCY.get(country) : undefined;
  if (country && local) {
    row.notes.currency('country', country, local);
    return local;
  }
  row.notes.currencyUnknown();
  return undefined;
}

// NOTE: countries whose e-wallets hold one currency; Cambodia is left out (Wing and Pi Pay keep riel and dollars alike).
const WALLET_CURRENCY: ReadonlyMap<string, string> = new Map([
  ['PH', 'PHP'], ['ID', 'IDR'], ['TH', 'THB'], ['MY', 'MYR'], ['MM', 'MMK'], ['LA', 'LAK'], ['VN', 'VND'], ['SG', 'SGD'], ['CN', 'CNY'],
]);

// NOTE: a header is the same on every row: read once per header text.
const headerReadings = new Map<string, string | null>();
function headerCurrency(header: string): string | undefined {
  let found = headerReadings.get(header);
  if (found === undefined) {
    found = currencyInHeader(header);
    if (headerReadings.size < 10_000) headerReadings.set(header, found);
  }
  return found ?? undefined;
}

// NOTE: only languages written in one country's banks name a currency: Vietnamese (letters such as ư, ơ, ă, ệ), Thai,
// Lao and Burmese script (Khmer is not: Cambodian banks keep riel and dollar accounts alike). Malay/Indonesian, English or Chinese headers are used across borders and say nothing.
const LANGUAGE_CURRENCIES: [RegExp, string][] = [
  [/[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/u, 'VND'],
  [/[\u0e00-\u0e7f]/u, 'THB'],
  [/[\u0e80-\u0eff]/u, 'LAK'],
  [/[\u1000-\u109f]/u, 'MMK'],
];

const languageReadings = new WeakMap<readonly ColumnPlan[], string | null>();
function languageCurrency(columns: readonly ColumnPlan[]): string | undefined {
  let found = languageReadings.get(columns);
  if (found === undefined) {
    const headers = columns.map((column) => column.header).join(' ');
    const matches = LANGUAGE_CURRENCIES.filter(([letters]) => letters.test(headers));
    found = matches.length === 1 ? (matches[0]?.[1] ?? null) : null;
    languageReadings.set(columns, found);
  }
  return found ?? undefined;
}

/** A statement's one currency, as its own amount cells and headers write it, and the column(s) that write it. */
export interface StatementCurrency {
  currency: string;
  /** The header(s) of the columns whose cells or header name it (`Credit`, `Credit, Running Balance`). */
  header: string;
}

/**
 * The one currency a statement's amount, debit, credit and balance columns name in their sampled cells (`₱1,234.50`)
 * or headers (`Debit (PHP)`), when they name exactly one and the file has no currency column; else undefined.
 * NOTE: an account statement is one account's money, so a currency marked on its credits is the currency of its
 * unmarked debits too; two currencies named, or a currency column, leave each row to its own cells.
 */
export function statementCurrency(rows: readonly (readonly string[])[], columns: readonly ColumnPlan[]): StatementCurrency | undefined {
  if (columns.some((column) => column.role === 'currency')) return undefined;
  const currencies = new Set<string>();
  const headers: string[] = [];
  columns.forEach((column, index) => {
    if (!column.role || !MONEY_ROLES.has(column.role)) return;
    let named = headerCurrency(column.header) !== undefined;
    if (named) currencies.add(headerCurrency(column.header) as string);
    for (const row of rows) {
      const cell = row[index] ?? '';
      const mark = cell === '' ? null : currencyInCell(cell);
      if (mark) {
        currencies.add(mark);
        named = true;
      }
    }
    if (named) headers.push(column.header);
  });
  const [currency] = currencies;
  return currencies.size === 1 && currency ? { currency, header: headers.join(', ') } : undefined;
}
