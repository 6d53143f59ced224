// Record subjects: the subscribers whose own call records a calls file is (a per-target CDR, a few MSISDNs' export).

import { compareIds } from '../model/order.ts';
import type { CaseModel } from '../model/types.ts';
import { pulse } from '../progressPulse.ts';

/** The subjects together are on at least this share of the file's call rows… */
export const SUBJECT_ROW_SHARE = 0.9;
/** …and are at most this many numbers… */
export const SUBJECT_MAX_NUMBERS = 5;
/** …and at most this share of the file's distinct numbers (each subject has a few contacts of its own). */
export const SUBJECT_MAX_NUMBER_SHARE = 0.25;

/** One file a phone is the subject of: the file, the rows it is on, the file's call rows and subjects. */
export interface RecordSubject {
  file: string;
  rows: number;
  fileRows: number;
  /** How many subjects the file has (an export of several subscribers' records), this one included. */
  subjects: number;
}

/**
 * Finds the phones whose own call records are in the case: in each file of calls, the smallest set
 * of numbers (chosen greedily, most uncovered rows first, ties by id) that together are on at least
 * `SUBJECT_ROW_SHARE` of its rows, when that set is a handful (`SUBJECT_MAX_NUMBERS`) and a small
 * share of the file's numbers (`SUBJECT_MAX_NUMBER_SHARE`). A per-target CDR has one (its target,
 * on every row); an operator's export of a few subscribers has those; a national pull (calls among
 * thousands of numbers) has none.
 *
 * NOTE: a subject's contacts are strangers to each other by construction (they were reached through
 * it), so to the hub test it looks like a hotline; the hotline it called is on a few rows of many
 * files, the subject of none. Read from the links' sources (file and lines), so it holds for files
 * read with a mapping or without.
 *
 * @returns phone id → the files it is the subject of, in file order.
 */
export function findRecordSubjects(model: CaseModel): Map<string, RecordSubject[]> {
  const types = new Map(model.entities.map((entity) => [entity.id, entity.type]));
  // File → its call rows, each as the pair of phones on it (one per link and line: a calls row is one call).
  // NOTE: not grouped by line number: a hand-made or merged source may give many links the same line.
  const files = new Map<string, [string, string][]>();
  for (const link of model.links) {
    pulse();
    if (link.type !== 'called' || link.source === link.target) continue;
    if (types.get(link.source) !== 'phone' || types.get(link.target) !== 'phone') continue;
    const pair: [string, string] = [link.source, link.target];
    for (const { file, lines } of link.sources) {
      let rows = files.get(file);
      if (!rows) files.set(file, (rows = []));
      for (let i = 0; i < lines.length; i++) rows.push(pair);
    }
  }
  const subjects = new Map<string, RecordSubject[]>();
  for (const file of [...files.keys()].sort(compareIds)) {
    const rows = files.get(file) as [string, string][];
    const found = subjectsOf(rows);
    for (const [id, count] of found) {
      const list = subjects.get(id) ?? [];
      list.push({ file, rows: count, fileRows: rows.length, subjects: found.size });
      subjects.set(id, list);
    }
  }
  return subjects;
}

/** The file's subjects with the rows each is on, or none. */
function subjectsOf(rows: readonly [string, string][]): Map<string, number> {
  const distinct = new Set<string>();
  for (const [a, b] of rows) distinct.add(a).add(b);
  const most = Math.min(SUBJECT_MAX_NUMBERS, Math.floor(SUBJECT_MAX_NUMBER_SHARE * distinct.size));
  const needed = Math.ceil(SUBJECT_ROW_SHARE * rows.length);
  const chosen = new Set<string>();
  let covered = 0;
  let open = rows;
  while (covered < needed && chosen.size < most) {
    const gain = new Map<string, number>();
    for (const [a, b] of open) {
      pulse();
      gain.set(a, (gain.get(a) ?? 0) + 1);
      gain.set(b, (gain.get(b) ?? 0) + 1);
    }
    let best: string | undefined;
    let bestGain = 0;
    for (const [id, value] of gain) {
      if (value > bestGain || (value === bestGain && best !== undefined && compareIds(id, best) < 0)) {
        best = id;
        bestGain = value;
      }
    }
    if (best === undefined) break;
    chosen.add(best);
    covered += bestGain;
    // Greedy gains never grow: when the numbers still allowed cannot reach the share, stop (a national pull stops after one pass).
    if (covered + (most - chosen.size) * bestGain < needed) return new Map();
    open = open.filter(([a, b]) => a !== best && b !== best);
  }
  if (covered < needed || chosen.size === 0) return new Map();
  const on = new Map<string, number>([...chosen].map((id) => [id, 0]));
  for (const [a, b] of rows) {
    if (on.has(a)) on.set(a, (on.get(a) as number) + 1);
    if (on.has(b)) on.set(b, (on.get(b) as number) + 1);
  }
  return on;
}
