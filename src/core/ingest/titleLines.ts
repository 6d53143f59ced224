// Where the header is: report titles, a period line and blank lines above it are skipped, not read as columns.

import type { Delimiter } from './delimiter.ts';
import { SimpulError } from '../model/errors.ts';
import { afterBreak, lineEnd, splitLine } from './lineScan.ts';

export interface HeaderPlace {
  /** Start of the header's line in the text, and its line number. */
  pos: number;
  line: number;
  /** Non-blank lines above it, skipped as a title. */
  titleLines: number[];
  /** Blank lines above it. */
  blankLines: number;
  /** The first title line's text, for the ledger note. */
  title: string;
}

const SAMPLE_LINES = 30;
/** More lines than this above a header is not a title: the first line is taken as the header. */
const MAX_TITLE_LINES = 10;

// NOTE: telco and bank reports often start with the operator's name, a report period and a blank
// line. The header is the first line that splits into the number of fields most lines have, with two or
// more names, above which every line names at most one thing (other cells empty, as Excel pads them).
// A title may hold the delimiter itself ("CamGSM Co., Ltd."): then the header is found by evidence, the
// first line of that width whose cells are words, not values, with nothing above it that could be a
// header of the same table (a line of words at least that wide, less one); the lines above are the title.
/** The header's line (or the first data line of a headerless file); undefined when the file has no non-blank line. */
export function findHeaderLine(text: string, start: number, delimiter: Delimiter): HeaderPlace | undefined {
  const sampled: Sampled[] = [];
  let pos = start;
  let line = 1;
  let blanks = 0;
  while (pos < text.length && sampled.length < SAMPLE_LINES) {
    const end = lineEnd(text, pos);
    const { fields } = splitLine(text, pos, end, delimiter);
    const filled = fields.filter((cell) => cell.trim() !== '').length;
    if (filled === 0 && fields.length <= 1) blanks += 1;
    else sampled.push({ pos, line, cells: fields, fields: fields.length, filled, text: text.slice(pos, Math.min(end, pos + 200)).trim(), blanksBefore: blanks });
    pos = afterBreak(text, end);
    line += 1;
  }
  const first = sampled[0];
  if (!first) return undefined;
  const width = mostCommonCount(sampled.slice(1).map((item) => item.fields));
  const header = width >= 2 ? headerIndex(sampled, width) : 0;
  const chosen = sampled[header] ?? first;
  return {
    pos: chosen.pos, line: chosen.line, blankLines: chosen.blanksBefore, title: first.text,
    titleLines: sampled.slice(0, header).map((item) => item.line),
  };
}

interface Sampled { pos: number; line: number; cells: string[]; fields: number; filled: number; text: string; blanksBefore: number }

function headerIndex(sampled: readonly Sampled[], width: number): number {
  const index = sampled.findIndex((item) => item.fields === width && item.filled >= 2);
  if (index <= 0 || index > MAX_TITLE_LINES) return 0;
  if (sampled.slice(0, index).every((item) => item.filled <= 1)) return index;
  const worded = sampled.findIndex((item) => item.fields === width && item.filled >= 2 && cellsAreWords(item.cells));
  if (worded <= 0 || worded > MAX_TITLE_LINES) return 0;
  const above = sampled.slice(0, worded);
  // NOTE: a title holding the delimiter splits into fewer fields than the header (two or three pieces of a
  // sentence); a line of words as wide as the table, or wider, is a header the rows below disagree with.
  const couldBeHeader = above.some((item) => item.filled >= 2 && item.fields >= width - 1 && cellsAreWords(item.cells));
  return couldBeHeader ? 0 : worded;
}

// NOTE: a header names columns: every filled cell holds a letter and is no value (a number, a date, a
// phone, an amount, a wallet address). Short names such as "No." or "Cell ID" pass; "012888101" does not.
// A number, date, phone or amount has no letter; a wallet address has letters but is a value.
const VALUE = /^(T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40}|bc1[0-9a-z]{20,}|[^@\s]+@[^@\s]+\.\p{L}{2,})$/u;
const LETTER = /\p{L}/u;

/** True when the cells read as column names: at least two filled, each with a letter and none a value. */
export function cellsAreWords(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length >= 2 && filled.every((cell) => LETTER.test(cell) && !VALUE.test(cell));
}

/** The header at a stated line (a mapping's `headerLine`): every non-blank line above it is a title line. */
export function headerAtLine(text: string, start: number, headerLine: number, file: string): HeaderPlace {
  let pos = start;
  let blanks = 0;
  const titleLines: number[] = [];
  let title = '';
  for (let line = 1; line < headerLine; line++) {
    if (pos >= text.length) break;
    const end = lineEnd(text, pos);
    const lineText = text.slice(pos, end).trim();
    if (lineText === '') blanks += 1;
    else {
      if (titleLines.length === 0) title = lineText.slice(0, 200);
      titleLines.push(line);
    }
    pos = afterBreak(text, end);
  }
  if (pos >= text.length) {
    throw new SimpulError('MAPPING_INVALID', `${file}: the mapping's headerLine is ${headerLine}, but the file ends before that line.`, { file });
  }
  return { pos, line: headerLine, titleLines, blankLines: blanks, title };
}

function mostCommonCount(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
