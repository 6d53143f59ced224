// One account's statement (mutasi rekening, e-wallet history): each row a transfer of that account, with the other side
// from a counterparty column, from the description where it names an account, or else an unknown counterparty.

import { detectCryptoNetwork, ewalletCountry, normalizeAccount } from '../../normalize/account.ts';
import { because } from './reasons.ts';
import { normalizePhone } from '../../normalize/phone.ts';
import { walletPhone } from '../../normalize/planWallet.ts';
import { explicitSign, parseAmount } from '../../normalize/amount.ts';
import { notMoved, readCurrency } from './money.ts';
import { moneyMark } from '../../normalize/moneyDirection.ts';
import type { RowReader } from './entityLists.ts';
import type { RowContext } from './rowContext.ts';
import type { ColumnRole } from '../roles.ts';

type Direction = 'in' | 'out';

// NOTE: the description (memo), channel and balance stay on the transfer as its attributes (linkAttributes), even
// where they also gave its counterparty or direction: the words a bank wrote are evidence an investigator reads.
const STATEMENT_MADE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'datetime', 'date', 'time', 'account', 'counterparty', 'amount', 'debit', 'credit', 'currency', 'direction', 'transaction_id',
]);

const IN_WORDS = /^(cr|k|kr|credit|kredit|masuk|in|incoming|receive|received|terima|cash[_\s-]?in|deposit|setor(an)?|transfer[_\s-]?in|topup|top[_\s-]?up|refund)$/i;
const OUT_WORDS = /^(db|dr|d|debit|debet|keluar|out|outgoing|send|sent|kirim|cash[_\s-]?out|withdrawal|tarik(an)?|transfer[_\s-]?out|payment|bayar|pay)$/i;
const CASH = /\b(atm|tarikan|tarik tunai|setor tunai|tunai|cash[_\s-]?(in|out)|cash|teller|withdrawal)\b/i;
const MARK = /\s*\b(CR|DB|DR|D|K)\b\.?\s*$/i;

/**
 * Reads a statement row: the statement's account, the amount and its direction (debit/credit columns, a sign,
 * a `CR`/`DB` mark, or a direction column), and the other side. Cash-in and cash-out rows are kept, linked to the
 * account's cash counterpart; a row whose other side is not named is linked to the account's unknown counterparty,
 * so amount and direction are kept without gluing statements of different accounts together.
 */
export const readStatementRow: RowReader = (row) => {
  const own = row.account('account');
  if (!own.ok) return because('statement-account', `statement row needs its account: ${own.problem}`, {}, own.why);
  const failed = notMoved(row);
  if (failed) return failed;
  const money = readMoney(row);
  if (!money) {
    const columns = ['amount', 'debit', 'credit'].filter((role) => row.has(role as 'amount')).map((role) => row.header(role as 'amount')).join(', ');
    return because('statement-amount', `statement row has no amount: ${columns || 'no amount column'} empty or unreadable`, { columns, none: columns ? 'no' : 'yes' });
  }
  const ownKey = own.value.slice('account:'.length);
  const other = counterparty(row, ownKey, money.direction);
  const currency = readCurrency(row, ['amount', 'debit', 'credit'], true);
  const [source, target] = money.direction === 'out' ? [own.value, other] : [other, own.value];
  row.link({ type: 'transferred', source, target, time: row.time(), amount: money.amount, currency, transactionId: row.get('transaction_id') || undefined, attributes: row.linkAttributes(STATEMENT_MADE) });
  return undefined;
};

function readMoney(row: RowContext): { amount: number; direction: Direction } | undefined {
  const debit = amountOf(row.get('debit'));
  const credit = amountOf(row.get('credit'));
  if (debit && debit.value !== 0) return { amount: Math.abs(debit.value), direction: 'out' };
  if (credit && credit.value !== 0) return { amount: Math.abs(credit.value), direction: 'in' };
  const amount = amountOf(row.get('amount'));
  if (!amount) return undefined;
  const stated = directionWord(row.get('direction')) ?? amount.mark ?? directionWord(row.get('channel'));
  if (stated) return { amount: Math.abs(amount.value), direction: stated };
  if (amount.value < 0) return { amount: -amount.value, direction: 'out' };
  // NOTE: a '+' written outright ('+RM 4,500.00', '+ 250') is money in, as plainly as a '-' is money out.
  if (amount.sign === '+') return { amount: amount.value, direction: 'in' };
  const memo = row.get('memo');
  const fromMemo = / (CR|KR)\b/i.test(memo) ? 'in' : / (DB|DR)\b/i.test(memo) ? 'out' : undefined;
  if (fromMemo) return { amount: amount.value, direction: fromMemo };
  row.warnings.push(because('amount-no-direction', `amount "${row.get('amount')}" says no direction (no + or - sign, CR/DB or direction column); read as money in`, { value: row.get('amount') }));
  return { amount: amount.value, direction: 'in' };
}

function amountOf(raw: string): { value: number; mark?: Direction; sign?: '+' | '-' } | undefined {
  if (raw === '') return undefined;
  const mark = MARK.exec(raw)?.[1];
  const unmarked = raw.replace(MARK, '');
  const value = parseAmount(unmarked);
  if (value === null) return undefined;
  const sign = explicitSign(unmarked);
  return { value, ...(mark ? { mark: /^(CR|K)$/i.test(mark) ? 'in' : 'out' } : {}), ...(sign ? { sign } : {}) };
}

function directionWord(raw: string): Direction | undefined {
  const value = raw.trim();
  const mark = moneyMark(value);
  if (mark) return mark;
  if (IN_WORDS.test(value)) return 'in';
  if (OUT_WORDS.test(value)) return 'out';
  return undefined;
}

/** The other side's entity id: the counterparty column, an account named in the description, cash, or unknown. */
function counterparty(row: RowContext, ownKey: string, direction: Direction): string {
  if (row.has('counterparty') && row.get('counterparty') !== '') {
    const read = row.account('counterparty');
    if (read.ok) return read.value;
    const user = platformUser(row.get('counterparty'));
    if (user) return row.entity({ type: 'account', key: user, label: row.get('counterparty'), raw: row.get('counterparty'), attributes: { accountKind: 'platform user' } });
    row.warnings.push(because('counterparty-unknown', `${read.problem}; the transfer is kept with an unknown counterparty`, {}, read.why));
  }
  const memo = row.get('memo');
  const named = accountInText(memo, ownKey, walletPlan(ownKey));
  if (named) return row.entity({ type: 'account', key: named.key, label: named.key, raw: named.raw, ...(named.alternativeKey ? { alternativeKey: named.alternativeKey } : {}), attributes: { accountKind: named.kind, network: named.network, namedIn: 'description' } });
  const cash = CASH.test(memo) || CASH.test(row.get('direction')) || CASH.test(row.get('channel'));
  if (cash) {
    // NOTE: deposits and withdrawals are two ends, not one: a single cash node took the label of whichever
    // direction came first, so an ATM withdrawal could read "cash paid in to". The key says the direction.
    return direction === 'in'
      ? row.entity({ type: 'account', key: `cash-in:${ownKey}`, label: `cash paid in to ${ownKey}`, attributes: { accountKind: 'cash' } })
      : row.entity({ type: 'account', key: `cash-out:${ownKey}`, label: `cash taken out of ${ownKey}`, attributes: { accountKind: 'cash' } });
  }
  return row.entity({ type: 'account', key: `unknown:${ownKey}`, label: `unknown counterparty of ${ownKey}`, attributes: { accountKind: 'unknown' } });
}

// NOTE: an exchange's or a platform's counterparty is written as its user's nickname or code (`Buyer-ab1cdefd`,
// `U7f3918`): not a bank number, but one user of the platform, the same wherever the platform writes it. It is keyed
// as an account is (no dashes or dots, capitals), so `Seller-a6197a57` read either way is one node.
/** The key of a platform user named in a counterparty column (one token of letters and digits), or undefined. */
function platformUser(raw: string): string | undefined {
  const value = raw.trim();
  // NOTE: a letter and a digit both: a lone word (`ATM`, `SALARY`, `Budi`) is a description or a name, never one user.
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_.@-]{2,40}$/u.test(value) || !/\p{L}/u.test(value) || !/\d/.test(value) || /^\d[\d.,]*E[+-]?\d+$/i.test(value)) return undefined;
  return value.replace(/[-.]/g, '').toUpperCase();
}

/** The numbering plan of a statement's own wallet when it is keyed by a phone number (`+601123456789` → MY). */
function walletPlan(ownKey: string): string | undefined {
  return ownKey.startsWith('+') ? normalizePhone(ownKey)?.country : undefined;
}

// NOTE: descriptions name the other account as a run of 8–20 digits (`TRSF E-BANKING CR 5270011223 BUDI S`)
// or a wallet address; shorter numbers are references, dates or amounts.
// NOTE: in the statement of a wallet opened on a phone number (keyed +60…), the other side of a DuitNow or
// GCash transfer is named by its phone number (`Received from LIM WEI JIE 0123887766`): a number in national (0…) or
// international (+…) form is read in the wallet's plan; a bare run of digits stays an account (`MAYBANK 514011223344`).
function accountInText(text: string, ownKey: string, plan: string | undefined): { key: string; raw: string; kind: string; network?: string; alternativeKey?: string } | undefined {
  const grouped = groupedAccount(text, ownKey);
  if (grouped) return grouped;
  // NOTE: a description that names an e-wallet provider (`TRF TO WING 0968935732`) names a wallet: read in the provider's plan.
  const walletPlanOfText = plan ?? ewalletCountry(text);
  for (const token of text.split(/[\s,;:/()]+/)) {
    const network = detectCryptoNetwork(token);
    const digits = token.replace(/[-.]/g, '');
    if (!network && !/^\d{8,20}$/.test(digits)) continue;
    const phone = walletPlanOfText && !network && /^(\+|0)/.test(token) ? walletPhone(token, 'ewallet', walletPlanOfText) : undefined;
    const plain = phone && phone.reading !== 'international' ? normalizeAccount(token)?.key : undefined;
    if (phone && phone.key !== ownKey) return { key: phone.key, raw: token, kind: 'ewallet', ...(plain ? { alternativeKey: plain } : {}) };
    const account = normalizeAccount(token);
    if (account && account.key !== ownKey) return { key: account.key, raw: token, kind: account.kind, ...(account.network ? { network: account.network } : {}) };
  }
  return undefined;
}

// NOTE: an account written in groups (`Transfer to MAYBANK 5140 1234 5678 LIM`) after a word saying where the money
// went is one number. Groups of 3–6 digits only, 8–20 in all: a date (`01 03 2024`) has shorter groups, and an
// amount with spaces between thousands (`150 000 000`) has only groups of three after the first.
const GROUPED = /\b(?:to|ke|kepada|untuk|from|dari)\b(?:\s+[A-Za-z][A-Za-z.&'-]*){0,3}\s+(\d{3,6}(?: \d{3,6}){1,4})(?![\d.,:/-]| \d)/i;

function groupedAccount(text: string, ownKey: string): { key: string; raw: string; kind: string } | undefined {
  const raw = GROUPED.exec(text)?.[1];
  if (!raw) return undefined;
  const groups = raw.split(' ');
  const digits = groups.join('');
  if (digits.length < 8 || digits.length > 20 || ((groups[0] ?? '').length <= 3 && groups.slice(1).every((group) => group.length === 3))) return undefined;
  const account = normalizeAccount(digits);
  return account && account.key !== ownKey ? { key: account.key, raw, kind: account.kind } : undefined;
}
