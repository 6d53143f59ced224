// A list of people whose file name or title says it lists victims: each person in it is a victim.

import { foldedWords, isVictimWord } from '../../model/roles.ts';
import type { ColumnPlan } from '../classify.ts';
import type { FileKind } from '../roles.ts';

/**
 * Words of a file name or title that say the people listed are victims or rescued/returned workers, as stems: a word
 * matches in any of its forms (`rescue`, `rescued`, `rescues`, `rescuing`; `repatriated`, `repatriation`; `returnee(s)`;
 * `survivor(s)`; `victim(s)`; `evacuee(s)`). Indonesian/Malay `dipulangkan`, `diselamatkan`, `penyelamatan`, `pemulangan`,
 * Filipino `nasagip`, Vietnamese `giải cứu` (rescue). NOTE: `rescuer(s)` keep their `r`: the people who rescued are no victims.
 */
const LIST_STEMS = new Set(['rescu', 'repatriat', 'returne', 'survivor', 'victim', 'evacue', 'dipulangkan', 'diselamatkan',
  'penyelamatan', 'pemulangan', 'nasagip', 'sinagip']);
const LIST_PHRASES = ['giai cuu'];
// Scripts written without spaces (and whose marks split folded words): found anywhere in the text.
const LIST_UNSPACED = ['ผู้เสียหาย', 'เหยื่อ', '受害者', '受害人', '获救', '被解救'];
const SUFFIXES = ['ions', 'ion', 'ing', 'es', 'ed', 's', 'd', 'e'];

/** A word's stem for {@link LIST_STEMS}: one English inflection taken off when at least four letters remain. */
function stem(word: string): string {
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

function isListWord(word: string): boolean {
  return LIST_STEMS.has(word) || LIST_STEMS.has(stem(word));
}

/** Words that say the list names offenders too: then only a per-row status can tell who is a victim. */
const OFFENDER_WORDS = new Set(['suspect', 'suspects', 'tersangka', 'pelaku', 'perpetrator', 'perpetrators', 'offender', 'offenders',
  'accused', 'suspek', 'arrested', 'ditangkap', 'nghi', 'pham']);

const PEOPLE_KINDS: ReadonlySet<FileKind> = new Set(['people', 'subscribers', 'account_holders']);

/** Why a file's people are all victims: the words found and where. */
export interface VictimListEvidence {
  words: string[];
  /** The file name or title text the words came from. */
  source: string;
}

/**
 * Whether a people list is a list of victims by what it says of itself: its file name or title lines
 * (`IACAT_repatriated_victims.csv`, `DAFTAR KORBAN TPPO`, `LIST OF RESCUED WORKERS`) name victims or rescued /
 * repatriated workers, and no column gives a per-row role or status (which then decides, row by row).
 *
 * NOTE: protection errs on the safe side: such a list's people are never ranked. A text that names offenders too
 * (`suspects and victims`) decides nothing: a mixed list needs its status column.
 */
export function victimListEvidence(file: string, titles: readonly string[], kind: FileKind, columns: readonly ColumnPlan[]): VictimListEvidence | undefined {
  if (!PEOPLE_KINDS.has(kind) || columns.some((column) => column.role === 'status' || column.role === 'role')) return undefined;
  for (const source of [...titles, file.replace(/\.[a-z0-9]{1,5}$/i, '')]) {
    const words = foldedWords(source);
    if (words.some((word) => OFFENDER_WORDS.has(word))) return undefined;
    const found = words.flatMap((word, index) => {
      const next = words[index + 1] ?? '';
      // A phrase of two words (`nan nhan`) counts as one, only when the second word is no victim word itself.
      if (isListWord(word) || isVictimWord(word)) return [word];
      const phrase = `${word} ${next}`;
      return LIST_PHRASES.includes(phrase) || (isVictimWord(phrase) && !isVictimWord(next)) ? [phrase] : [];
    });
    for (const word of LIST_UNSPACED) if (source.normalize('NFC').includes(word)) found.push(word);
    if (found.length > 0) return { words: [...new Set(found)], source };
  }
  return undefined;
}
