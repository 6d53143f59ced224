// The small machinery every training scenario is built with: a cast with phones and accounts, calls and
// transfers between them, and CSV text written in one file's habits. One seed fixes every byte.

import { AccountBook } from '../accounts.ts';
import { spec } from '../countries.ts';
import { makeName } from '../names.ts';
import { PhoneBook, assertReadsBack } from '../phones.ts';
import { Rng } from '../prng.ts';
import type { Account, Iso2, Person, Phone, Role } from '../types.ts';

/** A scenario person: the generator's person plus what the scenario gave them. */
export interface Cast {
  person: Person;
  /** A free label used by the scenario (compound A, ring 1…). */
  group: string;
  phones: Phone[];
  accounts: Account[];
}

export interface Call {
  t: number;
  from: Phone;
  to: Phone;
  seconds: number;
}

export interface Transfer {
  t: number;
  from: Account;
  to: Account;
  amount: number;
  currency: string;
}

/** 2025-02-03, the first day of every scenario's activity (seconds since the epoch, UTC). */
export const SCENARIO_START = Date.UTC(2025, 1, 3) / 1000;
const DAY = 86_400;

export class ScenarioWorld {
  readonly rng: Rng;
  readonly phones: PhoneBook;
  readonly accounts: AccountBook;
  readonly cast: Cast[] = [];
  readonly calls: Call[] = [];
  readonly transfers: Transfer[] = [];
  private next = 1;

  constructor(seed: number, readonly idPrefix: string) {
    this.rng = new Rng(seed);
    this.phones = new PhoneBook(this.rng.fork('phones'));
    this.accounts = new AccountBook(this.rng.fork('accounts'));
  }

  /** A person with one mobile of `phoneCountry` (their nationality by default) and, if asked, a bank account. */
  person(role: Role, nationality: Iso2, group: string, options: { phoneCountry?: Iso2; bank?: Iso2 | false; bankName?: string; ewallet?: boolean; tron?: boolean } = {}): Cast {
    const name = makeName(this.rng, nationality);
    const id = `${this.idPrefix}-${String(this.next++).padStart(3, '0')}`;
    const person: Person = {
      id, name: name.name, ...(name.native ? { native: name.native } : {}), ...(name.nickname ? { nickname: name.nickname } : {}),
      nationality, passport: spec(nationality).passport(this.rng), born: 7000 + this.rng.int(0, 9000), role, syndicate: group, listedIn: 'EN',
    };
    const phone = this.phones.mobile(options.phoneCountry ?? nationality, person, group);
    const cast: Cast = { person, group, phones: [phone], accounts: [] };
    if (options.bank !== false && options.bank !== undefined) cast.accounts.push(this.accounts.bank(options.bank, person, group, options.bankName));
    if (options.ewallet) {
      const wallet = this.accounts.ewallet(phone, person, group);
      if (wallet) cast.accounts.push(wallet);
    }
    if (options.tron) cast.accounts.push(this.accounts.tron(person, group, nationality));
    this.cast.push(cast);
    return cast;
  }

  /** `count` calls between two people over `days` days, at working hours, a few of them SMS-length. */
  talk(a: Cast, b: Cast, count: number, days = 40): void {
    for (let i = 0; i < count; i++) {
      const from = this.rng.chance(0.5) ? a : b;
      const to = from === a ? b : a;
      const t = SCENARIO_START + this.rng.int(0, days - 1) * DAY + this.rng.int(7 * 3600, 23 * 3600);
      this.calls.push({ t, from: firstPhone(from), to: firstPhone(to), seconds: this.rng.chance(0.15) ? 0 : this.rng.int(12, 900) });
    }
  }

  /** `count` transfers from a's account to b's, amounts around `typical`. */
  pay(a: Account, b: Account, count: number, typical: number, currency: string, days = 40): void {
    for (let i = 0; i < count; i++) {
      const t = SCENARIO_START + this.rng.int(0, days - 1) * DAY + this.rng.int(8 * 3600, 21 * 3600);
      const amount = Math.round(typical * (0.5 + this.rng.next()) / (typical >= 100_000 ? 1000 : 1)) * (typical >= 100_000 ? 1000 : 1);
      this.transfers.push({ t, from: a, to: b, amount, currency });
    }
  }

  /** Calls whose either side has a number of `country`, in time order (what that country's telco hands over). */
  callsTouching(country: Iso2): Call[] {
    return this.calls.filter((call) => call.from.country === country || call.to.country === country).sort((x, y) => x.t - y.t);
  }

  /** Transfers that leave or reach an account of one of `kinds`/`countries`, in time order. */
  transfersWhere(keep: (transfer: Transfer) => boolean): Transfer[] {
    return this.transfers.filter(keep).sort((x, y) => x.t - y.t);
  }
}

export function firstPhone(cast: Cast): Phone {
  const phone = cast.phones[0];
  if (!phone) throw new Error(`${cast.person.id} has no phone`);
  return phone;
}

export function firstAccount(cast: Cast, kind?: Account['kind']): Account {
  const account = cast.accounts.find((item) => kind === undefined || item.kind === kind);
  if (!account) throw new Error(`${cast.person.id} has no ${kind ?? ''} account`);
  return account;
}

/** Writes a phone the way a file from `fileCountry` does, checked to read back as the same number. */
export function writePhone(phone: Phone, fileCountry: Iso2, style: 'national' | 'nationalGrouped' | 'msisdn' | 'e164' | 'international'): string {
  const written = phone.country === fileCountry || style === 'msisdn' || style === 'e164' || style === 'international' ? phone.forms[style] : phone.forms.msisdn;
  return assertReadsBack(written, fileCountry, phone);
}

/** CSV text: header and rows, fields quoted only when they must be. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[], delimiter = ',', options: { bom?: boolean; crlf?: boolean; title?: string } = {}): string {
  const eol = options.crlf ? '\r\n' : '\n';
  const field = (value: string) => (value.includes(delimiter) || value.includes('"') || value.includes('\n') ? `"${value.replace(/"/g, '""')}"` : value);
  // NOTE: a report title in the operator's language, as real exports carry: evidence of the numbering plan.
  const lines = [...(options.title ? [options.title, ''] : []), ...[header, ...rows].map((row) => row.map(field).join(delimiter))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}

/** Entity ids as Simpul makes them, so an answer key names what the workbench shows. */
export const ids = {
  person: (cast: Cast) => `person:${cast.person.id}`,
  phone: (phone: Phone) => `phone:${phone.e164}`,
  account: (account: Account) => `account:${account.key}`,
};
