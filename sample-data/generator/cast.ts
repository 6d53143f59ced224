// Builds one syndicate from a blueprint: its people, their phones and accounts, its compounds.

import type { Rng } from './prng.ts';
import type { AccountBook } from './accounts.ts';
import type { PhoneBook } from './phones.ts';
import { makeName } from './names.ts';
import { spec } from './countries.ts';
import type { Template } from './templates.ts';
import type { Account, Iso2, Person, Phone, Place, Role, Syndicate } from './types.ts';

/** 2024-01-01 as days since the Unix epoch: day 0 of the case period. */
export const CASE_START_DAY = 19723;

export interface Crew {
  syndicate: Syndicate;
  template: Template;
  /** Compound burner phones: no subscriber, used by whoever is on shift. */
  workPhones: Phone[];
  phonesOf: Map<Person, Phone[]>;
  accountsOf: Map<Person, Account[]>;
  consolidation: Account;
}

export interface Tools {
  rng: Rng;
  phones: PhoneBook;
  accounts: AccountBook;
}

export function byRole(crew: Crew, ...roles: Role[]): Person[] {
  return crew.syndicate.persons.filter((p) => roles.includes(p.role));
}

export function makePerson(rng: Rng, nationality: Iso2, role: Role, syndicate: string | null): Person {
  const young = role === 'victim' || role === 'mule';
  const age = young ? rng.int(19, 34) : rng.int(26, 58);
  const { name, native, nickname } = makeName(rng, nationality);
  const hasPassport = role !== 'victim' || rng.chance(0.5);
  return {
    id: '', name, native, nickname, nationality, role, syndicate,
    passport: hasPassport ? spec(nationality).passport(rng) : '',
    born: CASE_START_DAY - age * 365 - rng.int(0, 364),
    listedIn: nationality === 'ID' ? 'ID' : 'EN',
  };
}

function makePlaces(template: Template, id: string, copy: number, rng: Rng): Place[] {
  return template.places.map((p) => ({
    id: '', name: copy === 0 ? p.name : `${p.name} — site ${copy + 1}`, country: p.country, type: p.type,
    lat: copy === 0 ? p.lat : Number((p.lat + (rng.next() - 0.5) * 0.2).toFixed(4)),
    lon: copy === 0 ? p.lon : Number((p.lon + (rng.next() - 0.5) * 0.2).toFixed(4)),
    syndicate: id,
  }));
}

/** One syndicate: `copy` > 0 for the large case's repeats of a blueprint. */
export function buildCrew(tools: Tools, template: Template, id: string, copy: number): Crew {
  const { rng } = tools;
  const syndicate: Syndicate = {
    id, name: copy === 0 ? template.name : `${template.name} #${copy + 1}`,
    hub: copy === 0 ? template.hub : `${template.hub} #${copy + 1}`,
    persons: [], phones: [], accounts: [], places: makePlaces(template, id, copy, rng),
  };
  const phonesOf = new Map<Person, Phone[]>();
  const accountsOf = new Map<Person, Account[]>();
  for (const line of template.roster) {
    const count = rng.int(line.count[0], line.count[1]);
    for (let i = 0; i < count; i++) {
      const person = makePerson(rng, rng.pick(line.nationality), line.role, id);
      syndicate.persons.push(person);
      const phones: Phone[] = [];
      if (rng.chance(line.phoneChance ?? 1)) {
        for (const where of line.phones) {
          const phone = tools.phones.mobile(where === 'home' ? person.nationality : where, person, id);
          // NOTE: two SIMs of one country in one person's hands share a handset: the IMEI ties them.
          const twin = phones.find((p) => p.country === phone.country);
          if (twin) phone.imei = twin.imei;
          phones.push(phone);
        }
      }
      const accounts: Account[] = [];
      if (line.bank) accounts.push(tools.accounts.bank(line.bank, person, id));
      if (line.ewallet) {
        const host = phones.find((p) => spec(p.country).ewallet);
        const wallet = host ? tools.accounts.ewallet(host, person, id) : undefined;
        if (wallet) accounts.push(wallet);
      }
      if (line.wallet) accounts.push(tools.accounts.tron(person, id, person.nationality));
      phonesOf.set(person, phones);
      accountsOf.set(person, accounts);
      syndicate.phones.push(...phones);
      syndicate.accounts.push(...accounts);
    }
  }
  const workPhones = [0, 1].map(() => tools.phones.mobile(template.anchor, null, id));
  syndicate.phones.push(...workPhones);
  const fiat = (p: Person) => (accountsOf.get(p) ?? []).filter((a) => a.kind !== 'crypto');
  const handlers = syndicate.persons.filter((p) => p.role === 'money_handler');
  const consolidation = handlers.flatMap(fiat).find((a) => a.country === template.anchor && a.kind === 'bank')
    ?? handlers.flatMap(fiat)[0];
  if (!consolidation) throw new Error(`buildCrew: ${id} has no consolidation account`);
  return { syndicate, template, workPhones, phonesOf, accountsOf, consolidation };
}
