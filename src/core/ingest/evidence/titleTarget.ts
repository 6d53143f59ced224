// The subject of a single-subject file written only above the header: a one-target CDR's target number
// ("Target: +855 12 345 678"), a statement's or e-wallet's own account ("Số tài khoản / Account No: 0071…",
// "Mobile: +60 11-2345 6789"), or the one account number in the file's name. Read from the title, the name
// or the mapping's `subjectNumber` (`targetNumber`), it becomes a column of its own, said in the ledger.

import { foldDigits } from '../../normalize/digits.ts';
import { normalizePhone, PHONE_COUNTRY_CANDIDATES } from '../../normalize/phone.ts';
import type { LedgerNote } from '../ledger.ts';
import type { Table } from '../parseTable.ts';
import { MONEY_ROLES } from '../roles.ts';
import { headerScores, namesSubscriber } from './headerWords.ts';
import { profileColumn } from './valueShapes.ts';

/** The header of the column the target is read into: its words name the target's number. */
export const TARGET_COLUMN = 'Target MSISDN (from title)';

// NOTE: up to 32 characters: a Lao BCEL account is written `010-12-00-12345678-001` (22); a shorter cap cut it to 16 digits.
const NUMBER = /(?:\+|\b00)?\d[\d\s\-().]{6,30}\d/g;
const MIN_PHONE_SHARE = 0.5;

/** The header of the column a statement's own account is read into: its words name an account. */
export const SUBJECT_ACCOUNT_COLUMN = 'Statement account (above the header)';

/** The one phone number a title line labels as the file's subject (`Target:`, `MSISDN`, `Nomor sasaran`, `เบอร์เป้าหมาย`). */
export function titleTarget(lines: readonly { line: number; text: string }[]): { number: string; line: number } | undefined {
  const found = titleSubjects(lines).filter((item) => item.label === 'phone');
  // NOTE: two numbers labelled as targets is no single target: nothing is assumed.
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The one number a title line labels as the file's own (a phone label, or an account label: `Account No`,
 * `No. Rekening`, `Số tài khoản`, `Nombor Akaun`, `เลขที่บัญชี`, `Wallet ID`); undefined when none or several.
 */
export function titleSubject(lines: readonly { line: number; text: string }[]): { number: string; line: number } | undefined {
  const found = titleSubjects(lines);
  return found.length === 1 ? found[0] : undefined;
}

function titleSubjects(lines: readonly { line: number; text: string }[]): { number: string; line: number; label: 'phone' | 'account' }[] {
  const found = new Map<string, { number: string; line: number; label: 'phone' | 'account' }>();
  for (const { line, text: written } of lines) {
    // NOTE: a title in Burmese, Thai, Lao or Khmer digits (`Target MSISDN: ၉၅၉၄၂၀၁၁၁၂၂၂`) names its number as well;
    // each such digit folds to one ASCII digit, so the label before a number is sliced the same.
    const text = foldDigits(written);
    for (const match of text.matchAll(NUMBER)) {
      const label = (text.slice(0, match.index).split(/[,;|\t]/).pop() ?? '').replace(/[:#=\s]+$/, '');
      const number = match[0].trim();
      const kind = namesSubscriber(label) && readsAsPhone(number) ? 'phone' : namesAccount(label) ? 'account' : undefined;
      if (!kind) continue;
      const key = number.replace(/\D/g, '').slice(-9);
      if (!found.has(key)) found.set(key, { number, line, label: kind });
    }
  }
  return [...found.values()];
}

function namesAccount(label: string): boolean {
  const scores = [...headerScores(label)].sort((a, b) => b[1] - a[1]);
  return scores[0]?.[0] === 'account';
}

// NOTE: a statement saved under its account number (`saoke_VCB_0071001234567.csv`) names its subject; a name
// with two such numbers, or only a date (`20250301`, `20250301_0930`), names none. The number is a whole token of the
// name: digits glued to letters are part of a longer token (a contract address `0xdac17f958d2ee523a2206206994597c1…`,
// a batch code `INV2024000123A`) and name no account.
const NAME_NUMBER = /(?<![\p{L}\p{N}])\d(?:[\d-]*\d)?(?![\p{L}\p{N}])/gu;
const DATE_LIKE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{0,6}$/;

/** The one account-shaped number (9–20 digits, no date) in a file's name, or undefined. */
export function fileNameAccount(file: string): string | undefined {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const numbers = new Set([...stem.matchAll(NAME_NUMBER)].map((match) => match[0].replace(/-/g, ''))
    .filter((digits) => digits.length >= 9 && digits.length <= 20 && !DATE_LIKE.test(digits)));
  return numbers.size === 1 ? [...numbers][0] : undefined;
}

function readsAsPhone(number: string): boolean {
  return normalizePhone(number)?.valid === true
    || PHONE_COUNTRY_CANDIDATES.some((country) => normalizePhone(number, { defaultCountry: country })?.valid === true);
}

/**
 * The table with its subject as a last column. A file with money columns (a statement, an e-wallet history) gets
 * its own account: from a labelled title line, else from the one account number in the file name. Otherwise a
 * CDR that lists calls of one subscriber without naming it on its rows (one column of phone numbers, the other
 * parties) gets the target from a phone label. A stated subject (the mapping's `subjectNumber` or `targetNumber`)
 * needs no title; the ledger says where the number came from either way.
 */
export function withTitleTarget(table: Table, titleLines: readonly { line: number; text: string }[], stated?: string): Table {
  if (table.headerless || table.headers.includes(TARGET_COLUMN) || table.headers.includes(SUBJECT_ACCOUNT_COLUMN)) return table;
  if (hasMoneyColumns(table.headers)) return withStatementAccount(table, titleLines, stated);
  const found = stated ? { number: stated, line: 0 } : titleTarget(titleLines);
  if (!found) return table;
  const sample = table.rows.slice(0, 200);
  const phoneColumns = table.headers.filter((_, index) => profileColumn(sample.map((row) => row[index] ?? '')).phone >= MIN_PHONE_SHARE);
  if (columnHolds(table, found.number) || (!stated && phoneColumns.length !== 1)) return table;
  const text = stated
    ? `the mapping states the file's target ${found.number}: read as the subscriber of every row (column "${TARGET_COLUMN}")`
    : `line ${found.line} (the title) names the file's target ${found.number}: read as the subscriber of every row (column "${TARGET_COLUMN}")`;
  return withColumn(table, TARGET_COLUMN, found.number, { text, code: stated ? 'target-stated' : 'target-from-title', params: { line: found.line, number: found.number, column: TARGET_COLUMN } });
}

function withStatementAccount(table: Table, titleLines: readonly { line: number; text: string }[], stated?: string): Table {
  const fromTitle = stated ? undefined : titleSubject(titleLines);
  const fromName = stated || fromTitle ? undefined : fileNameAccount(table.file);
  const number = stated ?? fromTitle?.number ?? fromName;
  if (!number || columnHolds(table, number)) return table;
  // NOTE: an account key has no "+" or spaces: "+60 11-2345 6789" is read as the wallet 601123456789.
  const value = number.replace(/[^\dA-Za-z]/g, '');
  const column = `column "${SUBJECT_ACCOUNT_COLUMN}"`;
  const note: LedgerNote = stated
    ? { text: `the mapping states the statement's own account ${number}: read as the account of every row (${column})`, code: 'subject-stated', params: { number, column: SUBJECT_ACCOUNT_COLUMN } }
    : fromTitle
      ? { text: `line ${fromTitle.line} (above the header) names the statement's own account ${number}: read as the account of every row (${column})`, code: 'subject-from-title', params: { line: fromTitle.line, number, column: SUBJECT_ACCOUNT_COLUMN } }
      : { text: `the file name names one account, ${number}, and nothing above the header does: read as the statement's own account on every row (${column}); state it in the mapping (subjectNumber) if that is wrong`, code: 'subject-from-file-name', params: { number, column: SUBJECT_ACCOUNT_COLUMN } };
  return withColumn(table, SUBJECT_ACCOUNT_COLUMN, value, note);
}

function withColumn(table: Table, header: string, value: string, note: LedgerNote): Table {
  return {
    ...table,
    headers: [...table.headers, header],
    rows: table.rows.withAppended(table.headers.length, value),
    notes: [...table.notes, note],
  };
}

/** True when a column already holds the number on at least half the rows (the subject is written on them). */
function columnHolds(table: Table, number: string): boolean {
  const key = number.replace(/\D/g, '').slice(-9);
  const sample = table.rows.slice(0, 200);
  return table.headers.some((_, index) => sample.filter((row) => (row[index] ?? '').replace(/\D/g, '').endsWith(key)).length >= sample.length / 2);
}

function hasMoneyColumns(headers: readonly string[]): boolean {
  return headers.some((header) => {
    const best = [...headerScores(header)].sort((a, b) => b[1] - a[1])[0];
    return best !== undefined && (MONEY_ROLES as ReadonlySet<string>).has(best[0]);
  });
}
