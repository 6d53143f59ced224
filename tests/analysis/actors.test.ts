import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupActors, isLoneHandset } from '../../src/core/analysis/actors.ts';
import { rankBrokers } from '../../src/core/analysis/brokers.ts';
import { rankClusterPlayers } from '../../src/core/analysis/keyPlayers.ts';
import { ballAround, CohesionScratch, sampleCohesion } from '../../src/core/analysis/partnerCohesion.ts';
import { toFastGraph } from '../../src/core/graph/fastGraph.ts';
import { buildAnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import { buildCaseGraph, type CaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import type { Entity, Link } from '../../src/core/model/types.ts';
import { account, caseOf, entity, link, person, phone } from './fixtures/caseBuilder.ts';
import { generateSyndicates } from './fixtures/syndicates.ts';

const handset = (key: string) => entity('device', key);

/** The actors of a case, its analysis graph and (to check them against) its graphology graph. */
function actorsOf(entities: Entity[], links: Link[]) {
  const model = caseOf(entities, links);
  const arrays = buildAnalysisGraph(model);
  return { graph: buildCaseGraph(model), arrays, actors: groupActors(arrays) };
}

describe('groupActors (an actor is bounded by direct evidence)', () => {
  const cases: { name: string; entities: Entity[]; links: Link[]; expected: Record<string, string> }[] = [
    {
      name: 'a person with a phone, an account and the handset only that phone uses is one actor',
      entities: [person('ana'), phone('p1'), account('a1'), handset('h1')],
      links: [link('uses_phone', 'person:ana', 'phone:p1'), link('holds_account', 'person:ana', 'account:a1'), link('uses_device', 'phone:p1', 'device:h1')],
      expected: { 'phone:p1': 'person:ana', 'account:a1': 'person:ana', 'device:h1': 'person:ana' },
    },
    {
      name: 'a handset used with two SIMs stays its own: it never joins the SIMs',
      entities: [person('ana'), phone('p1'), phone('p2'), handset('h1')],
      links: [link('uses_phone', 'person:ana', 'phone:p1'), link('uses_device', 'phone:p1', 'device:h1'), link('uses_device', 'phone:p2', 'device:h1')],
      expected: { 'phone:p1': 'person:ana', 'phone:p2': 'phone:p2', 'device:h1': 'device:h1' },
    },
    {
      name: 'a handset two phones of one person use stays with that person',
      entities: [person('ana'), phone('p1'), phone('p2'), handset('h1')],
      links: [link('uses_phone', 'person:ana', 'phone:p1'), link('uses_phone', 'person:ana', 'phone:p2'), link('uses_device', 'phone:p1', 'device:h1'), link('uses_device', 'phone:p2', 'device:h1')],
      expected: { 'phone:p2': 'person:ana', 'device:h1': 'person:ana' },
    },
    {
      name: 'a phone–handset–phone–handset chain never grows an actor',
      entities: [person('ana'), phone('p1'), phone('p2'), phone('p3'), handset('h1'), handset('h2')],
      links: [
        link('uses_phone', 'person:ana', 'phone:p1'),
        link('uses_device', 'phone:p1', 'device:h1'), link('uses_device', 'phone:p2', 'device:h1'),
        link('uses_device', 'phone:p2', 'device:h2'), link('uses_device', 'phone:p3', 'device:h2'),
      ],
      expected: { 'phone:p1': 'person:ana', 'phone:p2': 'phone:p2', 'phone:p3': 'phone:p3', 'device:h1': 'device:h1', 'device:h2': 'device:h2' },
    },
    {
      name: 'a phone nobody holds is named after itself, with its own handset',
      entities: [phone('p9'), handset('a0')],
      links: [link('uses_device', 'phone:p9', 'device:a0')],
      expected: { 'phone:p9': 'phone:p9', 'device:a0': 'phone:p9' },
    },
    {
      name: 'a phone two people are listed with stays with the first; the two are never joined',
      entities: [person('ana'), person('bo'), phone('p1'), phone('p2')],
      links: [link('uses_phone', 'person:ana', 'phone:p1'), link('uses_phone', 'person:bo', 'phone:p1'), link('uses_phone', 'person:bo', 'phone:p2')],
      expected: { 'phone:p1': 'person:ana', 'phone:p2': 'person:bo', 'person:bo': 'person:bo' },
    },
  ];
  it.each(cases)('$name', ({ entities, links, expected }) => {
    const { actors } = actorsOf(entities, links);
    for (const [node, actor] of Object.entries(expected)) expect([node, actors.actorOf.get(node)]).toEqual([node, actor]);
    for (const [actor, members] of actors.members) {
      expect(members[0]).toBe(actor);
      for (const node of members) expect(actors.actorOf.get(node)).toBe(actor);
    }
  });

  it('holds for any identity graph: one person at most, members one step away (or a handset only they use)', () => {
    const arbitrary = fc.record({
      people: fc.integer({ min: 0, max: 4 }),
      phones: fc.integer({ min: 1, max: 8 }),
      handsets: fc.integer({ min: 0, max: 6 }),
      holds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
      uses: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 14 }),
    });
    fc.assert(fc.property(arbitrary, ({ people, phones, handsets, holds, uses }) => {
      const entities = [
        ...Array.from({ length: people }, (_, i) => person(`m${i}`)),
        ...Array.from({ length: phones }, (_, i) => phone(`p${i}`)),
        ...Array.from({ length: handsets }, (_, i) => handset(`h${i}`)),
      ];
      const links = [
        ...(people === 0 ? [] : holds.map(([a, b]) => link('uses_phone', `person:m${a % people}`, `phone:p${b % phones}`))),
        ...(handsets === 0 ? [] : uses.map(([a, b]) => link('uses_device', `phone:p${a % phones}`, `device:h${b % handsets}`))),
      ];
      const { graph, actors } = actorsOf(entities, links);
      const adjacent = (a: string, b: string) => graph.hasEdge(a, b) || graph.hasEdge(b, a);
      for (const [actor, members] of actors.members) {
        expect(members.filter((node) => node.startsWith('person:')).length).toBeLessThanOrEqual(1);
        for (const node of members.slice(1)) {
          const direct = adjacent(actor, node);
          const users = graph.neighbors(node);
          const ownHandset = node.startsWith('device:') && users.every((m) => members.includes(m) && (m === actor || adjacent(actor, m)));
          expect(direct || ownHandset).toBe(true);
        }
      }
      for (let i = 0; i < handsets; i++) {
        const id = `device:h${i}`;
        const holders = graph.hasNode(id) ? new Set(graph.neighbors(id).map((m) => actors.actorOf.get(m))) : new Set();
        if (holders.size >= 2) expect(actors.actorOf.get(id)).toBe(id);
      }
    }), { seed: 9, numRuns: 300 });
  });
});

describe('a shared handset is never ranked', () => {
  it('is not a key player of the cluster its SIMs call in, and does not merge them', () => {
    const entities = [phone('a'), phone('b'), phone('c'), handset('shared')];
    const links = [
      link('called', 'phone:a', 'phone:b', { count: 5 }), link('called', 'phone:b', 'phone:c', { count: 5 }), link('called', 'phone:c', 'phone:a', { count: 2 }),
      link('uses_device', 'phone:a', 'device:shared'), link('uses_device', 'phone:b', 'device:shared'),
    ];
    const { arrays: graph, actors } = actorsOf(entities, links);
    expect(isLoneHandset(graph, actors, 'device:shared')).toBe(true);
    const { keyPlayers } = rankClusterPlayers({
      graph, members: ['phone:a', 'phone:b', 'phone:c', 'device:shared'], scores: new Map(), actors,
      venues: new Set(), protectedIds: new Set(), transfers: [], seed: 1,
    });
    expect(keyPlayers.map((player) => player.id).sort()).toEqual(['phone:a', 'phone:b', 'phone:c']);
  });
});

describe('a person with one phone is not credited with the SIMs a shared handset was seen with', () => {
  it('is no broker across the crews those SIMs call in, and holds one phone', () => {
    // Five crews of four phones nobody holds, each calling inside its crew; one phone of each crew was
    // seen in the same handset as a person's only phone (a misread file, or a phone farm).
    const entities: Entity[] = [person('lone'), phone('lone-phone'), handset('farm')];
    const links: Link[] = [link('uses_phone', 'person:lone', 'phone:lone-phone'), link('uses_device', 'phone:lone-phone', 'device:farm')];
    const clusters: string[][] = [];
    for (let c = 0; c < 5; c++) {
      const members = [0, 1, 2, 3].map((i) => `phone:c${c}p${i}`);
      entities.push(...[0, 1, 2, 3].map((i) => phone(`c${c}p${i}`)));
      for (let i = 0; i < 4; i++) for (let j = 0; j < i; j++) links.push(link('called', members[i]!, members[j]!, { count: 6 }));
      links.push(link('uses_device', `phone:c${c}p0`, 'device:farm'));
      clusters.push(members);
    }
    clusters.push(['person:lone', 'phone:lone-phone', 'device:farm']);
    const clusterOf = new Map(clusters.flatMap((members, c) => members.map((id) => [id, c] as const)));
    const model = caseOf(entities, links);
    const graph = buildAnalysisGraph(model);
    const actors = groupActors(graph);
    expect(actors.members.get('person:lone')).toEqual(['person:lone', 'phone:lone-phone']);
    expect(rankBrokers({ model, graph, clusterOf, clusters, protectedIds: new Set(), actors }).map((broker) => broker.id)).toEqual([]);
  });
});

describe('the hub test walks identity links inside an actor for free, not through shared handsets', () => {
  const cohesionOf = (entities: Entity[], links: Link[], sample: string[]) => {
    const fast = toFastGraph(buildCaseGraph(caseOf(entities, links)));
    return sampleCohesion(new CohesionScratch(fast), sample.map((id) => fast.indexOf.get(id) as number), new Uint8Array(fast.ids.length));
  };
  it.each([
    {
      name: 'two strangers whose SIMs a chain of shared handsets touches are not linked',
      entities: ['a', 'x', 'y', 'b'].map((k) => phone(k)).concat(['h1', 'h2', 'h3'].map((k) => handset(k))),
      links: [
        link('uses_device', 'phone:a', 'device:h1'), link('uses_device', 'phone:x', 'device:h1'),
        link('uses_device', 'phone:x', 'device:h2'), link('uses_device', 'phone:y', 'device:h2'),
        link('uses_device', 'phone:y', 'device:h3'), link('uses_device', 'phone:b', 'device:h3'),
      ],
      expected: 0,
    },
    {
      name: 'the callers of two phones of one person (sharing one handset) are linked through him',
      entities: [phone('a'), phone('b'), person('boss'), phone('m1'), phone('m2'), handset('h')],
      links: [
        link('uses_phone', 'person:boss', 'phone:m1'), link('uses_phone', 'person:boss', 'phone:m2'),
        link('uses_device', 'phone:m1', 'device:h'), link('uses_device', 'phone:m2', 'device:h'),
        link('called', 'phone:a', 'phone:m1'), link('called', 'phone:m2', 'phone:b'),
      ],
      expected: 1,
    },
  ])('$name', ({ entities, links, expected }) => {
    expect(cohesionOf(entities, links, ['phone:a', 'phone:b'])).toBe(expected);
  });
});

describe('a three-step ball costs a bounded number of edges', () => {
  it('stops at its budget next to a node with thousands of ties, and is whole below it', () => {
    const entities = [phone('a'), phone('star'), ...Array.from({ length: 3000 }, (_, i) => phone(`s${i}`))];
    const links = [link('called', 'phone:a', 'phone:star'), ...Array.from({ length: 3000 }, (_, i) => link('called', 'phone:star', `phone:s${i}`))];
    const fast = toFastGraph(buildCaseGraph(caseOf(entities, links)));
    const scratch = new CohesionScratch(fast);
    const avoid = new Uint8Array(fast.ids.length);
    const a = fast.indexOf.get('phone:a') as number;
    expect(ballAround(scratch, a, 2, avoid).length).toBe(3002);
    expect(ballAround(scratch, a, 2, avoid, 100).length).toBeLessThanOrEqual(2);
  });
});

/** Straightforward: the actors walked through graphology, as `groupActors` did before it read integer arrays. */
function referenceActors(graph: CaseGraph) {
  const actorOf = new Map<string, string>();
  const type = (node: string) => graph.getNodeAttribute(node, 'type');
  const identity = (types: readonly string[]) => types.some((t) => t === 'uses_phone' || t === 'holds_account' || t === 'uses_device');
  graph.forEachNode((node) => { if (type(node) === 'person') actorOf.set(node, node); });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!identity(attributes.types)) return;
    const [person, held] = type(source) === 'person' ? [source, target] : [target, source];
    if (type(person) !== 'person' || type(held) === 'person' || type(held) === 'device' || actorOf.has(held)) return;
    actorOf.set(held, person);
  });
  // A wallet tied to its number's SIM (no person on the edge) goes with the phone's actor.
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!identity(attributes.types)) return;
    const [phone, wallet] = type(source) === 'phone' ? [source, target] : [target, source];
    if (type(phone) !== 'phone' || type(wallet) !== 'account') return;
    if (!actorOf.has(phone) && !actorOf.has(wallet)) actorOf.set(phone, phone);
    if (!actorOf.has(wallet)) actorOf.set(wallet, actorOf.get(phone) as string);
    else if (!actorOf.has(phone)) actorOf.set(phone, actorOf.get(wallet) as string);
  });
  graph.forEachNode((node) => { if (!actorOf.has(node) && type(node) !== 'device') actorOf.set(node, node); });
  graph.forEachNode((node) => {
    if (actorOf.has(node)) return;
    const holders = new Set<string | undefined>();
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if (identity(attributes.types)) holders.add(type(other) === 'device' ? undefined : actorOf.get(other));
    });
    const [holder] = holders;
    actorOf.set(node, holders.size === 1 && holder !== undefined ? holder : node);
  });
  return [...actorOf];
}

describe('groupActors on the integer graph', () => {
  it('gives the actors (and their order) a plain walk over graphology gives, on random cases and a generated one', () => {
    const arbitrary = fc.tuple(fc.integer({ min: 1, max: 10 }), fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.nat(3)), { maxLength: 40 }));
    const kinds = ['uses_phone', 'holds_account', 'uses_device', 'called'] as const;
    fc.assert(fc.property(arbitrary, ([n, pairs]) => {
      const nodes = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? person(`m${i}`) : i % 4 === 1 ? phone(`p${i}`) : i % 4 === 2 ? account(`a${i}`) : handset(`h${i}`)));
      const links = new Map(pairs.map(([s, t, k]) => {
        const made = link(kinds[k] as (typeof kinds)[number], nodes[s % n] as Entity, nodes[t % n] as Entity);
        return [made.id, made] as const;
      }));
      const model = caseOf(nodes, [...links.values()]);
      expect([...groupActors(buildAnalysisGraph(model)).actorOf]).toEqual(referenceActors(buildCaseGraph(model)));
    }), { seed: 21, numRuns: 300 });
    const { model } = generateSyndicates({ syndicates: 3, crew: 20, victims: 5 });
    expect([...groupActors(buildAnalysisGraph(model)).actorOf]).toEqual(referenceActors(buildCaseGraph(model)));
  });
});
