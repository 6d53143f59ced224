// Who must never be ranked: trafficked workers and other victims are people to protect.

import type { Entity } from './types.ts';

// NOTE: values are compared lower-cased, accents folded, word by word (`vot` must not match `vote`):
// English, Indonesian/Malay (korban, korban TPPO, mangsa), Filipino (biktima, VOT: "victim of
// trafficking", the IACAT/DSWD short form), Vietnamese (nạn nhân), Thai (ผู้เสียหาย, เหยื่อ), and the
// words field teams write for rescued workers. A phrase matches when its words appear in a row.
const VICTIM_PHRASES = [
  'victim', 'victims', 'vot', 'vots', 'votip', 'tip victim', 'victim of trafficking', 'trafficking victim', 'trafficked',
  'korban', 'korban tppo', 'mangsa', 'mangsa pemerdagangan', 'biktima', 'nan nhan', 'rescued', 'rescued worker',
  'survivor', 'survivors', 'repatriated victim', 'pekerja korban', 'tppo victim',
];
// Scripts written without spaces: matched anywhere in the value.
const VICTIM_UNSPACED = ['ผู้เสียหาย', 'เหยื่อ', '受害者', '受害人'];

const PHRASE_WORDS = VICTIM_PHRASES.map((phrase) => phrase.split(' '));

/** Lower-case words with accents folded (`Nạn nhân` → [nan, nhan]); `đ` folds to `d`. */
export function foldedWords(raw: string): string[] {
  return raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/** Does one role or status value mark a victim (`korban`, `Victim`, `VOT - recruited via…`, `rescued worker`)? */
export function isVictimWord(raw: string): boolean {
  const value = raw.trim();
  if (value === '') return false;
  if (VICTIM_UNSPACED.some((word) => value.includes(word))) return true;
  const words = foldedWords(value);
  return PHRASE_WORDS.some((parts) => words.some((_, start) => parts.every((part, offset) => words[start + offset] === part)));
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
