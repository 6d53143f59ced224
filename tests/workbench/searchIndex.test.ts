import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/model/types.ts';
import { buildSearchIndex } from '../../src/core/workbench/searchIndex.ts';

function entity(partial: Partial<Entity> & Pick<Entity, 'id' | 'type' | 'key' | 'label'>): Entity {
  return { variants: [], attributes: {}, sources: [], ...partial };
}

const ENTITIES: Entity[] = [
  entity({ id: 'phone:+6281234567890', type: 'phone', key: '+6281234567890', label: '+62 812 3456 7890', country: 'ID', variants: ['6281234567890'] }),
  entity({ id: 'phone:+66812345678', type: 'phone', key: '+66812345678', label: '+66 81 234 5678', country: 'TH' }),
  entity({ id: 'account:9876543210', type: 'account', key: '9876543210', label: '9876543210', variants: ['987-6-54321-0'] }),
  entity({ id: 'person:P003', type: 'person', key: 'P003', label: 'Siti Rahmawati', attributes: { status: 'korban', alias: 'Ita' } }),
];

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(ENTITIES);

  it.each([
    ['0812-3456-7890', 'phone:+6281234567890'],
    ['0812 3456 7890', 'phone:+6281234567890'],
    ['+62 812 3456 7890', 'phone:+6281234567890'],
    ['6281234567890', 'phone:+6281234567890'],
    ['0066 81 234 5678', 'phone:+66812345678'],
    ['+66812345678', 'phone:+66812345678'],
    ['987-6-54321-0', 'account:9876543210'],
    ['siti', 'person:P003'],
    ['Ita', 'person:P003'],
    ['P003', 'person:P003'],
  ])('finds %s as %s first', (query, id) => {
    expect(index.search(query)[0]?.id).toBe(id);
  });

  it('marks victims in its hits', () => {
    expect(index.search('Siti')[0]?.victim).toBe(true);
  });

  it('returns nothing for an empty query or no match', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
  });
});
