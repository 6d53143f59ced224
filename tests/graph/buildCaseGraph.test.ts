import { describe, expect, it } from 'vitest';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { linkWeight } from '../../src/core/graph/linkWeight.ts';
import { caseOf, link, location, person, phone, account } from '../analysis/fixtures/caseBuilder.ts';

describe('linkWeight', () => {
  it.each([
    ['uses_phone', 1, 0, 8],
    ['holds_account', 7, 0, 8],
    ['uses_device', 1, 0, 8],
    ['transferred', 1, 0, 2],
    ['transferred', 8, 0, 5],
    ['associated', 3, 0, 3],
    ['called', 1, 0, 1],
    ['called', 4, 0, 3],
    ['seen_at', 2, 0, 2],
    ['linked', 3, 0, 3],
  ] as const)('weighs %s ×%i (%i s of calls) as %d', (type, count, durationSeconds, expected) => {
    expect(linkWeight({ type, count, durationSeconds })).toBeCloseTo(expected, 10);
  });

  it('adds at most half a point for long calls', () => {
    const short = linkWeight({ type: 'called', count: 1, durationSeconds: 0 });
    const tenMinutes = linkWeight({ type: 'called', count: 1, durationSeconds: 600 });
    const tenHours = linkWeight({ type: 'called', count: 1, durationSeconds: 36_000 });
    expect(tenMinutes).toBeGreaterThan(short);
    expect(tenHours).toBeGreaterThan(tenMinutes);
    expect(tenHours).toBeLessThanOrEqual(1.5);
  });

  it('weighs one transfer above one long call: money ties are stronger evidence', () => {
    expect(linkWeight({ type: 'transferred', count: 1, durationSeconds: 0 })).toBeGreaterThan(
      linkWeight({ type: 'called', count: 1, durationSeconds: 3600 }),
    );
  });
});

describe('buildCaseGraph', () => {
  const alice = person('alice', { country: 'ID' });
  const p1 = phone('+6281', { country: 'ID' });
  const p2 = phone('+6682');
  const acc = account('123');
  const place = location('mae-sot');

  it('builds an empty graph from an empty case', () => {
    const graph = buildCaseGraph({ entities: [], links: [] });
    expect(graph.order).toBe(0);
    expect(graph.type).toBe('undirected');
  });

  it('keeps every entity as a node with type, key, label and country, in model order', () => {
    const graph = buildCaseGraph(caseOf([p2, alice, p1], []));
    expect(graph.nodes()).toEqual([p2.id, alice.id, p1.id]);
    expect(graph.getNodeAttributes(alice.id)).toEqual({ type: 'person', key: 'alice', label: 'alice', country: 'ID' });
    expect(graph.getNodeAttributes(p2.id)).not.toHaveProperty('country');
  });

  it('merges calls both ways and a second link type into one edge with summed weight', () => {
    const graph = buildCaseGraph(
      caseOf([p1, p2], [link('called', p1, p2, { count: 2 }), link('called', p2, p1, { count: 1 }), link('linked', p1, p2)]),
    );
    expect(graph.size).toBe(1);
    const edge = graph.getEdgeAttributes(graph.edge(p1.id, p2.id) as string);
    expect(edge.weight).toBeCloseTo(2 + 1 + 1, 10);
    expect(edge.types).toEqual(['called', 'linked']);
    expect(edge.linkIds).toEqual([`called|${p1.id}|${p2.id}`, `called|${p2.id}|${p1.id}`, `linked|${p1.id}|${p2.id}`]);
  });

  it('drops self-loops', () => {
    const graph = buildCaseGraph(caseOf([p1], [link('called', p1, p1, { count: 3 })]));
    expect(graph.size).toBe(0);
  });

  it('leaves out excluded entities and every link touching them', () => {
    const model = caseOf([alice, p1, acc, place], [link('uses_phone', alice, p1), link('holds_account', alice, acc), link('seen_at', alice, place)]);
    const graph = buildCaseGraph(model, { exclude: new Set([place.id]) });
    expect(graph.hasNode(place.id)).toBe(false);
    expect(graph.neighbors(alice.id)).toEqual([p1.id, acc.id]);
  });

  it('adds edges in link order', () => {
    const model = caseOf([alice, p1, acc], [link('holds_account', alice, acc), link('uses_phone', alice, p1)]);
    const graph = buildCaseGraph(model);
    expect(graph.mapEdges((_e, _a, s, t) => `${s}-${t}`)).toEqual([`${alice.id}-${acc.id}`, `${alice.id}-${p1.id}`]);
  });

  it('refuses a link to an entity the case does not hold', () => {
    expect(() => buildCaseGraph(caseOf([p1], [link('called', p1, 'phone:ghost')]))).toThrow(/phone:ghost/);
  });
});
