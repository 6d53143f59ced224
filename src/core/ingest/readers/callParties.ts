// Whose handset is on a CDR row: the served subscriber's, found from the file, never assumed from a column.

import type { RowList } from '../tableRows.ts';
import type { ColumnPlan } from '../classify.ts';
import type { LedgerNote } from '../ledger.ts';
import type { ColumnRole } from '../roles.ts';
import { readCell } from './rowContext.ts';
import { pulse } from '../../progressPulse.ts';

// NOTE: a subscriber-side CDR (MSISDN + OTHER_PARTY, or A/B with the target on every row) lists incoming
// calls too; MTC/SMS-MT/IN/a_in/Incoming mark them.
export const INCOMING = /^(mtc|sms[-_ ]?mt|in|a[-_ ]?in|incoming|incoming call|masuk|terima|received|mt|mt[-_ ]?sms|voice[-_ ]?in)$/i;

/** Which side of a call row is the subscriber whose records these are (and whose IMEI, IMSI and cell they carry). */
export interface CallParties {
  /** The file's target, as the last nine digits of its number: on (nearly) every row, on one side or the other. */
  target?: string;
  /** Without a target: the served side on incoming rows (on outgoing rows it is always the caller, A). */
  incomingServed: 'a' | 'b';
  /** The ledger's line on how the sides were read, coded (see ledger.code). */
  note?: LedgerNote;
  /** When the evidence for the served side on incoming rows is weak or split: a warning on the file, with the counts. */
  warning?: LedgerNote;
}

const SAMPLE = 5000;
const TARGET_SHARE = 0.9;

/** The matching key of a phone cell across its written forms (`0812…`, `62812…`, `+62 812…`). */
export function partyKey(cell: string): string {
  const digits = cell.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-9) : '';
}

function indexOf(columns: readonly ColumnPlan[], role: ColumnRole): number {
  return columns.findIndex((column) => column.role === role);
}

/**
 * Finds the served subscriber of a calls file.
 *
 * - A number on at least 90% of rows (A or B side, any written form) is the file's target: on each row
 *   where it appears, the handset, SIM and cell are its own, whichever side it is on.
 * - Otherwise, on incoming rows, the side that holds the numbers that make the outgoing calls of this
 *   file, and the callers of the handsets seen on them, is the served side (a multi-subscriber telco dump
 *   that keeps its subscriber in A_NUMBER, or B: an incoming (MTC) record is the called subscriber's),
 *   counted over the whole file; weak or split evidence is said in a warning.
 * - MSISDN + OTHER_PARTY files (`subjectCentric`) are served on A.
 */
export function detectCallParties(rows: RowList, columns: readonly ColumnPlan[], subjectCentric: boolean): CallParties {
  const a = indexOf(columns, 'phone_a');
  const b = indexOf(columns, 'phone_b');
  const kinds = [indexOf(columns, 'call_type'), indexOf(columns, 'direction')].filter((index) => index >= 0);
  if (a < 0 || b < 0) return { incomingServed: 'a' };
  const sample = rows.slice(0, SAMPLE);
  const seen = new Map<string, number>();
  for (const row of sample) {
    const keys = new Set([partyKey(readCell(row[a])), partyKey(readCell(row[b]))]);
    for (const key of keys) if (key !== '') seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let target: [string, number] | undefined;
  for (const entry of seen) if (!target || entry[1] > target[1] || (entry[1] === target[1] && entry[0] < target[0])) target = entry;
  if (target && sample.length >= 3 && target[1] >= TARGET_SHARE * sample.length) {
    return {
      target: target[0], incomingServed: subjectCentric ? 'a' : 'b',
      note: { text: `one number (ending ${target[0]}) is on ${target[1]} of ${sample.length} rows: the file's target; each row's IMEI, IMSI and cell are the target's, whichever side of the call it is on`,
        code: 'calls-target', params: { ending: target[0], count: target[1], total: sample.length } },
    };
  }
  if (subjectCentric) return { incomingServed: 'a' };
  if (kinds.length === 0) return { incomingServed: 'b' };
  return incomingSide(rows, columns, a, b, kinds);
}

// NOTE: a side is read as the subscriber's only on clear evidence: at least 80% of the evidence, and at least 3 rows
// and 2% of the incoming rows; otherwise the file says Simpul is unsure (a warning with the counts), never a quiet guess.
const CLEAR_SHARE = 0.8;
const MIN_EVIDENCE = 3;
const MIN_EVIDENCE_SHARE = 0.02;
/** A handset seen with more than one caller on outgoing rows: no evidence either way. */
const SHARED = '';

/**
 * On incoming rows, which side is the served subscriber, from the whole file (a multi-subscriber dump's sample sees
 * its outgoing callers barely overlap its incoming rows):
 * - numbers: the side whose number makes outgoing calls in this file;
 * - handsets: an IMEI or IMSI seen on outgoing rows with caller X, on an incoming row with X on one side.
 */
function incomingSide(rows: RowList, columns: readonly ColumnPlan[], a: number, b: number, kinds: readonly number[]): CallParties {
  const handsetColumns = [indexOf(columns, 'imei'), indexOf(columns, 'imsi')].filter((index) => index >= 0);
  // NOTE: a file writes a few call types and each number many times: each written form is read once (one linear pass).
  const kindRead = new Map<string, boolean>();
  const isIn = (cell: string | undefined) => {
    const written = cell ?? '';
    let known = kindRead.get(written);
    if (known === undefined) kindRead.set(written, (known = INCOMING.test(readCell(written))));
    return known;
  };
  const incoming = (row: readonly string[]) => kinds.some((index) => isIn(row[index]));
  const keys = new Map<string, string>();
  const keyOf = (cell: string | undefined) => {
    const written = cell ?? '';
    let key = keys.get(written);
    if (key === undefined) keys.set(written, (key = partyKey(readCell(written))));
    return key;
  };
  const callers = new Set<string>();
  const handsetCaller = new Map<string, string>();
  // NOTE: one pass over the rows (each read from the file's text, see TableRows): an incoming row's two keys and its
  // handsets are kept (the keys are shared strings, the handsets numbered) and weighed once every caller is known.
  const incomingA: string[] = [];
  const incomingB: string[] = [];
  const incomingHandsets: number[] = [];
  const handsetNumbers = new Map<string, number>();
  const handsetsByNumber: string[] = [];
  const numberOf = (handset: string) => {
    let number = handsetNumbers.get(handset);
    if (number === undefined) {
      handsetNumbers.set(handset, (number = handsetsByNumber.length));
      handsetsByNumber.push(handset);
    }
    return number;
  };
  for (const row of rows) {
    pulse();
    if (incoming(row)) {
      incomingA.push(keyOf(row[a]));
      incomingB.push(keyOf(row[b]));
      for (const index of handsetColumns) incomingHandsets.push(numberOf(readCell(row[index])));
      continue;
    }
    const caller = keyOf(row[a]);
    if (caller === '') continue;
    callers.add(caller);
    for (const index of handsetColumns) {
      const handset = readCell(row[index]);
      if (handset === '') continue;
      const known = handsetCaller.get(handset);
      if (known === undefined) handsetCaller.set(handset, caller);
      else if (known !== caller) handsetCaller.set(handset, SHARED);
    }
  }
  const owners = handsetsByNumber.map((handset) => handsetCaller.get(handset));
  const incomingRows = incomingA.length;
  let numbersA = 0;
  let numbersB = 0;
  let handsetsA = 0;
  let handsetsB = 0;
  for (let at = 0; at < incomingRows; at++) {
    const keyA = incomingA[at] as string;
    const keyB = incomingB[at] as string;
    if (keyA === keyB) continue;
    // NOTE: a row whose two numbers both call out in this file (subscribers calling each other) says nothing.
    const callerA = callers.has(keyA);
    const callerB = callers.has(keyB);
    if (callerA && !callerB) numbersA += 1;
    if (callerB && !callerA) numbersB += 1;
    for (let column = 0; column < handsetColumns.length; column++) {
      const owner = owners[incomingHandsets[at * handsetColumns.length + column] as number];
      if (owner === undefined || owner === SHARED) continue;
      if (owner === keyA) handsetsA += 1;
      else if (owner === keyB) handsetsB += 1;
    }
  }
  if (incomingRows === 0) return { incomingServed: 'b' };
  const headerA = columns[a]?.header ?? 'A';
  const headerB = columns[b]?.header ?? 'B';
  const enough = Math.max(MIN_EVIDENCE, MIN_EVIDENCE_SHARE * incomingRows);
  const verdict = (forA: number, forB: number): 'a' | 'b' | 'split' | 'none' => {
    if (forA + forB < enough) return 'none';
    if (forA >= enough && forA >= CLEAR_SHARE * (forA + forB)) return 'a';
    if (forB >= enough && forB >= CLEAR_SHARE * (forA + forB)) return 'b';
    return 'split';
  };
  // NOTE: the handset is direct evidence (the phone a number calls out on); numbers count when handsets say nothing,
  // and numbers that clearly say the other side make the file unsure.
  const byHandsets = verdict(handsetsA, handsetsB);
  const byNumbers = verdict(numbersA, numbersB);
  const side = byHandsets === 'none' ? byNumbers : byHandsets;
  const contradicted = (side === 'a' && byNumbers === 'b') || (side === 'b' && byNumbers === 'a');
  const evidence = { handsetsA, handsetsB, numbersA, numbersB };
  if (side === 'a' && !contradicted) {
    return {
      incomingServed: 'a',
      note: { text: `on incoming rows (${incomingRows}) the subscriber is in ${headerA}: ${handsetsA} carry the handset that number uses on its outgoing calls (${handsetsB} the ${headerB} number's), ${numbersA} name in ${headerA} alone a number that makes this file's outgoing calls (${numbersB} in ${headerB}); the caller is the other party, and the handset is the subscriber's`,
        code: 'calls-incoming-subscriber', params: { header: headerA, otherHeader: headerB, total: incomingRows, ...evidence } },
    };
  }
  if (side === 'b' && !contradicted) {
    return {
      incomingServed: 'b',
      note: { text: `on incoming rows (${incomingRows}) the handset, SIM and cell are the called party's (${headerB}): ${handsetsB} carry the handset that number uses on its outgoing calls (${handsetsA} the ${headerA} number's), ${numbersB} name in ${headerB} alone a number that makes this file's outgoing calls (${numbersA} in ${headerA})`,
        code: 'calls-incoming-called', params: { count: incomingRows, header: headerB, otherHeader: headerA, ...evidence } },
    };
  }
  const served = handsetsA + numbersA > handsetsB + numbersB ? 'a' : 'b';
  const servedHeader = served === 'a' ? headerA : headerB;
  const unsure: LedgerNote = {
    text: `unsure which side is the subscriber on incoming rows (${incomingRows}): handsets point ${handsetsA} times to ${headerA} and ${handsetsB} to ${headerB}, numbers that make this file's outgoing calls ${numbersA} and ${numbersB}; read as ${servedHeader} — check whose handset, SIM and cell these rows carry`,
    code: 'calls-incoming-unsure', params: { count: incomingRows, headerA, headerB, served: servedHeader, ...evidence },
  };
  return { incomingServed: served, note: unsure, warning: unsure };
}

/** Is this row an incoming call or message, by its call type or direction column? */
export function isIncoming(callType: string, direction: string): boolean {
  return INCOMING.test(callType) || INCOMING.test(direction);
}
