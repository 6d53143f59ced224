// Merges observations into one entity per (type, key) and one link per typed pair, keeping provenance.

import { byId, compareIds, roundMoney, sortKeys } from '../model/order.ts';
import { preferAgreeingReadings, type ReadingEvidence } from './agreeingReadings.ts';
import {
  ROW_DETAIL_LIMIT, UNDIRECTED_LINKS, entityId, linkId,
  type CaseModel, type Entity, type EntityType, type Link, type LinkRow, type LinkType, type SourceLines, type SourceRef,
} from '../model/types.ts';

/** One sighting of an entity on one row. */
export interface EntityObservation {
  type: EntityType;
  key: string;
  /** A readable name; the first one seen wins over the key. */
  label?: string;
  country?: string;
  /** The identifier as written in the source. */
  raw?: string;
  attributes?: Record<string, string | undefined>;
  /** Another key the identifier could be read as (an ambiguous `00…` phone); the case decides at build. */
  alternativeKey?: string;
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
}

// NOTE: an identifier written a thousand ways is still worth showing, but not a thousand times.
const MAX_VARIANTS = 25;

interface EntityDraft extends Omit<Entity, 'sources' | 'variants'> {
  variants: Set<string>;
  sources: Map<string, number[]>;
  labelIsKey: boolean;
}

interface LinkDraft extends Omit<Link, 'sources' | 'rows'> {
  sources: Map<string, number[]>;
  rows?: LinkRow[];
}

const ROW_DETAIL_TYPES: ReadonlySet<LinkType> = new Set(['called', 'transferred']);

/** Accumulates a case row by row; `build()` returns entities and links sorted by id (deterministic). */
export class CaseBuilder {
  private readonly entities = new Map<string, EntityDraft>();
  private readonly links = new Map<string, LinkDraft>();
  private readonly readings = new Map<string, ReadingEvidence>();
  /** Call and transfer rows seen; past ROW_DETAIL_LIMIT every link drops its rows (all or none, so exports agree). */
  private detailRows = 0;

  /** Adds or merges an entity; returns its id. */
  addEntity(observation: EntityObservation, ref: SourceRef): string {
    const id = entityId(observation.type, observation.key);
    let draft = this.entities.get(id);
    if (!draft) {
      draft = {
        id, type: observation.type, key: observation.key, label: observation.label || observation.key,
        labelIsKey: !observation.label, variants: new Set(), attributes: {}, sources: new Map(),
      };
      this.entities.set(id, draft);
    } else if (draft.labelIsKey && observation.label) {
      draft.label = observation.label;
      draft.labelIsKey = false;
    }
    if (!draft.country && observation.country) draft.country = observation.country;
    if (observation.raw && draft.variants.size < MAX_VARIANTS) draft.variants.add(observation.raw);
    for (const [name, value] of Object.entries(observation.attributes ?? {})) {
      if (value !== undefined && value !== '' && draft.attributes[name] === undefined) draft.attributes[name] = value;
    }
    addLine(draft.sources, ref);
    this.noteReading(id, observation);
    return id;
  }

  private noteReading(id: string, observation: EntityObservation): void {
    if (observation.type !== 'phone') return;
    let reading = this.readings.get(id);
    if (!reading) this.readings.set(id, (reading = { firm: 0, alternatives: new Set() }));
    if (observation.alternativeKey) reading.alternatives.add(entityId(observation.type, observation.alternativeKey));
    else reading.firm += 1;
  }

  /** Adds one row's evidence to the aggregated link between two entity ids. */
  addLink(observation: LinkObservation, ref: SourceRef): void {
    if (observation.source === observation.target) return;
    const [source, target] = UNDIRECTED_LINKS.has(observation.type) && observation.source > observation.target
      ? [observation.target, observation.source]
      : [observation.source, observation.target];
    const id = linkId(observation.type, source, target);
    let draft = this.links.get(id);
    if (!draft) {
      draft = { id, type: observation.type, source, target, count: 0, durationSeconds: 0, amounts: {}, sources: new Map() };
      this.links.set(id, draft);
    }
    draft.count += 1;
    draft.durationSeconds += observation.durationSeconds ?? 0;
    if (observation.amount !== undefined) {
      const currency = observation.currency ?? 'unspecified';
      draft.amounts[currency] = roundMoney((draft.amounts[currency] ?? 0) + observation.amount);
    }
    if (observation.time) {
      if (!draft.firstTime || observation.time < draft.firstTime) draft.firstTime = observation.time;
      if (!draft.lastTime || observation.time > draft.lastTime) draft.lastTime = observation.time;
    }
    if (observation.label && !draft.label) draft.label = observation.label;
    addLine(draft.sources, ref);
    if (ROW_DETAIL_TYPES.has(observation.type)) this.addRow(draft, observation, ref);
  }

  private addRow(draft: LinkDraft, observation: LinkObservation, ref: SourceRef): void {
    this.detailRows += 1;
    if (this.detailRows > ROW_DETAIL_LIMIT) {
      if (this.detailRows === ROW_DETAIL_LIMIT + 1) for (const link of this.links.values()) delete link.rows;
      return;
    }
    const row: LinkRow = { file: ref.file, line: ref.line };
    if (observation.time) row.time = observation.time;
    if (observation.durationSeconds !== undefined) row.durationSeconds = observation.durationSeconds;
    if (observation.amount !== undefined) {
      row.amount = observation.amount;
      row.currency = observation.currency ?? 'unspecified';
    }
    if (observation.transactionId) row.transactionId = observation.transactionId;
    (draft.rows ??= []).push(row);
  }

  get entityCount(): number {
    return this.entities.size;
  }

  /** The resolved case, sorted by id so that the same files always give the same model. */
  build(): CaseModel {
    const entities = [...this.entities.values()].sort(byId).map((draft): Entity => ({
      id: draft.id, type: draft.type, key: draft.key, label: draft.label,
      ...(draft.country ? { country: draft.country } : {}),
      variants: [...draft.variants], attributes: sortKeys(draft.attributes), sources: toSourceLines(draft.sources),
    }));
    const links = [...this.links.values()].sort(byId).map(({ sources, ...link }): Link => ({
      ...link, amounts: sortKeys(link.amounts), sources: toSourceLines(sources),
    }));
    return preferAgreeingReadings({ entities, links }, this.readings);
  }
}

function addLine(sources: Map<string, number[]>, ref: SourceRef): void {
  const lines = sources.get(ref.file);
  if (!lines) sources.set(ref.file, [ref.line]);
  else if (lines[lines.length - 1] !== ref.line) lines.push(ref.line);
}

function toSourceLines(sources: Map<string, number[]>): SourceLines[] {
  return [...sources.entries()].sort(([a], [b]) => compareIds(a, b)).map(([file, lines]) => ({ file, lines }));
}
