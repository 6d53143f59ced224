// One rule for a cluster's reach (README: at least 2 actors and 10% of them outside the main country), at its boundaries.
import { describe, expect, it } from 'vitest';
import { clusterReach, countryShares, isCrossBorder } from '../../src/core/analysis/countryShares.ts';
import type { Entity } from '../../src/core/model/types.ts';

function actors(counts: Record<string, number>, type: Entity['type'] = 'person', attributes: Record<string, string> = {}): Entity[] {
  return Object.entries(counts).flatMap(([country, count]) => Array.from({ length: count }, (_, i) => ({
    id: `${type}:${country}-${i}`, type, key: `${country}-${i}`, label: `${country} ${i}`, country, variants: [], attributes, sources: [],
  } as unknown as Entity)));
}

describe('clusterReach: the one rule for cross-border', () => {
  it.each([
    [{ KH: 1, VN: 1 }, 'too-few-actors', false],
    [{ KH: 2, PH: 2 }, 'cross-border', true],
    [{ KH: 3, VN: 1 }, 'too-few-actors', false],
    [{ KH: 18, TH: 2 }, 'cross-border', true],
    [{ KH: 19, TH: 2 }, 'mainly-one-country', false],
    [{ KH: 4 }, 'one-country', false],
  ])('%o is %s', (counts, reach, crossBorder) => {
    const shares = countryShares(actors(counts), new Map());
    expect(clusterReach(shares)).toBe(reach);
    expect(isCrossBorder(shares)).toBe(crossBorder);
  });

  it('counts victims: a KH compound holding two Filipino workers is cross-border', () => {
    const members = [...actors({ KH: 2 }), ...actors({ PH: 2 }, 'person', { role: 'victim' })];
    expect(clusterReach(countryShares(members, new Map()))).toBe('cross-border');
  });

  it('does not count places: a border crossing in another country does not make a cluster cross-border', () => {
    const members = [...actors({ KH: 4 }), ...actors({ TH: 3 }, 'location')];
    expect(clusterReach(countryShares(members, new Map()))).toBe('one-country');
  });
});
