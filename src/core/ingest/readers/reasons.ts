// A reader's rejection or warning as English text plus a stable code and its values, so the ledger can say it
// in the reader's language (catalogue `ledger.code.*`, cell problems `ledger.cause.*`) and tests can assert codes.

import type { LedgerParams } from '../ledger.ts';

/** Why a row was rejected or kept with a warning: the English as recorded, its code and values. */
export interface Reason {
  text: string;
  code: string;
  params?: LedgerParams;
}

/** What is wrong with one cell (`empty`, `not-phone`…), with the column's header and the value as written. */
export interface Problem {
  code: string;
  params: LedgerParams;
}

/**
 * A coded reason. Each cell problem it names goes into the params as `cause` (then `cause2`), its values as
 * `causeHeader`, `causeValue`… (see translateCode, which says them as `{causeText}` and `{causesText}`).
 */
export function because(code: string, text: string, params: LedgerParams = {}, ...causes: Problem[]): Reason {
  const all: LedgerParams = { ...params };
  causes.forEach((cause, i) => {
    const prefix = i === 0 ? 'cause' : `cause${i + 1}`;
    all[prefix] = cause.code;
    for (const [name, value] of Object.entries(cause.params)) all[`${prefix}${name.charAt(0).toUpperCase()}${name.slice(1)}`] = value;
  });
  return { text, code, params: all };
}
