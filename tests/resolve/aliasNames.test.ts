// A name cell with an inline alias (`DEWI LESTARI als. MAMI DEWI`) is one person keyed by the name; a name-only
// reference in another file, by that name or by the alias, resolves to them; the ledger says it once per file.
import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

const PEOPLE = 'Nama;Kewarganegaraan;No HP;Status\nDEWI LESTARI als. MAMI DEWI;WNI;0857-1222-3333;Tersangka\nRUDI HARTONO als. BANG RUDI als. PAK HAR;WNI;0812-3456-7890;Tersangka\nSiti binti Abdullah;WNI;0813-9876-5432;Korban\n';

function run(assoc: string) {
  const { prepared } = prepareFiles([csv('daftar_tersangka.csv', PEOPLE), csv('assoc.csv', assoc)]);
  return buildCase(prepared);
}

describe('a name written with an alias', () => {
  it('is one person keyed and labelled by the name, with the aliases and the cell as written', () => {
    const { model, ledger } = run('person_a,person_b,relationship\nDewi Lestari,Pak Har,works with\n');
    const people = model.entities.filter((e) => e.type === 'person');
    const dewi = people.find((e) => e.id === 'person:name:dewi lestari');
    expect(dewi?.label).toBe('DEWI LESTARI');
    expect(dewi?.attributes.alias).toBe('MAMI DEWI');
    expect(dewi?.attributes.nameAsWritten).toBe('DEWI LESTARI als. MAMI DEWI');
    expect(people.find((e) => e.id === 'person:name:rudi hartono')?.attributes.alias).toBe('BANG RUDI; PAK HAR');
    expect(people.find((e) => e.id === 'person:name:siti binti abdullah')?.attributes.alias).toBeUndefined();
    // The associations file's `Dewi Lestari` (by name) and `Pak Har` (by alias) are those people, not two more.
    expect(people.map((e) => e.id).sort()).toEqual(['person:name:dewi lestari', 'person:name:rudi hartono', 'person:name:siti binti abdullah']);
    expect(model.links.filter((l) => l.type === 'associated').map((l) => [l.source, l.target].sort().join(' ~ '))).toEqual(['person:name:dewi lestari ~ person:name:rudi hartono']);
    const notes = ledger.find((entry) => entry.file === 'daftar_tersangka.csv')?.notes?.filter((note) => note.code === 'name-aliases-split');
    expect(notes?.map((note) => note.params)).toEqual([{ header: 'Nama', count: 2 }]);
  });

  it('leaves an alias shared by two people unresolved', () => {
    const twoBosses = 'Nama;Status\nZHANG WEI als. BOSS;Tersangka\nCHEN LONG alias Boss;Tersangka\n';
    const both = buildCase(prepareFiles([csv('daftar.csv', twoBosses), csv('assoc.csv', 'person_a,person_b,relationship\nDewi Lestari,Boss,works with\n')]).prepared).model;
    expect(both.entities.some((e) => e.id === 'person:Boss')).toBe(true);
  });
});
