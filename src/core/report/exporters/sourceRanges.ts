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
  return new DistinctLines().count(lists);
}

/** Line numbers a typed array can mark (a file of more rows than this is counted with a Set). */
const MARKABLE = 1 << 27;

// NOTE: the dossier counts the distinct source lines of every cluster, all the case's lines in all: with a Set of
// numbers per file and cluster that was a sixth of the dossier. Each file's lines are marked instead, in one array
// per file kept for the whole dossier, with the number of the count that marked them (no clearing between clusters).
/** Counts distinct lines per file, one count after another, reusing its marks. */
export class DistinctLines {
  private readonly marks = new Map<string, Int32Array>();
  private round = 0;

  /** Distinct lines per file over the lists, files in id order (what `linesPerFile` returns). */
  count(lists: Iterable<readonly SourceLines[]>): Map<string, number> {
    this.round += 1;
    const round = this.round;
    const counts = new Map<string, number>();
    const unmarkable = new Map<string, Set<number>>();
    for (const sources of lists) {
      for (let index = 0; index < sources.length; index++) {
        const { file, lines } = sources[index] as SourceLines;
        let marks = this.marks.get(file);
        let added = 0;
        for (let at = 0; at < lines.length; at++) {
          const line = lines[at] as number;
          if (!(line >= 0 && line < MARKABLE && Number.isInteger(line))) {
            let set = unmarkable.get(file);
            if (!set) unmarkable.set(file, (set = new Set()));
            if (!set.has(line)) {
              set.add(line);
              added += 1;
            }
            continue;
          }
          if (!marks || line >= marks.length) marks = this.grow(file, marks, line);
          if (marks[line] !== round) {
            marks[line] = round;
            added += 1;
          }
        }
        counts.set(file, (counts.get(file) ?? 0) + added);
      }
    }
    return new Map([...counts].sort(([a], [b]) => compareIds(a, b)));
  }

  private grow(file: string, marks: Int32Array | undefined, line: number): Int32Array {
    const bigger = new Int32Array(Math.min(MARKABLE, Math.max(line + 1, (marks?.length ?? 0) * 2, 1024)));
    if (marks) bigger.set(marks);
    this.marks.set(file, bigger);
    return bigger;
  }
}
