// The generator's world: people, phones, accounts and places, with the syndicate each belongs to.

import type { PlantedBroker } from './shape.ts';

export type Iso2 = 'ID' | 'PH' | 'VN' | 'MM' | 'TH' | 'KH' | 'LA' | 'CN' | 'MY';

export type Role =
  | 'boss' | 'financier' | 'manager' | 'recruiter' | 'fixer' | 'money_handler' | 'mule' | 'victim' | 'broker';

/** Which persons file lists a person; `BOTH` are the repatriated workers known to both sides. */
export type Listing = 'ID' | 'EN' | 'BOTH';

export interface Person {
  id: string;
  name: string;
  /** Name in native script (Burmese, Thai, Chinese) when there is one. */
  native?: string;
  /** Street name or nickname, for the Indonesian file's alias column. */
  nickname?: string;
  nationality: Iso2;
  passport: string;
  /** Days since 1970-01-01 (UTC). */
  born: number;
  role: Role;
  syndicate: string | null;
  listedIn: Listing;
}

export interface Phone {
  e164: string;
  country: Iso2;
  /** Country calling code, digits. */
  cc: string;
  /** National significant number, digits, no trunk prefix. */
  nsn: string;
  owner: Person | null;
  imei: string;
  syndicate: string | null;
  /** A hub (service number) is called by many and belongs to none. */
  service?: string;
  /** The ways this number gets written, precomputed once (a million rows must not reparse). */
  forms: PhoneForms;
}

export interface PhoneForms {
  /** `+66812345678` */
  e164: string;
  /** `66812345678`: country code, no plus, as telcos write MSISDNs. */
  msisdn: string;
  /** `0066812345678` */
  idd: string;
  /** `0812345678` */
  national: string;
  /** `081 234 5678` or `0812-3456-7890`: the country's own grouping. */
  nationalGrouped: string;
  /** `+66 81 234 5678` */
  international: string;
}

export type AccountKind = 'bank' | 'ewallet' | 'crypto';

export interface Account {
  /** Canonical key: digits (bank, e-wallet) or the address as written (crypto). */
  key: string;
  kind: AccountKind;
  bank: string;
  country: Iso2;
  /** Digit grouping used when the account is written with separators. */
  groups: number[];
  holder: Person;
  syndicate: string | null;
}

export interface Place {
  id: string;
  name: string;
  country: Iso2;
  lat: number;
  lon: number;
  type: string;
  syndicate: string | null;
}

export interface CallPair {
  a: Phone;
  b: Phone;
  /** Relative share of the weighted calls; 0 = exactly one call (the guaranteed one). */
  weight: number;
  /** Calls always go a → b (service numbers never call back). */
  oneWay?: boolean;
}

export interface MoneyPair {
  from: Account;
  to: Account;
  weight: number;
  /** Typical amount in the ledger's currency. */
  scale: number;
}

export interface Sighting {
  person: Person;
  place: Place;
  day: number;
  source: string;
}

export interface Association {
  a: Person;
  b: Person;
  relationship: string;
  source: string;
}

export interface Syndicate {
  id: string;
  name: string;
  hub: string;
  persons: Person[];
  phones: Phone[];
  accounts: Account[];
  places: Place[];
}

export interface World {
  syndicates: Syndicate[];
  persons: Person[];
  phones: Phone[];
  accounts: Account[];
  places: Place[];
  callPairs: CallPair[];
  moneyPairs: MoneyPair[];
  sightings: Sighting[];
  associations: Association[];
  broker: { person: Person; phone: Phone; accounts: Account[]; bridges: string[] };
  decoys: { person: Person; why: string }[];
  hubs: { phones: Phone[]; places: Place[] };
  /** Ordinary subscribers of a national-scale case: in the call records only, in no syndicate. */
  background?: Phone[];
  /** Brokers planted by a case shape (money, recruiter, fixer), besides `broker`. */
  planted?: PlantedBroker[];
}

/** A planted malformed row, reported in the README and the answer key. */
export interface BadRow {
  file: string;
  line: number;
  what: string;
}
