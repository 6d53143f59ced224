// Who must never be ranked: victims and the case's own sources (informants, witnesses), and the phones,
// accounts and handsets only they use.

import type { CaseModel, Entity } from '../model/types.ts';
import { isVictim } from '../model/roles.ts';
import { nameKey } from '../normalize/name.ts';
import { documentNumberKey } from '../normalize/documentNumber.ts';
import { pulse } from '../progressPulse.ts';

/**
 * Ids never listed as key players or brokers: every victim (`isVictim`), plus every phone,
 * account or device whose known users are all victims.
 *
 * NOTE: ranking a trafficked worker's phone as a "key player" names the worker all the same.
 * An identifier shared with a non-victim (a handler's phone lent to workers) stays rankable.
 */
export function protectedIds(model: CaseModel): Set<string> {
  const victims = new Set(model.entities.filter((entity) => isVictim(entity) || isSource(entity)).map((entity) => entity.id));
  // NOTE: defence in depth. A person with a victim's name is protected too, unless both have an id (then they
  // are two people): one copy of a victim that a file wrote another way must not be ranked in its place.
  const victimNames = new Map<string, boolean>();
  for (const entity of model.entities) {
    if (!victims.has(entity.id)) continue;
    const name = protectionName(entity.label);
    victimNames.set(name, (victimNames.get(name) ?? false) || !hasPersonId(entity));
  }
  for (const entity of model.entities) {
    pulse();
    if (entity.type !== 'person' || victims.has(entity.id)) continue;
    const withoutId = victimNames.get(protectionName(entity.label));
    if (withoutId !== undefined && (withoutId || !hasPersonId(entity))) victims.add(entity.id);
  }
  // NOTE: a victim's identity document names her in every file: a SIM registration keyed by her passport, a roster keyed
  // by an employee number, are one woman, and her other records are protected with her (possible duplicates are only
  // suggested, never merged; protection does not wait for a person to accept them).
  const victimDocuments = new Set<string>();
  for (const entity of model.entities) if (victims.has(entity.id) && entity.type === 'person') for (const key of documentKeys(entity)) victimDocuments.add(key);
  if (victimDocuments.size > 0) {
    for (const entity of model.entities) {
      if (entity.type === 'person' && !victims.has(entity.id) && documentKeys(entity).some((key) => victimDocuments.has(key))) victims.add(entity.id);
    }
  }
  const users = new Map<string, string[]>();
  const persons = new Set(model.entities.filter((e) => e.type === 'person').map((e) => e.id));
  for (const link of model.links) {
    pulse();
    if (link.type !== 'uses_phone' && link.type !== 'holds_account') continue;
    // NOTE: a wallet tied to its number's SIM (no person on the link) is handled below, with the handsets.
    if (!persons.has(link.source) && !persons.has(link.target)) continue;
    const [person, thing] = persons.has(link.source) ? [link.source, link.target] : [link.target, link.source];
    const list = users.get(thing) ?? [];
    list.push(person);
    users.set(thing, list);
  }
  const result = new Set(victims);
  for (const [thing, people] of users) {
    if (people.every((person) => victims.has(person))) result.add(thing);
  }
  // A wallet opened on a victim's number, with no holder of its own on record, is the victim's (and its SIM likewise).
  for (const link of model.links) {
    if (link.type !== 'uses_phone' || persons.has(link.source) || persons.has(link.target)) continue;
    if (result.has(link.target) && !users.has(link.source)) result.add(link.source);
    else if (result.has(link.source) && !users.has(link.target)) result.add(link.target);
  }
  // Handsets: protected when every phone in them is protected.
  const phonesOf = new Map<string, string[]>();
  for (const link of model.links) {
    pulse();
    if (link.type !== 'uses_device') continue;
    const list = phonesOf.get(link.target) ?? [];
    list.push(link.source);
    phonesOf.set(link.target, list);
  }
  for (const [device, phones] of phonesOf) {
    if (phones.every((phone) => result.has(phone))) result.add(device);
  }
  return result;
}

/** A person's identity-document numbers as keys ({@link documentNumberKey}); a cell may hold several. */
function documentKeys(entity: Entity): string[] {
  const written = entity.attributes.passport;
  if (!written) return [];
  return written.split(/\s*[|;,]\s*/).flatMap((part) => documentNumberKey(part) ?? []);
}

/** A person whose key is an id (not made from a name) and who has a name besides it. */
function hasPersonId(entity: CaseModel['entities'][number]): boolean {
  return entity.attributes.keyFrom !== 'name' && entity.attributes.keyFrom !== 'reference' && entity.label !== entity.key;
}

// NOTE: Philippine records abbreviate given names with a period — `Ma.` for Maria, `Sta.`/`Sto.` for Santa/Santo —
// so an interview's "Maria Luisa Santos-Reyes" is the victims list's "Ma. Luisa Santos-Reyes". Only protection
// compares names this way: it errs towards not ranking someone, never towards merging two people.
const GIVEN_NAME_ABBREVIATIONS: [RegExp, string][] = [[/\bMa\.(?=\s|$)/giu, 'Maria'], [/\bSta\.(?=\s|$)/giu, 'Santa'], [/\bSto\.(?=\s|$)/giu, 'Santo']];

/** A name as protection compares it: {@link nameKey} with written-out given-name abbreviations. */
export function protectionName(label: string): string {
  let written = label;
  for (const [abbreviation, full] of GIVEN_NAME_ABBREVIATIONS) written = written.replace(abbreviation, full);
  return nameKey(written);
}

// An informant or witness is the case's source, not a syndicate member: ranking one names them to every reader of the
// report. Field notes write them as a role word and a code with a digit ("informant MY-7", "saksi 2", "CI-14") or give the role.
const SOURCE_WORDS = ['informant', 'informan', 'witness', 'saksi', 'narasumber', 'pelapor', 'whistleblower', 'source', 'ci', 'confidential informant'];
const SOURCE_LABEL = new RegExp(`^(?:${SOURCE_WORDS.join('|')})(?:[\\s#:._-]+[\\p{L}\\p{N}-]*\\p{N}[\\p{L}\\p{N}-]*)?$`, 'iu');
const SOURCE_ROLE = new RegExp(`\\b(?:${SOURCE_WORDS.filter((word) => word !== 'ci' && word !== 'source').join('|')})\\b`, 'iu');

/** True for a person the case knows only as its source (label "informant MY-7") or whose role says informant/witness. */
export function isSource(entity: Pick<Entity, 'type' | 'label' | 'attributes'>): boolean {
  if (entity.type !== 'person') return false;
  if (SOURCE_LABEL.test(entity.label.trim())) return true;
  const role = Object.hasOwn(entity.attributes, 'role') ? entity.attributes.role : undefined;
  return role !== undefined && SOURCE_ROLE.test(role);
}
