import { describe, expect, it } from 'vitest';
import { findHubs } from '../../src/core/analysis/hubs.ts';
import { findRecordSubjects } from '../../src/core/analysis/recordSubjects.ts';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { sayCoded } from '../../src/core/i18n/coded.ts';
import { compiledTranslator } from '../../src/core/i18n/translate.ts';
import type { CaseModel, Entity, Link } from '../../src/core/model/types.ts';
import { caseOf, link, phone } from './fixtures/caseBuilder.ts';

/** Calls between two phones on `rows` rows of `file`, from line `first` on. */
function calls(file: string, from: Entity, to: Entity, first: number, rows = 1): Link {
  return { ...link('called', from, to, { count: rows }), sources: [{ file, lines: Array.from({ length: rows }, (_, i) => first + i) }] };
}

/** A per-target CDR: `target` calls (or is called by) each contact twice; the contacts never call each other. */
function perTarget(file: string, target: Entity, contacts: Entity[]): Link[] {
  return contacts.map((contact, i) => (i % 2 === 0 ? calls(file, target, contact, 2 + 2 * i, 2) : calls(file, contact, target, 2 + 2 * i, 2)));
}

const run = (model: CaseModel, forceHub: string[] = []) => findHubs(model, buildCaseGraph(model), { overrides: { forceHub } });

describe('findRecordSubjects', () => {
  it('finds the target of a per-target CDR, on every row', () => {
    const target = phone('+66812345678');
    const contacts = Array.from({ length: 12 }, (_, i) => phone(`c${i}`));
    const subjects = findRecordSubjects(caseOf([target, ...contacts], perTarget('ais.csv', target, contacts)));
    expect([...subjects]).toEqual([['phone:+66812345678', [{ file: 'ais.csv', rows: 24, fileRows: 24, subjects: 1 }]]]);
  });

  it('finds the two subscribers of an export of two MSISDNs, and nobody else', () => {
    const [li, khamla] = [phone('+8562055551234'), phone('+8562099887766')];
    const contacts = Array.from({ length: 17 }, (_, i) => phone(`c${i}`));
    const links = [...perTarget('lao.csv', li, contacts.slice(0, 8)), ...perTarget('lao.csv', khamla, contacts.slice(8))];
    // Shift Khamla's lines past Li Ming's (the file is one table).
    for (const made of links.slice(8)) made.sources = [{ file: 'lao.csv', lines: (made.sources[0]?.lines ?? []).map((l) => l + 100) }];
    expect([...findRecordSubjects(caseOf([li, khamla, ...contacts], links))].sort()).toEqual([
      ['phone:+8562055551234', [{ file: 'lao.csv', rows: 16, fileRows: 34, subjects: 2 }]],
      ['phone:+8562099887766', [{ file: 'lao.csv', rows: 18, fileRows: 34, subjects: 2 }]],
    ]);
  });

  it('finds none in a national pull (calls among many numbers), though a hotline is on a third of its rows', () => {
    expect(findRecordSubjects(nationalPull())).toEqual(new Map());
  });

  it('finds none in a file of two numbers calling each other (too few numbers to tell whose records they are)', () => {
    const [a, b] = [phone('a'), phone('b')];
    expect(findRecordSubjects(caseOf([a, b], [calls('pair.csv', a, b, 2, 30)]))).toEqual(new Map());
  });
});

/** Six crews of eight phones in one file, calling around their ring; every phone calls one hotline. */
function nationalPull(): CaseModel {
  const hotline = phone('+631800100');
  const entities: Entity[] = [hotline];
  const links: Link[] = [];
  let line = 2;
  for (let crew = 0; crew < 6; crew++) {
    const phones = Array.from({ length: 8 }, (_, i) => phone(`k${crew}-${i}`));
    entities.push(...phones);
    phones.forEach((handset, i) => {
      links.push(calls('national.csv', handset, phones[(i + 1) % 8] as Entity, line++));
      links.push(calls('national.csv', handset, phones[(i + 3) % 8] as Entity, line++));
      links.push(calls('national.csv', handset, hotline, line++));
    });
  }
  return caseOf(entities, links);
}

describe('hubs and record subjects', () => {
  const target = phone('+66812345678');
  const contacts = Array.from({ length: 12 }, (_, i) => phone(`c${i}`));
  const cdr = caseOf([target, ...contacts], perTarget('AIS_cdr.csv', target, contacts));

  it('a per-target CDR: the target of 12 contacts who are strangers is only a hub when its file is not its own records', () => {
    // The same calls spread over files of their own (no file is anyone's records): the rule sets the target aside.
    const spread = caseOf([target, ...contacts], cdr.links.map((made, i) => ({ ...made, sources: [{ file: `f${i}.csv`, lines: [2, 3] }] })));
    expect(run(spread).hubs.map((hub) => hub.id)).toEqual(['phone:+66812345678']);
    const { hubs, kept } = run(cdr);
    expect(hubs).toEqual([]);
    expect(kept.map((hub) => [hub.id, hub.reasonCode])).toEqual([['phone:+66812345678', {
      code: 'hub.recordSubject',
      params: { partners: 12, population: 13, file: 'AIS_cdr.csv', rows: 24, fileRows: 24, percent: 100, subjects: 1, others: 0 },
    }]]);
    expect(kept[0]?.reason).toBe('in contact with 12 of 13 phones, but its own call records are in the case (AIS_cdr.csv: on 24 of 24 rows, 100%): its contacts are strangers to each other because they were reached through it — not a hub');
    expect(sayCoded(compiledTranslator('id'), 'why', kept[0]?.reasonCode ?? { code: '' })).toMatch(/^berhubungan dengan 12 dari 13 nomor HP, tetapi catatan panggilannya sendiri ada dalam kasus \(AIS_cdr\.csv: ada di 24 dari 24 baris, 100%\)/);
  });

  it('the analyst may still mark a record subject as a hub', () => {
    const { hubs, kept } = run(cdr, ['phone:+66812345678']);
    expect(hubs.map((hub) => [hub.id, hub.reasonCode?.code])).toEqual([['phone:+66812345678', 'hub.analyst']]);
    expect(kept).toEqual([]);
  });

  it('a bank hotline called by the targets of ten per-target CDRs is still a hub', () => {
    const hotline = phone('+661333');
    const entities: Entity[] = [hotline];
    const links: Link[] = [];
    for (let t = 0; t < 10; t++) {
      const subscriber = phone(`target-${t}`);
      const theirs = Array.from({ length: 6 }, (_, i) => phone(`t${t}-c${i}`));
      entities.push(subscriber, ...theirs);
      links.push(...perTarget(`cdr_target_${t}.csv`, subscriber, theirs), calls(`cdr_target_${t}.csv`, subscriber, hotline, 100, 2));
    }
    const model = caseOf(entities, links);
    expect(findRecordSubjects(model).has('phone:+661333')).toBe(false);
    const { hubs, kept } = run(model);
    expect(hubs.map((hub) => [hub.id, hub.reasonCode?.code])).toEqual([['phone:+661333', 'hub.number']]);
    expect(kept).toEqual([]);
  });

  it('the hotline of a national pull is still a hub', () => {
    const { hubs, kept } = run(nationalPull());
    expect(hubs.map((hub) => hub.id)).toEqual(['phone:+631800100']);
    expect(kept).toEqual([]);
  });
});
