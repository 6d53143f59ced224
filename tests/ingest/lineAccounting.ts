// Checks shared by the parser's tests and the fuzz run: every physical line of a file accounted for once.

import { expect } from 'vitest';
import type { Table } from '../../src/core/ingest/parseTable.ts';

/** Lines a text editor shows: CRLF, LF and a lone CR each end one; a final break starts no new line. */
export function editorLines(text: string): number {
  if (text === '') return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /[\r\n]$/.test(text) ? breaks : breaks + 1;
}

/** Every physical line is a title, blank, header, part of one row, or a rejected line: exactly once. */
export function expectEveryLineOnce(table: Table, text: string): void {
  const owner = new Map<number, string>();
  const claim = (line: number, what: string) => {
    expect(owner.get(line), `line ${line} claimed by ${owner.get(line)} and ${what}`).toBeUndefined();
    owner.set(line, what);
  };
  table.titleLines.forEach((line) => claim(line, 'title'));
  for (let line = table.headerLine; table.headerLine > 0 && line < table.headerLine + table.headerLines; line++) claim(line, 'header');
  table.lines.forEach((start, i) => {
    for (let line = start; line <= (table.endLines[i] ?? start); line++) claim(line, `row ${i}`);
  });
  table.rejected.forEach((row) => claim(row.line, 'rejected'));
  expect(table.physicalLines).toBe(editorLines(text));
  expect(owner.size + table.blankLines).toBe(table.physicalLines);
  for (const line of owner.keys()) expect(line >= 1 && line <= table.physicalLines).toBe(true);
}
