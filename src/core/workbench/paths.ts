// Shortest paths for the path finder: the case graph (optionally without hubs) is built once per run.

import { shortestPaths } from '../analysis/paths.ts';
import { buildCaseGraph, type CaseGraph } from '../graph/buildCaseGraph.ts';
import type { CaseIndex } from './caseIndex.ts';

/** Returns a path finder bound to one case; graphs are built on first use. */
export function pathFinder(index: CaseIndex): (from: string, to: string, throughHubs: boolean) => string[][] {
  const graphs = new Map<boolean, CaseGraph>();
  return (from, to, throughHubs) => {
    // NOTE: hubs (service numbers, busy places) connect everyone in two hops; by default paths avoid them,
    // unless a hub is itself an end of the path (that graph is built for the one query, not cached).
    const endIsHub = index.hubIds.has(from) || index.hubIds.has(to);
    let graph = endIsHub ? undefined : graphs.get(throughHubs);
    if (!graph) {
      const exclude = new Set([...index.hubIds].filter((id) => id !== from && id !== to));
      graph = buildCaseGraph(index.model, throughHubs ? {} : { exclude });
      if (!endIsHub) graphs.set(throughHubs, graph);
    }
    return shortestPaths(graph, from, to, { max: 5 });
  };
}
