// Physical lines as a text editor counts them: a line ends at CRLF, LF or a lone CR, whatever the file mixes.

import type { Delimiter } from './delimiter.ts';

export const QUOTE = 34;
export const LF = 10;
export const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Index of the line break ending the line that holds `pos` (or the text's length). */
export function lineEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/** Index just past the line break at `end` (CRLF counts as one break). */
export function afterBreak(text: string, end: number): number {
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

/** True for the characters that separate fields in a whitespace-separated file. */
export function isBlankChar(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** One physical line split on its own (a quote left open runs to the line's end): its fields, and whether its quotes were sound. */
export interface LineFields {
  fields: string[];
  /** A quote not closed on this line, a closing quote followed by more text (`"ab"c`), or a quote in an unquoted value (`ab"c`). */
  quoteTrouble: boolean;
}

/**
 * Splits `text[start, end)` (one physical line) into fields. Used where one line must be judged alone:
 * sniffing, title lines, the header, and whether a line swallowed by an open quote was a row.
 */
export function splitLine(text: string, start: number, end: number, delimiter: Delimiter): LineFields {
  const blank = delimiter === ' ';
  const code = delimiter.charCodeAt(0);
  const fields: string[] = [];
  let quoteTrouble = false;
  let i = start;
  if (blank) while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= end) return { fields: blank ? [] : [''], quoteTrouble };
  for (;;) {
    let value = '';
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let closed = false;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === QUOTE) {
          if (text.charCodeAt(j + 1) === QUOTE && j + 1 < end) { value += '"'; j += 2; continue; }
          const after = closingQuote(text, j, end, delimiter);
          if (after >= 0) { closed = true; j = after; break; }
          quoteTrouble = true;
          value += '"';
          j++;
          continue;
        }
        value += text[j];
        j++;
      }
      if (!closed) quoteTrouble = true;
      i = j;
    } else {
      let j = i;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === code || (blank && isBlankChar(c))) break;
        if (c === QUOTE) quoteTrouble = true;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    if (i >= end) break;
    // at a delimiter
    if (blank) {
      while (i < end && isBlankChar(text.charCodeAt(i))) i++;
      if (i >= end) break;
    } else {
      i++;
      if (i >= end) { fields.push(''); break; }
    }
  }
  return { fields, quoteTrouble };
}

/**
 * When the quote at `at` closes a quoted field (followed, perhaps after spaces, by the delimiter, the
 * line's end or the text's end), the index where the field ends; else -1 (a stray quote inside the value).
 */
export function closingQuote(text: string, at: number, end: number, delimiter: Delimiter): number {
  const code = delimiter.charCodeAt(0);
  let i = at + 1;
  if (i >= end) return end;
  const next = text.charCodeAt(i);
  if (next === code || next === LF || next === CR) return i;
  if (!isBlankChar(next)) return -1;
  if (delimiter === ' ') return i;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= end) return i;
  const c = text.charCodeAt(i);
  return c === code || c === LF || c === CR ? i : -1;
}
