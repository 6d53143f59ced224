import { describe, expect, it } from 'vitest';
import { detectHubs } from '../../src/core/analysis/hubs.ts';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import type { CaseModel, Entity, Link } from '../../src/core/model/types.ts';
import { caseOf, link, location, person, phone } from './fixtures/caseBuilder.ts';

/**
 * Four crews of eight people, each with a phone; crews call in a ring with chords. Crew A's boss is
 * called by all of crew A and sees them at the compound; a bank hotline is called by four members of
 * every crew; an airport saw three members of every crew.
 */
function fourCrews(): CaseModel {
  const entities: Entity[] = [];
  const links: Link[] = [];
  const hotline = phone('+621500888');
  const airport = location('airport');
  const compound = location('kk-park');
  const boss = person('boss');
  const bossPhone = phone('boss-phone');
  entities.push(hotline, airport, compound, boss, bossPhone);
  links.push(link('uses_phone', boss, bossPhone), link('seen_at', boss, compound));
  for (const crew of ['a', 'b', 'c', 'd']) {
    const people = Array.from({ length: 8 }, (_, i) => person(`${crew}${i}`));
    const phones = Array.from({ length: 8 }, (_, i) => phone(`${crew}${i}-phone`));
    entities.push(...people, ...phones);
    phones.forEach((handset, i) => {
      links.push(link('uses_phone', people[i] as Entity, handset));
      links.push(link('called', handset, phones[(i + 1) % 8] as Entity, { count: 3 }));
      links.push(link('called', handset, phones[(i + 3) % 8] as Entity, { count: 2 }));
      if (i < 4) links.push(link('called', handset, hotline));
      if (i >= 5) links.push(link('seen_at', people[i] as Entity, airport));
      if (crew === 'a') {
        links.push(link('called', handset, bossPhone, { count: 5 }));
        links.push(link('seen_at', people[i] as Entity, compound, { count: 4 }));
      }
    });
  }
  return caseOf(entities, links);
}

const run = (model: CaseModel, overrides?: { forceHub?: string[]; neverHub?: string[] }) =>
  detectHubs(model, buildCaseGraph(model), { overrides });

describe('detectHubs', () => {
  it('finds nothing in an empty case', () => {
    expect(run({ entities: [], links: [] })).toEqual([]);
  });

  it('marks the hotline called from every crew as a hub, and says why', () => {
    const hubs = run(fourCrews());
    const hotline = hubs.find((hub) => hub.id === 'phone:+621500888');
    expect(hotline).toMatchObject({ type: 'phone', key: '+621500888', label: '+621500888' });
    expect(hotline?.reason).toMatch(/^called by 16 of 34 phones \(47%\), .* looks like a service number$/);
  });

  it('marks the airport where people from every crew were seen as a hub', () => {
    const airport = run(fourCrews()).find((hub) => hub.id === 'location:airport');
    expect(airport?.reason).toMatch(/^12 of 18 people and phones sighted anywhere were seen here \(67%\), .* looks like a busy public place$/);
  });

  it('does not mark the boss called by his whole crew, nor the compound they share', () => {
    const ids = run(fourCrews()).map((hub) => hub.id);
    expect(ids).toEqual(['location:airport', 'phone:+621500888']);
  });

  it('never marks a phone with fewer than eight partners, however small the case', () => {
    const phones = Array.from({ length: 8 }, (_, i) => phone(`p${i}`));
    const links = phones.slice(1).map((p) => link('called', p, phones[0] as Entity));
    expect(run(caseOf(phones, links))).toEqual([]);
  });

  it('lets the analyst force a hub and veto one, the veto winning', () => {
    const hubs = run(fourCrews(), { forceHub: ['phone:boss-phone', 'location:kk-park'], neverHub: ['phone:+621500888', 'location:kk-park'] });
    expect(hubs.map((hub) => [hub.id, hub.reason])).toEqual([
      ['location:airport', expect.stringContaining('busy public place')],
      ['phone:boss-phone', 'marked as a hub by the analyst'],
    ]);
  });

  it('ignores forced ids the case does not hold', () => {
    expect(run({ entities: [], links: [] }, { forceHub: ['phone:nobody'] })).toEqual([]);
  });
});
