// Phone-numbered wallets: an e-wallet's transfer log (DANA, GCash, TrueMoney, KBZPay…) names each account by its
// holder's phone. Its two party columns read as phones, but the file moves money: they are the transfer's accounts.

import type { ColumnRole } from '../roles.ts';
import { valueFit, type ColumnEvidence } from './valueShapes.ts';

/** What a file says about its party columns being phone-numbered accounts, when it says so. */
export interface WalletPhones {
  /** How far a phone side word counts as the account side word: less when the file also has call evidence. */
  factor: number;
  /** The column whose header and values say money (evidence line). */
  money: string;
  /** The columns that say call (a duration, a call type, a cell…), when the file has both kinds of evidence. */
  calls: string[];
}

/** A transfer's account ends and the phone side each stands for in a wallet log. */
export const WALLET_ENDS: Partial<Record<ColumnRole, ColumnRole>> = { account_from: 'phone_a', account_to: 'phone_b' };

const MONEY: readonly ColumnRole[] = ['amount', 'debit', 'credit'];
// NOTE: a bare `Service`/`Type` column is a wallet's transaction type as often as a call's: a call type counts as
// call evidence only when its header says call (namesCall).
/** Roles only a call record has: a call's length, the tower, the handset, the SIM. */
const CALL: readonly ColumnRole[] = ['duration', 'cell_id', 'imei', 'imsi'];
const NAMED = 0.6;
const FITS = 0.5;
/** No call evidence: a phone side word is the account side word, nearly as sure as an account word. */
const ALONE = 0.9;
/** Call evidence beside the money: the two readings compete, and the review says it is a close call. */
const COMPETING = 0.7;

// NOTE: a money column is named as money by its header (`Nominal (Rp)`, `Amount`, `จำนวนเงิน`) and holds amounts; a
// call is said by a column only a call record has (duration, call type, cell, handset, SIM) or a party header with a
// call word (`Calling number`). Money without call evidence: the phones are wallets. Both: the readings compete.
/** Whether a file's phone party columns are accounts of a wallet's transfer log, and how sure. */
export function walletPhones(headers: readonly string[], columns: readonly ColumnEvidence[]): WalletPhones | undefined {
  const money = columns.findIndex((column) => column.profile.count > 0
    && MONEY.some((role) => (column.header.get(role) ?? 0) >= NAMED && valueFit(role, column.profile) >= FITS));
  if (money < 0) return undefined;
  const calls = columns.flatMap((column, index) => (column.call || CALL.some((role) => (column.header.get(role) ?? 0) >= NAMED
    && column.profile.count > 0 && valueFit(role, column.profile) >= FITS) ? [headers[index] ?? ''] : []));
  return { factor: calls.length > 0 ? COMPETING : ALONE, money: headers[money] ?? '', calls };
}
