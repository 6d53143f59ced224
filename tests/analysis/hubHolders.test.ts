import { describe, expect, it } from 'vitest';
import { findHubs, PERSONAL_LINE_MAX_HOLDERS } from '../../src/core/analysis/hubs.ts';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { compiledTranslator } from '../../src/core/i18n/translate.ts';
import { sayCoded } from '../../src/core/i18n/coded.ts';
import type { CaseModel, Entity, Link } from '../../src/core/model/types.ts';
import { caseOf, link, person, phone } from './fixtures/caseBuilder.ts';

/**
 * Four crews of eight phones calling in a ring with chords. A recruiter's line calls four members of
 * every crew, and so does a bank hotline: to the spread test both look the same (partners who are
 * strangers to each other). `holders` says who gives the recruiter's line as theirs.
 */
function recruiterAndHotline(holders: string[]): CaseModel {
  const recruiterLine = phone('+639173551310');
  const hotline = phone('+631800100');
  const entities: Entity[] = [recruiterLine, hotline];
  const links: Link[] = [];
  for (const key of holders) {
    const holder = person(key);
    entities.push(holder);
    links.push(link('uses_phone', holder, recruiterLine));
  }
  for (const crew of ['a', 'b', 'c', 'd']) {
    const phones = Array.from({ length: 8 }, (_, i) => phone(`${crew}${i}`));
    entities.push(...phones);
    phones.forEach((handset, i) => {
      links.push(link('called', handset, phones[(i + 1) % 8] as Entity, { count: 3 }));
      links.push(link('called', handset, phones[(i + 3) % 8] as Entity, { count: 2 }));
      if (i < 4) links.push(link('called', handset, hotline));
      if (i >= 4) links.push(link('called', recruiterLine, handset));
    });
  }
  return caseOf(entities, links);
}

const run = (model: CaseModel, forceHub: string[] = []) => findHubs(model, buildCaseGraph(model), { overrides: { forceHub } });
const ids = (hubs: { id: string }[]) => hubs.map((hub) => hub.id);

describe('findHubs and the holder of a phone', () => {
  it('sets the recruiter line aside with the hotline while no one is known to hold it (the spread test alone cannot tell them apart)', () => {
    const { hubs, kept } = run(recruiterAndHotline([]));
    expect(ids(hubs)).toEqual(['phone:+631800100', 'phone:+639173551310']);
    expect(kept).toEqual([]);
  });

  it('keeps a phone a named person holds, and says who, while the hotline nobody holds is still a hub', () => {
    const { hubs, kept } = run(recruiterAndHotline(['TF-0005']));
    expect(ids(hubs)).toEqual(['phone:+631800100']);
    expect(kept.map((hub) => [hub.id, hub.reasonCode])).toEqual([['phone:+639173551310', {
      code: 'hub.holder', params: { partners: 16, population: 34, holder: 'TF-0005', holders: 1 },
    }]]);
    expect(kept[0]?.reason).toBe('in contact with 16 of 34 phones, but TF-0005 holds it: a personal line reaches people who do not know each other (a recruiter’s, a fixer’s) — not a hub');
    expect(sayCoded(compiledTranslator('id'), 'why', kept[0]?.reasonCode ?? { code: '' })).toMatch(/^berhubungan dengan 16 dari 34 nomor HP, tetapi nomor ini dipegang oleh TF-0005: /);
  });

  it('keeps a line two records of one person hold, naming the first by id and counting both', () => {
    const { hubs, kept } = run(recruiterAndHotline(['TF-0005b', 'TF-0005']));
    expect(ids(hubs)).toEqual(['phone:+631800100']);
    expect(kept[0]?.reasonCode?.params).toMatchObject({ holder: 'TF-0005', holders: 2 });
    expect(kept[0]?.reason).toContain('(one of 2 people who give it as theirs)');
  });

  it(`leaves a number more than ${PERSONAL_LINE_MAX_HOLDERS} people give as theirs to the rule (a shared office line, a default contact)`, () => {
    const many = Array.from({ length: PERSONAL_LINE_MAX_HOLDERS + 1 }, (_, i) => `customer-${i}`);
    const { hubs, kept } = run(recruiterAndHotline(many));
    expect(ids(hubs)).toEqual(['phone:+631800100', 'phone:+639173551310']);
    expect(kept).toEqual([]);
  });

  it('does not count a phone or an account "holding" the line: only a person holds a phone', () => {
    const model = recruiterAndHotline([]);
    const other = phone('+639990000000');
    const named = person('TF-0005');
    model.entities.push(other, named);
    model.links.push(link('uses_phone', other, 'phone:+639173551310'), link('linked', named, 'phone:+639173551310'));
    expect(ids(run(model).hubs)).toEqual(['phone:+631800100', 'phone:+639173551310']);
  });

  it('leaves held lines in the graph while the others are judged: a third recruiter reaching the same people is no hub either', () => {
    // Three recruiters call the same four members of every crew; alone, each looks like a hotline, and
    // they shield each other (each is set aside while the others are judged).
    const shared = (held: string[]) => {
      const model = recruiterAndHotline(held.includes('TF-0005') ? ['TF-0005'] : []);
      for (const key of ['+639175079557', '+639271709029']) {
        const line = phone(key);
        model.entities.push(line);
        if (held.includes(key)) {
          const holder = person(`holder-of-${key}`);
          model.entities.push(holder);
          model.links.push(link('uses_phone', holder, line));
        }
        for (const crew of ['a', 'b', 'c', 'd']) for (let i = 4; i < 8; i++) model.links.push(link('called', line, `phone:${crew}${i}`));
      }
      return model;
    };
    expect(ids(run(shared([])).hubs)).toEqual(['phone:+631800100', 'phone:+639173551310', 'phone:+639175079557', 'phone:+639271709029']);
    const { hubs, kept } = run(shared(['TF-0005', '+639175079557']));
    expect(ids(hubs)).toEqual(['phone:+631800100']);
    expect(kept).toEqual([]);
  });

  it('lets the analyst still mark a held line as a hub', () => {
    const { hubs, kept } = run(recruiterAndHotline(['TF-0005']), ['phone:+639173551310']);
    expect(hubs.map((hub) => [hub.id, hub.reasonCode?.code])).toEqual([['phone:+631800100', 'hub.number'], ['phone:+639173551310', 'hub.analyst']]);
    expect(kept).toEqual([]);
  });
});
