// Find an entity by what an investigator types: a name, an id, an account, or a phone number in any format.

import { isVictim } from '../model/roles.ts';
import type { Entity, EntityType } from '../model/types.ts';
import { normalizeAccount } from '../normalize/account.ts';
import { normalizePhone, PHONE_COUNTRY_CANDIDATES } from '../normalize/phone.ts';

export interface SearchHit {
  id: string;
  type: EntityType;
  label: string;
  key: string;
  /** Why it matched, in words: "phone number", "name", "variant 0812…". */
  matched: string;
  /** The sources mark this person as a victim. */
  victim: boolean;
  score: number;
}

interface IndexedEntity {
  entity: Entity;
  /** Lower-cased, accent-folded texts: label, key, variants, alias and document attributes. */
  texts: string[];
  /** The texts joined (by a character no text holds): one `includes` per entity tells the scan whether to look closer. */
  hay: string;
  digits: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

const TEXT_ATTRIBUTES = ['alias', 'passport', 'name', 'nationality', 'bank', 'operator', 'role'];

/** Entities indexed between two steps of {@link searchIndexSteps}: a few milliseconds on a slow machine. */
export const SEARCH_INDEX_STEP = 1000;

/** Builds an index over the case's entities; phone queries go through the same normaliser as the import. */
export function buildSearchIndex(entities: readonly Entity[]): SearchIndex {
  const steps = searchIndexSteps(entities, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link buildSearchIndex} in steps of `step` entities, for a page that must not block.
 * NOTE: folding every text of 63 k entities was a second's task on the first search of a case; the page builds the
 * index between its other tasks as soon as the case is open (see lazySearchIndex).
 */
export function* searchIndexSteps(entities: readonly Entity[], step = SEARCH_INDEX_STEP): Generator<undefined, SearchIndex> {
  const byId = new Map<string, Entity>();
  const phoneByKey = new Map<string, Entity>();
  const accountByKey = new Map<string, Entity>();
  const countries = new Set<string>();
  const indexed: IndexedEntity[] = [];
  for (let position = 0; position < entities.length; position++) {
    if (position > 0 && position % step === 0) yield;
    const entity = entities[position] as Entity;
    byId.set(entity.id, entity);
    if (entity.type === 'phone') {
      phoneByKey.set(entity.key, entity);
      if (entity.country) countries.add(entity.country);
    }
    if (entity.type === 'account') accountByKey.set(entity.key, entity);
    const texts = [entity.label, entity.key, entity.id, ...entity.variants,
      ...TEXT_ATTRIBUTES.map((name) => entity.attributes[name] ?? '')].filter((text) => text !== '').map(fold);
    const digits = entity.type === 'phone' || entity.type === 'account' ? entity.key.replace(/\D/g, '') : '';
    indexed.push({ entity, texts, hay: texts.join('\u0000'), digits });
  }
  // NOTE: a national number (0812…) means nothing without a country: try the case's own countries first.
  const tryCountries = [...countries, ...PHONE_COUNTRY_CANDIDATES.filter((country) => !countries.has(country))];

  return {
    search(query: string, limit = 20): SearchHit[] {
      const trimmed = query.trim();
      if (trimmed === '') return [];
      const hits = new Map<string, SearchHit>();
      const add = (entity: Entity, matched: string, score: number) => {
        const previous = hits.get(entity.id);
        if (!previous || previous.score < score) {
          hits.set(entity.id, { id: entity.id, type: entity.type, label: entity.label, key: entity.key, matched, score, victim: isVictim(entity) });
        }
      };

      const exact = byId.get(trimmed);
      if (exact) add(exact, 'id', 100);
      for (const key of phoneKeys(trimmed, tryCountries)) {
        const phone = phoneByKey.get(key);
        if (phone) add(phone, 'phone number', 90);
      }
      const account = normalizeAccount(trimmed);
      const accountEntity = account ? accountByKey.get(account.key) : undefined;
      if (accountEntity) add(accountEntity, 'account number', 90);

      const needle = fold(trimmed);
      const queryDigits = trimmed.replace(/\D/g, '').replace(/^0+/, '');
      const digitQuery = queryDigits.length >= 5 && /^[\d\s+().-]+$/.test(trimmed);
      for (const item of indexed) {
        if (hits.size > 500) break;
        if (!item.hay.includes(needle)) {
          if (digitQuery && item.digits.includes(queryDigits)) add(item.entity, 'digits', 30);
          continue;
        }
        let best = 0;
        for (const text of item.texts) {
          if (text === needle) best = Math.max(best, 80);
          else if (text.startsWith(needle)) best = Math.max(best, 60);
          else if (needle.length >= 2 && text.includes(needle)) best = Math.max(best, 40);
        }
        if (best > 0) add(item.entity, best >= 80 ? 'exact text' : 'text', best);
        else if (digitQuery && item.digits.includes(queryDigits)) add(item.entity, 'digits', 30);
      }
      return [...hits.values()]
        .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1))
        .slice(0, limit);
    },
  };
}

/** Every E.164 key the query could mean: as written, then read as national in each candidate country. */
export function phoneKeys(query: string, countries: readonly string[]): string[] {
  const keys = new Set<string>();
  const plain = normalizePhone(query);
  if (plain) keys.add(plain.e164);
  if (/^\s*0[1-9]/.test(query.replace(/[\s().-]/g, ''))) {
    for (const country of countries) {
      const reading = normalizePhone(query, { defaultCountry: country });
      if (reading) keys.add(reading.e164);
    }
  }
  return [...keys];
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** A search index the page builds a step at a time between its tasks (`prepare`); a search before it is done finishes it. */
export interface SteppedSearchIndex extends SearchIndex {
  /** Builds for up to `budgetMs`; true once the index is built. */
  prepare(budgetMs: number): boolean;
}

/** Same as {@link buildSearchIndex}, built in steps (`prepare`), so opening a big case does not wait for it. */
export function lazySearchIndex(entities: readonly Entity[]): SteppedSearchIndex {
  const steps = searchIndexSteps(entities);
  let index: SearchIndex | undefined;
  const advance = (until: number): boolean => {
    while (!index) {
      const step = steps.next();
      if (step.done) index = step.value;
      else if (performance.now() >= until) return false;
    }
    return true;
  };
  return {
    prepare: (budgetMs) => advance(performance.now() + budgetMs),
    search(query, limit) {
      advance(Infinity);
      return (index as SearchIndex).search(query, limit);
    },
  };
}
