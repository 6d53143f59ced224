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
}

/** Parses CSV text; quoted fields may hold delimiters and newlines. */
export function parseTable(text: string, file: string, delimiter?: Delimiter): Table {
  const chosen = delimiter ?? sniffDelimiter(text);
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
  const header = records.shift();
  lines.shift();
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new SimpulError('EMPTY_FILE', `${file} has no header row: the first line must name the columns.`, { file });
  }
  return { file, delimiter: chosen, headers: header.map(cleanHeader), rows: records, lines };
}

function cleanHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim();
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
