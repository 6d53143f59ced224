// Who must never be ranked: trafficked workers and other victims are people to protect.

import type { Entity } from './types.ts';

// NOTE: values are compared lower-cased; covers English, Indonesian (korban), Filipino (biktima),
// Vietnamese (nạn nhân), Thai (ผู้เสียหาย) and the words field teams write for rescued workers.
const VICTIM_WORDS = [
  'victim', 'korban', 'biktima', 'nạn nhân', 'nan nhan', 'ผู้เสียหาย', 'trafficked', 'trafficked worker',
  'rescued', 'survivor', 'worker (victim)', 'pekerja korban', 'tppo victim',
];

/** Does one role or status value mark a victim (`korban`, `Victim`, `rescued worker`…)? */
export function isVictimWord(raw: string): boolean {
  const value = raw.trim().toLowerCase();
  return value !== '' && VICTIM_WORDS.some((word) => value === word || value.includes(word));
}

/** True when an entity's role or status marks a victim: such a person is never a key player or broker. */
export function isVictim(entity: Pick<Entity, 'type' | 'attributes'>): boolean {
  if (entity.type !== 'person') return false;
  for (const field of ['role', 'status']) {
    const value = Object.hasOwn(entity.attributes, field) ? entity.attributes[field] : undefined;
    if (value && isVictimWord(value)) return true;
  }
  return false;
}
