// The only user of papaparse: text to a header and rows, each row knowing its line in the file.

import Papa from 'papaparse';
import { SimpulError } from '../model/errors.ts';
import { sniffDelimiter, type Delimiter } from './delimiter.ts';

export interface Table {
  file: string;
  delimiter: Delimiter;
  headers: string[];
  /** Data rows, header excluded, blank lines skipped. */
  rows: string[][];
  /** Line (as a text editor shows it; header = 1) where each row starts. */
  lines: number[];
  /** True when the file has no header row: columns are named `column 1`, `column 2`, … and data starts on line 1. */
  headerless: boolean;
}

export interface ParseOptions {
  delimiter?: Delimiter;
  /** false: the first line is data; true: it is a header; undefined: decide from the first line. */
  header?: boolean;
}

/** Parses CSV text; quoted fields may hold delimiters and newlines. */
export function parseTable(text: string, file: string, options: ParseOptions = {}): Table {
  const chosen = options.delimiter ?? sniffDelimiter(text);
  const records: string[][] = [];
  const lines: number[] = [];
  let scanned = 0;
  let newlines = 0;
  let previousCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: chosen,
    skipEmptyLines: false,
    step: (result) => {
      let start = previousCursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      newlines += countNewlines(text, scanned, start);
      scanned = start;
      previousCursor = result.meta.cursor;
      const fields = result.data;
      if (fields.length === 1 && (fields[0] ?? '').trim() === '') return;
      records.push(fields);
      lines.push(newlines + 1);
    },
  });
  const first = records[0];
  if (!first || first.every((cell) => cell.trim() === '')) {
    throw new SimpulError('EMPTY_FILE', `${file} has no header row: the first line must name the columns.`, { file });
  }
  const headerless = options.header === undefined ? looksLikeData(first.map(cleanHeader)) : !options.header;
  if (headerless) {
    const width = records.reduce((max, record) => Math.max(max, record.length), 0);
    return { file, delimiter: chosen, headers: Array.from({ length: width }, (_, i) => `column ${i + 1}`), rows: records, lines, headerless };
  }
  records.shift();
  lines.shift();
  return { file, delimiter: chosen, headers: first.map(cleanHeader), rows: records, lines, headerless };
}

// NOTE: some telco exports have no header line. A first line whose every cell is a number, a phone
// number, a date or a wallet address names no column: it is data.
function looksLikeData(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  return filled.length > 0 && filled.every((cell) => /^[+(]?\d[\d\s().\-/:+,T]*$/.test(cell) || /^(T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40})$/.test(cell));
}

function cleanHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim();
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
