// What kind of file is this and what does each column hold: headers first, values where headers are vague.

import { SimpulError } from '../model/errors.ts';
import { looksLikeAccount, detectCryptoNetwork } from '../normalize/account.ts';
import { looksLikePhone } from '../normalize/phone.ts';
import type { FileMapping } from './mapping.ts';
import type { Table } from './parseTable.ts';
import { roleFromHeader, type ColumnRole, type FileKind, type GenericRole } from './roles.ts';

export interface ColumnPlan {
  header: string;
  /** `undefined`: kept as an attribute of the row's main entity under the header's name. */
  role?: ColumnRole;
  /** Where the role came from. */
  by: 'mapping' | 'header' | 'values' | 'none';
}

export interface Classification {
  kind: FileKind;
  columns: ColumnPlan[];
  /** Calls listed from one subscriber's side (MSISDN + OTHER_PARTY): direction comes from the call type. */
  subjectCentric: boolean;
}

const SAMPLE_ROWS = 200;

/** Decides the file's kind and each column's role; throws UNCLASSIFIABLE_FILE with what would fix it. */
export function classifyTable(table: Table, mapping: FileMapping = {}): Classification {
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  const values = (index: number) => sample.map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
  const guesses: (ColumnRole | GenericRole | undefined)[] = table.headers.map((header, index) => {
    const stated = mapping.columns?.[header];
    return stated ?? roleFromHeader(header) ?? guessFromValues(values(index));
  });
  const by: ColumnPlan['by'][] = table.headers.map((header, index) =>
    mapping.columns?.[header] ? 'mapping' : roleFromHeader(header) ? 'header' : guesses[index] ? 'values' : 'none');

  resolveFromTo(guesses, values);
  // Two phone columns and no caller/called words (a headerless CDR): the first calls the second.
  if (guesses.filter((role) => role === 'phone').length === 2 && !has(guesses, 'phone_a') && !has(guesses, 'phone_b')) {
    replaceFirst(guesses, 'phone', 'phone_a');
    replaceFirst(guesses, 'phone', 'phone_b');
  }
  let subjectCentric = false;
  if (has(guesses, 'phone') && has(guesses, 'phone_b') && !has(guesses, 'phone_a')) {
    replaceFirst(guesses, 'phone', 'phone_a');
    subjectCentric = true;
  }
  if (has(guesses, 'target') && !has(guesses, 'source')) replaceFirst(guesses, 'evidence', 'source');

  const kind = mapping.kind ?? detectKind(guesses);
  if (!kind) throw unclassifiable(table);
  const columns = table.headers.map((header, index): ColumnPlan => {
    const role = settleRole(guesses[index], kind);
    return { header, role, by: role ? (by[index] ?? 'none') : 'none' };
  });
  return { kind, columns, subjectCentric };
}

function detectKind(roles: readonly (ColumnRole | GenericRole | undefined)[]): FileKind | undefined {
  const hasAny = (...wanted: (ColumnRole | GenericRole)[]) => wanted.some((role) => roles.includes(role));
  const personRef = hasAny('person_id', 'person_name', 'id', 'name');
  if (hasAny('phone_a') && hasAny('phone_b')) return 'calls';
  if (hasAny('account_from') && hasAny('account_to')) return 'transfers';
  if (hasAny('person_a') && hasAny('person_b')) return 'associations';
  if (hasAny('source') && hasAny('target')) return 'links';
  const placeRef = hasAny('location_id', 'location_name');
  if (placeRef && hasAny('person_id', 'phone')) return 'sightings';
  if (placeRef || (hasAny('latitude') && hasAny('longitude'))) return 'locations';
  if (hasAny('account') && personRef) return 'account_holders';
  if (hasAny('phone') && personRef) return 'subscribers';
  if (personRef) return 'people';
  return undefined;
}

/** Generic words get their meaning from the kind: `id` is a person's in a people file, a place's in a list of places. */
function settleRole(guess: ColumnRole | GenericRole | undefined, kind: FileKind): ColumnRole | undefined {
  switch (guess) {
    case undefined:
      return undefined;
    case 'id':
      return kind === 'locations' ? 'location_id' : kind === 'transfers' || kind === 'calls' ? 'transaction_id' : 'person_id';
    case 'name':
      return kind === 'locations' ? 'location_name' : 'person_name';
    case 'from':
    case 'to':
    case 'party':
      return undefined;
    case 'link_type':
      if (kind === 'calls') return 'call_type';
      if (kind === 'locations') return 'location_type';
      if (kind === 'associations') return 'relationship';
      if (kind === 'transfers') return 'channel';
      return kind === 'links' ? 'link_type' : undefined;
    case 'evidence':
      return kind === 'links' ? 'source' : 'evidence';
    default:
      return guess;
  }
}

// NOTE: "from"/"to"/"pengirim"/"penerima" mean phones in a call log and accounts in a bank log; the values decide.
function resolveFromTo(guesses: (ColumnRole | GenericRole | undefined)[], values: (index: number) => string[]): void {
  const fromIndex = guesses.indexOf('from');
  const toIndex = guesses.indexOf('to');
  // A lone "penerima" beside "pemanggil" is the called phone; beside a debit account, the credit account.
  if (toIndex >= 0 && fromIndex < 0) {
    if (guesses.includes('phone_a')) guesses[toIndex] = 'phone_b';
    else if (guesses.includes('account_from')) guesses[toIndex] = 'account_to';
  }
  if (fromIndex >= 0 && toIndex < 0) {
    if (guesses.includes('phone_b')) guesses[fromIndex] = 'phone_a';
    else if (guesses.includes('account_to')) guesses[fromIndex] = 'account_from';
  }
  if (fromIndex < 0 || toIndex < 0) return;
  const sample = [...values(fromIndex), ...values(toIndex)];
  const phones = share(sample, (cell) => looksLikePhone(cell) && !detectCryptoNetwork(cell));
  const phoneLike = phones >= 0.6 && !guesses.includes('amount');
  guesses[fromIndex] = phoneLike ? 'phone_a' : 'account_from';
  guesses[toIndex] = phoneLike ? 'phone_b' : 'account_to';
}

/** Headerless or unknown columns: only strong, unambiguous value shapes count. */
function guessFromValues(cells: string[]): ColumnRole | undefined {
  if (cells.length === 0) return undefined;
  if (share(cells, (cell) => detectCryptoNetwork(cell) !== null) >= 0.8) return 'account';
  // NOTE: shape only: a national number without its trunk 0 (Indian "78130 00821") is no phone until a country is known.
  if (share(cells, (cell) => /^[\d\s()+-]+$/.test(cell) && digitCount(cell) >= 8 && digitCount(cell) <= 15) >= 0.9) return 'phone';
  if (share(cells, (cell) => /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?$/.test(cell)) >= 0.9) return 'datetime';
  if (share(cells, looksLikeAccount) >= 0.9 && share(cells, (cell) => /[-.\s]/.test(cell)) >= 0.5) return 'account';
  return undefined;
}

function digitCount(cell: string): number {
  return cell.replace(/\D/g, '').length;
}

function share(cells: readonly string[], test: (cell: string) => boolean): number {
  if (cells.length === 0) return 0;
  return cells.filter(test).length / cells.length;
}

function has(roles: readonly (ColumnRole | GenericRole | undefined)[], role: ColumnRole | GenericRole): boolean {
  return roles.includes(role);
}

function replaceFirst(roles: (ColumnRole | GenericRole | undefined)[], from: ColumnRole | GenericRole, to: ColumnRole): void {
  const index = roles.indexOf(from);
  if (index >= 0) roles[index] = to;
}

function unclassifiable(table: Table): SimpulError {
  const headers = table.headers.map((header) => `"${header}"`).join(', ');
  const what = table.headerless ? `it has no header line, and its values (columns ${headers}) do not say enough` : `its columns (${headers})`;
  return new SimpulError(
    'UNCLASSIFIABLE_FILE',
    `${table.file}: cannot tell what this file holds from ${what}. ` +
      'Name the columns (e.g. A_NUMBER,B_NUMBER for calls; DEBIT_ACCOUNT,CREDIT_ACCOUNT for transfers; ' +
      'person_id,name for people) or state its kind and column roles in a mapping file (see README, "Mapping file").',
    { file: table.file, line: 1 },
  );
}
