import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../src/core/analysis/paths.ts';
import { buildCaseGraph } from '../../src/core/graph/buildCaseGraph.ts';
import { caseOf, link, phone } from './fixtures/caseBuilder.ts';

// a – b – d – e, a – c – d (two shortest a→d paths), f alone.
const graph = buildCaseGraph(
  caseOf(
    ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => phone(k)),
    [link('called', 'phone:a', 'phone:b'), link('called', 'phone:b', 'phone:d'), link('called', 'phone:a', 'phone:c'),
      link('called', 'phone:c', 'phone:d'), link('called', 'phone:d', 'phone:e')],
  ),
);

describe('shortestPaths', () => {
  it('finds every shortest path, in a stable order', () => {
    expect(shortestPaths(graph, 'phone:a', 'phone:e')).toEqual([
      ['phone:a', 'phone:b', 'phone:d', 'phone:e'],
      ['phone:a', 'phone:c', 'phone:d', 'phone:e'],
    ]);
  });

  it('stops at max', () => {
    expect(shortestPaths(graph, 'phone:a', 'phone:e', { max: 1 })).toEqual([['phone:a', 'phone:b', 'phone:d', 'phone:e']]);
  });

  it('returns the node itself for a path to itself', () => {
    expect(shortestPaths(graph, 'phone:a', 'phone:a')).toEqual([['phone:a']]);
  });

  it('returns no path to an unconnected or unknown node', () => {
    expect(shortestPaths(graph, 'phone:a', 'phone:f')).toEqual([]);
    expect(shortestPaths(graph, 'phone:a', 'phone:nobody')).toEqual([]);
  });

  it('returns at most five paths by default', () => {
    // a – m_i – z for ten middles.
    const middles = Array.from({ length: 10 }, (_, i) => phone(`m${i}`));
    const fan = buildCaseGraph(
      caseOf([phone('a'), phone('z'), ...middles], middles.flatMap((m) => [link('called', 'phone:a', m), link('called', m, 'phone:z')])),
    );
    const paths = shortestPaths(fan, 'phone:a', 'phone:z');
    expect(paths).toHaveLength(5);
    expect(paths[0]).toEqual(['phone:a', 'phone:m0', 'phone:z']);
  });
});
