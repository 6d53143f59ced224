// Following the money: hop by hop, in time order, from an account or a person, forward or back.

import { compareIds, roundMoney, sortKeys } from '../model/order.ts';
import type { CaseModel, Entity } from '../model/types.ts';
import { timeSpan, type FileZones, type TimeSpan } from './timeline.ts';

/** One transfer row the trail went through. */
export interface TrailRow {
  linkId: string;
  from: string;
  to: string;
  file: string;
  line: number;
  /** As written in the file. */
  time?: string;
  amount?: number;
  currency?: string;
  /** 1 for the first transfer out of (or, going back, into) the start. */
  hop: number;
  /** The row's time in UTC ms (start of its day for a date alone), in its file's zone. */
  at: number;
}

/** An account the money reached (forward) or came from (back). */
export interface TrailAccount {
  id: string;
  hop: number;
  /** How the trail got there: a transfer, or the same holder moving it between their own accounts. */
  via: 'start' | 'transfer' | 'holder';
  /** Earliest arrival (forward) or latest departure (back), UTC ms; undefined for the start. */
  at?: number;
}

/** Where the trail stops: what an anti-scam centre would ask a bank to freeze. */
export interface TrailEnd {
  id: string;
  hop: number;
  /** `crypto`, `ewallet` or `bank` as the sources say, else `account`. */
  kind: string;
  /** Money the trail brought in (forward) or sent out (back), per currency. */
  amounts: Record<string, number>;
  /** The transfer rows into (forward) or out of (back) this account: the evidence. */
  rows: TrailRow[];
  /** People holding the account. */
  holders: string[];
}

export interface MoneyTrail {
  direction: 'forward' | 'back';
  /** The accounts followed from (a person's own accounts when a person was chosen). */
  start: string[];
  accounts: TrailAccount[];
  /** Every transfer row used, in time order. */
  rows: TrailRow[];
  ends: TrailEnd[];
  /**
   * Every transfer row of the trail added up, per currency: money that moves on is counted again at each
   * hop, so this is activity along the trail, not money traced (see `firstHop` and the ends' amounts).
   */
  amounts: Record<string, number>;
  /** Money of the first hop, per currency: what left the start (forward) or came into it (back). */
  firstHop: Record<string, number>;
  /** Transfer rows without a date touching the trail: they cannot be placed in time and were not followed. */
  undated: number;
  /** True when `maxHops` stopped the trail before it ended. */
  truncated: boolean;
}

export interface TrailOptions {
  direction: 'forward' | 'back';
  /** Time zone of each file (see `guessZones`). */
  zones: FileZones;
  maxHops?: number;
}

interface Transfer {
  row: Omit<TrailRow, 'hop' | 'at'>;
  span: TimeSpan;
}

/** Hops followed at most. */
export const TRAIL_MAX_HOPS = 12;

/**
 * Follows money from `startId` (an account, or a person: their accounts) hop by hop.
 *
 * Forward, a transfer continues the trail only if it could have happened after the money arrived:
 * its time is at or after the earliest arrival at its sender (a date alone counts as its whole day, so
 * two rows of the same day may follow each other). Back, symmetrically, a transfer into an account
 * counts only if it came before the latest time the money could have left. Money reaching an account
 * may also move on from another account of the same holder (an OTC desk paid in baht pays out in
 * USDT), after the same moment.
 *
 * Ends are accounts the trail reached and could not leave (forward: no later transfer out; back: no
 * earlier transfer in), with the rows that brought the money there as evidence.
 *
 * NOTE: amounts are not traced dollar for dollar (money is fungible once pooled); the trail says which
 * accounts the money could have reached in time order, and how much was moved along the way.
 */
export function followMoney(model: CaseModel, startId: string, options: TrailOptions): MoneyTrail {
  const forward = options.direction === 'forward';
  const maxHops = options.maxHops ?? TRAIL_MAX_HOPS;
  const { entities, holdersOf, accountsOf, transfers } = trailIndex(model);
  const byZones = transfers.get(options.zones) ?? {};
  transfers.set(options.zones, byZones);
  const { byAccount, undatedOf } = (forward ? byZones.forward : byZones.back) ?? transfersByAccount(model, options.zones, forward);
  if (forward) byZones.forward = { byAccount, undatedOf };
  else byZones.back = { byAccount, undatedOf };

  const start = entities.get(startId)?.type === 'person' ? [...(accountsOf.get(startId) ?? [])].sort(compareIds) : [startId];
  const reached = new Map<string, TrailAccount>();
  for (const id of start) reached.set(id, { id, hop: 0, via: 'start' });
  const used = new Map<string, TrailRow>();
  let frontier = [...start];
  let truncated = false;
  let undated = 0;
  // NOTE: breadth first by hop, improving arrival times as later hops find earlier routes (a label-correcting search).
  for (let hop = 1; frontier.length > 0; hop++) {
    const next = new Set<string>();
    for (const id of frontier) {
      const here = reached.get(id) as TrailAccount;
      undated += undatedOf.get(id) ?? 0;
      for (const transfer of byAccount.get(id) ?? []) {
        if (!continues(here.at, transfer.span, forward)) continue;
        if (hop > maxHops) {
          truncated = true;
          continue;
        }
        const key = `${transfer.row.file}:${transfer.row.line}:${transfer.row.linkId}`;
        if (!used.has(key)) used.set(key, { ...transfer.row, hop, at: transfer.span.lo });
        const other = forward ? transfer.row.to : transfer.row.from;
        const at = forward ? transfer.span.lo : transfer.span.hi;
        if (improve(reached, other, at, hop, 'transfer', forward)) next.add(other);
      }
      // The same holder moving the money on from another of their accounts.
      if (here.via !== 'holder') {
        for (const holder of holdersOf.get(id) ?? []) {
          for (const sibling of accountsOf.get(holder) ?? []) {
            if (sibling !== id && here.at !== undefined && improve(reached, sibling, here.at, here.hop, 'holder', forward)) next.add(sibling);
          }
        }
      }
    }
    frontier = [...next].sort(compareIds);
  }

  const rows = [...used.values()].sort((a, b) => a.at - b.at || a.hop - b.hop || compareIds(a.linkId, b.linkId) || a.line - b.line);
  const ends = findEnds(reached, rows, byAccount, holdersOf, accountsOf, entities, forward, new Set(start));
  const amounts = new Map<string, number>();
  const firstHop = new Map<string, number>();
  for (const row of rows) {
    if (row.amount === undefined) continue;
    const currency = row.currency ?? 'unspecified';
    amounts.set(currency, roundMoney((amounts.get(currency) ?? 0) + row.amount));
    if (row.hop === 1) firstHop.set(currency, roundMoney((firstHop.get(currency) ?? 0) + row.amount));
  }
  return {
    direction: options.direction, start,
    accounts: [...reached.values()].sort((a, b) => a.hop - b.hop || (a.at ?? 0) - (b.at ?? 0) || compareIds(a.id, b.id)),
    rows, ends, amounts: sortKeys(Object.fromEntries(amounts)), firstHop: sortKeys(Object.fromEntries(firstHop)), undated, truncated,
  };
}

interface TrailIndex {
  entities: Map<string, Entity>;
  holdersOf: Map<string, string[]>;
  accountsOf: Map<string, string[]>;
  /** Transfers by account, per zones object and direction (built on first use). */
  transfers: WeakMap<FileZones, { forward?: ReturnType<typeof transfersByAccount>; back?: ReturnType<typeof transfersByAccount> }>;
}

// NOTE: the indexes are built once per model (and zones) and only read afterwards: the dossier follows the
// money from up to 300 starts, and rebuilding them over every link for each start made it quadratic.
const trailIndexes = new WeakMap<CaseModel, TrailIndex>();

function trailIndex(model: CaseModel): TrailIndex {
  const known = trailIndexes.get(model);
  if (known) return known;
  const entities = new Map(model.entities.map((entity) => [entity.id, entity]));
  const holdersOf = new Map<string, string[]>();
  const accountsOf = new Map<string, string[]>();
  for (const link of model.links) {
    if (link.type !== 'holds_account') continue;
    push(holdersOf, link.target, link.source);
    push(accountsOf, link.source, link.target);
  }
  const index: TrailIndex = { entities, holdersOf, accountsOf, transfers: new WeakMap() };
  trailIndexes.set(model, index);
  return index;
}

function continues(at: number | undefined, span: TimeSpan, forward: boolean): boolean {
  if (at === undefined) return true;
  return forward ? span.hi >= at : span.lo <= at;
}

/** Records a better arrival (earlier forward, later back); true when something changed. */
function improve(reached: Map<string, TrailAccount>, id: string, at: number, hop: number, via: TrailAccount['via'], forward: boolean): boolean {
  const known = reached.get(id);
  if (known && (known.via === 'start' || (known.at !== undefined && (forward ? known.at <= at : known.at >= at)))) return false;
  reached.set(id, { id, hop: known ? Math.min(known.hop, hop) : hop, via: known?.via === 'transfer' ? 'transfer' : via, at });
  return true;
}

function transfersByAccount(model: CaseModel, zones: FileZones, forward: boolean): { byAccount: Map<string, Transfer[]>; undatedOf: Map<string, number> } {
  const byAccount = new Map<string, Transfer[]>();
  const undatedOf = new Map<string, number>();
  for (const link of model.links) {
    if (link.type !== 'transferred') continue;
    const from = forward ? link.source : link.target;
    const rows = link.rows ?? [{ file: link.sources[0]?.file ?? '', line: link.sources[0]?.lines[0] ?? 0, ...(link.firstTime ? { time: link.firstTime } : {}) }];
    for (const row of rows) {
      const span = row.time ? timeSpan(row.time, zones.get(row.file) ?? 0) : undefined;
      if (!span) {
        undatedOf.set(from, (undatedOf.get(from) ?? 0) + 1);
        continue;
      }
      push(byAccount, from, {
        span,
        row: {
          linkId: link.id, from: link.source, to: link.target, file: row.file, line: row.line,
          ...(row.time ? { time: row.time } : {}),
          ...('amount' in row && row.amount !== undefined ? { amount: row.amount, currency: row.currency ?? 'unspecified' } : {}),
        },
      });
    }
  }
  for (const list of byAccount.values()) list.sort((a, b) => a.span.lo - b.span.lo);
  return { byAccount, undatedOf };
}

function findEnds(
  reached: Map<string, TrailAccount>, rows: TrailRow[], byAccount: Map<string, Transfer[]>, holdersOf: Map<string, string[]>,
  accountsOf: Map<string, string[]>, entities: Map<string, Entity>, forward: boolean, start: ReadonlySet<string>,
): TrailEnd[] {
  const leaves = (account: TrailAccount): boolean => {
    if ((byAccount.get(account.id) ?? []).some((transfer) => continues(account.at, transfer.span, forward))) return true;
    // Money that moved on through a sibling account of the same holder did not end here.
    return (holdersOf.get(account.id) ?? []).some((holder) => (accountsOf.get(holder) ?? []).some((sibling) =>
      sibling !== account.id && (byAccount.get(sibling) ?? []).some((transfer) => continues(account.at, transfer.span, forward))));
  };
  const rowsInto = new Map<string, TrailRow[]>();
  for (const row of rows) push(rowsInto, forward ? row.to : row.from, row);
  const ends: TrailEnd[] = [];
  for (const account of reached.values()) {
    if (start.has(account.id) || account.via !== 'transfer' || leaves(account)) continue;
    const evidence = rowsInto.get(account.id) ?? [];
    const amounts = new Map<string, number>();
    for (const row of evidence) if (row.amount !== undefined) amounts.set(row.currency ?? 'unspecified', roundMoney((amounts.get(row.currency ?? 'unspecified') ?? 0) + row.amount));
    const entity = entities.get(account.id);
    ends.push({
      id: account.id, hop: account.hop, kind: entity?.attributes.accountKind ?? 'account',
      amounts: sortKeys(Object.fromEntries(amounts)), rows: evidence, holders: [...(holdersOf.get(account.id) ?? [])].sort(compareIds),
    });
  }
  return ends.sort((a, b) => a.hop - b.hop || compareIds(a.id, b.id));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
