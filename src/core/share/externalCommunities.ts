// Clusters computed elsewhere — Neo4j GDS Louvain or Leiden on a national archive — read back into Simpul:
// a CSV of `simpulId,communityId` becomes the case's clusters, profiled, scored and reported like Simpul's own.

import { compareIds } from '../model/order.ts';
import { SimpulError } from '../model/errors.ts';
import type { FastGraph } from '../graph/fastGraph.ts';
import { fastModularity } from '../analysis/significantSplit.ts';
import type { Communities } from '../analysis/communities.ts';

/** Clusters read from a file: the partition (entity id → community) and the file's name for the report. */
export interface ExternalCommunities {
  source: string;
  partition: ReadonlyMap<string, string>;
}

/**
 * Reads `simpulId,communityId` (header required, any column order, quoted or not; other columns ignored),
 * as `RETURN n.simpulId AS simpulId, communityId` exports it. Throws ARGUMENT_INVALID naming the line.
 */
export function readCommunitiesCsv(text: string, fileName: string): ExternalCommunities {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitLine(lines[0] ?? '').map((cell) => cell.trim().toLowerCase());
  const [idAt, communityAt] = [header.indexOf('simpulid'), header.indexOf('communityid')];
  if (idAt < 0 || communityAt < 0) {
    throw new SimpulError('ARGUMENT_INVALID', `${fileName}: line 1 must name the columns simpulId and communityId (found ${header.join(', ') || 'nothing'}).`, { file: fileName, line: 1 });
  }
  const partition = new Map<string, string>();
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = splitLine(line);
    const id = cells[idAt]?.trim() ?? '';
    const community = cells[communityAt]?.trim() ?? '';
    if (id === '' || community === '') {
      throw new SimpulError('ARGUMENT_INVALID', `${fileName}: line ${index + 2} needs both a simpulId and a communityId.`, { file: fileName, line: index + 2 });
    }
    partition.set(id, community);
  });
  return { source: fileName, partition };
}

/** The communities of the given partition on the graph analysed; entities the file does not name stay alone. */
export function communitiesFromPartition(graph: FastGraph, partition: ReadonlyMap<string, string>, resolution: number): Communities {
  const groups = new Map<string, string[]>();
  for (const id of graph.ids) {
    const community = partition.get(id);
    const group = community === undefined ? `\u0000${id}` : community;
    let members = groups.get(group);
    if (!members) groups.set(group, (members = []));
    members.push(id);
  }
  const clusters = [...groups.values()].map((members) => members.sort(compareIds));
  clusters.sort((a, b) => b.length - a.length || compareIds(a[0] ?? '', b[0] ?? ''));
  const assignment = new Map<string, number>();
  const labels = new Int32Array(graph.ids.length);
  clusters.forEach((members, index) => {
    for (const id of members) {
      assignment.set(id, index);
      labels[graph.indexOf.get(id) as number] = index;
    }
  });
  return { assignment, clusters, modularity: fastModularity(graph, labels, resolution) };
}

function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { cells.push(cell); cell = ''; } else cell += char;
  }
  cells.push(cell);
  return cells;
}
