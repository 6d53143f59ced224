// E-wallets opened on a phone number are keyed by that number: `011-2345 6789` (a Touch 'n Go KYC reply, national
// form), `601123456789` (the wallet's statement, MSISDN form) and `+60 11-2345 6789` are one wallet, +601123456789.

import type { AccountKind } from '../model/types.ts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { PHONE_COUNTRY_CANDIDATES, normalizePhone } from './phone.ts';

function isMobile(e164: string): boolean {
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}

/** A wallet keyed by its phone number, and which reading of the number won (said on the entity). */
export interface WalletPhone {
  key: string;
  country?: string;
  /**
   * `international`: written with + or 00 (firm); `msisdn`: bare digits read as a complete international number;
   * `plan`: the row's or file's plan; `only-valid`: the one plan of the region it is a valid mobile in. Every reading
   * but `international` is weighed by the case (see RowContext.readAccount): a file that writes the same digits as a
   * plain account elsewhere keeps them one account.
   */
  reading: 'international' | 'msisdn' | 'plan' | 'only-valid';
}

const PHONE_WRITTEN = /^\+?[\d\s\-.()\u00a0]{8,20}$/u;

/**
 * Is an international form grouped as a phone number is: its first group holds the whole country code (`+60 11-…`,
 * `+6011…`, `0060 11…`, `00 60 …`), where a bank's grouping cuts through it (`+4-9-39489-5`, `004-9-39489-5`).
 */
function groupedAsPhone(text: string, e164: string): boolean {
  const code = parsePhoneNumberFromString(e164)?.countryCallingCode ?? '';
  const groups = text.replace(/^\+/, '').split(/[\s\-.()\u00a0]+/u).filter((group) => group !== '');
  let first = groups[0] ?? '';
  if (!text.startsWith('+')) first = first === '00' ? groups[1] ?? '' : first.slice(2);
  return first.length >= code.length && first.startsWith(code);
}

/**
 * The phone number an account identifier is, when it is one: any identifier written in international phone form
 * (`+60 11-2345 6789`, `0060…`) that libphonenumber (full metadata) calls valid, and an e-wallet's identifier read in
 * the row's or file's plan, else as a complete MSISDN, else in the one plan of the region it is valid in.
 * NOTE: a bank account is never read as a phone from its digits alone (`0071001234567` is a Vietcombank account
 * and also a possible number somewhere): only a `+`, or a provider that says e-wallet, makes it one; and never when
 * its grouping is a bank's, not a phone's (see groupedAsPhone).
 */
export function walletPhone(raw: string, kind: AccountKind, plan: string | undefined, options: { mobileOnly?: boolean } = {}): WalletPhone | undefined {
  const text = raw.trim();
  if (kind === 'crypto' || !PHONE_WRITTEN.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  // NOTE: `00` is an international prefix only where the account is said to be a wallet: a bank account written
  // `004-9-39489-5` (KBank) or `0071001234567` (Vietcombank) is digits alone.
  const international = text.startsWith('+') || (kind === 'ewallet' && digits.startsWith('00'));
  if (international) {
    const phone = normalizePhone(text);
    if (!phone?.valid || !groupedAsPhone(text, phone.e164)) return undefined;
    return { key: phone.e164, ...(phone.country ? { country: phone.country } : {}), reading: 'international' };
  }
  if (kind !== 'ewallet') return undefined;
  // NOTE: `mobileOnly`: the column, not the provider, says wallet (`Sender Mobile No.`): only a mobile reading is a wallet's.
  const read = (country?: string) => {
    const phone = normalizePhone(text, country ? { defaultCountry: country } : {});
    return phone && options.mobileOnly && !isMobile(phone.e164) ? null : phone;
  };
  if (plan) {
    const phone = read(plan);
    if (phone?.valid) return { key: phone.e164, ...(phone.country ? { country: phone.country } : {}), reading: 'plan' };
  }
  if (!digits.startsWith('0')) {
    const phone = read();
    return phone?.valid ? { key: phone.e164, ...(phone.country ? { country: phone.country } : {}), reading: 'msisdn' } : undefined;
  }
  // NOTE: a wallet is opened on a mobile: `011-2345 6789` is a valid Malaysian mobile and a valid Delhi landline; the
  // mobile reading is the wallet's.
  const valid = new Map<string, string>();
  for (const candidate of PHONE_COUNTRY_CANDIDATES) {
    const phone = read(candidate);
    if (phone?.valid && phone.reading === 'national' && isMobile(phone.e164)) valid.set(phone.e164, phone.country ?? candidate);
  }
  if (valid.size !== 1) return undefined;
  const [[key, country]] = [...valid] as [[string, string]];
  return { key, country, reading: 'only-valid' };
}
