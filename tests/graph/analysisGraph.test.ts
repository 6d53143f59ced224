import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph, type AnalysisGraph } from '../../src/core/graph/analysisGraph.ts';
import { buildCaseGraph, caseGraphOf, type CaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { toFastGraph } from '../../src/core/graph/fastGraph.ts';
import type { CaseModel, LinkType } from '../../src/core/model/types.ts';
import { caseOf, entity, link } from '../analysis/fixtures/caseBuilder.ts';
import { generateSyndicates } from '../analysis/fixtures/syndicates.ts';

const TYPES: LinkType[] = ['called', 'transferred', 'uses_phone', 'holds_account', 'associated', 'seen_at', 'uses_device', 'linked'];

/** What graphology says of a graph, in its own iteration orders: what every ported walk relied on. */
function walkedByGraphology(graph: CaseGraph) {
  const fast = toFastGraph(graph);
  const edges: [string, string, number, string[]][] = [];
  graph.forEachEdge((_edge, attributes, source, target) => edges.push([source, target, attributes.weight, [...attributes.linkIds]]));
  return { ids: [...fast.ids], offsets: [...fast.offsets], targets: [...fast.targets], weights: [...fast.weights], identity: [...fast.identity], strength: [...fast.strength], edges };
}

/** The same, read from the arrays. */
function walkedByArrays(graph: AnalysisGraph) {
  const edges: [string, string, number, string[]][] = [];
  for (let e = 0; e < graph.edgeEnds.length / 2; e++) {
    const slot = graph.edgeAt.indexOf(e);
    const linkIds = Array.from(graph.linkOrder.subarray(graph.linkStart[e], graph.linkStart[e + 1]), (l) => graph.links[l]?.id as string);
    edges.push([graph.ids[graph.edgeEnds[2 * e] as number] as string, graph.ids[graph.edgeEnds[2 * e + 1] as number] as string, graph.weights[slot] as number, linkIds]);
  }
  return { ids: [...graph.ids], offsets: [...graph.offsets], targets: [...graph.targets], weights: [...graph.weights], identity: [...graph.identity], strength: [...graph.strength], edges };
}

/** Random small cases: parallel links of every type, both directions, self-loops. */
const randomCase = fc.tuple(
  fc.integer({ min: 1, max: 12 }),
  fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.nat(TYPES.length - 1), fc.integer({ min: 1, max: 9 })), { maxLength: 60 }),
  fc.array(fc.nat(11), { maxLength: 3 }),
).map(([n, pairs, left]): { model: CaseModel; exclude: Set<string> } => {
  const nodes = Array.from({ length: n }, (_, i) => entity(i % 3 === 0 ? 'person' : i % 3 === 1 ? 'phone' : 'device', `n${i}`));
  const links = new Map(pairs.map(([s, t, k, count]) => {
    const made = link(TYPES[k] as LinkType, nodes[s % n] as never, nodes[t % n] as never, { count, durationSeconds: count * 37 });
    return [made.id, made] as const;
  }));
  return { model: caseOf(nodes, [...links.values()]), exclude: new Set(left.map((i) => nodes[i % n]?.id as string)) };
});

describe('buildAnalysisGraph', () => {
  it('is the graphology graph as arrays: its nodes, its edges in its order with their ends, weights and links, each node\'s neighbours in its order', () => {
    fc.assert(fc.property(randomCase, ({ model, exclude }) => {
      expect(walkedByArrays(buildAnalysisGraph(model, { exclude }))).toEqual(walkedByGraphology(buildCaseGraph(model, { exclude })));
    }), { seed: 11, numRuns: 200 });
  });

  it('is so on a generated case of several syndicates, hubs left out', () => {
    const { model } = generateSyndicates({ syndicates: 4, crew: 15, victims: 6 });
    const exclude = new Set(model.entities.filter((_e, i) => i % 17 === 0).map((e) => e.id));
    expect(walkedByArrays(buildAnalysisGraph(model, { exclude }))).toEqual(walkedByGraphology(buildCaseGraph(model, { exclude })));
  });

  it.each([
    { name: 'an empty case', model: caseOf([], []), nodes: 0, edges: 0 },
    { name: 'a self-loop only', model: caseOf([entity('phone', 'a')], [link('called', 'phone:a', 'phone:a')]), nodes: 1, edges: 0 },
    { name: 'an entity listed twice', model: caseOf([entity('phone', 'a'), entity('phone', 'a'), entity('phone', 'b')], [link('called', 'phone:a', 'phone:b')]), nodes: 2, edges: 1 },
  ])('reads $name', ({ model, nodes, edges }) => {
    const graph = buildAnalysisGraph(model);
    expect([graph.ids.length, graph.edgeEnds.length / 2, graph.linkStart.length]).toEqual([nodes, edges, edges + 1]);
  });

  it('throws on a link to an entity the model does not hold, even one to a left-out entity', () => {
    const model = caseOf([entity('phone', 'a'), entity('phone', 'b')], [link('called', 'phone:a', 'phone:z')]);
    expect(() => buildAnalysisGraph(model)).toThrow(/phone:z/);
    expect(() => buildAnalysisGraph(model, { exclude: new Set(['phone:a']) })).toThrow(/phone:z/);
  });
});

/** A graph's export without its generated edge keys (a counter shared by every graph of the process). */
function exported(graph: CaseGraph) {
  const { nodes, edges } = graph.export();
  return { nodes, edges: edges.map(({ key: _key, ...edge }) => edge) };
}

describe('caseGraphOf', () => {
  it('gives back the graphology graph buildCaseGraph builds (attributes, order and all)', () => {
    fc.assert(fc.property(randomCase, ({ model, exclude }) => {
      expect(exported(caseGraphOf(buildAnalysisGraph(model, { exclude })))).toEqual(exported(buildCaseGraph(model, { exclude })));
    }), { seed: 12, numRuns: 100 });
  });
});
