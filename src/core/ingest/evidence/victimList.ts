// A list of people whose file name or title says it lists victims: each person in it is a victim.

import { foldedWords, isVictimWord } from '../../model/roles.ts';
import type { ColumnPlan } from '../classify.ts';
import type { FileKind } from '../roles.ts';

/** Words of a file name or title that say the people listed are victims or rescued/returned workers. */
const LIST_WORDS = new Set(['repatriated', 'repatriates', 'returnees', 'rescued', 'survivors', 'dipulangkan', 'diselamatkan']);

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
      return LIST_WORDS.has(word) || isVictimWord(word) ? [word] : isVictimWord(`${word} ${next}`) && !isVictimWord(next) ? [`${word} ${next}`] : [];
    });
    if (found.length > 0) return { words: [...new Set(found)], source };
  }
  return undefined;
}
