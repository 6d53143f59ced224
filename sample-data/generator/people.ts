// The field files: person lists, subscribers, account holders, places, sightings and associations.

import type { Rng } from './prng.ts';
import { CsvSink } from './csv.ts';
import { spec } from './countries.ts';
import { makeName } from './names.ts';
import { writeAccount } from './accounts.ts';
import { assertReadsBack } from './phones.ts';
import { dayStamp, dmy, isoDate } from './format.ts';
import { CASE_START_DAY } from './cast.ts';
import type { BadRow, Person, Role, World } from './types.ts';

const PERAN: Record<Role, string> = {
  boss: 'bos', financier: 'pemodal', manager: 'manajer', recruiter: 'perekrut', fixer: 'penghubung perbatasan',
  money_handler: 'pengelola keuangan', mule: 'pemilik rekening penampung', victim: 'pekerja', broker: 'pedagang kripto (OTC)',
};
const ROLE_EN: Record<Role, string> = {
  boss: 'boss', financier: 'financier', manager: 'manager', recruiter: 'recruiter', fixer: 'border fixer',
  money_handler: 'money handler', mule: 'mule account holder', victim: 'victim', broker: 'crypto OTC trader',
};

type Counts = Record<string, number>;

async function done(sink: CsvSink, counts: Counts): Promise<void> {
  await sink.close();
  counts[sink.path.split('/').pop() ?? sink.path] = sink.line - 1;
}

export async function writePersons(dir: string, rng: Rng, world: World, counts: Counts, bad: BadRow[]): Promise<void> {
  const idFile = new CsvSink(`${dir}/persons_field_ID.csv`,
    ['id_orang', 'nama', 'alias', 'kewarganegaraan', 'nomor_paspor', 'tanggal_lahir', 'peran', 'status'], { delimiter: ';', bom: true });
  const enFile = new CsvSink(`${dir}/persons_partner_agencies.csv`,
    ['person_id', 'full_name', 'nationality', 'passport_no', 'date_of_birth', 'role', 'status'], { delimiter: ',' });
  for (const p of world.persons) {
    if (p.listedIn !== 'EN') {
      const alias = p.nationality === 'ID' ? (p.nickname ?? '') : (p.native ?? p.nickname ?? '');
      const status = p.role === 'victim' ? 'korban' : p.nationality === 'ID' ? rng.pick(['tersangka', 'tersangka', 'DPO']) : 'DPO';
      idFile.row([p.id, p.name, alias, spec(p.nationality).indonesian, p.passport, dmy(dayStamp(p.born)), PERAN[p.role], status]);
    }
    if (p.listedIn !== 'ID') {
      const name = p.native && rng.chance(0.5) ? `${p.name} (${p.native})` : p.name;
      const status = p.role === 'victim' ? rng.pick(['rescued', 'repatriated']) : rng.pick(['suspect', 'wanted', 'arrested']);
      enFile.row([p.id, name, rng.pick(spec(p.nationality).english), p.passport, isoDate(dayStamp(p.born)), ROLE_EN[p.role], status]);
      if (enFile.line === 21) {
        const line = enFile.row(['', '', 'Viet Nam', '', '1999-04-02', 'victim', 'rescued']);
        bad.push({ file: 'persons_partner_agencies.csv', line, what: 'person_id and full_name both empty: nobody to attach it to, the row is rejected' });
      }
    }
  }
  await done(idFile, counts);
  await done(enFile, counts);
}

export async function writeSubscribers(dir: string, rng: Rng, world: World, counts: Counts, check: boolean): Promise<void> {
  const subs = new CsvSink(`${dir}/subscribers.csv`, ['MSISDN', 'REGISTERED_NAME', 'PERSON_ID', 'REG_DATE', 'OPERATOR'], { delimiter: ',' });
  const pemilik = new CsvSink(`${dir}/pemilik_nomor_ID.csv`, ['no_hp', 'id_orang', 'nama'], { delimiter: ';' });
  const owned = world.phones.filter((p): p is typeof p & { owner: Person } => p.owner !== null);
  owned.sort((a, b) => (a.owner.id < b.owner.id ? -1 : a.owner.id > b.owner.id ? 1 : a.e164 < b.e164 ? -1 : 1));
  for (const phone of owned) {
    const owner = phone.owner;
    if (phone.country === 'ID') {
      const written = check ? assertReadsBack(phone.forms.nationalGrouped, 'ID', phone) : phone.forms.nationalGrouped;
      pemilik.row([written, owner.id, owner.name]);
      if (!rng.chance(0.3)) continue;
    } else if (rng.chance(0.08)) continue; // unregistered prepaid SIM
    // NOTE: some SIMs are registered to a nominee: the name differs, the PERSON_ID says who uses it.
    const registered = rng.chance(0.15) ? makeName(rng, phone.country).name : owner.name;
    const reg = isoDate(dayStamp(CASE_START_DAY - rng.int(30, 900)));
    subs.row([phone.forms.msisdn, registered.toUpperCase(), owner.id, reg, rng.pick(spec(phone.country).operators)]);
  }
  await done(subs, counts);
  await done(pemilik, counts);
}

export async function writeHolders(dir: string, rng: Rng, world: World, counts: Counts): Promise<void> {
  const sink = new CsvSink(`${dir}/account_holders.csv`, ['account_number', 'bank', 'holder_id', 'holder_name', 'country'], { delimiter: ',' });
  const accounts = world.accounts.slice().sort((a, b) => (a.holder.id < b.holder.id ? -1 : a.holder.id > b.holder.id ? 1 : a.key < b.key ? -1 : 1));
  for (const a of accounts) {
    const style = a.country === 'TH' ? rng.pick(['dash', 'plain'] as const) : a.country === 'ID' ? rng.pick(['dot', 'space', 'plain'] as const) : rng.pick(['space', 'plain'] as const);
    sink.row([writeAccount(a, style), a.bank, a.holder.id, a.holder.name.toUpperCase(), a.country]);
  }
  await done(sink, counts);
}

export async function writePlaces(dir: string, world: World, counts: Counts): Promise<void> {
  const places = new CsvSink(`${dir}/locations.csv`, ['location_id', 'name', 'country', 'latitude', 'longitude', 'type'], { delimiter: ',' });
  for (const p of world.places) places.row([p.id, p.name, spec(p.country).placeName, p.lat.toFixed(4), p.lon.toFixed(4), p.type]);
  await done(places, counts);
  const seen = new CsvSink(`${dir}/sightings.csv`, ['person_id', 'location_id', 'seen_on', 'source'], { delimiter: ',' });
  const sightings = world.sightings.slice().sort((a, b) => a.day - b.day || (a.person.id < b.person.id ? -1 : 1));
  for (const s of sightings) seen.row([s.person.id, s.place.id, dmy(dayStamp(CASE_START_DAY + s.day)), s.source]);
  await done(seen, counts);
  const assoc = new CsvSink(`${dir}/associations.csv`, ['person_a', 'person_b', 'relationship', 'source'], { delimiter: ',' });
  for (const a of world.associations) assoc.row([a.a.id, a.b.id, a.relationship, a.source]);
  await done(assoc, counts);
}
