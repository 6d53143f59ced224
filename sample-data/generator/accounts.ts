// Bank accounts, e-wallets and TRON wallets: unique numbers and the separators each file writes them with.

import { createHash } from 'node:crypto';
import type { Rng } from './prng.ts';
import { spec } from './countries.ts';
import type { Account, Iso2, Person, Phone } from './types.ts';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let out = '';
  while (n > 0n) {
    out = (BASE58[Number(n % 58n)] ?? '') + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/**
 * A TRON address with a correct base58check checksum: 0x41 + 20 bytes from the PRNG.
 * NOTE: real-shaped on purpose (T + 33 chars, checksum valid) so address validators accept it.
 */
export function makeTronAddress(rng: Rng): string {
  const payload = new Uint8Array(21);
  payload[0] = 0x41;
  for (let i = 1; i < 21; i++) payload[i] = rng.int(0, 255);
  const check = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  const full = new Uint8Array(25);
  full.set(payload);
  full.set(check.subarray(0, 4), 21);
  return base58(full);
}

export type AccountStyle = 'plain' | 'dash' | 'dot' | 'space';

/** Write an account with the given separators; crypto addresses are always written as they are. */
export function writeAccount(account: Account, style: AccountStyle): string {
  if (account.kind === 'crypto' || style === 'plain') return account.key;
  const sep = style === 'dash' ? '-' : style === 'dot' ? '.' : ' ';
  const parts: string[] = [];
  let at = 0;
  for (const g of account.groups) {
    parts.push(account.key.slice(at, at + g));
    at += g;
  }
  if (at < account.key.length) parts.push(account.key.slice(at));
  return parts.filter((p) => p.length > 0).join(sep);
}

/** Allocates unique accounts. */
export class AccountBook {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  bank(country: Iso2, holder: Person, syndicate: string | null, bankName?: string): Account {
    const banks = spec(country).banks;
    const bank = banks.find((b) => b.name === bankName) ?? this.rng.pick(banks);
    const length = bank.groups.reduce((a, b) => a + b, 0);
    for (;;) {
      const key = String(this.rng.int(1, 9)) + this.rng.digits(length - 1);
      if (this.used.has(key)) continue;
      this.used.add(key);
      return { key, kind: 'bank', bank: bank.name, country, groups: bank.groups, holder, syndicate };
    }
  }

  /** An e-wallet registered to a phone: its account number is the phone's national digits. */
  ewallet(phone: Phone, holder: Person, syndicate: string | null): Account | undefined {
    const wallet = spec(phone.country).ewallet;
    const key = phone.forms.national;
    if (!wallet || this.used.has(key)) return undefined;
    this.used.add(key);
    const groups = phone.forms.nationalGrouped.split(/\D+/).filter(Boolean).map((g) => g.length);
    return { key, kind: 'ewallet', bank: wallet, country: phone.country, groups, holder, syndicate };
  }

  tron(holder: Person, syndicate: string | null, country: Iso2): Account {
    for (;;) {
      const key = makeTronAddress(this.rng);
      if (this.used.has(key)) continue;
      this.used.add(key);
      return { key, kind: 'crypto', bank: 'USDT-TRC20', country, groups: [], holder, syndicate };
    }
  }
}
