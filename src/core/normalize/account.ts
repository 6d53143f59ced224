// Bank accounts, e-wallets and crypto addresses to matching keys: separators go, addresses stay exact.
import type { AccountKind } from '../model/types.ts';
import { foldDigits } from './digits.ts';

/** Networks told apart by address shape (USDT travels on TRON and Ethereum alike). */
export type CryptoNetwork = 'TRON' | 'ETH' | 'BTC';

/** A normalised account: `key` is what two rows must share to be the same account. */
export interface AccountResult {
  key: string;
  kind: AccountKind;
  network?: CryptoNetwork;
  /** A wallet keyed by the phone number it is opened on: which reading of the number won (see planWallet.ts). */
  phoneReading?: 'international' | 'msisdn' | 'plan' | 'only-valid';
  /** The country of the mobile number a wallet is keyed by. */
  country?: string;
  /** The plain account key of a wallet keyed by a weaker phone reading: the case settles which one it knows. */
  alternativeKey?: string;
  /** Keyed by a phone number that is not a valid (or not a mobile) number: kept as one node, said on the row. */
  phoneNotValid?: boolean;
}

const BASE58 = '[1-9A-HJ-NP-Za-km-z]';
const TRON = new RegExp(`^T${BASE58}{33}$`);
const ETH = /^0[xX][0-9a-fA-F]{40}$/;
const BTC_LEGACY = new RegExp(`^[13]${BASE58}{25,34}$`);
const BTC_BECH32 = /^bc1[a-z0-9]{11,71}$/;

// Provider names compared without case, spaces or punctuation; matched on whole words so that
// "Bank Danamon" is not DANA and "Wing Bank" is Wing.
const EWALLETS = new Set([
  'gcash', 'paymaya', 'maya', 'wing', 'pipay', 'kbzpay', 'wavepay', 'wavemoney', 'dana', 'ovo', 'gopay',
  'shopeepay', 'linkaja', 'truemoney', 'touchngo', 'tng', 'boost', 'grabpay', 'momo', 'zalopay', 'viettelpay',
  'alipay', 'wechatpay', 'weixinpay', 'mmoney', 'umoney',
]);
const CRYPTO_HINTS = new Set([
  'usdt', 'usdc', 'trc20', 'erc20', 'bep20', 'tron', 'trx', 'eth', 'ethereum', 'btc', 'bitcoin', 'crypto', 'binance',
]);

// NOTE: an e-wallet is licensed in one country and opened on a mobile number of that country: the provider named on
// a row is the plan of its wallet number when the file has none (a KYC reply listing GCash, DANA and Wing wallets).
// Providers present in several countries (TrueMoney, Alipay abroad) are given their home country: the number must
// still be a valid mobile there, else it is read as before.
const EWALLET_COUNTRY = new Map([
  ['gcash', 'PH'], ['paymaya', 'PH'], ['maya', 'PH'], ['wing', 'KH'], ['pipay', 'KH'], ['kbzpay', 'MM'], ['wavepay', 'MM'],
  ['wavemoney', 'MM'], ['dana', 'ID'], ['ovo', 'ID'], ['gopay', 'ID'], ['linkaja', 'ID'], ['truemoney', 'TH'],
  ['touchngo', 'MY'], ['tng', 'MY'], ['boost', 'MY'], ['momo', 'VN'], ['zalopay', 'VN'], ['viettelpay', 'VN'],
  ['alipay', 'CN'], ['wechatpay', 'CN'], ['weixinpay', 'CN'], ['mmoney', 'LA'], ['umoney', 'LA'],
]);

/** The home country of the e-wallet provider `text` names (`GCash` → PH), when it names exactly one country's. */
export function ewalletCountry(text: string): string | undefined {
  const found = new Set<string>();
  for (const [name, country] of EWALLET_COUNTRY) if (namesOneOf(text, new Set([name]))) found.add(country);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The network of a crypto address, by shape only (no checksum): TRON `T` + 33 base58, Ethereum `0x` + 40
 * hex, Bitcoin legacy `1`/`3` + 25–34 base58 or bech32 `bc1` + 11–71 lowercase alphanumerics.
 */
export function detectCryptoNetwork(raw: string): CryptoNetwork | null {
  const value = raw.trim();
  if (TRON.test(value)) return 'TRON';
  if (ETH.test(value)) return 'ETH';
  if (BTC_LEGACY.test(value) || BTC_BECH32.test(value)) return 'BTC';
  return null;
}

/** Does any run of consecutive words of `text`, joined, name something in `names`? */
function namesOneOf(text: string, names: ReadonlySet<string>): boolean {
  const words = text.normalize('NFKD').toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  for (let start = 0; start < words.length; start += 1) {
    let joined = '';
    for (let end = start; end < Math.min(words.length, start + 4); end += 1) {
      joined += words[end];
      if (names.has(joined)) return true;
    }
  }
  return false;
}

// Header words that say a column holds mobile numbers (English, Indonesian/Malay, Filipino, Vietnamese unaccented, Thai).
const MOBILE_WORDS = new Set([
  'mobile', 'mobileno', 'msisdn', 'phone', 'phoneno', 'cellphone', 'cellular', 'handphone', 'hp', 'nohp', 'ponsel',
  'telepon', 'telefon', 'telp', 'tel', 'telno', 'tlp', 'sdt', 'wallet', 'ewallet',
]);
const MOBILE_SCRIPT_WORDS = /เบอร์|โทรศัพท์|มือถือ|วอลเล็ท|กระเป๋า|ទូរស័ព្ទ|ဖုန်း/u;

/**
 * Does a column's header or its file's name say its account numbers are e-wallets opened on mobile numbers: the
 * header names a mobile number or a wallet (`Sender Mobile No.`, `No. HP Pengirim`, `Wallet`), or the header or the
 * file's name names an e-wallet provider (`gcash_le_reply_2024.csv`, `Wing Account`)? Whole words only, so
 * `danamon_statement.csv` is not DANA. NOTE: evidence, not a verdict: a number in such a column is keyed by its phone
 * number only when it is a valid mobile in the file's plan (see walletPhone), and a row whose provider column names
 * a bank keeps it a bank account.
 */
export function namesWalletColumn(header: string, fileName: string): boolean {
  const stem = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return namesOneOf(header, MOBILE_WORDS) || MOBILE_SCRIPT_WORDS.test(header) || namesOneOf(header, EWALLETS) || namesOneOf(stem, EWALLETS);
}

function kindFromHint(hint: { kind?: AccountKind; bank?: string } | undefined): AccountKind {
  if (hint?.kind) return hint.kind;
  if (hint?.bank && namesOneOf(hint.bank, EWALLETS)) return 'ewallet';
  if (hint?.bank && namesOneOf(hint.bank, CRYPTO_HINTS)) return 'crypto';
  return 'bank';
}

/**
 * Normalise one account cell.
 *
 * - A crypto address (by shape) is keyed whatever the hints say. TRON and Bitcoin base58 addresses are
 *   kept exactly as written (trimmed): their case is part of the address.
 *   NOTE: Ethereum/BSC/Polygon hex addresses are keyed in lower case: mixed case is only the EIP-55
 *   checksum, so `0x5A0b…` in a KYC reply and `0x5a0b…` in an explorer export are one wallet. The
 *   written forms stay as the entity's variants.
 * - With a crypto hint but no known shape (another chain), a 20–100 character alphanumeric token is kept
 *   exactly, without `network`.
 * - Bank and e-wallet numbers lose spaces, dashes, dots and an Excel leading apostrophe
 *   (`123-4-56789-0` → `1234567890`); leading zeros stay; letters (IBAN-like) are upper-cased; an
 *   e-wallet may keep a leading `+`. Fewer than 5 digits, all zeros or more than 34 characters is junk.
 * - Kind: crypto by shape; e-wallet when `hint.kind` says so or `hint.bank` names a known e-wallet
 *   (GCash, Maya, Wing, KBZPay, DANA, OVO, TrueMoney, Touch 'n Go, MoMo, Alipay…); otherwise bank.
 *
 * @param hint.bank the bank/provider column's value ("BCA", "GCash", "Wing", "USDT-TRC20"…).
 */
export function normalizeAccount(raw: string, hint?: { kind?: AccountKind; bank?: string }): AccountResult | null {
  const trimmed = foldDigits(raw).trim().replace(/^'(.*)'$/s, '$1');
  const network = detectCryptoNetwork(trimmed);
  if (network) return { key: network === 'ETH' ? trimmed.toLowerCase() : trimmed, kind: 'crypto', network };

  const kind = kindFromHint(hint);
  if (kind === 'crypto') return /^[A-Za-z0-9]{20,100}$/.test(trimmed) ? { key: trimmed, kind } : null;

  const compact = trimmed.replace(/^'/, '').replace(/[\s\-.\u00a0]/g, '');
  const plus = kind === 'ewallet' && compact.startsWith('+') ? '+' : '';
  const body = compact.slice(plus.length).toUpperCase();
  if (!/^[A-Z0-9]{5,34}$/.test(body)) return null;
  const digits = body.replace(/\D/g, '');
  if (digits.length < 5 || /^0+$/.test(body)) return null;
  return { key: plus + body, kind };
}

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

/**
 * Cheap test used for column sniffing: a crypto address, an IBAN, or 6–20 digits written with at most
 * single spaces, dashes or dots between groups (`123-4-56789-0`, `0123 4567 8901`). Dates are not accounts.
 */
export function looksLikeAccount(raw: string): boolean {
  const value = foldDigits(raw).trim();
  if (detectCryptoNetwork(value)) return true;
  if (IBAN.test(value.replace(/\s/g, ''))) return true;
  if (!/^\d+(?:[\s.-]\d+)*$/.test(value)) return false;
  if (/^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 20 && !/^0+$/.test(digits);
}
