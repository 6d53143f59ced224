// Records from CSV text, one physical line at a time: a quoted value may span lines, a broken quote costs one line.

import type { CellTables } from './cellTable.ts';
import type { Delimiter } from './delimiter.ts';
import { CR, LF, QUOTE, afterBreak, closingQuote, isBlankChar, lineEnd, splitLine } from './lineScan.ts';

/** How a record could not be read: the line it starts on is rejected and reading resumes on the next line. */
export type BrokenQuote =
  /** A quote opened on the line never closes before the end of the file. */
  | 'never-closed'
  /** It closes only after taking in lines that are rows of their own. */
  | 'swallows-rows'
  /** It runs on for more lines than any real value does. */
  | 'too-many-lines'
  /** A stray quote inside a quoted value, and the value then runs past the line's end. */
  | 'stray-quote';

export interface RawRecord {
  fields: string[];
  /** First and last physical line (1-based); equal unless a quoted value holds line breaks. */
  line: number;
  endLine: number;
  /** Set when the record could not be read: `fields` is empty and only `line` is consumed. */
  broken?: BrokenQuote;
  /** 1-based column (field number) where the broken or stray quote is. */
  column?: number;
  /** A quote inside a quoted value not doubled (`"ab"c"`): kept as written. */
  strayQuote?: boolean;
}

/** Lines a quoted value may span before it is taken for an unclosed quote. */
export const MAX_QUOTED_LINES = 50;

// NOTE: papaparse cannot do this job: it picks one line-break style for the whole file (mixed CRLF/LF/CR
// files merge rows), it reports where a bad quote was found, not the line it started on, and resuming
// after one means parsing the rest of the file again (quadratic on a file full of stray quotes). This
// reader looks at each character a bounded number of times: a broken quote costs at most
// MAX_QUOTED_LINES lines of look-ahead before reading resumes on the next line.
/** Reads records from `text`, starting at `start` (the beginning of physical line `line`). */
export class RecordReader {
  private readonly text: string;
  private readonly delimiter: Delimiter;
  private readonly code: number;
  private readonly blank: boolean;
  private pos: number;
  private line: number;
  /** Fields a row has: a line swallowed into a quoted value that has this many fields was a row. 0: unknown. */
  width = 0;
  /** Lines a quoted value may span (the header allows fewer). */
  maxQuotedLines = MAX_QUOTED_LINES;
  /** Characters examined so far, re-reads included: the tests hold it to a small multiple of the text's length. */
  work = 0;
  /** When set, each field is its column's one string of that value (see CellTables): the same fields, fewer strings. */
  cells: CellTables | undefined;

  constructor(text: string, delimiter: Delimiter, start = 0, line = 1) {
    this.text = text;
    this.delimiter = delimiter;
    this.code = delimiter.charCodeAt(0);
    this.blank = delimiter === ' ';
    this.pos = start;
    this.line = line;
  }

  /** Moves to `pos`, the start of physical line `line` (a record read before from there reads the same again). */
  seek(pos: number, line: number): void {
    this.pos = pos;
    this.line = line;
  }

  /** Where the next record starts in the text. */
  get offset(): number {
    return this.pos;
  }

  /** Position and line of the next record. */
  get position(): { pos: number; line: number } {
    return { pos: this.pos, line: this.line };
  }

  /** The next record, a blank line as `{fields: []}`, or undefined at the end of the text. */
  next(): RawRecord | undefined {
    const { text } = this;
    if (this.pos >= text.length) return undefined;
    const start = this.pos;
    const startLine = this.line;
    const fields: string[] = [];
    let strayQuote = false;
    let i = start;
    if (this.blank) i = this.skipBlanks(i);
    for (;;) {
      if (i < text.length && text.charCodeAt(i) === QUOTE) {
        const quoted = this.readQuoted(i);
        if (quoted.broken) return this.brokenRecord(start, startLine, quoted.broken, fields.length + 1);
        fields.push(this.cells ? this.cells.string(fields.length, quoted.value) : quoted.value);
        strayQuote ||= quoted.stray;
        i = quoted.end;
      } else {
        let j = i;
        for (; j < text.length; j++) {
          const c = text.charCodeAt(j);
          if (c === this.code || c === LF || c === CR || (this.blank && isBlankChar(c))) break;
        }
        this.work += j - i + 1;
        if (j > i || !this.blank) fields.push(this.cells ? this.cells.cell(fields.length, text, i, j) : text.slice(i, j));
        i = j;
      }
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        i = afterBreak(text, i);
        break;
      }
      // a delimiter
      if (this.blank) {
        i = this.skipBlanks(i);
        if (i >= text.length) break;
        const after = text.charCodeAt(i);
        if (after === LF || after === CR) continue;
      } else {
        i += 1;
        if (i >= text.length) { fields.push(''); break; }
      }
    }
    this.pos = i;
    const endLine = this.line;
    // NOTE: the line is consumed whether a break or the end of the text ends it.
    this.line += 1;
    // NOTE: only a one-line record can be a blank line; a quoted value of line breaks is a row (and is counted).
    const blankLine = endLine === startLine && (fields.length === 0 || (fields.length === 1 && (fields[0] ?? '').trim() === ''));
    return { fields: blankLine ? [] : fields, line: startLine, endLine, ...(strayQuote ? { strayQuote } : {}) };
  }

  private skipBlanks(from: number): number {
    let i = from;
    while (i < this.text.length && isBlankChar(this.text.charCodeAt(i))) i++;
    this.work += i - from;
    return i;
  }

  /** A quoted value starting at `open`; crosses line breaks (counting them) until it closes or breaks. */
  private readQuoted(open: number): { value: string; end: number; stray: boolean; broken?: BrokenQuote } {
    const { text } = this;
    let value = '';
    let from = open + 1;
    let stray = false;
    let crossed = 0;
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      this.work += 1;
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          value += text.slice(from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        const after = closingQuote(text, i, text.length, this.delimiter);
        if (after >= 0) {
          value += text.slice(from, i);
          this.line += crossed;
          return { value, end: after, stray };
        }
        // NOTE: a stray quote in a value that already crossed a line break means the quotes are out of step.
        if (crossed > 0) return { value: '', end: i, stray, broken: 'stray-quote' };
        stray = true;
        i += 1;
        continue;
      }
      if (c === LF || c === CR) {
        if (stray) return { value: '', end: i, stray, broken: 'stray-quote' };
        crossed += 1;
        if (crossed >= this.maxQuotedLines) return { value: '', end: i, stray, broken: 'too-many-lines' };
        const next = afterBreak(text, i);
        if (this.width >= 2 && this.looksLikeRow(next)) return { value: '', end: i, stray, broken: 'swallows-rows' };
        i = next;
        continue;
      }
      i += 1;
    }
    return { value: '', end: text.length, stray, broken: 'never-closed' };
  }

  /**
   * Whether the physical line starting at `start`, read on its own, is a sound row: enough fields, and
   * quotes only around values. The last line of a real multi-line value is not (it holds the closing quote).
   */
  private looksLikeRow(start: number): boolean {
    const end = lineEnd(this.text, start);
    this.work += end - start;
    const alone = splitLine(this.text, start, end, this.delimiter);
    return !alone.quoteTrouble && alone.fields.length >= this.width;
  }

  /** Rejects the record's first line only; reading resumes on the line after it. */
  private brokenRecord(start: number, line: number, broken: BrokenQuote, column: number): RawRecord {
    const end = lineEnd(this.text, start);
    this.work += end - start;
    this.pos = afterBreak(this.text, end);
    this.line = line + 1;
    return { fields: [], line, endLine: line, broken, column };
  }
}
