// Latin letters for a name written in another script, so it can be read where the reader has no font for it.

import anyAscii from 'any-ascii';

// NOTE: any-ascii transliterates letter by letter from tables that cover every script (Chinese to Hanyu Pinyin
// syllables, Thai, Lao, Khmer and Burmese to their usual Latin letters, Arabic and Cyrillic likewise). It is a
// reading aid, not an official romanisation and not a translation: the name in its own script stays the evidence,
// and is always printed first. Chinese characters are one syllable each, so they are spaced (`Wang Wei Tao`).
const FOREIGN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const HAN = /\p{Script=Han}/u;

const SCRIPT_NAMES: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Myanmar}/u, 'Burmese'], [/\p{Script=Thai}/u, 'Thai'], [/\p{Script=Khmer}/u, 'Khmer'], [/\p{Script=Lao}/u, 'Lao'],
  [/\p{Script=Han}/u, 'Chinese'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'], [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Arabic}/u, 'Arabic'], [/\p{Script=Cyrillic}/u, 'Cyrillic'], [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Bengali}/u, 'Bengali'], [/\p{Script=Tamil}/u, 'Tamil'], [/\p{Script=Greek}/u, 'Greek'], [/\p{Script=Hebrew}/u, 'Hebrew'],
];

/** True when the text holds a letter of a script other than Latin (Burmese, Thai, Chinese, Arabic, Cyrillic…). */
export function hasForeignLetters(value: string): boolean {
  return FOREIGN_LETTER.test(value);
}

/** The name in Latin letters (`王伟涛` → `Wang Wei Tao`, `สมชาย` → `smchay`), or undefined when it has no letter of another script. */
export function latinLetters(value: string): string | undefined {
  if (!hasForeignLetters(value)) return undefined;
  let out = '';
  for (const char of value.normalize('NFC')) out += HAN.test(char) ? ` ${anyAscii(char)} ` : anyAscii(char);
  const latin = out.replace(/\s+/g, ' ').trim();
  return latin === '' ? undefined : latin;
}

/** The names of the non-Latin scripts in the text, in a fixed order (`Chinese`, `Thai`…); `non-Latin` for others. */
export function scriptNames(value: string): string[] {
  const names = SCRIPT_NAMES.filter(([pattern]) => pattern.test(value)).map(([, name]) => name);
  return names.length > 0 || !hasForeignLetters(value) ? names : ['non-Latin'];
}
