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
  return new LineTally().count(lists);
}

// NOTE: the dossier counts each cluster's evidence lines, thousands of clusters over a national case's million rows:
// a Set of line numbers per file and cluster was most of that count. One array of marks per file, kept between
// counts, says which lines this count has already seen (a mark is the count's round number), so nothing is cleared.
/** Counts distinct lines per file (`linesPerFile`), reusing its marks from one count to the next. */
export class LineTally {
  private readonly marks = new Map<string, Uint32Array>();
  private round = 0;

  /** Distinct lines per file over the lists, files in id order. */
  count(lists: Iterable<readonly SourceLines[]>): Map<string, number> {
    this.round += 1;
    if (this.round === 0xffffffff) {
      this.marks.clear();
      this.round = 1;
    }
    const round = this.round;
    const perFile = new Map<string, number>();
    // Anything not a line number (never written by the import) is counted the plain way.
    let odd: Map<string, Set<number>> | undefined;
    for (const sources of lists) {
      for (const source of sources) {
        let marks = this.marks.get(source.file);
        let found = perFile.get(source.file) ?? 0;
        const lines = source.lines;
        for (let index = 0; index < lines.length; index++) {
          const line = lines[index] as number;
          if ((line >>> 0) !== line || line > MAX_LINE) {
            odd ??= new Map();
            let seen = odd.get(source.file);
            if (!seen) odd.set(source.file, (seen = new Set()));
            if (!seen.has(line)) {
              seen.add(line);
              found += 1;
            }
            continue;
          }
          if (!marks || line >= marks.length) marks = this.grow(source.file, marks, line);
          if (marks[line] !== round) {
            marks[line] = round;
            found += 1;
          }
        }
        perFile.set(source.file, found);
      }
    }
    return new Map([...perFile].sort(([a], [b]) => compareIds(a, b)));
  }

  private grow(file: string, marks: Uint32Array | undefined, line: number): Uint32Array {
    const bigger = new Uint32Array(Math.max(line + 1, (marks?.length ?? 0) * 2, 1024));
    if (marks) bigger.set(marks);
    this.marks.set(file, bigger);
    return bigger;
  }
}

/** Far above any file's line count (a file is at most a few gigabytes). */
const MAX_LINE = 2 ** 30;
