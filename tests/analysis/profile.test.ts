import { describe, expect, it } from 'vitest';
import { computeCentrality } from '../../src/core/analysis/centrality.ts';
import { profileClusters } from '../../src/core/analysis/profile.ts';
import { protectedIds } from '../../src/core/analysis/protectedIds.ts';
import { buildAnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import { account, caseOf, link, location, person, phone, victim } from './fixtures/caseBuilder.ts';

// Crew A (a1 leads, a2, a3, a worker) and crew B (b1, b2, b3); A's money goes to B; a hub location.
const model = caseOf(
  [
    ...['a1', 'a2', 'a3'].map((k) => person(k, { country: 'ID' })),
    victim('a-worker'),
    ...['b1', 'b2', 'b3'].map((k) => person(k, { country: k === 'b3' ? 'KH' : 'TH' })),
    account('acc-a', { country: 'ID' }),
    account('acc-b', { country: 'TH' }),
    phone('p-a1'),
    phone('p-a2'),
    phone('p-worker'),
    location('airport'),
  ],
  [
    link('associated', 'person:a1', 'person:a2'),
    link('associated', 'person:a1', 'person:a3'),
    link('associated', 'person:a2', 'person:a3'),
    link('associated', 'person:b1', 'person:b2'),
    link('associated', 'person:b2', 'person:b3'),
    link('holds_account', 'person:a1', 'account:acc-a'),
    link('holds_account', 'person:b1', 'account:acc-b'),
    link('uses_phone', 'person:a1', 'phone:p-a1'),
    link('uses_phone', 'person:a2', 'phone:p-a2'),
    link('uses_phone', 'person:a-worker', 'phone:p-worker'),
    link('called', 'phone:p-worker', 'phone:p-a1', { count: 30 }),
    link('called', 'phone:p-worker', 'phone:p-a2', { count: 30 }),
    link('called', 'phone:p-a1', 'phone:p-a2', { count: 3, firstTime: '2024-01-05T08:00:00Z', lastTime: '2024-03-01T09:00:00Z' }),
    link('transferred', 'account:acc-a', 'account:acc-b', { count: 2, amounts: { USDT: 1000, THB: 50 }, firstTime: '2024-02-01', lastTime: '2024-06-30' }),
    link('transferred', 'account:acc-b', 'account:acc-b', { count: 1, amounts: { USDT: 1 } }),
    link('seen_at', 'person:a3', 'location:airport', { firstTime: '2023-12-24' }),
  ],
);
const crewA = ['account:acc-a', 'person:a-worker', 'person:a1', 'person:a2', 'person:a3', 'phone:p-a1', 'phone:p-a2', 'phone:p-worker'];
const crewB = ['account:acc-b', 'person:b1', 'person:b2', 'person:b3'];
const hubIds = new Set(['location:airport']);
const graph = buildAnalysisGraph(model, { exclude: hubIds });
const [a, b, hub] = profileClusters({
  model,
  graph,
  clusters: [crewA, crewB, ['location:airport']],
  hubIds,
  scores: computeCentrality(graph, { seed: 1 }),
  protectedIds: protectedIds(model),
});

describe('profileClusters', () => {
  it('names clusters in order and counts members by type, every type present', () => {
    expect([a?.id, b?.id, hub?.id]).toEqual(['C1', 'C2', 'C3']);
    expect(a?.membersByType).toEqual({ person: 4, phone: 3, account: 1, location: 0, device: 0 });
    expect(a?.memberIds).toBe(crewA);
  });

  it('lists countries sorted, with each one\'s share of the actors', () => {
    expect(a).toMatchObject({ countries: ['ID'], crossBorder: false });
    expect(b?.countries).toEqual(['KH', 'TH']);
    expect(b?.countryShares).toEqual([
      { country: 'TH', actors: 3, share: 0.75, people: 2, phones: 0, accounts: 1, moneyReceived: { THB: 50, USDT: 1000 } },
      { country: 'KH', actors: 1, share: 0.25, people: 1, phones: 0, accounts: 0, moneyReceived: {} },
    ]);
  });

  it('needs two actors from a second country to call a cluster cross-border, one is not enough', () => {
    expect(b?.crossBorder).toBe(false);
  });

  it('follows money across the cluster boundary, currencies sorted', () => {
    expect(a).toMatchObject({ moneyOut: { THB: 50, USDT: 1000 }, moneyIn: {}, moneyInternal: {} });
    expect(b).toMatchObject({ moneyIn: { THB: 50, USDT: 1000 }, moneyOut: {}, moneyInternal: { USDT: 1 } });
    expect(Object.keys(a?.moneyOut ?? {})).toEqual(['THB', 'USDT']);
  });

  it('spans activity from the first to the last dated link touching members, hubs included', () => {
    expect(a).toMatchObject({ firstActivity: '2023-12-24', lastActivity: '2024-06-30' });
    expect(b).toMatchObject({ firstActivity: '2024-02-01', lastActivity: '2024-06-30' });
    expect(hub).toMatchObject({ firstActivity: '2023-12-24', hub: true, keyPlayers: [] });
    expect(hub).not.toHaveProperty('lastActivity');
    expect(a).not.toHaveProperty('hub');
  });

  it('ranks the leader first and never the victim or the phone only she used', () => {
    const ids = a?.keyPlayers.map((k) => k.id) ?? [];
    expect(ids[0]).toBe('person:a1');
    expect(ids).not.toContain('person:a-worker');
    expect(ids).not.toContain('phone:p-worker');
    expect(ids).toEqual(['person:a1', 'person:a2', 'person:a3']);
    expect(a?.keyPlayers[0]?.why).toMatch(/^#1: /);
    expect(a?.betweenness).toEqual({ method: 'exact' });
  });

  it('names the person behind a phone or account instead of the identifier', () => {
    const ids = a?.keyPlayers.map((k) => k.id) ?? [];
    expect(ids).not.toContain('phone:p-a1');
    expect(ids).not.toContain('account:acc-a');
  });

  it('scores key players in [0, 1], rounded to 6 decimals, best first', () => {
    const scores = a?.keyPlayers.map((k) => k.score) ?? [];
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(score).toBe(Math.round(score * 1e6) / 1e6);
    }
  });
});

describe('protectedIds', () => {
  it('protects victims and what only victims use, not what they share', () => {
    const shared = caseOf(
      [victim('v'), person('boss'), phone('mine'), phone('lent')],
      [link('uses_phone', 'person:v', 'phone:mine'), link('uses_phone', 'person:v', 'phone:lent'), link('uses_phone', 'person:boss', 'phone:lent')],
    );
    expect([...protectedIds(shared)].sort()).toEqual(['person:v', 'phone:mine']);
  });
});
