import { describe, expect, it } from 'vitest';
import type { CaseModel, Entity } from '../../src/core/model/types.ts';
import { possibleDuplicatesOf } from '../../src/core/workbench/entityDuplicates.ts';

function person(key: string, label: string, attributes: Record<string, string> = {}): Entity {
  return { id: `person:${key}`, type: 'person', key, label, variants: [key], attributes, sources: [] };
}

describe('possibleDuplicatesOf', () => {
  const model: CaseModel = {
    entities: [person('P-0012', 'Maria Santos', { passport: 'P1234567' }), person('PA-88', 'M. Santos', { passport: 'p-1234567' }), person('P-1', 'Budi')],
    links: [],
  };

  it('gives each side of a suggestion the other side, with the reasons', () => {
    const expected = { reasons: ['same passport P1234567'], reasonCodes: [{ code: 'same-passport', params: { passport: 'P1234567' } }], strength: 'strong' };
    expect(possibleDuplicatesOf(model, 'person:P-0012')).toEqual([{ other: 'person:PA-88', ...expected }]);
    expect(possibleDuplicatesOf(model, 'person:PA-88')).toEqual([{ other: 'person:P-0012', ...expected }]);
  });

  it('gives nothing for an entity without suggestions or not in the case', () => {
    expect(possibleDuplicatesOf(model, 'person:P-1')).toEqual([]);
    expect(possibleDuplicatesOf(model, 'person:nobody')).toEqual([]);
  });

  it('finds the suggestions once per model and reuses them', () => {
    expect(possibleDuplicatesOf(model, 'person:P-0012')).toBe(possibleDuplicatesOf(model, 'person:P-0012'));
  });
});
