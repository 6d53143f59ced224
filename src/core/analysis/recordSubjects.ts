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
  const { entities, links } = model;
  // NOTE: phones as entity numbers and each file's rows as pairs of them in typed arrays, not arrays of id pairs and
  // Maps of ids: a national pull is a million rows, which the collector otherwise walked again and again.
  const indexOf = new Map<string, number>();
  entities.forEach((entity, i) => indexOf.set(entity.id, i));
  const ends = (link: CaseModel['links'][number]): [number, number] | undefined => {
    if (link.type !== 'called' || link.source === link.target) return undefined;
    const a = indexOf.get(link.source);
    const b = indexOf.get(link.target);
    return a !== undefined && b !== undefined && entities[a]?.type === 'phone' && entities[b]?.type === 'phone' ? [a, b] : undefined;
  };
  // File → its call rows, each as the pair of phones on it (one per link and line: a calls row is one call).
  // NOTE: not grouped by line number: a hand-made or merged source may give many links the same line.
  const rowCount = new Map<string, number>();
  for (const link of links) {
    pulse();
    if (!ends(link)) continue;
    for (const { file, lines } of link.sources) rowCount.set(file, (rowCount.get(file) ?? 0) + lines.length);
  }
  const files = new Map<string, { pairs: Int32Array; rows: number }>();
  for (const [file, rows] of rowCount) files.set(file, { pairs: new Int32Array(2 * rows), rows: 0 });
  for (const link of links) {
    pulse();
    const pair = ends(link);
    if (!pair) continue;
    for (const { file, lines } of link.sources) {
      const rows = files.get(file) as { pairs: Int32Array; rows: number };
      for (let i = 0; i < lines.length; i++) {
        rows.pairs[2 * rows.rows] = pair[0];
        rows.pairs[2 * rows.rows++ + 1] = pair[1];
      }
    }
  }
  const scratch = new SubjectScratch(entities.length);
  const subjects = new Map<string, RecordSubject[]>();
  for (const file of [...files.keys()].sort(compareIds)) {
    const { pairs, rows } = files.get(file) as { pairs: Int32Array; rows: number };
    const found = subjectsOf(pairs, rows, scratch, (i) => (entities[i] as CaseModel['entities'][number]).id);
    for (const [i, count] of found) {
      const id = (entities[i] as CaseModel['entities'][number]).id;
      const list = subjects.get(id) ?? [];
      list.push({ file, rows: count, fileRows: rows, subjects: found.size });
      subjects.set(id, list);
    }
  }
  return subjects;
}

/** Per-phone counters reused for every file (all zero between uses). */
class SubjectScratch {
  readonly count: Int32Array;
  readonly touched: Int32Array;
  constructor(n: number) {
    this.count = new Int32Array(n);
    this.touched = new Int32Array(n);
  }
}

/** The file's subjects (entity numbers, in the order chosen) with the rows each is on, or none. */
function subjectsOf(allPairs: Int32Array, rows: number, scratch: SubjectScratch, idOf: (i: number) => string): Map<number, number> {
  const { count: gain, touched } = scratch;
  // Distinct phones of the file: a mark per phone (the counters, cleared after).
  let distinct = 0;
  for (let k = 0; k < 2 * rows; k++) {
    const v = allPairs[k] as number;
    if (gain[v] === 0) touched[distinct++] = v;
    gain[v] = 1;
  }
  for (let t = 0; t < distinct; t++) gain[touched[t] as number] = 0;
  const most = Math.min(SUBJECT_MAX_NUMBERS, Math.floor(SUBJECT_MAX_NUMBER_SHARE * distinct));
  const needed = Math.ceil(SUBJECT_ROW_SHARE * rows);
  const chosen: number[] = [];
  let covered = 0;
  let pairs = allPairs;
  let open = rows;
  while (covered < needed && chosen.length < most) {
    let seen = 0;
    for (let k = 0; k < 2 * open; k++) {
      pulse();
      const v = pairs[k] as number;
      if (gain[v] === 0) touched[seen++] = v;
      gain[v] = (gain[v] as number) + 1;
    }
    let best = -1;
    let bestGain = 0;
    for (let t = 0; t < seen; t++) {
      const v = touched[t] as number;
      const value = gain[v] as number;
      gain[v] = 0;
      if (value > bestGain || (value === bestGain && best >= 0 && compareIds(idOf(v), idOf(best)) < 0)) {
        best = v;
        bestGain = value;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    covered += bestGain;
    // Greedy gains never grow: when the numbers still allowed cannot reach the share, stop (a national pull stops after one pass).
    if (covered + (most - chosen.length) * bestGain < needed) return new Map();
    const kept = new Int32Array(2 * open);
    let left = 0;
    for (let r = 0; r < open; r++) {
      const a = pairs[2 * r] as number;
      const b = pairs[2 * r + 1] as number;
      if (a === best || b === best) continue;
      kept[2 * left] = a;
      kept[2 * left++ + 1] = b;
    }
    pairs = kept;
    open = left;
  }
  if (covered < needed || chosen.length === 0) return new Map();
  const on = new Map<number, number>(chosen.map((v) => [v, 0]));
  for (let k = 0; k < 2 * rows; k++) {
    const v = allPairs[k] as number;
    const known = on.get(v);
    if (known !== undefined) on.set(v, known + 1);
  }
  return on;
}
