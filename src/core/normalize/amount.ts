// Money amounts and currencies as bank statements write them: Indonesian, Thai and European separators alike.
import { foldDigits } from './digits.ts';

// Spaces, no-break and thin spaces, and apostrophes group thousands ('1 500 000', "1'500'000").
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Are all groups after the first exactly three digits, the first one to three? */
function groupedByThousands(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

/** Digits with at most one '.' decimal point, from digits with ',' and '.' in any of the usual roles. */
function canonicalDigits(body: string): string | null {
  const spaced = body.replace(GROUP_SPACES, ' ');
  if (spaced.includes(' ')) {
    const integer = spaced.split(/[.,](?=\d*$)/)[0] ?? '';
    if (!groupedByThousands(integer, ' ')) return null;
  }
  const text = spaced.replace(/ /g, '');
  if (!/^\d[\d.,]*$/.test(text) || !/\d$/.test(text)) return null;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    // Both appear: the last one is the decimal separator, the other groups thousands.
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1) return null;
    const [integer = '', fraction = ''] = text.split(decimal);
    return groupedByThousands(integer, group) ? `${integer.split(group).join('')}.${fraction}` : null;
  }
  if (dots + commas === 0) return text;
  const separator = dots > 0 ? '.' : ',';
  if (dots + commas > 1) {
    // One kind, several times: thousands ('1.500.000', '1,500,000').
    return groupedByThousands(text, separator) ? text.split(separator).join('') : null;
  }
  const [integer = '', fraction = ''] = text.split(separator);
  // NOTE: one separator followed by exactly three digits groups thousands: 'Rp 1.500' is fifteen hundred
  // rupiah and '1,500' fifteen hundred baht. A bare '0.500' stays a decimal; so does '1.5' or '12,50'.
  if (fraction.length === 3 && integer !== '0') return integer + fraction;
  return `${integer}.${fraction}`;
}

/**
 * Money amount as a number: '1,500,000.50', '1.500.000,50' (Indonesian/European), 'Rp 1.500.000',
 * '฿12,000', '-250', '(250)' and '250-' (negative), '1 500 000'; null if unreadable. Separators: with both
 * ',' and '.', the last is the decimal point; one kind used more than once groups thousands; a single one
 * followed by exactly three digits groups thousands, otherwise it is the decimal point. Misgrouped
 * numbers ('1.5.2024') are unreadable rather than guessed.
 */
export function parseAmount(raw: string): number | null {
  const text = foldDigits(raw).trim().replace(/^'(.*)'$/s, '$1');
  const match = /^([^\d]*?)(\d(?:.*\d)?)([^\d]*)$/s.exec(text);
  if (!match) return null;
  const [, prefix = '', body = '', suffix = ''] = match;
  const negative = /[-−–]/.test(prefix) || /^\s*-/.test(suffix) || (prefix.includes('(') && suffix.includes(')'));
  const leadingPoint = /(?:^|[\s(-])[.,]$/.test(prefix) && !/\p{L}\.$/u.test(prefix);
  const digits = canonicalDigits(leadingPoint ? `0.${body}` : body);
  if (digits === null) return null;
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

// Symbols and words, lower-cased, to ISO 4217 codes; crypto units are kept as written (USDT, BTC…).
const CURRENCY_WORDS: Record<string, string> = {
  rp: 'IDR', 'rp.': 'IDR', rupiah: 'IDR', idr: 'IDR',
  '฿': 'THB', baht: 'THB', bht: 'THB', thb: 'THB', 'บาท': 'THB',
  usd: 'USD', $: 'USD', us$: 'USD', 'us dollar': 'USD', dollar: 'USD', dollars: 'USD',
  '₱': 'PHP', php: 'PHP', peso: 'PHP', pesos: 'PHP', piso: 'PHP',
  k: 'MMK', ks: 'MMK', kyat: 'MMK', kyats: 'MMK', mmk: 'MMK',
  '₫': 'VND', đ: 'VND', dong: 'VND', 'đồng': 'VND', vnd: 'VND',
  rm: 'MYR', ringgit: 'MYR', myr: 'MYR',
  '¥': 'CNY', '￥': 'CNY', rmb: 'CNY', yuan: 'CNY', '元': 'CNY', '人民币': 'CNY', cny: 'CNY',
  '៛': 'KHR', riel: 'KHR', riels: 'KHR', khr: 'KHR',
  '₭': 'LAK', kip: 'LAK', lak: 'LAK',
  's$': 'SGD', sgd: 'SGD', 'singapore dollar': 'SGD',
  '€': 'EUR', '£': 'GBP', '₩': 'KRW', '₹': 'INR', hk$: 'HKD', nt$: 'TWD',
  usdt: 'USDT', tether: 'USDT', usdc: 'USDC', btc: 'BTC', bitcoin: 'BTC', eth: 'ETH', ether: 'ETH', trx: 'TRX',
};

// NOTE: looked up through a Map: a currency cell is data, and `constructor` must not find Object's.
const CURRENCIES = new Map(Object.entries(CURRENCY_WORDS));

const ISO_4217 = new Set<string>(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
);

function lookUpCurrency(text: string): string | null {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return null;
  const known = CURRENCIES.get(key) ?? CURRENCIES.get(key.replace(/\.$/, ''));
  if (known) return known;
  if (/^[a-z]{3}$/.test(key) && ISO_4217.has(key.toUpperCase())) return key.toUpperCase();
  // 'USDT-TRC20', 'USDT (TRON)': the unit is the first word.
  const first = /^([^\s\-(/]+)[\s\-(/]/.exec(key)?.[1];
  return first && first !== key ? (CURRENCIES.get(first) ?? null) : null;
}

/**
 * ISO 4217 code from a currency cell or symbol: 'Rp'→IDR, '฿'/'baht'→THB, 'USDT'→USDT (kept),
 * 'usd'→USD, '₱'→PHP, 'K'/'kyat'→MMK, '₫'/'dong'→VND, 'RM'→MYR, '¥'/'RMB'→CNY, 'riel'→KHR, 'kip'→LAK,
 * 'S$'→SGD; any other ISO 4217 code as itself; null if unknown. An amount cell ('Rp 1.500.000') gives
 * its currency too. NOTE: a bare '$' is read as USD (Cambodia's second currency) and '¥' as CNY.
 */
export function normalizeCurrency(raw: string): string | null {
  return lookUpCurrency(raw) ?? lookUpCurrency(withoutNumber(raw));
}

// NOTE: the sign may stand before or after the mark ('+RM 4,500.00', 'RM -80', '-Rp 2.000'): it is no part of it.
/** An amount cell with its number and signs taken out: '+RM 4,500.00' → 'RM'. */
function withoutNumber(raw: string): string {
  return raw.replace(/[-−–+(]?\s*\d[\d.,\s\u00a0']*\)?/g, ' ').replace(/^[\s+\-−–()]+|[\s+\-−–()]+$/g, '').trim();
}

// Marks too short or too common to name a currency inside an amount cell or header: 'K' is also the Indonesian
// credit mark (Kredit), 'D' a debit mark; a lone word such as 'dollar' says no country.
const WEAK_MARKS = new Set(['k', 'ks', 'dollar', 'dollars']);

/**
 * The currency an amount cell writes beside its number: '+RM 4,500.00' → MYR, '-Rp 2.000' → IDR,
 * '125.000 ₫' and '125.000đ' → VND, 'USD 40' → USD, '฿12,000' → THB; null for a bare number or an unknown mark.
 */
export function currencyInCell(raw: string): string | null {
  if (!/\d/.test(raw)) return null;
  const mark = withoutNumber(foldDigits(raw));
  if (mark === '' || WEAK_MARKS.has(mark.toLowerCase())) return null;
  return lookUpCurrency(mark);
}

/**
 * The currency an amount column's header names: 'Amount (RM)' → MYR, 'Jumlah (Rp)' → IDR, 'Amount USD' → USD,
 * 'ยอดเงิน (฿)' → THB, 'Số tiền (VND)' → VND. A word in brackets is read as any currency word or ISO code; a word
 * outside brackets only when it is a symbol, a currency's name, or an ISO code written in capitals (so 'all' in
 * 'Amount (all rows)' or 'TOP' as a word outside brackets are not taken for currencies).
 */
export function currencyInHeader(header: string): string | null {
  for (const inside of header.matchAll(/[([]([^)\]]{1,20})[)\]]/g)) {
    const word = (inside[1] ?? '').trim();
    const found = WEAK_MARKS.has(word.toLowerCase()) ? null : lookUpCurrency(word);
    if (found) return found;
  }
  const outside = header.replace(/[([][^)\]]*[)\]]/g, ' ');
  for (const word of outside.split(/[\s_/:,.-]+/)) {
    if (word === '' || WEAK_MARKS.has(word.toLowerCase())) continue;
    const symbol = /^[^\p{L}\p{N}]+$/u.test(word) || /^\p{Lu}{2,4}$/u.test(word) || CURRENCIES.has(word.toLowerCase()) && word.length > 1;
    const found = symbol ? lookUpCurrency(word) : null;
    if (found) return found;
  }
  return null;
}

/** The sign an amount cell writes outright, before or after a currency mark: '+RM 4,500.00' → '+', '-Rp 2.000' → '-'. */
export function explicitSign(raw: string): '+' | '-' | undefined {
  const before = /^[^\d]*/.exec(raw.trim())?.[0] ?? '';
  if (/[-−–]/.test(before) || /\(/.test(before)) return '-';
  if (before.includes('+')) return '+';
  return undefined;
}
