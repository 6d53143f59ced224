// Which of , ; tab | (or runs of spaces) separates the fields: the one that splits the lines the same way.

import { lineEnd, afterBreak, splitLine } from './lineScan.ts';

/** `' '` means runs of spaces or tabs (edge lists such as `12 77 3`); quoted values may still hold spaces. */
export const DELIMITERS = [',', ';', '\t', '|', ' '] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_LINES = 30;
/** Share of sampled lines that must split into the same number of fields for spaces to be the delimiter. */
const BLANK_AGREEMENT = 0.9;

/** Names a delimiter for people: `tab`, `space`, or the character. */
export function delimiterName(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : delimiter === ' ' ? 'space' : delimiter;
}

/**
 * Counts each candidate per line (quote-aware, each line on its own) in the first non-blank lines and
 * picks the most consistent. Title lines above the header do not matter: the count most lines share wins.
 */
export function sniffDelimiter(text: string, start = 0): Delimiter {
  const lines = sampleLines(text, start, SAMPLE_LINES);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const candidate of DELIMITERS) {
    if (candidate === ' ') continue;
    const { value, share } = mostCommon(lines.map((line) => splitLine(text, line[0], line[1], candidate).fields.length - 1));
    if (value === 0) continue;
    // NOTE: agreement matters most; more fields breaks ties (a name with a comma in a ; file).
    const score = share * 1000 + Math.min(value, 999);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  // NOTE: spaces only when nothing else splits most lines and nearly every line has the same 2+ fields:
  // a list of names ("Budi Santoso", "Siti") must stay one column.
  if (bestScore >= 500) return best;
  const blank = mostCommon(lines.map((line) => splitLine(text, line[0], line[1], ' ').fields.length));
  if (blank.value >= 2 && blank.share >= BLANK_AGREEMENT) return ' ';
  return bestScore >= 0 ? best : ',';
}

function sampleLines(text: string, start: number, limit: number): [number, number][] {
  const lines: [number, number][] = [];
  let pos = start;
  while (pos < text.length && lines.length < limit) {
    const end = lineEnd(text, pos);
    if (text.slice(pos, end).trim() !== '') lines.push([pos, end]);
    pos = afterBreak(text, end);
  }
  return lines;
}

/** The most frequent value other than 0 (ties: the larger) and the share of all items holding it; 0 when all are 0. */
function mostCommon(values: number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const value of values) if (value !== 0) counts.set(value, (counts.get(value) ?? 0) + 1);
  let value = 0;
  let count = 0;
  for (const [candidate, n] of counts) {
    if (n > count || (n === count && candidate > value)) {
      value = candidate;
      count = n;
    }
  }
  return { value, share: values.length === 0 ? 0 : count / values.length };
}
