// A person written only as a name in a link file resolves to the one person of that name (issue: a victim
// ranked as a key player because an association's copy of her never merged); several of that name stay
// apart and are suggested as possible duplicates; a people list's phone and account columns are linked.
import { describe, expect, it } from 'vitest';
import { protectedIds } from '../../src/core/analysis/protectedIds.ts';
import { ReadingCache, RowContext, type FileSettings } from '../../src/core/ingest/readers/rowContext.ts';
import { readPerson, readSubscriber } from '../../src/core/ingest/readers/entityLists.ts';
import type { ColumnRole } from '../../src/core/ingest/roles.ts';
import type { CaseModel, Entity } from '../../src/core/model/types.ts';
import { keyFromName } from '../../src/core/normalize/name.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { CaseBuilder } from '../../src/core/resolve/caseBuilder.ts';
import { findPossibleDuplicates } from '../../src/core/resolve/possibleDuplicates.ts';
import { csv } from '../helpers.ts';

function importCase(...files: [string, string][]) {
  const { prepared } = prepareFiles(files.map(([name, text]) => csv(name, text)));
  return buildCase(prepared).model;
}

const persons = (model: CaseModel) => model.entities.filter((e) => e.type === 'person').map((e) => e.id).sort();
const associated = (model: CaseModel) => model.links.filter((l) => l.type === 'associated').map((l) => `${l.source} ~ ${l.target}`).sort();

const ASSOCIATION = 'person_a,person_b,relationship,source\nTrần Thị Mai,Nguyễn Thị Lan,"recruited ""via Facebook""",victim statement\n';

describe('a person written as a name in a link file', () => {
  it.each([
    ['people without ids', 'name,nationality,role\nNguyễn Thị Lan,Vietnam,victim\nTrần Thị Mai,Vietnam,recruiter\n',
      [keyFromName('Nguyễn Thị Lan'), keyFromName('Trần Thị Mai')]],
    ['people with ids', 'person_id,name,role\nP-1,Nguyễn Thị Lan,victim\nP-2,Trần Thị Mai,recruiter\n', ['P-1', 'P-2']],
    ['a name written with other spacing, case and a bidi mark', 'person_id,name,role\nP-1,"  nguyễn  THỊ lan\u200f",victim\nP-2,Trần Thị Mai,recruiter\n', ['P-1', 'P-2']],
  ])('resolves to the one person of that name (%s), in either file order', (_name, people, keys) => {
    for (const files of [[['people.csv', people], ['assoc.csv', ASSOCIATION]], [['assoc.csv', ASSOCIATION], ['people.csv', people]]] as [string, string][][]) {
      const model = importCase(...files);
      const ids = keys.map((key) => `person:${key}`);
      expect(persons(model)).toEqual([...ids].sort());
      expect(associated(model)).toEqual([[...ids].sort().join(' ~ ')]);
      const victim = model.entities.find((e) => e.id === ids[0]);
      expect(victim?.attributes.role).toBe('victim');
      expect(victim?.sources.map((s) => s.file).sort()).toEqual(['assoc.csv', 'people.csv']);
    }
  });

  it('stays apart when several people have that name, and is suggested as a duplicate of each', () => {
    const model = importCase(
      ['people.csv', 'person_id,name,role\nP-1,Nguyễn Thị Lan,victim\nP-2,Nguyễn Thị Lan,worker\nP-3,Trần Thị Mai,recruiter\n'],
      ['assoc.csv', ASSOCIATION],
    );
    expect(persons(model)).toEqual(['person:Nguyễn Thị Lan', 'person:P-1', 'person:P-2', 'person:P-3']);
    const suggestions = findPossibleDuplicates(model).filter((s) => s.a === 'person:Nguyễn Thị Lan' || s.b === 'person:Nguyễn Thị Lan');
    expect(suggestions.map((s) => [s.a, s.b].sort().join(' / ')).sort()).toEqual(['person:Nguyễn Thị Lan / person:P-1', 'person:Nguyễn Thị Lan / person:P-2']);
    for (const s of suggestions) {
      expect(s.strength).toBe('medium');
      expect(s.reasons.join(' ')).toMatch(/several people have that name/);
    }
    // Defence in depth: the unresolved copy carries the victim's name without an id of its own.
    expect(protectedIds(model).has('person:Nguyễn Thị Lan')).toBe(true);
  });

  it('keeps an id that is a known person id as that person, and an unknown id as itself', () => {
    const model = importCase(['people.csv', 'person_id,name\nP-1,Ana Cruz\n'], ['assoc.csv', 'person_a,person_b\nP-1,P-77\n']);
    expect(persons(model)).toEqual(['person:P-1', 'person:P-77']);
  });

  it('suggests a name-only person and a person of the same name with an id (README: medium)', () => {
    const model = importCase(
      ['people-a.csv', 'person_id,name,nationality\nP-9,Lim Boon Keat,Malaysia\n'],
      ['people-b.csv', 'name,role\nLim Boon Keat,driver\n'],
    );
    const found = findPossibleDuplicates(model).find((s) => s.a === 'person:P-9' || s.b === 'person:P-9');
    expect(found).toMatchObject({ strength: 'medium' });
    expect([found?.a, found?.b].sort()).toEqual(['person:P-9', `person:${keyFromName('Lim Boon Keat')}`].sort());
  });
});

describe('protectedIds: a person with a victim\'s name', () => {
  const person = (key: string, label: string, attributes: Record<string, string> = {}): Entity => ({
    id: `person:${key}`, type: 'person', key, label, variants: [], attributes, sources: [],
  });
  it.each([
    ['the victim has no id', person('name:lan', 'Lan', { keyFrom: 'name', role: 'victim' }), person('P-2', 'LAN'), true],
    ['the other has no id', person('P-1', 'Lan', { role: 'victim' }), person('name:lan', 'Lan', { keyFrom: 'name' }), true],
    ['the other is an id-only reference equal to the name', person('P-1', 'Lan', { role: 'victim' }), person('Lan', 'Lan'), true],
    ['both have different ids', person('P-1', 'Lan', { role: 'victim' }), person('P-2', 'Lan'), false],
    ['different names', person('P-1', 'Lan', { role: 'victim' }), person('name:mai', 'Mai', { keyFrom: 'name' }), false],
    ['"Ma." written out as Maria', person('name:ma. luisa santos-reyes', 'MA. LUISA SANTOS-REYES', { keyFrom: 'name', status: 'victim' }), person('name:maria luisa santos-reyes', 'Maria Luisa Santos-Reyes', { keyFrom: 'name' }), true],
    ['"Jose Ma." and "Sta." written out', person('P-1', 'Jose Ma. Bautista Sta. Ana', { role: 'victim' }), person('name:x', 'JOSE MARIA BAUTISTA SANTA ANA', { keyFrom: 'name' }), true],
    ['"Ma" without a period is a name (the surname Ma)', person('P-1', 'Ma Lin', { role: 'victim' }), person('name:maria lin', 'Maria Lin', { keyFrom: 'name' }), false],
  ])('%s', (_name, victim, other, protectedToo) => {
    const ids = protectedIds({ entities: [victim, other], links: [] });
    expect(ids.has(victim.id)).toBe(true);
    expect(ids.has(other.id)).toBe(protectedToo);
  });
});

describe('a people list\'s phone and account columns', () => {
  function readRow(reader: typeof readPerson, header: [string, ColumnRole | undefined][], cells: string[], defaultCountry?: string) {
    const settings: FileSettings = {
      file: 'people.csv', dateFormat: 'dmy', subjectCentric: false, ...(defaultCountry ? { defaultCountry } : {}),
      columns: header.map(([name, role]) => ({ header: name, ...(role ? { role } : {}), by: 'header' as const })),
    };
    const builder = new CaseBuilder();
    const cache = new ReadingCache();
    const row = new RowContext(settings, cells, 2, builder, cache);
    const rejected = reader(row);
    if (rejected === undefined) row.commit();
    return { rejected, warnings: row.warnings, model: builder.build(), notes: cache.notes.lines().map((note) => note.text) };
  }
  const PEOPLE: [string, ColumnRole | undefined][] = [['Name', 'person_name'], ['Nationality', 'nationality'], ['Role', 'role'], ['Phone', 'phone'], ['Account', 'account']];
  const links = (model: CaseModel) => model.links.map((l) => `${l.type} ${l.source} > ${l.target}`).sort();

  it.each([
    ['a Vietnamese national number read by the row\'s nationality', ['Trần Thị Mai', 'Vietnam', 'recruiter', '0912 345 678', ''], undefined,
      ['uses_phone person:name:trần thị mai > phone:+84912345678'], 0],
    ['the file\'s default country wins over the nationality', ['Ana Cruz', 'Philippines', '', '0812-3456-7890', ''], 'ID',
      ['uses_phone person:name:ana cruz > phone:+6281234567890'], 0],
    ['an international number is not touched by the nationality', ['Ana Cruz', 'Philippines', '', '+66 81 234 5678', ''], undefined,
      ['uses_phone person:name:ana cruz > phone:+66812345678'], 0],
    ['an account is held', ['Ana Cruz', '', '', '', '0x5A0b54D5dc17e0AadC383d2db43B0a0D3E029c4c'], undefined,
      ['holds_account person:name:ana cruz > account:0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c'], 0],
    ['an unreadable phone keeps the person, with a warning', ['Ana Cruz', '', '', '8,12346E+10', ''], undefined, [], 1],
  ])('%s', (_name, cells, defaultCountry, expected, warningCount) => {
    const read = readRow(readPerson, PEOPLE, cells, defaultCountry);
    expect(read.rejected).toBeUndefined();
    expect(links(read.model)).toEqual(expected);
    expect(read.model.entities.some((e) => e.type === 'person')).toBe(true);
    expect(read.warnings).toHaveLength(warningCount);
  });

  it('says in the ledger that the row\'s nationality gave the plan (people and subscriber rows)', () => {
    for (const reader of [readPerson, readSubscriber]) {
      const read = readRow(reader, PEOPLE, ['Trần Thị Mai', 'Vietnam', '', '0912 345 678', '']);
      expect(read.notes.join('\n')).toMatch(/Vietnam \(VN\) from the row's own nationality \(per-row country/);
    }
  });
});

describe('protectedIds: the case\'s own sources', () => {
  const person = (key: string, label: string, attributes: Record<string, string> = {}): Entity => ({
    id: `person:${key}`, type: 'person', key, label, variants: [], attributes, sources: [],
  });
  it.each([
    ['an informant written as role word + code', person('name:informant my-7', 'informant MY-7'), true],
    ['a witness by number', person('name:saksi 2', 'Saksi 2'), true],
    ['a role that says informant', person('P-9', 'Budi Santoso', { role: 'informan polisi' }), true],
    ['a boss', person('P-1', 'Chen Hao', { role: 'boss' }), false],
    ['a person whose name merely starts with a source word', person('name:ci lim', 'Ci Lim'), false],
    ['an informant code alone', person('name:ci-14', 'CI-14'), true],
  ])('%s', (_name, entity, protectedToo) => {
    expect(protectedIds({ entities: [entity], links: [] }).has(entity.id)).toBe(protectedToo);
  });
});

describe('links of a name reference merged into the named person', () => {
  it('keep the other columns of both rows (no attribute is dropped by the merge)', () => {
    // Two association rows between the same pair: one names P-1 by id, one by name only; both carry a `notes` column.
    const model = importCase(
      ['people.csv', 'person_id,name,role\nP-1,Nguyễn Thị Lan,victim\nP-2,Trần Thị Mai,recruiter\n'],
      ['assoc.csv', 'person_a,person_b,relationship,source,notes\nP-2,P-1,recruited,interview 3,met in Hanoi\nP-2,Nguyễn Thị Lan,recruited,interview 7,paid the fee\n'],
    );
    const link = model.links.find((l) => l.type === 'associated');
    expect(link?.sources.flatMap((s) => s.lines).sort()).toEqual([2, 3]);
    const said = JSON.stringify(link?.attributes ?? {});
    expect(said).toContain('met in Hanoi');
    expect(said).toContain('paid the fee');
  });
});
