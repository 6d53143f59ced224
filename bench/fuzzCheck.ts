// One fuzz file through the in-process import, and what must never happen: crash, hang, unbalanced ledger,
// a line unaccounted for, an error without a line.

import { decodeText } from '../src/core/ingest/decode.ts';
import type { Table } from '../src/core/ingest/parseTable.ts';
import { isSimpulError } from '../src/core/model/errors.ts';
import { analyseModel, buildCase, prepareFiles } from '../src/core/pipeline.ts';
import { louvainValues } from '../src/core/analysis/registry.ts';
import { detectedMapping } from '../src/core/ingest/detectedMapping.ts';
import { emptyNotes } from '../src/core/workspace/notes.ts';
import { openCase, serializeCase } from '../src/core/workspace/openCase.ts';
import type { FuzzFile } from './fuzzFiles.ts';

export const FINDING_KINDS = ['crashes', 'hangs', 'unbalanced ledgers', 'lines unaccounted for', 'errors without a line', 'case files refused'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  origin: string;
  detail: string;
}

/** A file taking longer than this is a hang (the fuzz files are small: a few hundred lines at most). */
export const HANG_MS = 3000;

/** File-level errors about one spot in the file: their message must say which line. */
const SPOT_ERRORS = new Set(['UNSUPPORTED_ENCODING']);

/**
 * Runs the import as the CLI and the worker do (non-strict: unreadable files land in the ledger). With
 * `roundTrip`, also analyses the case, saves it and opens it again: the case file accepts what the import accepted.
 */
export function checkFile(file: FuzzFile, roundTrip = false): { findings: Finding[]; ms: number } {
  const findings: Finding[] = [];
  const found = (kind: FindingKind, detail: string) => findings.push({ kind, origin: file.origin, detail });
  const started = performance.now();
  try {
    const { prepared, failed } = prepareFiles([file], {});
    const { ledger } = buildCase(prepared);
    for (const entry of [...failed, ...ledger]) {
      if (entry.rows !== entry.imported + entry.rejected.length) found('unbalanced ledgers', `${entry.rows} rows, ${entry.imported} imported, ${entry.rejected.length} rejected`);
      if (entry.error && SPOT_ERRORS.has(entry.error.code) && !/line \d+/.test(entry.error.message)) found('errors without a line', entry.error.message);
    }
    if (roundTrip) {
      const model = buildCase(prepared).model;
      const analysis = analyseModel(model);
      const bytes = serializeCase({
        mapping: detectedMapping(prepared), files: [...failed, ...ledger].map((entry) => ({ name: entry.file, rows: entry.rows })),
        model, ledger: [...ledger, ...failed], analysis, parameters: { ...louvainValues({}), hubOverrides: {} },
        view: { positions: {}, hidden: [] }, notes: emptyNotes(),
      }, { savedAt: '2026-01-01T00:00:00.000Z' });
      try {
        openCase(bytes, `${file.name}.simpul.json`);
      } catch (error) {
        found('case files refused', error instanceof Error ? error.message : String(error));
      }
    }
    const table = prepared[0]?.table;
    const entry = ledger[0];
    if (table && entry) {
      if (entry.rows !== table.rows.length + table.rejected.length) found('unbalanced ledgers', `ledger has ${entry.rows} rows, the file ${table.rows.length + table.rejected.length}`);
      const problem = lineAccountingProblem(table, decodeText(file.bytes, file.name));
      if (problem) found('lines unaccounted for', problem);
      for (const item of [...entry.rejected, ...entry.warnings]) {
        if (!Number.isInteger(item.line) || item.line < 1 || item.line > table.physicalLines) {
          found('errors without a line', `line ${item.line} of ${table.physicalLines}: ${'reason' in item ? item.reason : item.message}`);
        }
      }
    }
  } catch (error) {
    found('crashes', isSimpulError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error));
  }
  const ms = performance.now() - started;
  if (ms > HANG_MS) found('hangs', `${Math.round(ms)} ms`);
  return { findings, ms };
}

/** Lines a text editor shows: CRLF, LF and a lone CR each end one; a final break starts no new line. */
export function editorLines(text: string): number {
  if (text === '') return 0;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13 ? breaks : breaks + 1;
}

/** Undefined when every physical line is a title, blank, header, part of one row or a rejected line, once. */
export function lineAccountingProblem(table: Table, text: string): string | undefined {
  const total = editorLines(text);
  if (table.physicalLines !== total) return `parser counted ${table.physicalLines} lines, the file has ${total}`;
  const owner = new Uint8Array(total + 2);
  const claim = (line: number, what: string): string | undefined => {
    if (line < 1 || line > total) return `${what} names line ${line} of ${total}`;
    if (owner[line]) return `line ${line} counted twice (${what})`;
    owner[line] = 1;
    return undefined;
  };
  const claims: [number, string][] = [];
  table.titleLines.forEach((line) => claims.push([line, 'title']));
  for (let line = table.headerLine; table.headerLine > 0 && line < table.headerLine + table.headerLines; line++) claims.push([line, 'header']);
  table.lines.forEach((start, i) => {
    for (let line = start; line <= (table.endLines[i] ?? start); line++) claims.push([line, `row starting on line ${start}`]);
  });
  table.rejected.forEach((row) => claims.push([row.line, 'rejected line']));
  for (const [line, what] of claims) {
    const problem = claim(line, what);
    if (problem) return problem;
  }
  if (claims.length + table.blankLines !== total) return `${total - claims.length - table.blankLines} lines neither read, rejected nor blank`;
  return undefined;
}
