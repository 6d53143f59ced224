// When things happened: row times read in each file's time zone, the calls-and-transfers histogram, and time windows.

import type { CaseModel, Link } from '../model/types.ts';
import { COUNTRY_ZONE, zoneLabel } from '../normalize/zone.ts';

export { zoneLabel };

/** Minutes east of UTC, per file: the zone its times were written in. */
export type FileZones = ReadonlyMap<string, number>;

/** The zones investigators in the region meet, at hand in every zone menu. */
export const ASEAN_ZONES: readonly { minutes: number; label: string }[] = [
  { minutes: 0, label: 'UTC (blockchain exports, servers)' },
  { minutes: 390, label: 'UTC+6:30 Myanmar' },
  { minutes: 420, label: 'UTC+7 Thailand, Cambodia, Laos, Vietnam, western Indonesia' },
  { minutes: 480, label: 'UTC+8 Philippines, Malaysia, Singapore, Brunei, central Indonesia, China' },
  { minutes: 540, label: 'UTC+9 eastern Indonesia, Timor-Leste' },
];

/**
 * Each file's zone: the one its import found evidence for (`ledger[].zone`: offsets its times state, a zone its header
 * names, the country of its numbering plan), else a guess: the zone of the country most of its entities belong to;
 * UTC when none has a country (a blockchain export, whose times are UTC). The analyst corrects it per file.
 */
export function guessZones(model: CaseModel, ledger?: readonly { file: string; zone?: { minutes: number } }[]): ReadonlyMap<string, number> {
  // NOTE: one guess per model: the dossier's timeline and money trail both ask, and the money trail's
  // indexes are cached per zones object, so a second guess rebuilt them over every link.
  const known = guessed.get(model) ?? byVotes(model);
  const stated = ledger?.filter((entry) => entry.zone !== undefined && known.has(entry.file)) ?? [];
  if (stated.length === 0) return known;
  const kept = withStated.get(model);
  if (kept) return kept;
  const zones = new Map(known);
  for (const entry of stated) zones.set(entry.file, entry.zone?.minutes ?? 0);
  withStated.set(model, zones);
  return zones;
}

function byVotes(model: CaseModel): ReadonlyMap<string, number> {
  const votes = new ZoneVotes();
  votes.addEntities(model.entities);
  votes.addLinks(model.links);
  return votes.register(model);
}

/**
 * The votes of {@link guessZones}, counted as a model arrives in parts (the page receives a national case in
 * hundreds of messages: counted at the end, its quarter million entities were a long task when the workbench opened).
 */
export class ZoneVotes {
  private readonly votes = new Map<string, Map<number, number>>();

  addEntities(entities: CaseModel['entities']): void {
    for (const entity of entities) {
      const zone = entity.country ? COUNTRY_ZONE.get(entity.country) : undefined;
      for (const source of entity.sources) {
        let tally = this.votes.get(source.file);
        if (!tally) this.votes.set(source.file, (tally = new Map<number, number>()));
        if (zone !== undefined) tally.set(zone, (tally.get(zone) ?? 0) + source.lines.length);
      }
    }
  }

  addLinks(links: CaseModel['links']): void {
    for (const link of links) for (const source of link.sources) if (!this.votes.has(source.file)) this.votes.set(source.file, new Map());
  }

  /** The guess from the votes so far, kept as `model`'s (which must hold exactly the entities and links counted). */
  register(model: CaseModel): ReadonlyMap<string, number> {
    const zones = new Map<string, number>();
    for (const [file, tally] of this.votes) {
      const best = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
      zones.set(file, best ? best[0] : 0);
    }
    guessed.set(model, zones);
    return zones;
  }
}

const guessed = new WeakMap<CaseModel, ReadonlyMap<string, number>>();
/** The guess with the zones the ledger states, per model (one zones object per model, see guessZones). */
const withStated = new WeakMap<CaseModel, ReadonlyMap<string, number>>();

/** A time as an interval in UTC milliseconds: a date-time is a point, a date alone its whole day. */
export interface TimeSpan {
  lo: number;
  hi: number;
}

const DAY = 86_400_000;

/** Reads a time as written (`2024-03-01` or `2024-03-01T08:30[:00]`) in a zone; undefined when unreadable. */
export function timeSpan(time: string, zoneMinutes: number): TimeSpan | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(time);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) - zoneMinutes * 60_000;
  if (!Number.isFinite(base)) return undefined;
  return h === undefined ? { lo: base, hi: base + DAY - 1 } : { lo: base, hi: base };
}

/** One dated call or transfer row. */
export interface TimedRow {
  linkIndex: number;
  kind: 'call' | 'transfer';
  span: TimeSpan;
}

/**
 * Every dated call and transfer row of the links given (all when `linkIndexes` is undefined), sorted by
 * time. A link without row detail counts its rows at its first time (see `ROW_DETAIL_LIMIT`).
 */
export function timedRows(model: CaseModel, zones: FileZones, linkIndexes?: Iterable<number>): TimedRow[] {
  const steps = timedRowsInSteps(model, zones, linkIndexes, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.sort((a, b) => a.span.lo - b.span.lo || a.linkIndex - b.linkIndex);
  }
}

/** Links read between two steps of {@link timedRowsInSteps}: a few milliseconds on a slow machine (the page runs several per task). */
export const TIMED_ROWS_STEP = 250;

/**
 * The rows of {@link timedRows} in link order (not sorted: {@link histogram} does not need it), in steps, for a page
 * that must not block: each `next()` reads `step` links, the last returns the rows.
 * NOTE: a national case has a million call rows; read at once they were a long task when the workbench opened, and
 * sorted at the end a 0.1 s task at a quarter of it.
 */
export function* timedRowsInSteps(model: CaseModel, zones: FileZones, linkIndexes?: Iterable<number>, step = TIMED_ROWS_STEP): Generator<undefined, TimedRow[]> {
  const rows: TimedRow[] = [];
  const indexes = linkIndexes ? [...linkIndexes] : undefined;
  const count = indexes ? indexes.length : model.links.length;
  for (let start = 0; start < count; start += step) {
    const end = Math.min(count, start + step);
    for (let position = start; position < end; position++) {
      const index = indexes ? indexes[position] ?? -1 : position;
      const link = model.links[index];
      if (!link || (link.type !== 'called' && link.type !== 'transferred')) continue;
      const kind = link.type === 'called' ? 'call' : 'transfer';
      for (const span of linkSpans(link, zones)) rows.push({ linkIndex: index, kind, span });
    }
    if (end < count) yield;
  }
  return rows;
}

/**
 * Calls and transfers as typed arrays: each row's start (UTC ms) and whether it is a call (1) or a transfer (0), the
 * first `length` entries. NOTE: what the page's timeline needs of {@link timedRows}: a national case's million rows
 * as objects were about a tenth of a gigabyte of the page's heap.
 */
export interface RowTimes {
  readonly times: Float64Array;
  readonly calls: Uint8Array;
  readonly length: number;
}

/** {@link timedRowsInSteps} as {@link RowTimes}, in link order, `step` links per `next()`. */
export function* rowTimesInSteps(model: CaseModel, zones: FileZones, linkIndexes?: Iterable<number>, step = TIMED_ROWS_STEP): Generator<undefined, RowTimes> {
  let times = new Float64Array(1024);
  let calls = new Uint8Array(1024);
  let length = 0;
  const indexes = linkIndexes ? [...linkIndexes] : undefined;
  const count = indexes ? indexes.length : model.links.length;
  for (let start = 0; start < count; start += step) {
    const end = Math.min(count, start + step);
    for (let position = start; position < end; position++) {
      const link = model.links[indexes ? indexes[position] ?? -1 : position];
      if (!link || (link.type !== 'called' && link.type !== 'transferred')) continue;
      for (const span of linkSpans(link, zones)) {
        if (length === times.length) {
          const grownTimes = new Float64Array(length * 2);
          grownTimes.set(times);
          times = grownTimes;
          const grownCalls = new Uint8Array(length * 2);
          grownCalls.set(calls);
          calls = grownCalls;
        }
        times[length] = span.lo;
        calls[length] = link.type === 'called' ? 1 : 0;
        length += 1;
      }
    }
    if (end < count) yield;
  }
  return { times, calls, length };
}

/**
 * Calls and transfers as ties (links) with the span they were in contact: from the start of the first row's time to
 * the end of the last's, the first `length` entries; what a case that keeps no row detail knows of when things happened.
 */
export interface TieSpans {
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** 1 for a tie of calls, 0 for one of transfers. */
  readonly calls: Uint8Array;
  readonly length: number;
}

/**
 * The call and transfer ties of the links given (all when `linkIndexes` is undefined) with their first and last
 * time, `step` links per `next()`. A link with rows spans its rows' times; one without spans its first to last time.
 * NOTE: the chart of a case past `ROW_DETAIL_LIMIT` counted each tie's rows at its first time: uniform activity over
 * five months drew as a spike in the first week decaying to nothing. Ties in contact per bin is what such a case knows.
 */
export function* tieSpansInSteps(model: CaseModel, zones: FileZones, linkIndexes?: Iterable<number>, step = TIMED_ROWS_STEP): Generator<undefined, TieSpans> {
  const indexes = linkIndexes ? [...linkIndexes] : undefined;
  const count = indexes ? indexes.length : model.links.length;
  const first = new Float64Array(count);
  const last = new Float64Array(count);
  const calls = new Uint8Array(count);
  let length = 0;
  for (let start = 0; start < count; start += step) {
    const end = Math.min(count, start + step);
    for (let position = start; position < end; position++) {
      const link = model.links[indexes ? indexes[position] ?? -1 : position];
      if (!link || (link.type !== 'called' && link.type !== 'transferred')) continue;
      const span = tieSpan(link, zones);
      if (!span) continue;
      first[length] = span.lo;
      last[length] = span.hi;
      calls[length] = link.type === 'called' ? 1 : 0;
      length += 1;
    }
    if (end < count) yield;
  }
  return { first, last, calls, length };
}

/** From the start of a link's first row to the end of its last, in its file's zone; undefined when it has no time. */
export function tieSpan(link: Link, zones: FileZones): TimeSpan | undefined {
  if (link.rows) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const span of linkSpans(link, zones)) {
      lo = Math.min(lo, span.lo);
      hi = Math.max(hi, span.hi);
    }
    return lo <= hi ? { lo, hi } : undefined;
  }
  const zone = zones.get(link.sources[0]?.file ?? '') ?? 0;
  const first = link.firstTime ? timeSpan(link.firstTime, zone) : undefined;
  const last = link.lastTime ? timeSpan(link.lastTime, zone) : first;
  return first && last ? { lo: first.lo, hi: Math.max(first.hi, last.hi) } : undefined;
}

/**
 * Ties in contact per hour, day, week or month (the unit chosen as in {@link histogram}): a tie counts in every bin
 * from its first time's to its last time's. `calls` and `transfers` count ties, not rows.
 */
export function tieHistogram(ties: TieSpans, displayZone: number, maxBins = 120): Histogram {
  if (ties.length === 0) return { unit: 'day', edges: [], calls: [], transfers: [] };
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < ties.length; i++) {
    first = Math.min(first, ties.first[i] as number);
    last = Math.max(last, ties.last[i] as number);
  }
  const edges = binEdges(first, last, displayZone, maxBins);
  const bins = edges.edges.length - 1;
  // NOTE: +1 where a tie starts, -1 after the bin where it ends; the running sum is the ties in contact per bin.
  const callSteps = new Array<number>(bins + 1).fill(0);
  const transferSteps = new Array<number>(bins + 1).fill(0);
  for (let i = 0; i < ties.length; i++) {
    const steps = ties.calls[i] === 1 ? callSteps : transferSteps;
    const from = binOf(edges.edges, ties.first[i] as number);
    const to = binOf(edges.edges, ties.last[i] as number);
    steps[from] = (steps[from] ?? 0) + 1;
    steps[to + 1] = (steps[to + 1] ?? 0) - 1;
  }
  const running = (steps: number[]) => {
    let sum = 0;
    return steps.slice(0, bins).map((change) => (sum += change));
  };
  return { unit: edges.unit, edges: edges.edges, calls: running(callSteps), transfers: running(transferSteps) };
}

/**
 * True when the case keeps its calls' and transfers' totals but not each row (more than `ROW_DETAIL_LIMIT` rows): each
 * link's rows are then counted at its first time, so a chart of them shows when ties began, not activity per day, and
 * must say so.
 */
export function countsAtFirstTimes(model: CaseModel): boolean {
  for (const link of model.links) {
    if (link.type === 'called' || link.type === 'transferred') return link.rows === undefined && link.firstTime !== undefined;
  }
  return false;
}

/** The time of each row of a link, in its file's zone. */
export function linkSpans(link: Link, zones: FileZones): TimeSpan[] {
  if (link.rows) {
    return link.rows.flatMap((row) => {
      const span = row.time ? timeSpan(row.time, zones.get(row.file) ?? 0) : undefined;
      return span ? [span] : [];
    });
  }
  const span = link.firstTime ? timeSpan(link.firstTime, zones.get(link.sources[0]?.file ?? '') ?? 0) : undefined;
  return span ? Array.from({ length: link.count }, () => span) : [];
}

export type BinUnit = 'hour' | 'day' | 'week' | 'month';

export interface Histogram {
  unit: BinUnit;
  /** Bin starts (UTC ms), one more than bins: the last is the end. */
  edges: number[];
  calls: number[];
  transfers: number[];
}

const UNIT_MS: Record<Exclude<BinUnit, 'month'>, number> = { hour: 3_600_000, day: DAY, week: 7 * DAY };

/**
 * Calls and transfers per hour, day, week or month — the smallest unit giving at most `maxBins` bins —
 * with bin edges on whole units of the display zone (days start at midnight there).
 */
export function histogram(rows: readonly TimedRow[] | RowTimes, displayZone: number, maxBins = 120): Histogram {
  const count = rows.length;
  if (count === 0) return { unit: 'day', edges: [], calls: [], transfers: [] };
  const compact = 'times' in rows ? rows : undefined;
  const objects = compact ? [] : rows as readonly TimedRow[];
  const loOf = (i: number) => (compact ? compact.times[i] as number : (objects[i] as TimedRow).span.lo);
  const isCall = (i: number) => (compact ? compact.calls[i] === 1 : (objects[i] as TimedRow).kind === 'call');
  // NOTE: rows in any order (the page's are in link order): first and last found, each row's bin searched.
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    const lo = loOf(i);
    if (lo < first) first = lo;
    if (lo > last) last = lo;
  }
  const { unit, edges } = binEdges(first, last, displayZone, maxBins);
  const calls = new Array<number>(edges.length - 1).fill(0);
  const transfers = new Array<number>(edges.length - 1).fill(0);
  for (let i = 0; i < count; i++) {
    const bin = binOf(edges, loOf(i));
    if (isCall(i)) calls[bin] = (calls[bin] ?? 0) + 1;
    else transfers[bin] = (transfers[bin] ?? 0) + 1;
  }
  return { unit, edges, calls, transfers };
}

/** The smallest unit giving at most `maxBins` bins from `first` to `last`, and its edges on whole units of the display zone. */
function binEdges(first: number, last: number, displayZone: number, maxBins: number): { unit: BinUnit; edges: number[] } {
  const shift = displayZone * 60_000;
  const units: BinUnit[] = ['hour', 'day', 'week', 'month'];
  const unit = units.find((candidate) => candidate === 'month' || (last - first) / UNIT_MS[candidate] < maxBins) ?? 'month';
  const edges: number[] = [];
  let edge = floorTo(first + shift, unit) - shift;
  while (edge <= last) {
    edges.push(edge);
    edge = step(edge + shift, unit) - shift;
  }
  edges.push(edge);
  return { unit, edges };
}

/** The last bin whose start is at or before `time` (the first when none is). */
function binOf(edges: readonly number[], time: number): number {
  let low = 0;
  let high = edges.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (time >= (edges[middle] ?? Infinity)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function floorTo(ms: number, unit: BinUnit): number {
  const date = new Date(ms);
  if (unit === 'hour') return Math.floor(ms / UNIT_MS.hour) * UNIT_MS.hour;
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((date.getUTCDay() + 6) % 7) * DAY;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function step(ms: number, unit: BinUnit): number {
  if (unit !== 'month') return ms + UNIT_MS[unit];
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** A brushed range, UTC ms, inclusive. */
export interface TimeRange {
  from: number;
  to: number;
}

/** Does a span overlap the range? */
export function overlaps(span: TimeSpan, range: TimeRange): boolean {
  return span.hi >= range.from && span.lo <= range.to;
}

/**
 * Indexes of the links to leave out of a drawing brushed to `range`: calls and transfers none of whose
 * rows falls in it, and other dated links whose span misses it. Undated links (who holds which phone)
 * are never left out: they are not events in time.
 */
export function linksOutsideRange(model: CaseModel, zones: FileZones, range: TimeRange): Set<number> {
  const outside = new Set<number>();
  model.links.forEach((link, index) => {
    if (link.type === 'called' || link.type === 'transferred') {
      // NOTE: a link without its rows is judged by its first and last time (as the analysis's time window does): its
      // rows between them may fall in the range, and judged by its first time alone it left the drawing.
      if (!link.rows) {
        const span = tieSpan(link, zones);
        if (span && !overlaps(span, range)) outside.add(index);
        return;
      }
      const spans = linkSpans(link, zones);
      if (spans.length > 0 && !spans.some((span) => overlaps(span, range))) outside.add(index);
      return;
    }
    if (!link.firstTime) return;
    const zone = zones.get(link.sources[0]?.file ?? '') ?? 0;
    const first = timeSpan(link.firstTime, zone);
    const last = link.lastTime ? timeSpan(link.lastTime, zone) : first;
    if (first && last && (last.hi < range.from || first.lo > range.to)) outside.add(index);
  });
  return outside;
}

/** `2024-03-01 08:30` in the display zone (a point), for labels and tables. */
export function formatInZone(ms: number, zoneMinutes: number, withTime = true): string {
  const iso = new Date(ms + zoneMinutes * 60_000).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}
