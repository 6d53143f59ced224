import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/core/analysis/analyzeCase.ts';
import { rankBrokers } from '../../src/core/analysis/brokers.ts';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { account, caseOf, link, person, phone } from './fixtures/caseBuilder.ts';
import { twoSyndicates } from './fixtures/twoSyndicates.ts';

describe('rankBrokers, on two syndicates sharing an OTC desk', () => {
  const fixture = twoSyndicates();
  const result = analyzeCase(fixture.model, { seed: 42, resolution: 1 });

  it('puts the two syndicates in different sizeable clusters', () => {
    expect(result.clusterOf['person:a-boss']).not.toBe(result.clusterOf['person:b-boss']);
  });

  it('ranks the account moving money for both syndicates first', () => {
    const top = result.brokers[0];
    expect(top?.id).toBe(fixture.otc);
    expect(top?.clusters).toHaveLength(2);
    expect(top?.clusters).toContain(result.clusterOf['person:a-boss']);
    expect(top?.clusters).toContain(result.clusterOf['person:b-boss']);
  });

  it('scores a crew member with one stray call far lower, if at all', () => {
    const otc = result.brokers.find((b) => b.id === fixture.otc)?.score ?? 0;
    const decoy = result.brokers.find((b) => b.id === fixture.decoy)?.score ?? 0;
    expect(decoy).toBeLessThan(otc / 5);
  });

  it('never lists the victim or the phone only the victim used, however much it bridges', () => {
    const ids = result.brokers.map((b) => b.id);
    expect(ids).not.toContain(fixture.victim);
    expect(ids).not.toContain(fixture.victimPhone);
  });

  it('rounds scores to 6 decimals and sorts by score, then id', () => {
    for (const broker of result.brokers) expect(broker.score).toBe(Math.round(broker.score * 1e6) / 1e6);
    const sorted = [...result.brokers].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    expect(result.brokers).toEqual(sorted);
  });
});

describe('rankBrokers, edge cases', () => {
  it('needs ties of some strength to two sizeable clusters', () => {
    // Two triangles (clusters 0 and 1) and a phone with one call into each.
    const phones = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'x'].map((k) => phone(k));
    const [a1, a2, a3, b1, b2, b3, x] = phones.map((p) => p.id) as string[] as [string, string, string, string, string, string, string];
    const model = caseOf(phones, [
      link('called', a1, a2, { count: 4 }), link('called', a2, a3, { count: 4 }), link('called', a3, a1, { count: 4 }),
      link('called', b1, b2, { count: 4 }), link('called', b2, b3, { count: 4 }), link('called', b3, b1, { count: 4 }),
      link('called', x, a1), link('called', x, b1),
    ]);
    const graph = buildCaseGraph(model);
    const clusterOf = new Map([[a1, 0], [a2, 0], [a3, 0], [b1, 1], [b2, 1], [b3, 1], [x, 2]]);
    const input = { graph, clusterOf, clusters: [[a1, a2, a3], [b1, b2, b3], [x]], protectedIds: new Set<string>() };
    expect(rankBrokers(input)).toEqual([]);

    const strong = caseOf(phones, [...model.links.slice(0, 6), link('called', x, a1, { count: 4 }), link('called', x, b1, { count: 4 })]);
    const brokers = rankBrokers({ ...input, graph: buildCaseGraph(strong) });
    expect(brokers.map((b) => [b.id, b.clusters])).toEqual([[x, ['C1', 'C2']]]);
    // P = 1/2 (even), W_external = 3 + 3 → 0.5 × ln 7.
    expect(brokers[0]?.score).toBe(Math.round(0.5 * Math.log(7) * 1e6) / 1e6);
  });

  it('does not broker between clusters smaller than three, nor hubs', () => {
    const phones = ['a1', 'a2', 'b1', 'b2', 'x'].map((k) => phone(k));
    const model = caseOf(phones, [link('called', 'phone:x', 'phone:a1', { count: 8 }), link('called', 'phone:x', 'phone:b1', { count: 8 })]);
    const clusterOf = new Map([['phone:a1', 0], ['phone:a2', 0], ['phone:b1', 1], ['phone:b2', 1], ['phone:x', 2]]);
    const clusters = [['phone:a1', 'phone:a2'], ['phone:b1', 'phone:b2'], ['phone:x']];
    expect(rankBrokers({ graph: buildCaseGraph(model), clusterOf, clusters, protectedIds: new Set() })).toEqual([]);
  });

  it('scores a person with the ties of the phone and wallet they hold', () => {
    // Triangles A (phones) and B (accounts); the trader's phone calls A, his wallet pays B.
    const entities = [...['a1', 'a2', 'a3'].map((k) => phone(k)), ...['b1', 'b2', 'b3'].map((k) => account(k)), person('trader'), phone('t-phone'), account('t-wallet')];
    const model = caseOf(entities, [
      link('called', 'phone:a1', 'phone:a2', { count: 4 }), link('called', 'phone:a2', 'phone:a3', { count: 4 }), link('called', 'phone:a3', 'phone:a1', { count: 4 }),
      link('transferred', 'account:b1', 'account:b2'), link('transferred', 'account:b2', 'account:b3'), link('transferred', 'account:b3', 'account:b1'),
      link('uses_phone', 'person:trader', 'phone:t-phone'), link('holds_account', 'person:trader', 'account:t-wallet'),
      link('called', 'phone:t-phone', 'phone:a1', { count: 4 }), link('transferred', 'account:t-wallet', 'account:b1', { count: 2 }),
    ]);
    const clusterOf = new Map<string, number>([
      ['phone:a1', 0], ['phone:a2', 0], ['phone:a3', 0], ['account:b1', 1], ['account:b2', 1], ['account:b3', 1],
      ['person:trader', 2], ['phone:t-phone', 2], ['account:t-wallet', 2],
    ]);
    const clusters = [['phone:a1', 'phone:a2', 'phone:a3'], ['account:b1', 'account:b2', 'account:b3'], ['account:t-wallet', 'person:trader', 'phone:t-phone']];
    const brokers = rankBrokers({ graph: buildCaseGraph(model), clusterOf, clusters, protectedIds: new Set() });
    expect(brokers.map((b) => [b.id, b.clusters])).toEqual([['person:trader', ['C1', 'C2']]]);
  });
});
