// Whose handset is on a CDR row: the served subscriber's, found from the file, never assumed from a column.

import type { ColumnPlan } from '../classify.ts';
import type { LedgerNote } from '../ledger.ts';
import type { ColumnRole } from '../roles.ts';
import { readCell } from './rowContext.ts';

// NOTE: a subscriber-side CDR (MSISDN + OTHER_PARTY, or A/B with the target on every row) lists incoming
// calls too; MTC/SMS-MT/IN/a_in/Incoming mark them.
export const INCOMING = /^(mtc|sms[-_ ]?mt|in|a[-_ ]?in|incoming|incoming call|masuk|terima|received|mt|mt[-_ ]?sms|voice[-_ ]?in)$/i;

/** Which side of a call row is the subscriber whose records these are (and whose IMEI, IMSI and cell they carry). */
export interface CallParties {
  /** The file's target, as the last nine digits of its number: on (nearly) every row, on one side or the other. */
  target?: string;
  /** Without a target: the served side on incoming rows (on outgoing rows it is always the caller, A). */
  incomingServed: 'a' | 'b';
  /** One line for the ledger: what was found and on what evidence. */
  /** The ledger's line on how the sides were read, coded (see ledger.code). */
  note?: LedgerNote;
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
 *   file is the served side (a multi-subscriber telco dump that keeps its subscriber in A_NUMBER), else
 *   B: a CDR's A party is the caller, and an incoming (MTC) record is the called subscriber's.
 * - MSISDN + OTHER_PARTY files (`subjectCentric`) are served on A.
 */
export function detectCallParties(rows: readonly string[][], columns: readonly ColumnPlan[], subjectCentric: boolean): CallParties {
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
  const incoming = (row: string[]) => kinds.some((index) => INCOMING.test(readCell(row[index])));
  const callers = new Set<string>();
  for (const row of sample) if (kinds.length > 0 && !incoming(row)) callers.add(partyKey(readCell(row[a])));
  let onA = 0;
  let onB = 0;
  let incomingRows = 0;
  for (const row of sample) {
    if (!incoming(row)) continue;
    incomingRows += 1;
    if (callers.has(partyKey(readCell(row[a])))) onA += 1;
    if (callers.has(partyKey(readCell(row[b])))) onB += 1;
  }
  if (onA > onB) {
    const header = columns[a]?.header ?? 'A';
    return {
      incomingServed: 'a',
      note: { text: `on incoming rows the subscriber is in ${header} (${onA} of ${incomingRows} incoming rows name a number that makes this file's outgoing calls): the caller is the other party, and the handset is the subscriber's`,
        code: 'calls-incoming-subscriber', params: { header, count: onA, total: incomingRows } },
    };
  }
  const called = columns[b]?.header ?? 'B';
  return { incomingServed: 'b', ...(incomingRows > 0 ? { note: { text: `on incoming rows (${incomingRows}) the handset, SIM and cell are the called party's (${called})`, code: 'calls-incoming-called', params: { count: incomingRows, header: called } } } : {}) };
}

/** Is this row an incoming call or message, by its call type or direction column? */
export function isIncoming(callType: string, direction: string): boolean {
  return INCOMING.test(callType) || INCOMING.test(direction);
}
