import { describe, expect, it } from 'vitest';
import { strongestTies } from '../../src/ui/graph/ClusterMap.tsx';
import type { ClusterMapEdge } from '../../src/core/workbench/clusterMap.ts';

const tie = (source: string, target: string, weight: number): ClusterMapEdge => ({ id: `${source}-${target}`, source, target, weight, links: 1 });

describe('strongestTies (the cluster map draws a backbone, not every weak tie)', () => {
  it('keeps every tie when no cluster has more than its share', () => {
    const edges = [tie('C1', 'C2', 5), tie('C2', 'C3', 1)];
    expect(strongestTies(edges, 2)).toEqual(edges);
  });

  it('keeps a tie when it is among the strongest of either end, in the map\'s order', () => {
    // C1 has four ties; with 2 per cluster it keeps C2 and C3; C5's only tie (to C1, weakest of C1's) is kept for C5.
    const edges = [tie('C1', 'C2', 9), tie('C1', 'C3', 7), tie('C1', 'C4', 2), tie('C1', 'C5', 1), tie('C4', 'C2', 3), tie('C4', 'C3', 4)];
    expect(strongestTies(edges, 2).map((edge) => edge.id)).toEqual(['C1-C2', 'C1-C3', 'C1-C5', 'C4-C2', 'C4-C3']);
  });

  it('breaks equal weights by id, so the drawing is the same every time', () => {
    const edges = [tie('C1', 'C3', 1), tie('C1', 'C2', 1), tie('C1', 'C4', 1), tie('C2', 'C3', 1), tie('C3', 'C4', 1), tie('C2', 'C4', 1)];
    expect(strongestTies(edges, 1)).toEqual(strongestTies([...edges].reverse(), 1).reverse());
    expect(strongestTies(edges, 1).map((edge) => edge.id)).toEqual(['C1-C3', 'C1-C2', 'C1-C4']);
  });
});
