// Phone numbers that libphonenumber (max metadata) calls valid, and every way a file may write them.

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from './prng.ts';
import { spec } from './countries.ts';
import type { Iso2, Person, Phone, PhoneForms } from './types.ts';

const TACS = ['35328510', '35671011', '86891104', '35925406', '86769904', '35209911', '86154403', '35899710'];

/** A 15-digit IMEI: a plausible type allocation code, a serial and the Luhn check digit. */
export function makeImei(rng: Rng): string {
  const body = rng.pick(TACS) + rng.digits(6);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** Precompute the written forms of a valid number; throws when libphonenumber disagrees. */
export function phoneForms(e164: string): PhoneForms {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isValid()) throw new Error(`phoneForms: ${e164} is not valid`);
  const nationalGrouped = parsed.formatNational();
  return {
    e164: parsed.number,
    msisdn: parsed.number.slice(1),
    idd: `00${parsed.number.slice(1)}`,
    national: nationalGrouped.replace(/\D/g, ''),
    nationalGrouped,
    international: parsed.formatInternational(),
  };
}

/**
 * Read a written number back the way an investigator's tool would, for the generator's self-check.
 * NOTE: bare digits not starting with 0 are tried as international first (telcos write MSISDNs so).
 */
export function readBack(written: string, fileCountry: Iso2): string | undefined {
  const compact = written.replace(/[\s-]/g, '');
  if (/^[1-9]\d+$/.test(compact)) {
    const intl = parsePhoneNumberFromString(`+${compact}`);
    if (intl?.isValid()) return intl.number;
  }
  const parsed = parsePhoneNumberFromString(written, fileCountry as CountryCode);
  return parsed?.isValid() ? parsed.number : undefined;
}

/** Throw unless `written`, read in a file from `fileCountry`, means `phone`. */
export function assertReadsBack(written: string, fileCountry: Iso2, phone: Phone): string {
  const back = readBack(written, fileCountry);
  if (back !== phone.e164) throw new Error(`self-check: "${written}" in a ${fileCountry} file reads as ${back}, not ${phone.e164}`);
  return written;
}

/** Allocates unique, valid mobile numbers. */
export class PhoneBook {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** `rng` overrides the book's stream (the background draws from its own, leaving the crews unchanged). */
  mobile(country: Iso2, owner: Person | null, syndicate: string | null, rng: Rng = this.rng): Phone {
    const s = spec(country);
    for (let attempt = 0; attempt < 200; attempt++) {
      const prefix = rng.pick(s.mobilePrefixes);
      const nsn = prefix + rng.digits(s.nsnLength - prefix.length);
      const e164 = `+${s.cc}${nsn}`;
      if (this.used.has(e164)) continue;
      const parsed = parsePhoneNumberFromString(e164);
      const type = parsed?.getType();
      if (!parsed?.isValid() || (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE')) continue;
      if (parsed.country !== country) continue;
      this.used.add(e164);
      return { e164, country, cc: s.cc, nsn, owner, imei: makeImei(rng), syndicate, forms: phoneForms(e164) };
    }
    throw new Error(`PhoneBook: could not make a valid ${country} mobile`);
  }

  /** A service number (bank hotline, call centre), written in national form, e.g. 1500888. */
  service(country: Iso2, national: string, label: string): Phone {
    const parsed = parsePhoneNumberFromString(national, country as CountryCode);
    if (!parsed?.isValid()) throw new Error(`PhoneBook: service number ${national} is not valid in ${country}`);
    this.used.add(parsed.number);
    return {
      e164: parsed.number, country, cc: parsed.countryCallingCode, nsn: String(parsed.nationalNumber), owner: null,
      imei: '', syndicate: null, service: label, forms: phoneForms(parsed.number),
    };
  }

  /** Like `service`, but undefined when the number is not valid or already handed out. */
  tryService(country: Iso2, national: string, label: string): Phone | undefined {
    const parsed = parsePhoneNumberFromString(national, country as CountryCode);
    if (!parsed?.isValid() || this.used.has(parsed.number)) return undefined;
    return this.service(country, national, label);
  }
}
