// A name written in parts (SURNAME / FIRST NAME / M.I.): which columns hold which part, and the parts joined into one name.

import { splitHeader } from './headerWords.ts';

export type NamePart = 'surname' | 'given' | 'middle';

/** Column indexes of a name's parts; a surname and a given name both, the middle name when there is one. */
export interface NameParts {
  surname: number;
  given: number;
  middle?: number;
}

// NOTE: a phrase matches a run of the header's words (`Victim Last Name`); a word in WHOLE only the whole header
// (`Họ` alone is a surname, in `Họ và tên` it is part of "full name"; `Tên` alone is the given name only beside a
// surname column, which a join needs anyway). Middle first: `Gitnang Pangalan` is a middle name, `Pangalan` a given one.
const PHRASES: [NamePart, string[]][] = [
  ['middle', ['middle name', 'middlename', 'middle initial', 'nama tengah', 'gitnang pangalan', 'ten dem', 'ten lot']],
  ['given', ['first name', 'firstname', 'given name', 'given names', 'givenname', 'forename', 'forenames', 'nama depan', 'unang pangalan', 'nama kecil']],
  ['surname', ['surname', 'last name', 'lastname', 'family name', 'familyname', 'apelyido', 'nama belakang', 'nama keluarga', 'ho nguoi']],
];
const WHOLE: [NamePart, string[]][] = [
  ['middle', ['m i', 'mi', 'middle']],
  ['given', ['ten', 'pangalan', 'ชื่อ', '名']],
  ['surname', ['ho', 'นามสกุล', '姓']],
];
const MAX_EXTRA_WORDS = 2;

/** Which part of a name a header names, if any: `SURNAME`, `Last name`, `nama depan`, `M.I.`, `Họ`, `Tên`. */
export function namePartOf(header: string): NamePart | undefined {
  const words = splitHeader(header);
  const whole = words.join(' ');
  for (const [part, list] of WHOLE) if (list.includes(whole) || list.includes(header.trim())) return part;
  for (const [part, phrases] of PHRASES) {
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      if (words.length > parts.length + MAX_EXTRA_WORDS) continue;
      if (words.some((_, start) => parts.every((word, offset) => words[start + offset] === word))) return part;
    }
  }
  return undefined;
}

/** The columns of a name written in parts, when a surname and a given-name column are both there (first of each). */
export function namePartsOf(headers: readonly string[]): NameParts | undefined {
  const found = new Map<NamePart, number>();
  headers.forEach((header, index) => {
    const part = namePartOf(header);
    if (part && !found.has(part)) found.set(part, index);
  });
  const surname = found.get('surname');
  const given = found.get('given');
  if (surname === undefined || given === undefined) return undefined;
  const middle = found.get('middle');
  return { surname, given, ...(middle !== undefined ? { middle } : {}) };
}

const SUFFIX = /^(jr|sr|jnr|snr|ii|iii|iv|v)\.?$/i;

/**
 * One name from its parts, in the order people say it: given name(s), surname, then a suffix (`Jr.`, `III`)
 * wherever the file wrote it: `DELA CRUZ` + `JUAN JR.` → `JUAN DELA CRUZ JR.`.
 *
 * NOTE: the middle name or initial stays out of the name (it is kept as an attribute): other files (interviews,
 * KYC replies, chats) mostly write the name people use, `Juan Dela Cruz Jr.`, and people known only by a name
 * are matched by it.
 */
export function joinNameParts(surname: string, given: string): string {
  const suffixes: string[] = [];
  const strip = (text: string) => text.split(/\s+/).filter((word) => {
    if (word !== '' && SUFFIX.test(word)) {
      suffixes.push(word);
      return false;
    }
    return word !== '';
  });
  // A lone surname or given name is kept as written (`V` is a name there, not a suffix).
  const givenWords = given.trim().split(/\s+/).length > 1 ? strip(given) : [given.trim()];
  const surnameWords = surname.trim().split(/\s+/).length > 1 ? strip(surname) : [surname.trim()];
  return [...givenWords, ...surnameWords, ...suffixes].filter((word) => word !== '').join(' ');
}
