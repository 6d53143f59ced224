// Where the header is: report titles, a period line and blank lines above it are skipped, not read as columns.

import type { Delimiter } from './delimiter.ts';
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
// line. A title line names at most one thing (other cells empty, as Excel pads them); the header is
// the first line that splits into the number of fields most lines have, with two or more names.
/** The header's line (or the first data line of a headerless file); undefined when the file has no non-blank line. */
export function findHeaderLine(text: string, start: number, delimiter: Delimiter): HeaderPlace | undefined {
  const sampled: { pos: number; line: number; fields: number; filled: number; text: string; blanksBefore: number }[] = [];
  let pos = start;
  let line = 1;
  let blanks = 0;
  while (pos < text.length && sampled.length < SAMPLE_LINES) {
    const end = lineEnd(text, pos);
    const { fields } = splitLine(text, pos, end, delimiter);
    const filled = fields.filter((cell) => cell.trim() !== '').length;
    if (filled === 0 && fields.length <= 1) blanks += 1;
    else sampled.push({ pos, line, fields: fields.length, filled, text: text.slice(pos, Math.min(end, pos + 200)).trim(), blanksBefore: blanks });
    pos = afterBreak(text, end);
    line += 1;
  }
  const first = sampled[0];
  if (!first) return undefined;
  const width = mostCommonCount(sampled.slice(1).map((item) => item.fields));
  let header = 0;
  if (width >= 2) {
    const index = sampled.findIndex((item) => item.fields === width && item.filled >= 2);
    if (index > 0 && index <= MAX_TITLE_LINES && sampled.slice(0, index).every((item) => item.filled <= 1)) header = index;
  }
  const chosen = sampled[header] ?? first;
  return {
    pos: chosen.pos, line: chosen.line, blankLines: chosen.blanksBefore, title: first.text,
    titleLines: sampled.slice(0, header).map((item) => item.line),
  };
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
