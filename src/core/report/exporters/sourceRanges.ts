// Provenance in one cell: `calls.csv:2-4,9; people.csv:7` — compact enough for a spreadsheet, exact enough to go back to the row.

import { compareIds } from '../../model/order.ts';
import type { SourceLines } from '../../model/types.ts';

/** `[2, 3, 4, 9]` → `2-4,9` (sorted, duplicates dropped). */
export function compactLines(lines: readonly number[]): string {
  if (lines.length === 1) return String(lines[0]);
  const sorted = increasing(lines) ? lines : [...new Set(lines)].sort((a, b) => a - b);
  let text = '';
  let index = 0;
  while (index < sorted.length) {
    const start = sorted[index] ?? 0;
    let end = start;
    while (sorted[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    text += `${text === '' ? '' : ','}${start === end ? start : `${start}-${end}`}`;
    index += 1;
  }
  return text;
}

/** True when every line is above the one before (the usual case: rows are read in order), so no sort is needed. */
function increasing(lines: readonly number[]): boolean {
  for (let i = 1; i < lines.length; i++) if ((lines[i] ?? 0) <= (lines[i - 1] ?? 0)) return false;
  return true;
}

// NOTE: formatted afresh each time: the tables, FtM and Neo4j exports each write every entity's and link's
// provenance, and a cache of a national case's million strings (kept while the model lives, in the browser too)
// cost more to fill than formatting four times does (0.6 µs a list).
/** Every file with its compact line ranges, files in the order given, `; ` between them. */
export function formatSources(sources: readonly SourceLines[]): string {
  let text = '';
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index] as SourceLines;
    text += `${index === 0 ? '' : '; '}${source.file}:${compactLines(source.lines)}`;
  }
  return text;
}

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
