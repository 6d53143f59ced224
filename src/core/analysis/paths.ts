// How two entities are connected: every shortest path between them, counted in hops.

import type { CaseGraph } from '../graph/buildCaseGraph.ts';
import { compareIds } from '../model/order.ts';

export interface ShortestPathsOptions {
  /** Most paths returned (default 5). */
  max?: number;
}

/**
 * All shortest paths from `fromId` to `toId` (breadth-first, weights ignored), each a list of node
 * ids from `fromId` to `toId`, at most `max` of them, in a stable order (neighbours by id).
 * `[]` when either node is missing or they are not connected; `[[fromId]]` when both are the same.
 */
export function shortestPaths(graph: CaseGraph, fromId: string, toId: string, options: ShortestPathsOptions = {}): string[][] {
  const max = Math.max(0, Math.floor(options.max ?? 5));
  if (max === 0 || !graph.hasNode(fromId) || !graph.hasNode(toId)) return [];
  if (fromId === toId) return [[fromId]];

  // Breadth-first from the source, keeping every predecessor that lies on a shortest path.
  const distance = new Map<string, number>([[fromId, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [fromId];
  while (frontier.length > 0 && !distance.has(toId)) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = (distance.get(node) ?? 0) + 1;
      graph.forEachNeighbor(node, (neighbor) => {
        if (!distance.has(neighbor)) {
          distance.set(neighbor, d);
          next.push(neighbor);
        }
        if (distance.get(neighbor) === d) {
          const list = predecessors.get(neighbor) ?? [];
          list.push(node);
          predecessors.set(neighbor, list);
        }
      });
    }
    frontier = next;
  }
  if (!distance.has(toId)) return [];

  // Walk back from the target, depth-first, smallest ids first, until `max` paths are found.
  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (paths.length >= max) return;
    if (node === fromId) {
      paths.push([node, ...suffix]);
      return;
    }
    for (const previous of [...(predecessors.get(node) ?? [])].sort(compareIds)) walk(previous, [node, ...suffix]);
  };
  walk(toId, []);
  return paths;
}
