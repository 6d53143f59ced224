import { describe, expect, it } from 'vitest';
import { rankBrokers, BROKER_ALPHA } from '../../src/core/analysis/brokers.ts';
import { brokerageWeight } from '../../src/core/analysis/tieEvidence.ts';
import { buildAnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import type { Entity, Link } from '../../src/core/model/types.ts';
import { account, caseOf, link, location, person, phone, victim } from './fixtures/caseBuilder.ts';

/**
 * Ten crews of six people, each with a phone and an account, everyone in a crew calling everyone
 * else in it; then a money broker, a stray caller, a two-call caller, a victim and a place.
 */
function crews(extra: { entities?: Entity[]; links?: Link[]; brokerIn?: number } = {}) {
  const entities: Entity[] = [];
  const links: Link[] = [];
  const clusterOf = new Map<string, number>();
  const clusters: string[][] = [];
  for (let c = 0; c < 10; c++) {
    const members: string[] = [];
    for (let i = 0; i < 6; i++) {
      const who = person(`c${c}m${i}`);
      const handset = phone(`c${c}p${i}`);
      const wallet = account(`c${c}a${i}`);
      entities.push(who, handset, wallet);
      links.push(link('uses_phone', who, handset), link('holds_account', who, wallet));
      members.push(who.id, handset.id, wallet.id);
      for (let j = 0; j < i; j++) links.push(link('called', handset, `phone:c${c}p${j}`, { count: 4 }));
      if (i > 0) links.push(link('transferred', wallet, `account:c${c}a0`, { count: 2, amounts: { USDT: 100 } }));
    }
    clusters.push(members);
    members.forEach((id) => clusterOf.set(id, c));
  }
  // The broker: his phone is called by three of crew 0, his wallet pays three of crew 1, again and again.
  const broker = [person('broker'), phone('broker-phone'), account('broker-wallet')];
  entities.push(...broker);
  links.push(link('uses_phone', 'person:broker', 'phone:broker-phone'), link('holds_account', 'person:broker', 'account:broker-wallet'));
  for (let i = 0; i < 3; i++) {
    links.push(link('called', `phone:c0p${i}`, 'phone:broker-phone', { count: 8 }));
    links.push(link('transferred', 'account:broker-wallet', `account:c1a${i}`, { count: 4, amounts: { USDT: 25_000 } }));
  }
  const home = extra.brokerIn ?? clusters.length;
  if (home === clusters.length) clusters.push([]);
  for (const item of broker) {
    clusterOf.set(item.id, home);
    clusters[home]?.push(item.id);
  }
  // A crew-2 member with one stray call to crew 3, another with two single calls to two of crew 3.
  links.push(link('called', 'phone:c2p1', 'phone:c3p1'));
  links.push(link('called', 'phone:c2p2', 'phone:c3p2'), link('called', 'phone:c2p2', 'phone:c3p3'));
  entities.push(...(extra.entities ?? []));
  links.push(...(extra.links ?? []));
  for (const entity of extra.entities ?? []) {
    clusterOf.set(entity.id, clusters.length);
    clusters.push([entity.id]);
  }
  const model = caseOf(entities, links);
  return { model, graph: buildAnalysisGraph(model), clusterOf, clusters, protectedIds: new Set<string>() };
}

describe('rankBrokers (excess over the configuration model)', () => {
  it('ranks the person behind the phone and wallet that serve two crews, and nobody else', () => {
    const brokers = rankBrokers(crews());
    expect(brokers.map((b) => [b.id, b.clusters])).toEqual([['person:broker', ['C2', 'C1']]]);
    expect(brokers[0]?.identifiers).toEqual(['account:broker-wallet', 'phone:broker-phone']);
  });

  it('says why: ties into each cluster with rows, money, expectation and significance', () => {
    const [broker] = rankBrokers(crews());
    const bridges = broker?.bridges ?? [];
    const money = bridges.find((bridge) => bridge.cluster === 'C2');
    expect(money).toMatchObject({ partners: 3, rows: { transferred: 12 }, amounts: { USDT: 75_000 }, significant: true });
    expect(money?.weight).toBeCloseTo(3 * brokerageWeight({ type: 'transferred', count: 4 }), 6);
    expect(money?.excess).toBeCloseTo((money?.weight ?? 0) - (money?.expected ?? 0), 5);
    expect(money?.pValue).toBeLessThan(BROKER_ALPHA);
    expect(bridges.find((bridge) => bridge.cluster === 'C1')).toMatchObject({ partners: 3, rows: { called: 24 } });
    expect(broker?.why).toContain('C2: 12 transfers (75,000 USDT) with 3 of its members');
    expect(broker?.score).toBe(Math.min(...bridges.map((bridge) => bridge.excess)));
  });

  it('computes the expectation k_i · K_c / 2m from brokerage weights', () => {
    const input = crews();
    const [broker] = rankBrokers(input);
    const calls = input.model.links.filter((l) => l.type !== 'uses_phone' && l.type !== 'holds_account');
    const weightOf = (node: string) => calls.filter((l) => l.source === node || l.target === node).reduce((sum, l) => sum + brokerageWeight(l), 0);
    const twoM = 2 * calls.reduce((sum, l) => sum + brokerageWeight(l), 0);
    const k = weightOf('phone:broker-phone') + weightOf('account:broker-wallet');
    const kC1 = input.clusters[0]!.reduce((sum, id) => sum + weightOf(id), 0);
    expect(broker?.bridges?.find((bridge) => bridge.cluster === 'C1')?.expected).toBeCloseTo((k * kC1) / twoM, 5);
  });

  it('names the role from the flow: liaison between two other crews, representative from inside one', () => {
    expect(rankBrokers(crews())[0]).toMatchObject({ role: 'liaison', roles: { liaison: 9 } });
    expect(rankBrokers(crews({ brokerIn: 0 }))[0]).toMatchObject({ role: 'representative' });
  });

  it('never makes a broker of one or two stray calls, a victim, or a place', () => {
    const extra = crews({
      entities: [victim('resold'), location('compound')],
      links: [
        ...[0, 1, 2].map((i) => link('associated', 'person:resold', `person:c1m${i}`)),
        ...[0, 1, 2].map((i) => link('associated', 'person:resold', `person:c2m${i}`)),
        ...[0, 1, 2, 3].flatMap((i) => [link('seen_at', `person:c2m${i}`, 'location:compound', { count: 3 }), link('seen_at', `person:c3m${i}`, 'location:compound', { count: 3 })]),
      ],
    });
    const ids = rankBrokers({ ...extra, protectedIds: new Set(['person:resold']) }).map((b) => b.id);
    expect(ids).toEqual(['person:broker']);
    // Without those protections both would bridge: the test can fail.
    const unprotected = rankBrokers({ ...extra, venues: new Set() }).map((b) => b.id);
    expect(unprotected).toEqual(expect.arrayContaining(['person:resold', 'location:compound']));
  });

  it('needs two sizeable clusters: a bridge into a pair is no bridge', () => {
    const input = crews();
    const small = input.clusters.map((members, i) => (i === 1 ? members.slice(0, 6) : members));
    const clusterOf = new Map(input.clusterOf);
    for (const id of input.clusters[1]!.slice(6)) clusterOf.delete(id);
    expect(rankBrokers({ ...input, clusters: small, clusterOf })).toEqual([]);
    expect(rankBrokers({ ...input, hubClusters: new Set([1]) })).toEqual([]);
  });

  it('sorts by score, then id, scores rounded to 6 decimals', () => {
    const brokers = rankBrokers(crews());
    for (const broker of brokers) expect(broker.score).toBe(Math.round(broker.score * 1e6) / 1e6);
    expect(brokers).toEqual([...brokers].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)));
  });
});
