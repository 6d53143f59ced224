// Provenance in one cell: `calls.csv:2-4,9; people.csv:7` — compact enough for a spreadsheet, exact enough to go back to the row.

import { compareIds } from '../../model/order.ts';
import type { SourceLines } from '../../model/types.ts';

/** `[2, 3, 4, 9]` → `2-4,9` (sorted, duplicates dropped). */
export function compactLines(lines: readonly number[]): string {
  const sorted = increasing(lines) ? lines : [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const start = sorted[index] ?? 0;
    let end = start;
    while (sorted[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? String(start) : `${start}-${end}`);
    index += 1;
  }
  return parts.join(',');
}

/** True when every line is above the one before (the usual case: rows are read in order), so no sort is needed. */
function increasing(lines: readonly number[]): boolean {
  for (let i = 1; i < lines.length; i++) if ((lines[i] ?? 0) <= (lines[i - 1] ?? 0)) return false;
  return true;
}

/** Every file with its compact line ranges, files in the order given, `; ` between them. */
export function formatSources(sources: readonly SourceLines[]): string {
  const known = formatted.get(sources);
  if (known !== undefined) return known;
  const text = sources.map((source) => `${source.file}:${compactLines(source.lines)}`).join('; ');
  formatted.set(sources, text);
  return text;
}

// NOTE: the tables, FtM and Neo4j exports each write every entity's and link's provenance: it is formatted
// once per list (the model's lists are not changed once the case is built) and remembered while the list lives.
const formatted = new WeakMap<readonly SourceLines[], string>();

/** Total lines per file over many provenance lists, e.g. a cluster's members and internal links. */
export function linesPerFile(lists: Iterable<readonly SourceLines[]>): Map<string, number> {
  const perFile = new Map<string, Set<number>>();
  for (const sources of lists) {
    for (const source of sources) {
      let lines = perFile.get(source.file);
      if (!lines) perFile.set(source.file, (lines = new Set()));
      for (const line of source.lines) lines.add(line);
    }
  }
  return new Map([...perFile].sort(([a], [b]) => compareIds(a, b)).map(([file, lines]) => [file, lines.size]));
}
