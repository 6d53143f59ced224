import { describe, expect, it } from 'vitest';
import { readNameCell } from '../../src/core/normalize/remark.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

describe('readNameCell', () => {
  it.each([
    ['Pham Quoc Bao (arrested)', { name: 'Pham Quoc Bao', remark: 'arrested' }],
    ['KOH SENG (DPO since 2023)', { name: 'KOH SENG', remark: 'DPO since 2023' }],
    ['Chen Hao (Lao Ban)', { name: 'Chen Hao', remark: 'Lao Ban' }],
    ['Wang Weitao (王伟涛)', { name: 'Wang Weitao', alias: '王伟涛' }],
    ['Somchai Jaidee (สมชาย ใจดี)', { name: 'Somchai Jaidee', alias: 'สมชาย ใจดี' }],
    ['王伟涛（Wang Weitao）', { name: '王伟涛', alias: 'Wang Weitao' }],
    ['Somchai Jaidee [a.k.a. Ko Som]', { name: 'Somchai Jaidee', alias: 'Ko Som' }],
    ['Ma. Cristina Dela Cruz ("Tina")', { name: 'Ma. Cristina Dela Cruz', alias: 'Tina' }],
    ['Budi Santoso (alias: Bos Besar)', { name: 'Budi Santoso', alias: 'Bos Besar' }],
    ['Wang Weitao(王伟涛)', { name: 'Wang Weitao', alias: '王伟涛' }],
  ])('reads %s', (cell, expected) => {
    expect(readNameCell(cell)).toEqual(expected);
  });

  // A Latin bracket glued to the word before it is part of that word: a formula (the hostile-names fixture) or a function.
  it.each(['(arrested)', '12 (x)', 'Nguyen Van Hung', 'Tran (Thi) Lan', '', '=HYPERLINK("http://evil","x")', 'Budi(arrested)'])('keeps %s whole', (cell) => {
    expect(readNameCell(cell)).toEqual({ name: cell });
  });
});

describe('a name cell\'s remark or alias is kept beside the person, not in the name', () => {
  it('merges "Pham Quoc Bao (arrested)" named in an association with PHAM QUOC BAO of a subscriber list', () => {
    const { prepared } = prepareFiles([
      csv('subs.csv', 'msisdn,name,passport\n+855887771234,PHAM QUOC BAO,C01234567\n'),
      csv('assoc.csv', 'interviewee,named_person,relationship\nPham Quoc Bao (arrested),Nguyen Van Hung (王 boss),my boss\n'),
    ], { strict: true });
    const { model } = buildCase(prepared);
    const people = model.entities.filter((entity) => entity.type === 'person');
    const bao = people.find((person) => /pham quoc bao/i.test(person.label));
    expect(bao?.attributes.remark).toBe('arrested');
    expect(people.filter((person) => /pham/i.test(person.label))).toHaveLength(1);
    expect(people.some((person) => person.label.includes('('))).toBe(false);
  });
});
