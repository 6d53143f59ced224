// Settling ambiguous readings walks the case's sorted lists once; a straightforward version (every entity and link in a
// map, then sorted again) must give the same case, merges and order included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEntity, mergeLink, preferAgreeingReadings, type ReadingEvidence } from '../../src/core/resolve/agreeingReadings.ts';
import { valuesById } from '../../src/core/model/order.ts';
import { UNDIRECTED_LINKS, linkId, type CaseModel, type Entity, type Link, type LinkType } from '../../src/core/model/types.ts';

/** The reference: the whole case in maps, merged in the case's order, sorted by id at the end. */
function reference(model: CaseModel, evidence: ReadonlyMap<string, ReadingEvidence>): CaseModel {
  const moves = new Map<string, string>();
  for (const [id, reading] of evidence) {
    if (reading.firm > 0) continue;
    const known = [...(reading.alternatives ?? [])].filter((alternative) => (evidence.get(alternative)?.firm ?? 0) > 0);
    if (known.length === 1 && known[0]) moves.set(id, known[0]);
  }
  if (moves.size === 0) return model;
  const entities = new Map(model.entities.map((entity) => [entity.id, entity]));
  for (const [from, to] of moves) {
    const source = entities.get(from);
    const target = entities.get(to);
    if (!source || !target) continue;
    entities.set(to, mergeEntity(target, source));
    entities.delete(from);
  }
  const links = new Map<string, Link>();
  for (const link of model.links) {
    let [a, b] = [moves.get(link.source) ?? link.source, moves.get(link.target) ?? link.target];
    if (a === b) continue;
    if (UNDIRECTED_LINKS.has(link.type) && a > b) [a, b] = [b, a];
    const moved = a === link.source && b === link.target ? link : { ...link, id: linkId(link.type, a, b), source: a, target: b };
    const existing = links.get(moved.id);
    links.set(moved.id, existing ? mergeLink(existing, moved) : moved);
  }
  return { entities: valuesById(entities), links: valuesById(links) };
}

const IDS = ['phone:+10', 'phone:+11', 'phone:+12', 'phone:+13', 'phone:+14', 'phone:+15'];

function entity(id: string, line: number): Entity {
  return { id, type: 'phone', key: id.slice('phone:'.length), label: id, variants: [id.slice(6)], attributes: {}, sources: [{ file: 'a.csv', lines: [line] }] };
}

const links = fc.array(fc.record({
  type: fc.constantFrom<LinkType>('called', 'associated'),
  source: fc.constantFrom(...IDS), target: fc.constantFrom(...IDS),
  count: fc.integer({ min: 1, max: 5 }), label: fc.constantFrom(undefined, 'friend', 'boss'), channel: fc.constantFrom(undefined, 'SMS', 'VOICE'),
  line: fc.integer({ min: 2, max: 40 }),
}), { maxLength: 30 });
const readings = fc.array(fc.record({ firm: fc.integer({ min: 0, max: 2 }), alternatives: fc.subarray(IDS, { maxLength: 3 }) }), { minLength: IDS.length, maxLength: IDS.length });

describe('preferAgreeingReadings', () => {
  it('gives the case the straightforward version gives: the same entities, links, merges and id order', () => {
    fc.assert(fc.property(links, readings, (drawn, said) => {
      const byId = new Map<string, Link>();
      for (const { type, source, target, count, label, channel, line } of drawn) {
        if (source === target) continue;
        const [a, b] = UNDIRECTED_LINKS.has(type) && source > target ? [target, source] : [source, target];
        const id = linkId(type, a, b);
        if (byId.has(id)) continue;
        byId.set(id, {
          id, type, source: a, target: b, count, durationSeconds: 10 * count, amounts: {}, firstTime: `2024-01-0${count}T00:00:00`, lastTime: '2024-02-01T00:00:00',
          ...(label ? { label } : {}), ...(channel ? { attributes: { channel } } : {}), sources: [{ file: 'b.csv', lines: [line] }],
        });
      }
      const model: CaseModel = { entities: IDS.map((id, index) => entity(id, index + 2)), links: valuesById(byId) };
      const evidence = new Map(IDS.map((id, index): [string, ReadingEvidence] => {
        const { firm, alternatives } = said[index] as { firm: number; alternatives: string[] };
        return [id, { firm, alternatives: alternatives.length > 0 ? new Set(alternatives.filter((other) => other !== id)) : undefined }];
      }));
      expect(preferAgreeingReadings(model, evidence)).toEqual(reference(model, evidence));
    }), { seed: 9, numRuns: 300 });
  });
});
