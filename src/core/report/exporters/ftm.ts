// entities.ftm.json: the case as FollowTheMoney entities, one JSON object a line, for Aleph and the `ftm` tools.

import { normalizeCountry } from '../../normalize/country.ts';
import type { CaseModel, Entity, Link } from '../../model/types.ts';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/**
 * How Simpul's types map to FtM schemas:
 * person → Person; bank or e-wallet account → BankAccount; crypto account → CryptoWallet; location → Address;
 * phone → the `phone` property of its holders, or a LegalEntity named by the number when nobody holds it
 * (FtM has no phone schema, and Call parties must be LegalEntities); holds_account → Ownership (bank) or
 * CryptoWallet.holder; called → Call; transferred → Payment (one per currency); associated → Associate;
 * seen_at and generic links → UnknownLink. Devices (IMEI) have no FtM schema and are left out.
 */
export function ftmEntities(model: CaseModel): FtmEntity[] {
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const holders = holdersOf(model.links);
  const out: FtmEntity[] = [];
  for (const entity of model.entities) {
    const made = entityFor(entity, holders, byId);
    if (made) out.push(made);
  }
  for (const link of model.links) out.push(...linkEntities(link, holders, byId));
  return out;
}

/** One JSON object a line (the `ftm` CLI and Aleph's bulk loader read this). */
export function ftmJsonLines(model: CaseModel): string {
  return ftmEntities(model).map((entity) => JSON.stringify(entity)).join('\n') + '\n';
}

/** A stable, URL-safe id: letters, digits and `-` kept, anything else as `_` + UTF-8 hex, so distinct keys never collide. */
export function ftmId(kind: string, key: string): string {
  let slug = '';
  for (const byte of new TextEncoder().encode(key)) {
    const char = String.fromCharCode(byte);
    slug += /[A-Za-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`;
  }
  return `simpul-${kind}-${slug}`;
}

/** The FtM id of an entity (phones resolve to the id a phone gets when nobody holds it). */
function idOf(entity: Entity): string {
  return ftmId(entity.type, entity.key);
}

/** Holder ids (people) of each phone and account, from uses_phone and holds_account links. */
function holdersOf(links: readonly Link[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const link of links) {
    if (link.type !== 'uses_phone' && link.type !== 'holds_account') continue;
    const list = holders.get(link.target) ?? [];
    list.push(link.source);
    holders.set(link.target, list);
  }
  return holders;
}

function entityFor(entity: Entity, holders: Map<string, string[]>, byId: Map<string, Entity>): FtmEntity | undefined {
  const a = entity.attributes;
  const country = lowerCountry(entity.country);
  switch (entity.type) {
    case 'person': {
      const phones = phonesHeldBy(entity.id, holders, byId);
      const nationality = a.nationality ? lowerCountry(normalizeCountry(a.nationality) ?? undefined) : undefined;
      const role = [a.role, a.status].filter((value): value is string => Boolean(value));
      return make('Person', idOf(entity), {
        name: [entity.label], alias: list(a.alias), nationality: list(nationality), country: list(country),
        passportNumber: list(a.passport), birthDate: list(a.birthDate), phone: phones,
        description: role.length > 0 ? [role.join('; ')] : [],
      });
    }
    case 'account':
      if (a.accountKind === 'crypto') {
        return make('CryptoWallet', idOf(entity), {
          name: [entity.label], publicKey: [entity.key], currencySymbol: list(a.currency ?? a.network),
          holder: (holders.get(entity.id) ?? []).map((id) => personId(id, byId)).filter(isString),
          country: list(country),
        });
      }
      return make('BankAccount', idOf(entity), {
        name: [entity.label], accountNumber: [entity.key], bankName: list(a.bank), accountType: list(a.accountKind),
        country: list(country),
      });
    case 'location':
      return make('Address', idOf(entity), {
        full: [entity.label], country: list(country), latitude: list(a.latitude), longitude: list(a.longitude),
      });
    case 'phone':
      // NOTE: a held phone lives on as its holders' `phone` property; only unheld phones become entities.
      if ((holders.get(entity.id) ?? []).length > 0) return undefined;
      return make('LegalEntity', idOf(entity), { name: [entity.label], phone: [entity.key], country: list(country) });
    case 'device':
      return undefined;
  }
}

function linkEntities(link: Link, holders: Map<string, string[]>, byId: Map<string, Entity>): FtmEntity[] {
  const source = byId.get(link.source);
  const target = byId.get(link.target);
  if (!source || !target) return [];
  const dates = { startDate: list(link.firstTime), endDate: list(link.lastTime) };
  const id = (schema: string) => ftmId(schema.toLowerCase(), link.id);
  switch (link.type) {
    case 'holds_account':
      if (target.type !== 'account' || target.attributes.accountKind === 'crypto') return [];
      return [make('Ownership', id('Ownership'), { owner: [idOf(source)], asset: [idOf(target)], ...dates })];
    case 'called':
      return [make('Call', id('Call'), {
        caller: partiesOf(source, holders, byId), callerNumber: [source.key],
        receiver: partiesOf(target, holders, byId), receiverNumber: [target.key],
        duration: [String(link.durationSeconds)], description: [`${link.count} call(s)`], ...dates,
      })];
    case 'transferred':
      return Object.keys(link.amounts).sort().map((currency) => make('Payment', ftmId('payment', `${link.id}|${currency}`), {
        payer: partiesOf(source, holders, byId), beneficiary: partiesOf(target, holders, byId),
        payerAccount: bankAccount(source), beneficiaryAccount: bankAccount(target),
        amount: [String(link.amounts[currency])], currency: [currency],
        description: [`${link.count} transfer(s) from ${source.key} to ${target.key}`], ...dates,
      }));
    case 'associated':
      if (source.type !== 'person' || target.type !== 'person') return [];
      return [make('Associate', id('Associate'), { person: [idOf(source)], associate: [idOf(target)], relationship: list(link.label), ...dates })];
    case 'seen_at':
    case 'linked': {
      const subject = thingOf(source, holders, byId);
      const object = thingOf(target, holders, byId);
      if (!subject || !object) return [];
      return [make('UnknownLink', id('UnknownLink'), {
        subject: [subject], object: [object], role: [link.type === 'seen_at' ? ['seen at', link.label].filter(isString).join(': ') : link.label ?? 'linked'],
        ...dates,
      })];
    }
    case 'uses_phone':
    case 'uses_device':
      return [];
  }
}

/** People who hold a phone or account, else the thing itself when it is a LegalEntity-like party. */
function partiesOf(entity: Entity, holders: Map<string, string[]>, byId: Map<string, Entity>): string[] {
  if (entity.type === 'person') return [idOf(entity)];
  const people = (holders.get(entity.id) ?? []).map((id) => personId(id, byId)).filter(isString);
  if (people.length > 0) return people;
  return entity.type === 'phone' ? [idOf(entity)] : [];
}

/** The FtM entity standing for a node in a generic link; held phones stand for their holder. */
function thingOf(entity: Entity, holders: Map<string, string[]>, byId: Map<string, Entity>): string | undefined {
  if (entity.type === 'device') return undefined;
  if (entity.type === 'phone') return partiesOf(entity, holders, byId)[0];
  return idOf(entity);
}

function bankAccount(entity: Entity): string[] {
  return entity.type === 'account' && entity.attributes.accountKind !== 'crypto' ? [idOf(entity)] : [];
}

const phoneIndex = new WeakMap<Map<string, string[]>, Map<string, string[]>>();

/** Phone numbers a person holds (the person → phones index is built once per holders map). */
function phonesHeldBy(personId: string, holders: Map<string, string[]>, byId: Map<string, Entity>): string[] {
  let index = phoneIndex.get(holders);
  if (!index) {
    index = new Map();
    for (const [thing, people] of holders) {
      const entity = byId.get(thing);
      if (entity?.type !== 'phone') continue;
      for (const person of people) index.set(person, [...(index.get(person) ?? []), entity.key]);
    }
    phoneIndex.set(holders, index);
  }
  return [...(index.get(personId) ?? [])].sort();
}

function personId(id: string, byId: Map<string, Entity>): string | undefined {
  const entity = byId.get(id);
  return entity?.type === 'person' ? idOf(entity) : undefined;
}

function make(schema: string, id: string, properties: Record<string, string[]>): FtmEntity {
  const kept: Record<string, string[]> = {};
  for (const name of Object.keys(properties).sort()) {
    const values = [...new Set(properties[name] ?? [])].filter((value) => value !== '');
    if (values.length > 0) kept[name] = values;
  }
  return { id, schema, properties: kept };
}

function list(value: string | undefined | null): string[] {
  return value ? [value] : [];
}

function lowerCountry(code: string | undefined): string | undefined {
  return code ? code.toLowerCase() : undefined;
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}
