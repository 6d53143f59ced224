// Possible-duplicate suggestions: people who may be one person under two keys, with reasons. Never merged here.

import type { CaseModel, Entity } from '../model/types.ts';
import { normalizeCountry } from '../normalize/country.ts';
import { documentNumberKey } from '../normalize/documentNumber.ts';
import { nameKey } from '../normalize/name.ts';

/** Two entities that may be one, for a person to confirm or dismiss. */
export interface PossibleDuplicate {
  /** Entity ids, `a < b`. */
  a: string;
  b: string;
  /** Why, in words an investigator can check against the sources. */
  reasons: string[];
  /** `reasons` as codes of the catalogue's `duplicates.reason` group and their values (same order), for other languages. */
  reasonCodes?: DuplicateReason[];
  strength: 'strong' | 'medium';
}

/** One reason as a code and the values it is said from. */
export interface DuplicateReason {
  code: string;
  params?: Record<string, string | number>;
}

type Reason = DuplicateReason & { text: string };
const reason = (text: string, code: string, params?: Record<string, string | number>): Reason => ({ text, code, ...(params ? { params } : {}) });

/** At most this many suggestions, strongest first: past that the list is a sign of a bad mapping, not a reading list. */
export const MAX_SUGGESTIONS = 500;

// NOTE: a blocking key shared by more people than this (a passport written as "-", a name as common as
// "Mohammed") says nothing about any one pair, and comparing all of them would be quadratic; such a bucket
// is skipped. Work is therefore at most people × MAX_BUCKET pairs.
const MAX_BUCKET = 40;

interface PersonFacts {
  id: string;
  label: string;
  /** Exact name key ({@link nameKey}); empty when the person has no name, only an id. */
  name: string;
  /** Name words without punctuation or bracketed parts, sorted and joined: word order and spacing ignored. */
  loose: string;
  birthDate?: string;
  country?: string;
  passport?: string;
  /** Keyed by its name (`keyFrom: name`): the file had no id column for it. */
  byName: boolean;
  /** Written only as a name in a link file, matching several people (`keyFrom: reference`, see caseBuilder). */
  reference: boolean;
}

type Pairs = Map<string, PossibleDuplicate>;

/**
 * People who may be the same person although their keys differ: same passport (strong); same name and
 * birth date (strong); same name, or the same name words in another order, backed by the same nationality
 * or by one of them having no id (medium). Pure and deterministic: sorted strong first, then by ids.
 * NOTE: only people. Two phones or accounts of one person are that person's phones, not duplicates.
 */
export function findPossibleDuplicates(model: CaseModel): PossibleDuplicate[] {
  const people = model.entities.filter((entity) => entity.type === 'person').map(factsOf);
  const pairs: Pairs = new Map();
  forEachPair(bucket(people, (person) => person.passport), (a, b) => {
    add(pairs, a, b, 'strong', [reason(`same passport ${a.passport ?? ''}`, 'same-passport', { passport: a.passport ?? '' })]);
  });
  forEachPair(bucket(people, (person) => person.name || undefined), (a, b) => {
    compareNames(pairs, a, b, reason('same name', 'same-name'));
  });
  forEachPair(bucket(people, (person) => person.loose || undefined), (a, b) => {
    if (a.name === b.name) return; // already compared as the same name
    compareNames(pairs, a, b, reason(`same name words in another order or spacing ("${a.label}" / "${b.label}")`, 'same-name-words', { a: a.label, b: b.label }));
  });
  return [...pairs.values()].sort(bySuggestion).slice(0, MAX_SUGGESTIONS);
}

/**
 * A name match becomes a suggestion only with something else behind it: a birth date, a nationality, a missing id.
 * NOTE: a name is weak evidence (the sample case has three people called Fajar); two known passports or two
 * known birth dates that differ outweigh it, and the pair is not suggested. A birth date with day and month
 * swapped is the one contradiction let through, said as such: it is the commonest typing slip in these lists.
 */
function compareNames(pairs: Pairs, a: PersonFacts, b: PersonFacts, nameReason: Reason): void {
  if (a.passport !== undefined && b.passport !== undefined && a.passport !== b.passport) return;
  if (a.birthDate !== undefined && a.birthDate === b.birthDate) {
    add(pairs, a, b, 'strong', [nameReason, reason(`same birth date ${a.birthDate}`, 'same-birth-date', { date: a.birthDate })]);
    return;
  }
  const support: Reason[] = [];
  if (a.birthDate !== undefined && b.birthDate !== undefined) {
    if (!daySwapped(a.birthDate, b.birthDate)) return;
    support.push(reason(`birth dates match with day and month swapped (${a.birthDate} / ${b.birthDate})`, 'birth-date-swapped', { a: a.birthDate, b: b.birthDate }));
  }
  if (a.country !== undefined && a.country === b.country) support.push(reason(`same nationality ${a.country}`, 'same-nationality', { country: a.country }));
  if (a.reference || b.reference) {
    const ref = a.reference ? a : b;
    support.push(reason(`"${ref.label}" is written only as a name in a link file and several people have that name; kept apart`, 'name-only-reference', { name: ref.label }));
  } else if (a.byName !== b.byName) support.push(reason(`${a.byName ? a.label : b.label} has no id in its file, only a name`, 'one-without-id', { name: a.byName ? a.label : b.label }));
  else if (a.byName && b.byName) support.push(reason('neither has an id, only a name', 'neither-has-id'));
  if (support.length === 0) return;
  const against = a.country !== undefined && b.country !== undefined && a.country !== b.country
    ? [reason(`but nationalities differ (${a.country} / ${b.country})`, 'nationalities-differ', { a: a.country, b: b.country })] : [];
  add(pairs, a, b, 'medium', [nameReason, ...support, ...against]);
}

/** `1994-03-11` and `1994-11-03`: the same date read day-first once and month-first once. */
function daySwapped(x: string, y: string): boolean {
  const a = /^(\d{4})-(\d{2})-(\d{2})/.exec(x);
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(y);
  return Boolean(a && b && a[1] === b[1] && a[2] === b[3] && a[3] === b[2]);
}

function add(pairs: Pairs, { id: a }: PersonFacts, { id: b }: PersonFacts, strength: PossibleDuplicate['strength'], reasons: Reason[]): void {
  const pairKey = `${a}\u0000${b}`;
  const found = pairs.get(pairKey);
  const coded = ({ code, params }: Reason): DuplicateReason => ({ code, ...(params ? { params } : {}) });
  if (!found) {
    pairs.set(pairKey, { a, b, reasons: reasons.map((item) => item.text), reasonCodes: reasons.map(coded), strength });
    return;
  }
  for (const item of reasons) {
    if (found.reasons.includes(item.text)) continue;
    found.reasons.push(item.text);
    found.reasonCodes?.push(coded(item));
  }
  if (strength === 'strong') found.strength = 'strong';
}

function bucket(people: readonly PersonFacts[], keyOf: (person: PersonFacts) => string | undefined): Map<string, PersonFacts[]> {
  const buckets = new Map<string, PersonFacts[]>();
  for (const person of people) {
    const key = keyOf(person);
    if (key === undefined) continue;
    const list = buckets.get(key);
    if (list) list.push(person);
    else buckets.set(key, [person]);
  }
  return buckets;
}

function forEachPair(buckets: Map<string, PersonFacts[]>, visit: (a: PersonFacts, b: PersonFacts) => void): void {
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const [x, y] = [members[i]!, members[j]!];
        // The lower id first, so the reasons read the same whatever order the entities came in.
        if (x.id < y.id) visit(x, y);
        else visit(y, x);
      }
    }
  }
}

function factsOf(entity: Entity): PersonFacts {
  const reference = entity.attributes.keyFrom === 'reference';
  const byName = entity.attributes.keyFrom === 'name' || reference;
  // A person known only by an id has the id as its label: no name to compare.
  const named = byName || entity.label !== entity.key;
  const nationality = entity.attributes.nationality;
  const country = entity.country ?? (nationality ? normalizeCountry(nationality) ?? undefined : undefined);
  const passport = documentNumberKey(entity.attributes.passport);
  return {
    id: entity.id, label: entity.label, byName, reference,
    name: named ? nameKey(entity.label) : '',
    loose: named ? looseNameKey(entity.label) : '',
    ...(entity.attributes.birthDate ? { birthDate: entity.attributes.birthDate } : {}),
    ...(country ? { country } : {}),
    ...(passport ? { passport } : {}),
  };
}

/** A passport's key for comparing people ({@link documentNumberKey}): undefined for placeholders. */
export const passportKey = documentNumberKey;

/** `SANTOS, Maria` and `Maria Santos (Mai)` → `mariasantos`: bracketed parts and punctuation dropped, words sorted. */
export function looseNameKey(raw: string): string {
  return nameKey(raw)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word !== '')
    .sort()
    .join('');
}

function bySuggestion(x: PossibleDuplicate, y: PossibleDuplicate): number {
  if (x.strength !== y.strength) return x.strength === 'strong' ? -1 : 1;
  return x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0;
}
