import { describe, expect, it } from 'vitest';
import type { CaseModel, Entity } from '../../src/core/model/types.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { findPossibleDuplicates, looseNameKey, passportKey, type PossibleDuplicate } from '../../src/core/resolve/possibleDuplicates.ts';
import { csv } from '../helpers.ts';

function person(key: string, label: string, attributes: Record<string, string> = {}, country?: string): Entity {
  return {
    id: `person:${key}`, type: 'person', key, label, ...(country ? { country } : {}),
    variants: [key], attributes, sources: [{ file: 'people.csv', line: 2 }].map(({ file, line }) => ({ file, lines: [line] })),
  };
}

function model(...entities: Entity[]): CaseModel {
  return { entities: [...entities].sort((x, y) => (x.id < y.id ? -1 : 1)), links: [] };
}

function only(found: PossibleDuplicate[]): PossibleDuplicate {
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('passportKey and looseNameKey', () => {
  it.each([
    ['EC0327072', 'EC0327072'],
    ['ec 032-7072', 'EC0327072'],
    [' EC.0327.072 ', 'EC0327072'],
    ['-', undefined],
    ['N/A', undefined],
    ['unknown', undefined],
    ['A12', undefined],
    [undefined, undefined],
  ])('reads passport %j as %j', (raw, expected) => {
    expect(passportKey(raw)).toBe(expected);
  });

  it.each([
    ['SANTOS Maria', 'mariasantos'],
    ['Maria  Santos', 'mariasantos'],
    ['Santos, Maria', 'mariasantos'],
    ['Wang Weitao (王伟涛)', 'wangweitao'],
  ])('reads name %j as %j', (raw, expected) => {
    expect(looseNameKey(raw)).toBe(expected);
  });
});

describe('findPossibleDuplicates', () => {
  it('finds nothing in an empty case or a case of one person', () => {
    expect(findPossibleDuplicates(model())).toEqual([]);
    expect(findPossibleDuplicates(model(person('P-1', 'Maria Santos', { passport: 'P1234567', birthDate: '1990-01-02', keyFrom: 'name' }, 'PH')))).toEqual([]);
  });

  const cases: { name: string; a: Entity; b: Entity; strength: PossibleDuplicate['strength'] | undefined; reason?: string }[] = [
    {
      name: 'the same passport written with a space, a dash and lower case',
      a: person('P-0002', 'Wang Weitao', { passport: 'EC0327072' }), b: person('PA-88', 'Weitao W.', { passport: 'ec 032-7072' }),
      strength: 'strong', reason: 'same passport EC0327072',
    },
    {
      name: 'the same name and birth date under two ids',
      a: person('P-0012', 'Maria Santos', { birthDate: '1996-04-12' }), b: person('PA-88', 'MARIA SANTOS', { birthDate: '1996-04-12' }),
      strength: 'strong', reason: 'same birth date 1996-04-12',
    },
    {
      name: 'the name order swapped, with the same birth date',
      a: person('P-0012', 'SANTOS Maria', { birthDate: '1996-04-12' }), b: person('PA-88', 'Maria Santos', { birthDate: '1996-04-12' }),
      strength: 'strong', reason: 'same name words in another order or spacing ("SANTOS Maria" / "Maria Santos")',
    },
    {
      name: 'the name order swapped, with the same nationality',
      a: person('P-0012', 'SANTOS Maria', {}, 'PH'), b: person('PA-88', 'Maria Santos', { nationality: 'Filipino' }),
      strength: 'medium', reason: 'same nationality PH',
    },
    {
      name: 'the same name and nationality, no birth dates',
      a: person('P-0012', 'Budi Santoso', {}, 'ID'), b: person('PA-88', 'budi santoso', {}, 'ID'),
      strength: 'medium', reason: 'same name',
    },
    {
      name: 'a person known only by name and one with an id',
      a: person('name:budi santoso', 'Budi Santoso', { keyFrom: 'name' }), b: person('P-0012', 'Budi Santoso'),
      strength: 'medium', reason: 'Budi Santoso has no id in its file, only a name',
    },
    {
      name: 'a birth date with day and month swapped',
      a: person('P-0012', 'Budi Santoso', { birthDate: '1994-03-11' }), b: person('PA-88', 'Budi Santoso', { birthDate: '1994-11-03' }),
      strength: 'medium', reason: 'birth dates match with day and month swapped (1994-03-11 / 1994-11-03)',
    },
    {
      name: 'a common name with different birth dates (not suggested)',
      a: person('P-0009', 'Ratna Wulandari', { birthDate: '1989-12-11' }, 'ID'), b: person('P-0071', 'Ratna Wulandari', { birthDate: '1994-03-25' }, 'ID'),
      strength: undefined,
    },
    {
      name: 'a common name with different passports (not suggested)',
      a: person('P-0091', 'Fajar', { passport: 'E9613090' }, 'ID'), b: person('P-0102', 'Fajar', { passport: 'X0794435' }, 'ID'),
      strength: undefined,
    },
    {
      name: 'the same name alone, nothing else in common (not suggested)',
      a: person('P-1', 'Budi Santoso'), b: person('P-2', 'Budi Santoso', {}, 'ID'),
      strength: undefined,
    },
    {
      name: 'two people known only by their ids (not suggested)',
      a: person('P-1', 'P-1', { birthDate: '1990-01-01' }), b: person('P-2', 'P-2', { birthDate: '1990-01-01' }),
      strength: undefined,
    },
    {
      name: 'a placeholder passport (not suggested)',
      a: person('P-1', 'Ana', { passport: 'N/A' }), b: person('P-2', 'Bo', { passport: 'n/a' }),
      strength: undefined,
    },
  ];

  it.each(cases)('$name', ({ a, b, strength, reason }) => {
    const found = findPossibleDuplicates(model(a, b));
    if (strength === undefined) {
      expect(found).toEqual([]);
      return;
    }
    const suggestion = only(found);
    expect(suggestion.strength).toBe(strength);
    expect([suggestion.a, suggestion.b]).toEqual([a.id, b.id].sort());
    expect(suggestion.reasons).toContain(reason);
  });

  it('is at most medium for a common name with the same nationality and mistyped-looking dates', () => {
    const found = findPossibleDuplicates(model(
      person('P-1', 'Fajar', { birthDate: '1987-08-31' }, 'ID'), person('P-2', 'Fajar', { birthDate: '1987-03-08' }, 'ID'),
      person('P-3', 'Fajar', {}, 'ID'),
    ));
    expect(found.every((item) => item.strength === 'medium')).toBe(true);
    expect(found.map((item) => [item.a, item.b])).toEqual([['person:P-1', 'person:P-3'], ['person:P-2', 'person:P-3']]);
  });

  it('joins the reasons of several rules into one suggestion per pair', () => {
    const suggestion = only(findPossibleDuplicates(model(
      person('P-0012', 'Maria Santos', { passport: 'P1234567', birthDate: '1996-04-12' }),
      person('PA-88', 'Maria Santos', { passport: 'P 123 4567', birthDate: '1996-04-12' }),
    )));
    expect(suggestion).toEqual({
      a: 'person:P-0012', b: 'person:PA-88', strength: 'strong',
      reasons: ['same passport P1234567', 'same name', 'same birth date 1996-04-12'],
      reasonCodes: [{ code: 'same-passport', params: { passport: 'P1234567' } }, { code: 'same-name' }, { code: 'same-birth-date', params: { date: '1996-04-12' } }],
    });
  });

  it('never suggests phones, accounts or places, even with the same label', () => {
    const phone = (key: string): Entity => ({ ...person(key, 'Budi Santoso', { passport: 'P1234567' }, 'ID'), id: `phone:${key}`, type: 'phone' });
    expect(findPossibleDuplicates(model(phone('+6281'), phone('+6282')))).toEqual([]);
  });

  it('sorts strong before medium, then by ids, and gives the same answer whatever the entity order', () => {
    const people = [
      person('P-3', 'Maria Santos', {}, 'PH'), person('P-4', 'Santos Maria', {}, 'PH'),
      person('P-1', 'Ana', { passport: 'X1234567' }), person('P-2', 'Ana Lim', { passport: 'x1234567' }),
    ];
    const found = findPossibleDuplicates(model(...people));
    expect(found.map((item) => [item.strength, item.a, item.b])).toEqual([
      ['strong', 'person:P-1', 'person:P-2'], ['medium', 'person:P-3', 'person:P-4'],
    ]);
    expect(findPossibleDuplicates({ entities: [...people].reverse(), links: [] })).toEqual(found);
  });

  it('skips a blocking key shared by a crowd instead of comparing every pair', () => {
    const crowd = Array.from({ length: 200 }, (_, index) => person(`P-${String(index).padStart(3, '0')}`, `Person ${index}`, { passport: '0000000' }));
    expect(findPossibleDuplicates(model(...crowd))).toEqual([]);
  });

  it('suggests a person of a file without ids and the same person with an id from another file', () => {
    const resolved = buildCase(prepareFiles([
      csv('rescued.csv', 'person_id,person_name,nationality\nP-0012,Maria Santos,Philippines\n'),
      csv('field_notes.csv', 'person_name,nationality,role\nmaria santos,PH,victim\n'),
    ], { strict: true }).prepared).model;
    const suggestion = only(findPossibleDuplicates(resolved));
    expect(suggestion).toMatchObject({ a: 'person:P-0012', b: 'person:name:maria santos', strength: 'medium' });
    expect(suggestion.reasons).toEqual(['same name', 'same nationality PH', 'maria santos has no id in its file, only a name']);
  });
});
