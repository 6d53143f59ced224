// fast-check arbitraries for whole, internally consistent cases: entities, links, analysis, view and notes.

import fc from 'fast-check';
import type { AnalysisResult, ClusterProfile } from '../../src/core/analysis/types.ts';
import { emptyMapping } from '../../src/core/ingest/mapping.ts';
import type { LedgerEntry } from '../../src/core/ingest/ledger.ts';
import { ENTITY_TYPES, LINK_TYPES, entityId, linkId, type Entity, type Link, type SourceLines } from '../../src/core/model/types.ts';
import type { CaseData } from '../../src/core/workspace/caseFile.ts';

/** Any UTF-16 text, lone surrogates and controls included: names come from scraped social media. */
const text = fc.string({ unit: 'binary', maxLength: 12 });
/** Keys from data: any text, and often the names that reach an object's prototype when used as keys. */
const mapKey = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((value) => (value === 0 ? 0 : value));
const count = fc.nat({ max: 10_000 });
const sources: fc.Arbitrary<SourceLines[]> = fc.array(fc.record({ file: text, lines: fc.array(fc.integer({ min: 1, max: 1e6 }), { maxLength: 5 }) }), { maxLength: 3 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** A coded ledger line's values: placeholders named by the code, text or numbers. */
const params = fc.dictionary(mapKey, fc.oneof(text, finite), { maxKeys: 3 });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

const entityArb: fc.Arbitrary<Entity> = fc.record({
  type: fc.constantFrom(...ENTITY_TYPES), key: text, label: text, country: optional(fc.constantFrom('ID', 'TH', 'MM', 'KH')),
  variants: fc.array(text, { maxLength: 3 }), attributes: fc.dictionary(mapKey, text, { maxKeys: 3 }), sources,
}).map((entity) => withoutUndefined({ id: entityId(entity.type, entity.key), ...entity }));

const ledgerArb: fc.Arbitrary<LedgerEntry> = fc.record({
  file: text, rows: count, imported: count,
  rejected: fc.array(fc.record({ line: fc.integer({ min: 1, max: 1e6 }), reason: text, code: optional(text), params: optional(params) }).map(withoutUndefined), { maxLength: 2 }),
  warnings: fc.array(fc.record({ line: fc.integer({ min: 1, max: 1e6 }), message: text, code: optional(text), params: optional(params) }).map(withoutUndefined), { maxLength: 2 }),
  assumptions: fc.array(text, { maxLength: 2 }),
  notes: optional(fc.array(fc.record({ text, code: text, params: optional(params) }).map(withoutUndefined), { maxLength: 2 })),
  kind: optional(fc.constantFrom('calls' as const, 'people' as const)),
  error: optional(fc.record({ code: text, message: text })),
}).map(withoutUndefined);

/** A whole case whose every reference resolves. */
export const caseArb: fc.Arbitrary<CaseData> = fc.uniqueArray(entityArb, { selector: (entity) => entity.id, maxLength: 8 }).chain((entities) => {
  const ids = entities.map((entity) => entity.id);
  const idArb = ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('');
  const linkArb: fc.Arbitrary<Link> = fc.record({
    type: fc.constantFrom(...LINK_TYPES), source: idArb, target: idArb, count, durationSeconds: fc.nat(),
    amounts: fc.dictionary(mapKey, finite, { maxKeys: 2 }), firstTime: optional(text), lastTime: optional(text), label: optional(text), sources,
  }).map((link) => withoutUndefined({ id: linkId(link.type, link.source, link.target), ...link }));
  const idSubset = fc.subarray(ids);
  return fc.record({
    links: ids.length > 0 ? fc.uniqueArray(linkArb, { selector: (link) => link.id, maxLength: 10 }) : fc.constant<Link[]>([]),
    ledger: fc.array(ledgerArb, { maxLength: 3 }),
    files: fc.array(fc.record({ name: text, rows: count }), { maxLength: 3 }),
    inSecond: fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }),
    scores: fc.array(fc.record({ weightedDegree: finite, pagerank: finite, betweenness: finite }), { minLength: ids.length, maxLength: ids.length }),
    // NOTE: the case file's parameters are checked by the registry: only values it accepts round-trip.
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }), resolution: fc.double({ min: 0.1, max: 5, noNaN: true }),
    forceHub: optional(idSubset), neverHub: optional(idSubset), hidden: idSubset,
    positioned: idSubset, point: fc.record({ x: finite, y: finite }),
    entityNotes: idSubset, noteText: text, clusterNotes: fc.dictionary(mapKey, text, { maxKeys: 2 }),
    modularity: finite, hubCluster: fc.boolean(), firstActivity: optional(text),
  }).map((parts): CaseData => {
    const clusterOf: Record<string, string> = {};
    ids.forEach((id, i) => { clusterOf[id] = parts.inSecond[i] ? 'C2' : 'C1'; });
    const clusters = ['C1', 'C2'].map((clusterId): ClusterProfile => {
      const members = ids.filter((id) => clusterOf[id] === clusterId);
      const first = entities.find((entity) => entity.id === members[0]);
      return withoutUndefined({
        id: clusterId, size: members.length, memberIds: members,
        membersByType: { person: members.length, phone: 0, account: 0, location: 0, device: 0 },
        countries: ['ID'], crossBorder: false,
        keyPlayers: first ? [{ id: first.id, type: first.type, key: first.key, label: first.label, score: 0.5 }] : [],
        moneyIn: { IDR: 1 }, moneyOut: {}, moneyInternal: {}, firstActivity: parts.firstActivity,
        hub: clusterId === 'C2' && parts.hubCluster ? true : undefined,
      });
    });
    const hub = entities[0];
    const analysis: AnalysisResult = {
      parameters: { algorithm: 'louvain', seed: parts.seed, resolution: parts.resolution }, modularity: parts.modularity, clusters, clusterOf,
      hubs: hub ? [{ id: hub.id, type: hub.type, key: hub.key, label: hub.label, reason: 'because' }] : [],
      brokers: hub ? [{ id: hub.id, type: hub.type, key: hub.key, label: hub.label, score: 1, clusters: ['C1', 'C2'] }] : [],
      scores: Object.fromEntries(ids.map((id, i) => [id, parts.scores[i] ?? { weightedDegree: 0, pagerank: 0, betweenness: 0 }])),
    };
    return {
      mapping: { ...emptyMapping(), files: { 'calls.csv': { kind: 'calls', defaultCountry: 'ID', dateFormat: 'dmy', delimiter: ';', columns: { A: 'phone_a' } } } },
      files: parts.files,
      model: { entities, links: parts.links },
      ledger: parts.ledger,
      parameters: { seed: parts.seed, resolution: parts.resolution, stabilityRuns: 20, from: '', to: '', hubOverrides: withoutUndefined({ forceHub: parts.forceHub, neverHub: parts.neverHub }) },
      analysis,
      view: { positions: Object.fromEntries(parts.positioned.map((id) => [id, parts.point])), hidden: parts.hidden },
      notes: { entities: Object.fromEntries(parts.entityNotes.map((id) => [id, parts.noteText])), clusters: parts.clusterNotes },
    };
  });
});
