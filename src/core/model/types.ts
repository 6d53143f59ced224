// The case model: entities, links and where each came from. Every layer speaks these types.

/** What a node stands for. A trafficked worker is a `person` like any other; role says victim. */
export type EntityType = 'person' | 'phone' | 'account' | 'location' | 'device';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'phone', 'account', 'location', 'device'];

/** Typed relations between entities. Direction matters for calls and transfers. */
export type LinkType =
  | 'uses_phone' // person → phone
  | 'holds_account' // person → account
  | 'called' // phone → phone (calls and SMS)
  | 'transferred' // account → account
  | 'seen_at' // person/phone → location
  | 'associated' // person ↔ person
  | 'uses_device' // phone → device (IMEI)
  | 'linked'; // generic links from a source,target,type file

export const LINK_TYPES: readonly LinkType[] = [
  'uses_phone', 'holds_account', 'called', 'transferred', 'seen_at', 'associated', 'uses_device', 'linked',
];

/** Account kinds; crypto networks are told apart by address shape. */
export type AccountKind = 'bank' | 'ewallet' | 'crypto';

/** One place in one input file. `line` is what a text editor shows: the header is line 1. */
export interface SourceRef {
  file: string;
  line: number;
}

/** Lines of one file, compact: a node seen on 10,000 rows keeps one entry per file. */
export interface SourceLines {
  file: string;
  lines: number[];
}

export interface Entity {
  /** `${type}:${key}` — unique in a case. */
  id: string;
  type: EntityType;
  /** Canonical key: E.164 for phones, normalised number for accounts, id for people/locations. */
  key: string;
  /** What a person reads: a name, a formatted number. */
  label: string;
  /** ISO 3166 alpha-2, when known. */
  country?: string;
  /** Every distinct way the identifier was written in the sources, as written. */
  variants: string[];
  /** Free attributes (role, alias, nationality, status, bank, accountKind, operator, …). */
  attributes: Record<string, string>;
  sources: SourceLines[];
}

export interface Link {
  /** `${type}|${source}|${target}` — one aggregated link per typed (ordered) pair. */
  id: string;
  type: LinkType;
  /** Entity ids. Undirected types store the pair sorted. */
  source: string;
  target: string;
  /** Rows that produced this link. */
  count: number;
  /** Seconds of calls, summed. */
  durationSeconds: number;
  /** Money moved, per ISO 4217 currency (or the unit written, e.g. USDT). */
  amounts: Record<string, number>;
  /** ISO 8601 (date or date-time), when rows carried dates. */
  firstTime?: string;
  lastTime?: string;
  /** Free label for generic links (the `type` column of a links file). */
  label?: string;
  /** Stated weight, summed over rows (a links file's weight column: `2,750` is 2750, `0.35` is 0.35). */
  weight?: number;
  /**
   * The rows' other columns (channel, memo, bank, operator, a remark, an association's source…) by header: each
   * header's distinct values, most frequent first, joined by ` | ` (see LINK_ATTRIBUTE_VALUES). Per row in `rows`.
   */
  attributes?: Record<string, string>;
  sources: SourceLines[];
  /**
   * Calls and transfers only: one record per source row (time, duration, amount, transaction id), kept while
   * the case has at most `ROW_DETAIL_LIMIT` such rows; absent on larger cases and on case files without them.
   */
  rows?: LinkRow[];
}

/** One source row of a call or transfer, as the exports need it (FtM writes one Call/Payment per row). */
export interface LinkRow {
  file: string;
  line: number;
  time?: string;
  durationSeconds?: number;
  amount?: number;
  currency?: string;
  transactionId?: string;
  /** The row's other columns by header, as written (see Link.attributes). */
  attributes?: Record<string, string>;
}

/** How many distinct values of one column a link lists; more are counted (`… (+N more)`). */
export const LINK_ATTRIBUTE_VALUES = 5;

/** Distinct values of one column of a link, most frequent first: the first LINK_ATTRIBUTE_VALUES shown, the rest counted. */
export function joinLinkValues(values: readonly string[]): string {
  const shown = values.slice(0, LINK_ATTRIBUTE_VALUES).join(' | ');
  return values.length > LINK_ATTRIBUTE_VALUES ? `${shown} | … (+${values.length - LINK_ATTRIBUTE_VALUES} more)` : shown;
}

/** Call and transfer rows kept one by one in a case; beyond it links keep only their totals (memory). */
export const ROW_DETAIL_LIMIT = 50_000;

/** A person whose sources disagree on whether they are a victim; they are treated as one. */
export interface RoleConflict {
  /** Entity id. */
  entity: string;
  /** Each role/status value written for them, whether it marks a victim, and where it was written. */
  readings: { value: string; victim: boolean; sources: SourceRef[] }[];
}

/** A resolved case: the graph's raw material. */
export interface CaseModel {
  entities: Entity[];
  links: Link[];
}

// NOTE: ids are joined, not concatenated: a concatenation is, in V8, a tree of its parts (and stays a wrapper of
// 32 bytes once flattened); a national case holds a million link ids, each made once, kept for as long as the case.
export function entityId(type: EntityType, key: string): string {
  return [type, key].join(':');
}

export function linkId(type: LinkType, source: string, target: string): string {
  return [type, source, target].join('|');
}

/** Link types whose direction carries no meaning; their pair is stored sorted. */
export const UNDIRECTED_LINKS: ReadonlySet<LinkType> = new Set(['associated', 'linked']);
