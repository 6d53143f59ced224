// Who must never be ranked: trafficked workers and other victims are people to protect.

import type { Entity } from './types.ts';

// NOTE: values are compared lower-cased, accents folded, word by word (`vot` must not match `vote`):
// English, Indonesian/Malay (korban, korban TPPO, mangsa), Filipino (biktima, VOT: "victim of
// trafficking", the IACAT/DSWD short form), Vietnamese (nạn nhân, bị lừa), and the words field teams
// write for rescued workers. A phrase matches when its words appear in a row.
const VICTIM_PHRASES = [
  'victim', 'victims', 'vot', 'vots', 'votip', 'tip victim', 'victim of trafficking', 'trafficking victim', 'trafficked',
  'korban', 'korban tppo', 'mangsa', 'mangsa pemerdagangan', 'biktima', 'nan nhan', 'rescued', 'rescued worker',
  'survivor', 'survivors', 'repatriated victim', 'pekerja korban', 'tppo victim',
  // Rescued or deceived, in the region's spaced languages: Indonesian/Malay, Vietnamese (accents folded), Filipino.
  'diselamatkan', 'bi lua', 'bi lua dao', 'bi buon ban', 'duoc giai cuu', 'giai cuu', 'nasagip', 'nailigtas', 'na rescue',
];
// Scripts written without spaces (Chinese, Japanese, Thai, Lao, Burmese, Khmer; Korean is matched the same way): a
// stem matched anywhere in the value. Besides the nouns for *victim* (受害, 被害者, 피해자, ผู้เสียหาย, ຜູ້ເສຍຫາຍ, ជនរងគ្រោះ,
// သားကောင်), the words that say what was done to a trafficked worker: the passive 被 with a verb of trafficking or
// deceit (被拐卖 trafficked, 被骗入园 tricked into the compound, 被贩卖, 被绑架, 被囚禁, 被强迫), and rescue (解救,
// 获救, 已解救; ถูกหลอก, ถูกค้ามนุษย์; လူကုန်ကူးခံရသူ, ကယ်ဆယ်ခံရသူ; ជួយសង្គ្រោះ). NOTE: 被 alone is no victim word:
// 被捕 (arrested), 被拘留 (detained) and 被抓 (caught) are said of suspects; 拐卖 without 被 is the crime itself.
const PASSIVE_HARMS = ['拐', '骗', '騙', '卖', '賣', '贩', '販', '绑', '綁', '囚', '诱', '誘', '强迫', '強迫', '胁迫', '脅迫', '虐', '奴役'];
const VICTIM_UNSPACED = [
  '受害', '被害者', '被害人', '피해자', '解救', '获救', '獲救', '营救', '營救', '救出', '구출',
  ...PASSIVE_HARMS.map((verb) => `被${verb}`),
  'ผู้เสียหาย', 'เหยื่อ', 'ถูกหลอก', 'ถูกค้ามนุษย์', 'ถูกล่อลวง', 'ได้รับการช่วยเหลือ', 'ຜູ້ເສຍຫາຍ', 'ເຫຍື່ອ', 'ຖືກຫຼອກ',
  'သားကောင်', 'လူကုန်ကူးခံရသူ', 'ကယ်ဆယ်ခံရသူ', 'ជនរងគ្រោះ', 'ជួយសង្គ្រោះ',
];

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
