// Value evidence: what a column's cells look like (phones, accounts, dates, amounts, codes…), and how well that fits each role.

import { detectCryptoNetwork, looksLikeAccount } from '../../normalize/account.ts';
import { normalizeCurrency, parseAmount } from '../../normalize/amount.ts';
import { normalizeCountry } from '../../normalize/country.ts';
import { normalizeDate } from '../../normalize/date.ts';
import { parseDuration } from '../../normalize/duration.ts';
import { foldDigits, splitIdentifiers } from '../../normalize/digits.ts';
import { normalizePhone, PHONE_COUNTRY_CANDIDATES } from '../../normalize/phone.ts';
import { readCell } from '../readers/rowContext.ts';
import { readCoordinates } from '../../normalize/coordinates.ts';
import { MONEY_MARKS } from '../../normalize/moneyDirection.ts';
import { readNameCell } from '../../normalize/remark.ts';
import { ownString } from '../../model/strings.ts';
import type { Candidate, HeaderScores } from './headerWords.ts';

/** Shares (0–1) of a column's non-empty sample cells having each shape. */
/** What a column's header and values say, as the evidence checks read it. */
export interface ColumnEvidence {
  header: HeaderScores;
  profile: ColumnProfile;
  /** Whether the header names a call (`Calling number`, `Call type`): see namesCall. */
  call?: boolean;
}

export interface ColumnProfile {
  /** Non-empty cells looked at. */
  count: number;
  /** Share of sampled rows whose cell is empty. */
  empty: number;
  /** Distinct values / non-empty cells. */
  distinct: number;
  phone: number;
  account: number;
  crypto: number;
  date: number;
  datetime: number;
  time: number;
  amount: number;
  integer: number;
  /** Whole numbers 0–120: ages, counts, scores; too few to tell people apart, never an identifier. */
  smallInteger: number;
  duration: number;
  currency: number;
  country: number;
  latitude: number;
  longitude: number;
  /** A latitude and a longitude in one cell (`10.6093, 103.5296`, as map apps copy them), each in range. */
  coordinates: number;
  /** Written like a person's or a place's name: two to six words of letters, no digits (a remark in brackets aside). */
  name: number;
  /** Short identifier codes: `P-00012`, `L-KKP`, `ORG-0041`, `n1`. */
  code: number;
  /** Words with letters and spaces: names, places, descriptions. */
  text: number;
  /** 14–16 digits: IMEI / IMSI. */
  imei: number;
  /** In/out words: `MOC`, `IN`, `CR`, `masuk`, `cash_out`, `Directed`. */
  direction: number;
  /** Long hex or base58 strings, 16+ characters, mostly distinct: hashes and references. */
  hash: number;
  /** 1 when the values count the rows (0 or 1, then up by one row after row): a row number, not data. */
  rowIndex: number;
  /** The first and last row numbers seen, for the evidence line ("row numbers 1…40"). */
  rowIndexRange?: readonly [number, number];
}

const DIRECTION_WORDS = new Set([
  'in', 'out', 'incoming', 'outgoing', 'moc', 'mtc', 'mo', 'mt', 'sms-mo', 'sms-mt', 'cr', 'db', 'dr', 'd', 'k', 'credit',
  'debit', 'masuk', 'keluar', 'send', 'sent', 'receive', 'received', 'cash_in', 'cash_out', 'cash in', 'cash out',
  'cashin', 'cashout', 'directed', 'undirected', 'a_in', 'a_out', 'deposit', 'withdrawal', 'transfer_in', 'transfer_out',
  ...MONEY_MARKS,
]);

const SAMPLE = 200;

// NOTE: evidence must judge the value the readers will read, not the bytes as written: a telco's
// `'6281234567890'` is a phone (not a unix time), `๐๘๑-๒๓๔-๕๖๗๘` and `๒๕๖๗` are digits. Every shape test
// below sees the cell through this one function; identifier tests also split cells as the readers do.
/** A cell as the readers read it: trimmed and unwrapped (readCell), native and fullwidth digits folded. */
export function cellAsRead(raw: string): string {
  return foldDigits(readCell(raw));
}

/**
 * Whether a cell reads as identifiers of one shape the way the readers take it (RowContext.phones/accounts):
 * each part when a cell names several (`0813-… / 0878-…`) and every part reads, else the whole cell.
 */
export function readsAsIdentifiers(cell: string, reads: (part: string) => boolean): boolean {
  const parts = splitIdentifiers(cell);
  return (parts.length > 1 && parts.every(reads)) || reads(cell) || (parts.length === 1 && parts[0] !== cell && reads(parts[0] ?? ''));
}

/** Profiles one column from its cells (the first few hundred rows are enough). */
export function profileColumn(cells: readonly string[]): ColumnProfile {
  const sample = cells.slice(0, SAMPLE).map(cellAsRead);
  const values = sample.filter((cell) => cell !== '');
  const count = values.length;
  const share = (test: (cell: string) => boolean) => (count === 0 ? 0 : values.filter(test).length / count);
  const numeric = (cell: string) => /^-?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : NaN;
  return {
    count,
    empty: sample.length === 0 ? 1 : 1 - count / sample.length,
    distinct: count === 0 ? 0 : new Set(values).size / count,
    phone: share((cell) => isPhone(cell) && !looksLikeImei(cell)),
    account: share((cell) => !isIpAddress(cell) && readsAsIdentifiers(cell, looksLikeAccount)),
    crypto: share((cell) => readsAsIdentifiers(cell, (part) => detectCryptoNetwork(part) !== null)),
    date: share((cell) => isDate(cell) && !isDateTime(cell)),
    datetime: share(isDateTime),
    time: share((cell) => /^\d{1,2}:\d{2}(:\d{2})?(\s?[ap]m)?$/i.test(cell)),
    amount: share(isAmount),
    integer: share((cell) => /^\d+$/.test(cell)),
    smallInteger: share((cell) => /^\d{1,3}$/.test(cell) && Number(cell) <= MAX_SMALL_INTEGER),
    // NOTE: a duration written with its units (`2m 5s`, `35 detik`, `8分41秒`) is one wherever the parser reads it; bare
    // numbers are kept to six digits and dotted decimals (`1,234` is an amount, not 1.234 seconds).
    duration: share((cell) => (/^\d{1,6}(\.\d+)?$|^\d{1,2}:\d{2}(:\d{2})?$/.test(cell) || (/\p{L}/u.test(cell) && /\d/.test(cell))) && parseDuration(cell) !== null),
    currency: share((cell) => /^[A-Za-z$€¥₱฿₫]{1,5}$/.test(cell) && normalizeCurrency(cell) !== null),
    country: share((cell) => !/^\d+$/.test(cell) && normalizeCountry(cell) !== null),
    latitude: share((cell) => /\.\d{2,}$/.test(cell) && Math.abs(numeric(cell)) <= 90),
    longitude: share((cell) => /\.\d{2,}$/.test(cell) && Math.abs(numeric(cell)) <= 180),
    coordinates: share((cell) => readCoordinates(cell) !== null),
    name: share(looksLikeName),
    code: share(isCode),
    text: share((cell) => /\p{L}{2,}/u.test(cell) && !isCode(cell) && detectCryptoNetwork(cell) === null),
    imei: share((cell) => /^\d{14,16}$/.test(cell.replace(/[\s-]/g, ''))),
    direction: share((cell) => DIRECTION_WORDS.has(cell.toLowerCase().replace(/\.$/, ''))),
    hash: share((cell) => /^(0x)?[0-9a-fA-F]{16,}$|^[1-9A-HJ-NP-Za-km-z]{30,}$/.test(cell)),
    ...rowIndexOf(values),
  };
}

// NOTE: names are words of letters (with the dots, hyphens and apostrophes of `Ma. Luisa Santos-Reyes`, `O'Brien`);
// a digit or a code (`informant MY-7`) is not a name. A remark in brackets is set aside first.
function looksLikeName(cell: string): boolean {
  const { name } = readNameCell(cell);
  if (name.length > 60 || /\d/.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((word) => /^\p{L}[\p{L}\p{M}.'’-]*$/u.test(word));
}

// NOTE: an AGE column (24, 22, 29…) read as person ids merged two workers of the same age into one person.
const MAX_SMALL_INTEGER = 120;
const MIN_ROW_NUMBERS = 3;
const MAX_ROW_GAP = 3;
const MAX_GAP_SHARE = 0.1;

// NOTE: `No`, `#`, `STT` (số thứ tự) columns count the rows: 1, 2, 3… Their values look like ids, amounts or
// durations, but they name nothing. Rows rejected by the export or blank lines leave the odd small gap.
function rowIndexOf(values: readonly string[]): Pick<ColumnProfile, 'rowIndex' | 'rowIndexRange'> {
  if (values.length < MIN_ROW_NUMBERS || !values.every((cell) => /^\d{1,9}\.?$/.test(cell))) return { rowIndex: 0 };
  const numbers = values.map((cell) => Number.parseInt(cell, 10));
  if (numbers[0] !== 0 && numbers[0] !== 1) return { rowIndex: 0 };
  let gaps = 0;
  for (let index = 1; index < numbers.length; index += 1) {
    const step = (numbers[index] ?? 0) - (numbers[index - 1] ?? 0);
    if (step < 1 || step > MAX_ROW_GAP) return { rowIndex: 0 };
    if (step > 1) gaps += 1;
  }
  if (gaps > Math.max(1, MAX_GAP_SHARE * (numbers.length - 1))) return { rowIndex: 0 };
  return { rowIndex: 1, rowIndexRange: [numbers[0] ?? 0, numbers[numbers.length - 1] ?? 0] };
}

// NOTE: an IPv4 address (`103.2.44.17`, a KYC export's last login) is dotted digits like an account or a phone written
// with dots, but its four parts are 0–255 of mixed widths; an account grouped with dots keeps its groups' widths.
export function isIpAddress(cell: string): boolean {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(cell)?.slice(1);
  return parts !== undefined && parts.every((part) => Number(part) <= 255) && new Set(parts.map((part) => part.length)).size > 1;
}

// NOTE: a phone is a number libphonenumber reads in some country of the region (or internationally);
// "looks like digits" is not enough: block numbers, amounts and unix times are digits too.
function isPhone(cell: string): boolean {
  const known = PHONE_MEMO.get(cell);
  if (known !== undefined) return known;
  const answer = !isIpAddress(cell) && readsAsIdentifiers(cell, readsAsPhone);
  if (PHONE_MEMO.size > 50_000) PHONE_MEMO.clear();
  // NOTE: keyed by a copy: this memo outlives the case, and a cell is a view that would keep its whole file alive.
  PHONE_MEMO.set(ownString(cell), answer);
  return answer;
}

const PHONE_MEMO = new Map<string, boolean>();

function readsAsPhone(cell: string): boolean {
  if (/[a-zA-Z]{2}/.test(cell) || /^\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(cell)) return false;
  const digits = cell.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15 || isDate(cell)) return false;
  if (/^\d{9,10}$/.test(cell) && /^1[5-7]/.test(cell)) return false; // unix seconds
  if (normalizePhone(cell)?.valid) return true;
  // NOTE: only national-looking numbers (trunk 0, or short enough to have lost it) are tried in each plan of the region.
  if (/^\+|^00/.test(cell.trim()) || (!digits.startsWith('0') && digits.length > 12)) return false;
  return PHONE_COUNTRY_CANDIDATES.some((country) => normalizePhone(cell, { defaultCountry: country })?.valid === true);
}

// NOTE: a handset number (IMEI: an 8-digit type code and a 6-digit serial, then a Luhn check digit; IMEISV: 16
// digits) is a run of digits a phone reader takes for a foreign number (`35273610123456` → +352, Luxembourg).
// Written bare, 15 digits whose check digit holds, or 14 or 16 digits, that no country of the region reads as its
// own valid number, it is a handset, not a phone.
export function looksLikeImei(cell: string): boolean {
  if (!/^\d{14,16}$/.test(cell) || (cell.length === 15 && !luhnHolds(cell))) return false;
  const international = normalizePhone(`+${cell}`);
  if (international?.valid && international.country && PHONE_COUNTRY_CANDIDATES.includes(international.country)) return false;
  return !PHONE_COUNTRY_CANDIDATES.some((country) => {
    const read = normalizePhone(cell, { defaultCountry: country });
    return read?.valid === true && read.country === country;
  });
}

function luhnHolds(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

// NOTE: the date reader also takes unix times and Excel serials; as evidence, a bare number is a date only in the
// forms that cannot be a phone, an account or an amount: YYYYMMDD[hhmm[ss]], unix seconds/milliseconds of 2017–2026,
// Excel serials with a fraction (45352.34).
function numericDate(cell: string): 'date' | 'datetime' | 'no' | undefined {
  if (!/^\d+(\.\d+)?$/.test(cell)) return undefined;
  if (/^(19|20)\d{6}$/.test(cell)) return normalizeDate(cell, 'iso') ? 'date' : 'no';
  if (/^(19|20)\d{10}(\d\d)?$/.test(cell)) return normalizeDate(cell, 'iso') ? 'datetime' : 'no';
  if (/^1[5-7]\d{8}(\d{3})?$/.test(cell)) return 'datetime';
  if (/^(3[6-9]|4\d)\d{3}\.\d+$/.test(cell)) return 'datetime';
  return 'no';
}

function isDate(cell: string): boolean {
  if (!/\d/.test(cell) || cell.length > 40) return false;
  const numeric = numericDate(cell);
  if (numeric !== undefined) return numeric !== 'no';
  return normalizeDate(cell, 'dmy') !== null || normalizeDate(cell, 'mdy') !== null;
}

function isDateTime(cell: string): boolean {
  const numeric = numericDate(cell);
  if (numeric !== undefined) return numeric === 'datetime';
  const read = isDate(cell) ? normalizeDate(cell, 'dmy') ?? normalizeDate(cell, 'mdy') : null;
  return read !== null && read.includes('T');
}

function isAmount(cell: string): boolean {
  if (isDate(cell) || /:\d\d/.test(cell) || (isCode(cell) && !/^\d+$/.test(cell))) return false;
  const stripped = cell.replace(/\s*\b(CR|DB|DR|D|K)\b\.?$/i, '');
  if (!/^[-+(]?\s*[\p{Sc}A-Za-z]{0,4}\.?\s*[-+]?\d[\d.,\s']*\)?\s*[A-Za-z]{0,4}$/u.test(stripped)) return false;
  return parseAmount(stripped) !== null;
}

function isCode(cell: string): boolean {
  if (cell.length > 24 || /\s/.test(cell) || detectCryptoNetwork(cell)) return false;
  return /^[A-Za-z]{1,6}[-_./]?[A-Za-z0-9]*\d[A-Za-z0-9]*$/.test(cell) || /^[A-Z]{1,6}[-_][A-Z0-9-]{1,12}$/.test(cell)
    || /^\d{1,7}$/.test(cell);
}

/**
 * How well a column's values fit a role, 0–1. Roles with a shape (phones, accounts, dates, amounts,
 * countries, coordinates, handsets) are judged by the share of cells having it: a column whose values
 * are not phones is not a phone column, whatever its header says. Free roles (memo, status) fit any text.
 */
export function valueFit(role: Candidate, p: ColumnProfile): number {
  if (p.count === 0) return 0.5; // an empty column says nothing
  switch (role) {
    case 'phone':
    case 'phone_a':
    case 'phone_b':
      return p.phone;
    case 'account':
    case 'account_from':
    case 'account_to':
    case 'counterparty':
      return Math.max(p.crypto, p.account * (1 - 0.6 * p.date) * (1 - 0.5 * p.latitude));
    case 'person_id':
      return Math.max(p.code, 0.6 * p.text) * (1 - p.datetime) * (1 - 0.5 * p.amount * (1 - p.integer)) * (1 - p.smallInteger);
    case 'location_id':
      return Math.max(p.code, 0.6 * p.text) * (1 - p.datetime) * (1 - 0.5 * p.amount * (1 - p.integer));
    case 'person_a':
    case 'person_b':
    case 'source':
    case 'target':
      return Math.max(p.code, 0.5 * p.text, 0.9 * p.name, p.phone, p.crypto, p.account) * (1 - p.datetime);
    case 'person_name':
    case 'location_name':
    case 'alias':
    case 'bank':
    case 'operator':
      return p.text * (1 - p.country * 0.5) * (1 - p.direction);
    case 'nationality':
    case 'country':
      return p.country;
    case 'datetime':
      return p.datetime + 0.3 * p.date;
    case 'date':
      return p.date + 0.5 * p.datetime;
    case 'birth_date':
      return p.date;
    case 'time':
      return p.time + 0.3 * p.datetime;
    case 'amount':
    case 'debit':
    case 'credit':
    case 'balance':
      return p.amount * (1 - 0.8 * p.phone * (1 - p.amount)) * (1 - p.code * (1 - p.integer)) * (1 - 0.7 * p.datetime);
    case 'weight':
      return p.amount * (1 - p.datetime);
    case 'duration':
      return p.duration * (1 - p.phone) * (1 - p.datetime);
    case 'currency':
      return p.currency;
    case 'latitude':
      return p.latitude;
    case 'longitude':
      return p.longitude;
    case 'coordinates':
      return p.coordinates;
    case 'imei':
    case 'imsi':
      return p.imei;
    case 'transaction_id':
      return Math.max(p.hash, p.code * p.distinct, p.integer * p.distinct) * (1 - p.datetime) * (1 - p.rowIndex);
    case 'direction':
      return p.direction;
    case 'channel':
    case 'link_type':
      // NOTE: `Undirected`/`Directed` (Gephi) and `send`/`cash_out` (wallets) are directions, not types of link.
      return p.text * 0.8 * (1 - 0.6 * p.direction) * (1 - p.phone) * (1 - p.datetime);
    case 'call_type':
    case 'relationship':
    case 'location_type':
    case 'status':
    case 'transaction_status':
    case 'role':
    case 'gender':
      return (p.text * 0.8 + 0.2 * p.direction) * (1 - p.phone) * (1 - p.datetime);
    case 'cell_id':
      return (1 - p.datetime) * (1 - p.text * 0.5);
    case 'memo':
    case 'address':
    case 'evidence':
      return Math.max(p.text, p.code) * (1 - p.datetime) * (1 - p.phone * 0.5);
    case 'passport':
      // NOTE: a document number is a code (`E8690747`, `3174012345670001`); names (`NURUL AINA`) are a person's name, even
      // under a header that says passport (`英文名/护照名`).
      return Math.max(p.text * (1 - p.name), p.code, p.integer, p.account) * (1 - p.datetime) * (1 - p.phone * 0.5);
    case 'attribute':
    case 'ignore':
      return 0.5;
  }
}

/** What a column's values most clearly are, as a phrase for the evidence line ("92% phone numbers"). */
export function describeValues(p: ColumnProfile): string {
  const shape = valueShape(p);
  if (shape.shape === 'empty') return 'the column is empty';
  if (shape.shape === 'rows') return `row numbers ${shape.from}…${shape.to}`;
  if (shape.shape === 'none') return 'no recognisable shape';
  return `${shape.percent}% ${SHAPE_WORDS[shape.shape] ?? shape.shape}`;
}

/** What the values mostly are, as a code and its figures (catalogue `readingEvidence.values`): `describeValues` in any language. */
export function valueShape(p: ColumnProfile): { shape: string; percent: number; from: number; to: number } {
  if (p.count === 0) return { shape: 'empty', percent: 0, from: 0, to: 0 };
  if (p.rowIndex === 1 && p.rowIndexRange) return { shape: 'rows', percent: 100, from: p.rowIndexRange[0], to: p.rowIndexRange[1] };
  const shapes: [number, string][] = [
    [p.phone, 'phone'], [p.crypto, 'crypto'], [p.account * (1 - p.phone), 'account'],
    [p.datetime, 'datetime'], [p.date, 'date'], [p.time, 'time'], [p.country, 'country'],
    [p.currency, 'currency'], [p.coordinates, 'coordinates'], [p.direction, 'direction'], [p.imei, 'imei'],
    [p.code * (1 - p.integer), 'code'], [p.amount * (1 - p.code), 'amount'], [p.integer, 'integer'],
    [p.text, 'text'],
  ];
  const [share, what] = shapes.reduce((best, next) => (next[0] > best[0] ? next : best));
  return share === 0 ? { shape: 'none', percent: 0, from: 0, to: 0 } : { shape: what, percent: Math.round(share * 100), from: 0, to: 0 };
}

const SHAPE_WORDS: Readonly<Record<string, string>> = {
  phone: 'phone numbers', crypto: 'crypto addresses', account: 'account numbers', datetime: 'dates with times', date: 'dates', time: 'times of day',
  country: 'countries', currency: 'currency codes', coordinates: 'map points (latitude, longitude)', direction: 'in/out words',
  imei: '15-digit handset/SIM numbers', code: 'identifier codes', amount: 'amounts', integer: 'whole numbers', text: 'words',
};
