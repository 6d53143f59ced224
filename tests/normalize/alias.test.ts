// Aliases written inline in a name cell: the first name is the person's, the rest are aliases; markers of the
// region's languages; an e-mail, a handle or a Malay/Indian patronymic is never an alias marker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinAliases, splitAliases } from '../../src/core/normalize/alias.ts';

describe('splitAliases', () => {
  it.each([
    ['DEWI LESTARI als. MAMI DEWI', 'DEWI LESTARI', ['MAMI DEWI']],
    ['RUDI HARTONO als. BANG RUDI als. PAK HAR', 'RUDI HARTONO', ['BANG RUDI', 'PAK HAR']],
    ['Rudi Hartono als Bang Rudi', 'Rudi Hartono', ['Bang Rudi']],
    ['Rudi Hartono alias Bang Rudi', 'Rudi Hartono', ['Bang Rudi']],
    ['Rudi Hartono ALIAS: Bang Rudi', 'Rudi Hartono', ['Bang Rudi']],
    ['Zhang Wei a.k.a. Boss Zhang', 'Zhang Wei', ['Boss Zhang']],
    ['Zhang Wei (a.k.a. Boss Zhang)', 'Zhang Wei', ['Boss Zhang']],
    ['Zhang Wei aka Boss Zhang', 'Zhang Wei', ['Boss Zhang']],
    ['Zhang Wei a/k/a Boss Zhang', 'Zhang Wei', ['Boss Zhang']],
    ['Zhang Wei, also known as Boss Zhang', 'Zhang Wei', ['Boss Zhang']],
    ['Juan Reyes alyas Jun-Jun', 'Juan Reyes', ['Jun-Jun']],
    ['Ahmad bin Ali @ Mat Rempit', 'Ahmad bin Ali', ['Mat Rempit']],
    ['Nguyễn Văn Hùng bí danh Hùng Râu', 'Nguyễn Văn Hùng', ['Hùng Râu']],
    ['สมชาย แก้วมณี ชื่อเล่น หมู', 'สมชาย แก้วมณี', ['หมู']],
    ['สมชาย แก้วมณี หรือ เสี่ยหมู', 'สมชาย แก้วมณี', ['เสี่ยหมู']],
    ['Dewi Lestari als. Dewi Lestari', 'Dewi Lestari', []],
  ])('%s → name %s, aliases %j', (cell, name, aliases) => {
    expect(splitAliases(cell)).toEqual({ name, aliases });
  });

  it.each([
    'ali.rempit@mail.my', 'Ahmad bin Ali (@matrempit)', 'Siti binti Abdullah', 'Muthu a/l Raman', 'Devi a/p Raman',
    'Kalsum Salsabila', 'Alias Bin Ahmad', 'Dewi als.', 'als. Mami Dewi', 'Bakar', 'Malaka Jaya', 'Thaka Rahman',
  ])('%s is one name, no alias', (cell) => {
    expect(splitAliases(cell)).toEqual({ name: cell, aliases: [] });
  });

  it('keeps every word of a cell: the name and the aliases are the cell less its markers (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/).filter((w) => !/^(als|alias|alyas|aka)$/i.test(w));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(fc.property(name, fc.array(name, { minLength: 1, maxLength: 3 }), fc.constantFrom(' als. ', ' a.k.a. ', ' @ ', ' alias '), (first, others, marker) => {
      const result = splitAliases([first, ...others].join(marker));
      expect(result.name).toBe(first);
      expect([result.name, ...result.aliases].map((part) => part.toLowerCase())).toEqual([...new Set([first, ...others].map((part) => part.toLowerCase()))]);
    }), { seed: 8, numRuns: 200 });
  });
});

describe('joinAliases', () => {
  it('joins an alias column and aliases from the name without repeats', () => {
    expect(joinAliases('Bang Rudi', ['BANG RUDI', 'Pak Har'])).toBe('Bang Rudi; Pak Har');
    expect(joinAliases(undefined, [])).toBeUndefined();
  });
});
