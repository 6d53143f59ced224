import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/core/graph/layout.ts';

const ring = Array.from({ length: 30 }, (_, index) => ({ id: `n${index}`, size: 20 }));
const edges = ring.map((node, index) => ({ source: node.id, target: `n${(index + 1) % ring.length}`, weight: 1 }));

describe('computeLayout', () => {
  it('places every node, the same way twice', () => {
    const first = computeLayout({ nodes: ring, edges });
    expect(Object.keys(first)).toHaveLength(ring.length);
    expect(computeLayout({ nodes: ring, edges })).toEqual(first);
  });

  it('keeps fixed nodes where they are', () => {
    const nodes = ring.map((node, index) => ({ ...node, x: index * 50, y: 0, fixed: index > 0 }));
    const placed = computeLayout({ nodes, edges });
    expect(placed.n5).toEqual({ x: 250, y: 0 });
  });

  it('leaves no two nodes overlapping', () => {
    const placed = Object.values(computeLayout({ nodes: ring, edges }));
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i];
        const b = placed[j];
        if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
      }
    }
  });

  it('returns nothing for nothing', () => {
    expect(computeLayout({ nodes: [], edges: [] })).toEqual({});
  });
});

describe('pathPositions', () => {
  it('lays each path on its own row, steps in columns, shared steps once', async () => {
    const { pathPositions } = await import('../../src/core/workbench/pathLayout.ts');
    const placed = pathPositions([['a', 'b', 'd'], ['a', 'c', 'd']]);
    expect(placed).toEqual({ a: { x: 0, y: -50 }, b: { x: 170, y: -50 }, d: { x: 340, y: -50 }, c: { x: 170, y: 50 } });
  });
});
