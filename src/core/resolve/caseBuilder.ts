// Merges observations into one entity per (type, key) and one link per typed pair, keeping provenance.

import { compareIds, roundMoney, sortKeys, valuesById } from '../model/order.ts';
import { ownString } from '../model/strings.ts';
import { Tally } from './tally.ts';
import { preferAgreeingReadings, type ReadingEvidence } from './agreeingReadings.ts';
import { tieWalletsToPhones } from './walletPhones.ts';
import { isVictimWord } from '../model/roles.ts';
import { isNameKey, nameKey } from '../normalize/name.ts';
import { describeRoleConflict, saysVictim } from './roleConflicts.ts';
import { pulse } from '../progressPulse.ts';
import {
  ROW_DETAIL_LIMIT, UNDIRECTED_LINKS, entityId, joinLinkValues, linkId,
  type CaseModel, type Entity, type EntityType, type Link, type LinkRow, type LinkType, type RoleConflict, type SourceLines, type SourceRef,
} from '../model/types.ts';

/** One sighting of an entity on one row. */
export interface EntityObservation {
  type: EntityType;
  key: string;
  /** A readable name; the most frequent one wins over the key. */
  label?: string;
  country?: string;
  /** The identifier as written in the source. */
  raw?: string;
  attributes?: Record<string, string | undefined>;
  /** Another key the identifier could be read as (an ambiguous `00…` phone); the case decides at build. */
  alternativeKey?: string;
  /** Other valid readings when the plan came only from weak evidence (a person's nationality); the case decides. */
  alternativeKeys?: readonly string[];
}

/** One row's evidence of a relation. */
export interface LinkObservation {
  type: LinkType;
  source: string;
  target: string;
  time?: string;
  durationSeconds?: number;
  amount?: number;
  currency?: string;
  label?: string;
  /** The row's transaction id or hash, when the file has one. */
  transactionId?: string;
  /** A stated weight (a links file's weight column), summed over rows. */
  weight?: number;
  /** The row's other columns by header (channel, memo, bank, a remark…): kept on the link and on its row. */
  attributes?: ColumnValues;
}

/**
 * A row's other columns, compactly: the headers (one list shared by every row of a file) and the row's values, '' when
 * empty. Read as the record {header: value} of its non-empty values in column order (see columnRecord).
 * NOTE: a national case's million call rows each had a record of their own (a hash table: a null-prototype object);
 * rows that say the same share one of these (see RowContext.linkAttributes), and so do the one-row links they make.
 */
export interface ColumnValues {
  readonly headers: readonly string[];
  readonly values: readonly string[];
  /** Whether no header repeats: then each value is its header's, without making the record. */
  readonly distinct: boolean;
}

/** The record a row's other columns make: each non-empty value under its header, a later column's winning a repeated header. */
export function columnRecord(columns: ColumnValues): Record<string, string> {
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  const { headers, values } = columns;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as string;
    if (value !== '') record[headers[index] as string] = value;
  }
  return record;
}

// NOTE: an identifier written a thousand ways is still worth showing, but not a thousand times. The cap
// applies after sorting, so which variants are shown does not depend on the order files are read in.
const MAX_VARIANTS = 25;

// NOTE: the attributes that decide protection (see model/roles.ts) keep where each value came from, so a
// disagreement can be shown with both sources.
const ROLE_ATTRIBUTES = ['role', 'status'] as const;

interface EntityDraft {
  id: string;
  type: EntityType;
  key: string;
  labels: Tally;
  countries: Tally;
  variants: Tally;
  /** Made on the first attribute (most phones, accounts and devices have none). */
  attributes: Map<string, Tally> | undefined;
  /** What one row said of a person's role (`worker`, `victim / rescued`) → file → first line; made on the first. */
  roleSources: Map<string, Map<string, number>> | undefined;
  sources: LineSources;
  /** A phone's readings (see noteReading): the same object as in CaseBuilder.readings, found without a lookup. */
  reading: ReadingEvidence | undefined;
}

// NOTE: every field of a draft is there from the start (undefined until known): a million drafts of one shape keep
// the builder's property reads fast, where drafts that grew fields in row order took dozens of shapes.
interface LinkDraft extends Omit<Link, 'sources' | 'label' | 'rows' | 'attributes' | 'amounts' | 'weight' | 'firstTime' | 'lastTime'> {
  /** Made on the first amount (most links are calls); in place from the start so the key keeps its order. */
  amounts: Record<string, number> | undefined;
  weight: number | undefined;
  firstTime: string | undefined;
  lastTime: string | undefined;
  /** Whether the weight came before the times (a link's keys come out in the order it got them). */
  weightFirst: boolean;
  /** Made on the first label. */
  labels: Tally | undefined;
  /** Header → value tally of the rows' other columns (see LinkObservation.attributes). */
  attributes: Map<string, Tally> | undefined;
  /**
   * The one row's other columns while the link has one row (most calls of a national case are a pair's only call):
   * tallied only when a second row comes, so a one-row link holds a record, not a Map of Maps.
   */
  firstAttributes: ColumnValues | undefined;
  sources: LineSources;
  rows: LinkRow[] | undefined;
}

/** Lines of no file yet: never added to (a LineSources makes its own list with its first line). */
const NO_LINES: number[] = [];

/**
 * File → the lines (in reading order, no repeat in a row) an entity or link was seen on.
 * NOTE: most links and many entities come from one file: its lines are held without a Map (a national case has
 * hundreds of thousands of them), and the last file's list is kept at hand, so a row costs no Map lookup.
 */
class LineSources {
  private firstFile: string | undefined;
  private firstLines: number[] = NO_LINES;
  private others: Map<string, number[]> | undefined;
  private lastFile: string | undefined;
  private lastLines: number[] = NO_LINES;

  add(file: string, line: number): void {
    if (file === this.lastFile) {
      const lines = this.lastLines;
      if (lines[lines.length - 1] !== line) lines.push(line);
      return;
    }
    // NOTE: a new list is made holding its line (`[line]`): an empty list grown by a push reserves 17 slots.
    const lines = this.linesOf(file, line);
    this.lastFile = file;
    this.lastLines = lines;
    if (lines[lines.length - 1] !== line) lines.push(line);
  }

  /** Each file with its lines, first file first. */
  entries(): [string, number[]][] {
    const entries: [string, number[]][] = this.firstFile === undefined ? [] : [[this.firstFile, this.firstLines]];
    if (this.others) for (const entry of this.others) entries.push(entry);
    return entries;
  }

  /** Adds another's lines (merged drafts): each file's lines sorted, without repeats. */
  merge(from: LineSources): void {
    for (const [file, lines] of from.entries()) {
      const mine = this.linesOf(file);
      const merged = [...new Set([...mine, ...lines])].sort((a, b) => a - b);
      mine.length = 0;
      for (const line of merged) mine.push(line);
    }
  }

  /** The list of `file` (made when new). */
  private linesOf(file: string, first?: number): number[] {
    if (this.firstFile === undefined) {
      this.firstFile = file;
      this.firstLines = first === undefined ? [] : [first];
    }
    if (this.firstFile === file) return this.firstLines;
    this.others ??= new Map();
    let lines = this.others.get(file);
    if (!lines) this.others.set(file, (lines = first === undefined ? [] : [first]));
    return lines;
  }
}

/** The amounts of a link without any (most calls): one frozen record shared by all of them. */
const NO_AMOUNTS: Record<string, number> = Object.freeze({});

const ROW_DETAIL_TYPES: ReadonlySet<LinkType> = new Set(['called', 'transferred']);

/** Where an entity of one type and key lives in a CaseBuilder: its id, and its draft once a row is imported. */
export class EntitySlot {
  /** @internal set by CaseBuilder only */
  draft?: EntityDraft;
  constructor(readonly id: string) {}
}

/** Accumulates a case row by row; `build()` returns entities and links sorted by id (deterministic). */
export class CaseBuilder {
  private readonly entities = new Map<string, EntityDraft>();
  private readonly links = new Map<string, LinkDraft>();
  // NOTE: a million rows name a few hundred thousand entities and links: their ids are made once, and a
  // row finds its entity and link through keys it already holds, not through a new id string per row.
  // A slot holds the id from the first time a row names the key, and the draft once a row is imported.
  private readonly slots = new Map<EntityType, Map<string, EntitySlot>>();
  private linkIndex = new Map<LinkType, Map<string, Map<string, LinkDraft>>>();
  private readonly readings = new Map<string, ReadingEvidence>();
  private conflicts: RoleConflict[] = [];
  /** Call and transfer rows seen; past ROW_DETAIL_LIMIT every link drops its rows (all or none, so exports agree). */
  private detailRows = 0;

  /** The id of the entity of this type and key (the same string every time it is asked for). */
  idOf(type: EntityType, key: string): string {
    return this.slotOf(type, key).id;
  }

  /** The slot of this type and key: its id now, its draft once a row is imported (see RowContext, which stages rows). */
  slotOf(type: EntityType, key: string): EntitySlot {
    let byKey = this.slots.get(type);
    if (!byKey) this.slots.set(type, (byKey = new Map()));
    let slot = byKey.get(key);
    if (slot === undefined) byKey.set(key, (slot = new EntitySlot(entityId(type, key))));
    return slot;
  }

  /** Adds or merges an entity; returns its id. `slot`: the observation's, when the caller already holds it. */
  addEntity(observation: EntityObservation, ref: SourceRef, slot: EntitySlot = this.slotOf(observation.type, observation.key)): string {
    const id = slot.id;
    let draft = slot.draft;
    if (!draft) {
      draft = {
        id, type: observation.type, key: ownString(observation.key), labels: new Tally(), countries: new Tally(), variants: new Tally(),
        attributes: undefined, roleSources: undefined, sources: new LineSources(), reading: undefined,
      };
      slot.draft = draft;
      this.entities.set(id, draft);
    }
    if (observation.label) draft.labels.add(observation.label);
    if (observation.country) draft.countries.add(observation.country);
    if (observation.raw) draft.variants.add(observation.raw);
    const attributes = observation.attributes;
    // NOTE: for…in over own keys only: attribute records are plain or null-prototype objects built by the readers.
    for (const name in attributes) {
      if (!Object.hasOwn(attributes, name)) continue;
      const value = attributes[name];
      if (value === undefined || value === '') continue;
      const tallies = (draft.attributes ??= new Map());
      let tally = tallies.get(name);
      if (!tally) tallies.set(name, (tally = new Tally()));
      tally.add(value);
    }
    if (observation.type === 'person') noteRoleSource(draft, observation.attributes, ref);
    draft.sources.add(ref.file, ref.line);
    // NOTE: accounts too: a wallet keyed by a weak phone reading keeps its plain key as the alternative (planWallet.ts).
    if (observation.type === 'phone' || observation.type === 'account') this.noteReading(draft, observation);
    return id;
  }

  /**
   * A person written only as an identifier (an association's `Nguyễn Thị Lan`) that is no known person's
   * id but equals the normalised name of exactly one named person is that person: its rows and links move
   * to them. When several people have that name it stays apart, marked `keyFrom: reference`, and
   * possibleDuplicates suggests each. NOTE: decided once, on the whole case, so file order cannot change it.
   */
  private resolveNamedReferences(): void {
    const byName = new Map<string, string[]>();
    for (const draft of this.entities.values()) {
      if (draft.type !== 'person' || isReferenceOnly(draft)) continue;
      for (const name of nameKeysOf(draft)) {
        const ids = byName.get(name);
        if (ids) ids.push(draft.id);
        else byName.set(name, [draft.id]);
      }
    }
    const redirects = new Map<string, string>();
    for (const draft of this.entities.values()) {
      if (!isReferenceOnly(draft)) continue;
      const candidates = byName.get(nameKey(draft.key)) ?? [];
      if (candidates.length === 1 && candidates[0] !== undefined) redirects.set(draft.id, candidates[0]);
      else if (candidates.length > 1) (draft.attributes ??= new Map()).set('keyFrom', Tally.of([['reference', 1]]));
    }
    if (redirects.size === 0) return;
    for (const [from, to] of redirects) {
      const source = this.entities.get(from);
      const target = this.entities.get(to);
      if (!source || !target) continue;
      if (!source.variants.has(source.key)) source.variants.add(source.key);
      mergeEntityDraft(target, source);
      this.entities.delete(from);
      const slot = this.slots.get(source.type)?.get(source.key);
      if (slot?.draft === source) slot.draft = target;
    }
    const links = [...this.links.values()];
    this.links.clear();
    for (const draft of links) {
      const [a, b] = [redirects.get(draft.source) ?? draft.source, redirects.get(draft.target) ?? draft.target];
      if (a === b) continue;
      const [source, target] = UNDIRECTED_LINKS.has(draft.type) && a > b ? [b, a] : [a, b];
      const id = linkId(draft.type, source, target);
      const found = this.links.get(id);
      if (found) mergeLinkDraft(found, draft);
      else this.links.set(id, { ...draft, id, source, target });
    }
    this.linkIndex = new Map();
    for (const draft of this.links.values()) this.indexLink(draft);
  }

  private noteReading(draft: EntityDraft, observation: EntityObservation): void {
    let reading = draft.reading;
    if (!reading) this.readings.set(draft.id, (reading = draft.reading = { firm: 0, alternatives: undefined }));
    const { alternativeKey, alternativeKeys } = observation;
    if (!alternativeKey && (!alternativeKeys || alternativeKeys.length === 0)) {
      reading.firm += 1;
      return;
    }
    const alternatives = (reading.alternatives ??= new Set());
    if (alternativeKey) alternatives.add(entityId(observation.type, alternativeKey));
    for (const key of alternativeKeys ?? []) alternatives.add(entityId(observation.type, key));
  }

  /** Adds one row's evidence to the aggregated link between two entity ids. */
  addLink(observation: LinkObservation, ref: SourceRef): void {
    if (observation.source === observation.target) return;
    const [source, target] = UNDIRECTED_LINKS.has(observation.type) && observation.source > observation.target
      ? [observation.target, observation.source]
      : [observation.source, observation.target];
    let draft = this.findLink(observation.type, source, target);
    if (!draft) {
      const id = linkId(observation.type, source, target);
      draft = {
        id, type: observation.type, source, target, count: 0, durationSeconds: 0, amounts: undefined, weight: undefined, firstTime: undefined,
        lastTime: undefined, weightFirst: false, labels: undefined, attributes: undefined, firstAttributes: undefined, sources: new LineSources(), rows: undefined,
      };
      this.links.set(id, draft);
      this.indexLink(draft);
    }
    draft.count += 1;
    draft.durationSeconds += observation.durationSeconds ?? 0;
    if (observation.weight !== undefined) {
      if (draft.weight === undefined) draft.weightFirst = draft.firstTime === undefined;
      draft.weight = (draft.weight ?? 0) + observation.weight;
    }
    if (observation.amount !== undefined) {
      const currency = observation.currency ?? 'unspecified';
      const amounts = (draft.amounts ??= Object.create(null) as Record<string, number>);
      amounts[currency] = roundMoney((amounts[currency] ?? 0) + observation.amount);
    }
    if (observation.time) {
      if (!draft.firstTime || observation.time < draft.firstTime) draft.firstTime = observation.time;
      if (!draft.lastTime || observation.time > draft.lastTime) draft.lastTime = observation.time;
    }
    if (observation.label) (draft.labels ??= new Tally()).add(observation.label);
    if (observation.attributes) {
      if (!draft.attributes && !draft.firstAttributes) draft.firstAttributes = observation.attributes;
      else {
        const tallies = (draft.attributes ??= new Map());
        if (draft.firstAttributes) tallyAttributes(tallies, draft.firstAttributes);
        draft.firstAttributes = undefined;
        tallyAttributes(tallies, observation.attributes);
      }
    }
    draft.sources.add(ref.file, ref.line);
    if (ROW_DETAIL_TYPES.has(observation.type)) this.addRow(draft, observation, ref);
  }

  private findLink(type: LinkType, source: string, target: string): LinkDraft | undefined {
    return this.linkIndex.get(type)?.get(source)?.get(target);
  }

  private indexLink(draft: LinkDraft): void {
    let bySource = this.linkIndex.get(draft.type);
    if (!bySource) this.linkIndex.set(draft.type, (bySource = new Map()));
    let byTarget = bySource.get(draft.source);
    if (!byTarget) bySource.set(draft.source, (byTarget = new Map()));
    byTarget.set(draft.target, draft);
  }

  private addRow(draft: LinkDraft, observation: LinkObservation, ref: SourceRef): void {
    this.detailRows += 1;
    if (this.detailRows > ROW_DETAIL_LIMIT) {
      if (this.detailRows === ROW_DETAIL_LIMIT + 1) for (const link of this.links.values()) link.rows = undefined;
      return;
    }
    const row: LinkRow = { file: ref.file, line: ref.line };
    if (observation.time) row.time = observation.time;
    if (observation.durationSeconds !== undefined) row.durationSeconds = observation.durationSeconds;
    if (observation.amount !== undefined) {
      row.amount = observation.amount;
      row.currency = observation.currency ?? 'unspecified';
    }
    if (observation.transactionId) row.transactionId = ownString(observation.transactionId);
    if (observation.attributes) {
      const attributes = columnRecord(observation.attributes);
      if (hasKeys(attributes)) row.attributes = ownRecord(attributes);
    }
    if (draft.rows) draft.rows.push(row);
    else draft.rows = [row];
  }

  get entityCount(): number {
    return this.entities.size;
  }

  /** People whose sources disagree on whether they are victims (set by `build()`); each is treated as a victim. */
  roleConflicts(): readonly RoleConflict[] {
    return this.conflicts;
  }

  /**
   * The resolved case, sorted by id so that the same files always give the same model, in any order.
   * `release`: the builder lets go of its links as it makes them (the case is built once: a later build has none).
   */
  build(options: { release?: boolean } = {}): CaseModel {
    this.resolveNamedReferences();
    const conflicts: RoleConflict[] = [];
    const work = this.entities.size + this.links.size;
    const entities = valuesById(this.entities).map((draft, index): Entity => {
      pulse(index, work);
      const country = draft.countries.pick();
      const attributes = settleAttributes(draft, conflicts);
      return {
        id: draft.id, type: draft.type, key: draft.key, label: draft.labels.pick() ?? draft.key,
        ...(country ? { country } : {}),
        variants: [...draft.variants.keys()].sort(compareIds).slice(0, MAX_VARIANTS), attributes, sources: toSourceLines(draft.sources),
      };
    });
    this.conflicts = conflicts;
    const sharedAttributes = new Map<string, Record<string, string>>();
    const settledRows = new Map<ColumnValues, Record<string, string> | undefined>();
    const drafts: (LinkDraft | undefined)[] = valuesById(this.links);
    // NOTE: a national case's link drafts weigh about what its links do: released, each draft can go as its link is
    // made, so the two are not held whole at once.
    if (options.release) {
      this.links.clear();
      this.linkIndex = new Map();
    }
    const links = drafts.map((held, index): Link => {
      const draft = held as LinkDraft;
      if (options.release) drafts[index] = undefined;
      pulse(entities.length + index, work);
      const { sources, labels, rows, amounts, weight, firstTime, lastTime } = draft;
      const label = labels?.pick();
      const attributes = draft.attributes ? settleLinkAttributes(draft.attributes, sharedAttributes)
        : draft.firstAttributes ? settleOneRow(draft.firstAttributes, settledRows, sharedAttributes) : undefined;
      // NOTE: rows in file and line order, not reading order: the same files in another order give the same case.
      const sorted = rows?.sort((a, b) => compareIds(a.file, b.file) || a.line - b.line);
      // NOTE: made field by field, not by spreading the draft (a hundred thousand drafts of many shapes); the keys
      // keep the order they always had: the optional weight and times where the draft got them first.
      const linkAmounts = amounts ? sortKeys(amounts) : NO_AMOUNTS;
      let link: Link;
      // NOTE: a call's link (times, no weight, no label) is made in one literal: its fields sit in the object itself,
      // not in a second array added as fields grow (tens of megabytes over a national case's million links).
      if (weight === undefined && !label && firstTime !== undefined && lastTime !== undefined) {
        link = attributes
          ? { id: draft.id, type: draft.type, source: draft.source, target: draft.target, count: draft.count, durationSeconds: draft.durationSeconds, amounts: linkAmounts, firstTime, lastTime, attributes, sources: toSourceLines(sources) }
          : { id: draft.id, type: draft.type, source: draft.source, target: draft.target, count: draft.count, durationSeconds: draft.durationSeconds, amounts: linkAmounts, firstTime, lastTime, sources: toSourceLines(sources) };
      } else {
        const head: Omit<Link, 'sources'> = {
          id: draft.id, type: draft.type, source: draft.source, target: draft.target, count: draft.count, durationSeconds: draft.durationSeconds, amounts: linkAmounts,
        };
        if (weight !== undefined && draft.weightFirst) head.weight = weight;
        if (firstTime !== undefined) head.firstTime = firstTime;
        if (lastTime !== undefined) head.lastTime = lastTime;
        if (weight !== undefined && !draft.weightFirst) head.weight = weight;
        if (label) head.label = label;
        if (attributes) head.attributes = attributes;
        link = Object.assign(head, { sources: toSourceLines(sources) });
      }
      if (sorted) link.rows = sorted;
      return link;
    });
    return tieWalletsToPhones(preferAgreeingReadings({ entities, links }, this.readings));
  }
}

/** Persons seen only by an identifier (never with a name): association, sighting and link ends. */
function isReferenceOnly(draft: EntityDraft): boolean {
  return draft.type === 'person' && draft.labels.size === 0 && !isNameKey(draft.key);
}

/** The name keys a person is known by: its labels, and its key when it was made from a name. */
function nameKeysOf(draft: EntityDraft): Set<string> {
  const keys = new Set([...draft.labels.keys()].map(nameKey));
  if (isNameKey(draft.key)) keys.add(draft.key.slice('name:'.length));
  // NOTE: an alias is a name the person is known by (`Mami Dewi`): a reference written as it resolves the same way.
  for (const alias of draft.attributes?.get('alias')?.keys() ?? []) for (const part of alias.split(';')) if (part.trim() !== '') keys.add(nameKey(part));
  return keys;
}

function mergeEntityDraft(into: EntityDraft, from: EntityDraft): void {
  into.labels.addAll(from.labels);
  into.countries.addAll(from.countries);
  into.variants.addAll(from.variants);
  for (const [name, tally] of from.attributes ?? []) {
    const tallies = (into.attributes ??= new Map());
    let target = tallies.get(name);
    if (!target) tallies.set(name, (target = new Tally()));
    target.addAll(tally);
  }
  for (const [value, files] of from.roleSources ?? []) {
    const roleSources = (into.roleSources ??= new Map());
    let target = roleSources.get(value);
    if (!target) roleSources.set(value, (target = new Map()));
    for (const [file, line] of files) {
      const seen = target.get(file);
      if (seen === undefined || line < seen) target.set(file, line);
    }
  }
  into.sources.merge(from.sources);
}

function mergeLinkDraft(into: LinkDraft, from: LinkDraft): void {
  into.count += from.count;
  into.durationSeconds += from.durationSeconds;
  if (from.weight !== undefined) {
    if (into.weight === undefined) into.weightFirst = into.firstTime === undefined;
    into.weight = (into.weight ?? 0) + from.weight;
  }
  if (from.amounts) {
    const amounts = (into.amounts ??= Object.create(null) as Record<string, number>);
    for (const [currency, amount] of Object.entries(from.amounts)) amounts[currency] = roundMoney((amounts[currency] ?? 0) + amount);
  }
  if (from.firstTime && (!into.firstTime || from.firstTime < into.firstTime)) into.firstTime = from.firstTime;
  if (from.lastTime && (!into.lastTime || from.lastTime > into.lastTime)) into.lastTime = from.lastTime;
  if (from.labels) (into.labels ??= new Tally()).addAll(from.labels);
  mergeLinkAttributeTallies(into, from);
  into.sources.merge(from.sources);
  // NOTE: a loop, not push(...rows): a merged national-case link can hold more rows than the call stack takes arguments.
  if (from.rows) {
    const rows = (into.rows ??= []);
    for (const row of from.rows) rows.push(row);
  }
}

/** The merged-away link's other columns join the kept link's tallies (nothing read from a row is dropped by a merge). */
function mergeLinkAttributeTallies(into: LinkDraft, from: LinkDraft): void {
  if (!from.attributes && !from.firstAttributes) return;
  if (!into.attributes && !into.firstAttributes && !from.attributes) {
    into.firstAttributes = from.firstAttributes;
    return;
  }
  const tallies = (into.attributes ??= new Map());
  if (into.firstAttributes) tallyAttributes(tallies, into.firstAttributes);
  into.firstAttributes = undefined;
  if (from.firstAttributes) tallyAttributes(tallies, from.firstAttributes);
  for (const [name, tally] of from.attributes ?? []) {
    let target = tallies.get(name);
    if (!target) tallies.set(name, (target = new Tally()));
    target.addAll(tally);
  }
}

function noteRoleSource(draft: EntityDraft, attributes: EntityObservation['attributes'], ref: SourceRef): void {
  const said = ROLE_ATTRIBUTES.map((name) => attributes?.[name]?.trim() ?? '').filter((value) => value !== '');
  if (said.length === 0) return;
  const value = said.join(' / ');
  const roleSources = (draft.roleSources ??= new Map());
  let files = roleSources.get(value);
  if (!files) roleSources.set(value, (files = new Map()));
  const line = files.get(ref.file);
  if (line === undefined || ref.line < line) files.set(ref.file, ref.line);
}

/**
 * One value per attribute, the most frequent. NOTE: when sources disagree on whether a person is a
 * victim, the victim reading wins whatever its count (a victim is never ranked), and the disagreement
 * is recorded with the sources of each side, on the entity (`roleConflict`) and in `conflicts`.
 */
function settleAttributes(draft: EntityDraft, conflicts: RoleConflict[]): Record<string, string> {
  const settled: [string, string][] = [];
  for (const [name, tally] of draft.attributes ?? []) {
    if (draft.type === 'person' && (ROLE_ATTRIBUTES as readonly string[]).includes(name)) continue;
    const value = tally.pick();
    if (value !== undefined) settled.push([name, value]);
  }
  if (draft.type === 'person') {
    const values = [...(draft.roleSources?.keys() ?? [])];
    const victim = values.filter(saysVictim);
    const other = values.filter((value) => !saysVictim(value));
    for (const name of ROLE_ATTRIBUTES) {
      const tally = draft.attributes?.get(name);
      if (!tally) continue;
      const protective = victim.length > 0 && other.length > 0 ? Tally.of([...tally].filter(([value]) => isVictimWord(value))) : tally;
      const value = (protective.size > 0 ? protective : tally).pick();
      if (value !== undefined) settled.push([name, value]);
    }
    if (victim.length > 0 && other.length > 0) {
      const conflict: RoleConflict = {
        entity: draft.id,
        readings: values.sort(compareIds).map((value) => ({
          value, victim: saysVictim(value),
          sources: [...(draft.roleSources?.get(value) ?? [])].sort(([a], [b]) => compareIds(a, b)).map(([file, line]) => ({ file, line })),
        })),
      };
      conflicts.push(conflict);
      settled.push(['roleConflict', describeRoleConflict(conflict)]);
    }
  }
  return Object.fromEntries(settled.sort(([a], [b]) => compareIds(a, b)));
}

function tallyAttributes(tallies: Map<string, Tally>, columns: ColumnValues): Map<string, Tally> {
  if (columns.distinct) {
    const { headers, values } = columns;
    for (let index = 0; index < values.length; index++) {
      const value = values[index] as string;
      if (value === '') continue;
      const name = headers[index] as string;
      let tally = tallies.get(name);
      if (!tally) tallies.set(name, (tally = new Tally()));
      tally.add(value);
    }
    return tallies;
  }
  const attributes = columnRecord(columns);
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    if (value === undefined || value === '') continue;
    let tally = tallies.get(name);
    if (!tally) tallies.set(name, (tally = new Tally()));
    tally.add(value);
  }
  return tallies;
}

/** A one-row link's other columns settled (one row's columns, shared by many one-row links, are settled once). */
function settleOneRow(
  columns: ColumnValues, settled: Map<ColumnValues, Record<string, string> | undefined>, shared: Map<string, Record<string, string>>,
): Record<string, string> | undefined {
  if (settled.has(columns)) return settled.get(columns);
  const attributes = settleLinkAttributes(tallyAttributes(new Map(), columns), shared);
  settled.set(columns, attributes);
  return attributes;
}

/** A row's other columns with values of their own (see ownString). */
function ownRecord(record: Record<string, string>): Record<string, string> {
  const own: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const name in record) if (Object.hasOwn(record, name)) own[name] = ownString(record[name] as string);
  return own;
}

function hasKeys(record: Record<string, string>): boolean {
  for (const name in record) if (Object.hasOwn(record, name)) return true;
  return false;
}

/**
 * Each header's values, most frequent first (ties in code-unit order), joined (see Link.attributes).
 * NOTE: a national case's million calls say a handful of things in their other columns (`OUTGOING`, `SMS`): links that
 * say the same share one frozen record (`shared`: content → record) instead of a hash table each.
 */
function settleLinkAttributes(tallies: Map<string, Tally>, shared: Map<string, Record<string, string>>): Record<string, string> | undefined {
  if (tallies.size === 0) return undefined;
  const entries: [string, string][] = [];
  let content = '';
  for (const name of tallies.size === 1 ? tallies.keys() : [...tallies.keys()].sort(compareIds)) {
    const tally = tallies.get(name) as Tally;
    const value = tally.size === 1 ? (tally.pick() as string) : joinLinkValues([...tally].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0])).map(([item]) => item));
    entries.push([name, value]);
    content += `${name}\u0000${value}\u0000`;
  }
  let settled = shared.get(content);
  if (!settled) {
    settled = Object.create(null) as Record<string, string>;
    for (const [name, value] of entries) settled[name] = value;
    shared.set(content, Object.freeze(settled));
  }
  return settled;
}

// NOTE: a list grown by push keeps room for more (17 slots after its second line); the case keeps each list at its size.
function toSourceLines(sources: LineSources): SourceLines[] {
  const entries = sources.entries();
  if (entries.length > 1) entries.sort(([a], [b]) => compareIds(a, b));
  return entries.map(([file, lines]) => ({ file, lines: lines.length > 1 ? lines.slice() : lines }));
}
