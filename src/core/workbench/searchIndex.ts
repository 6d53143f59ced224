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
  digits: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

const TEXT_ATTRIBUTES = ['alias', 'passport', 'name', 'nationality', 'bank', 'operator', 'role'];

/** Builds an index over the case's entities; phone queries go through the same normaliser as the import. */
export function buildSearchIndex(entities: readonly Entity[]): SearchIndex {
  const byId = new Map<string, Entity>();
  const phoneByKey = new Map<string, Entity>();
  const accountByKey = new Map<string, Entity>();
  const countries = new Set<string>();
  const indexed: IndexedEntity[] = entities.map((entity) => {
    byId.set(entity.id, entity);
    if (entity.type === 'phone') {
      phoneByKey.set(entity.key, entity);
      if (entity.country) countries.add(entity.country);
    }
    if (entity.type === 'account') accountByKey.set(entity.key, entity);
    const texts = [entity.label, entity.key, entity.id, ...entity.variants,
      ...TEXT_ATTRIBUTES.map((name) => entity.attributes[name] ?? '')].filter((text) => text !== '').map(fold);
    const digits = entity.type === 'phone' || entity.type === 'account' ? entity.key.replace(/\D/g, '') : '';
    return { entity, texts, digits };
  });
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

/** Same as {@link buildSearchIndex}, but built on the first search, so opening a big case does not wait for it. */
export function lazySearchIndex(entities: readonly Entity[]): SearchIndex {
  let index: SearchIndex | undefined;
  return {
    search(query, limit) {
      index ??= buildSearchIndex(entities);
      return index.search(query, limit);
    },
  };
}
