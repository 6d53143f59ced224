// Cross-border counts every actor outside the main country, not only the second country's (fresh user's case).
import { describe, expect, it } from 'vitest';
import { clusterReach, countryShares, isCrossBorder } from '../../src/core/analysis/countryShares.ts';
import type { Entity } from '../../src/core/model/types.ts';

function actors(counts: Record<string, number>): Entity[] {
  return Object.entries(counts).flatMap(([country, count]) => Array.from({ length: count }, (_, i): Entity => ({
    id: `phone:${country}-${i}`, type: 'phone', key: `${country}-${i}`, label: `${country} ${i}`, country, variants: [], attributes: {}, sources: [],
  })));
}

describe('isCrossBorder: the actors abroad, whichever countries they are from', () => {
  it.each([
    // A Thai crew with a Lao cash-out and a Malaysian: 2 of 14 abroad (14%), no second country with two.
    [{ TH: 12, LA: 1, MY: 1 }, 'cross-border'],
    // A Golden Triangle crew: 5 of 39 abroad (13%) over four countries, the second holding 2 (5%).
    [{ TH: 34, LA: 2, CN: 1, KH: 1, MY: 1 }, 'cross-border'],
    // At the boundary: 2 of 20 abroad is 10%; 2 of 21 is under.
    [{ KH: 18, TH: 1, VN: 1 }, 'cross-border'],
    [{ KH: 19, TH: 1, VN: 1 }, 'mainly-one-country'],
    // A handful lost in a large one-country cluster: 12 of 185 abroad (6%).
    [{ PH: 173, TH: 4, CN: 2, MY: 2, SG: 2, KH: 1, MM: 1 }, 'mainly-one-country'],
    // One foreign actor alone is a stray number, whatever its share.
    [{ KH: 3, VN: 1 }, 'too-few-actors'],
    [{ ID: 1, PH: 1 }, 'too-few-actors'],
    [{ ID: 5 }, 'one-country'],
  ])('%o is %s', (counts, reach) => {
    const shares = countryShares(actors(counts), new Map());
    expect(clusterReach(shares)).toBe(reach);
    expect(isCrossBorder(shares)).toBe(reach === 'cross-border');
  });

  it('does not depend on the order the members come in', () => {
    const members = actors({ TH: 12, LA: 1, MY: 1 });
    expect(isCrossBorder(countryShares([...members].reverse(), new Map()))).toBe(true);
  });
});
