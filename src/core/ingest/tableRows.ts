// A table's rows, read again from the file's text when asked: a national file's million rows are never all held at once.

import type { Delimiter } from './delimiter.ts';
import { MAX_QUOTED_LINES, RecordReader } from './records.ts';

/** Rows held as read (the file's first): enough for every sample planning takes (classification, the plan, the call parties). */
export const SAMPLE_ROWS = 5000;

/** What reading a table's rows needs: a length, a row by its index, a range, a pass over all (an array of rows is one too). */
export interface RowList extends Iterable<readonly string[]> {
  readonly length: number;
  at(index: number): readonly string[] | undefined;
  slice(from?: number, to?: number): readonly (readonly string[])[];
}

// NOTE: a national case's cells weighed more than the case made of them (540 MB of row arrays for 82 MB of text): a
// table keeps its text and where each row starts, and a row is split again when it is read. A record read from its
// start with the same delimiter, width and line limit reads the same fields again (RecordReader is a function of
// them), so each pass over the rows sees what the first reading saw; the first rows are held as read (planning
// samples them, and a headerless file's first row was read under the header's limits).
/** The data rows of a table: the first SAMPLE_ROWS held, the rest read again from the text on each pass. */
export class TableRows implements RowList {
  /** No rows (a released table: its file is imported, the text can go). */
  static readonly EMPTY = new TableRows('', ',', 0, [], []);

  private reader: RecordReader | undefined;

  /**
   * `starts[i]`: where row i starts in `text`; `held`: the first rows as read; `width`: the fields of a row (what the
   * reader judged swallowed lines by); `appended`: a column added to every row (see withAppended).
   */
  constructor(
    private readonly text: string,
    private readonly delimiter: Delimiter,
    private readonly width: number,
    private readonly starts: number[],
    private readonly held: string[][],
    private readonly appended?: { width: number; value: string },
  ) {}

  get length(): number {
    return this.starts.length;
  }

  /** Row `index` (a fresh array past the held rows), or undefined outside the table. */
  at(index: number): string[] | undefined {
    if (index < 0 || index >= this.starts.length) return undefined;
    const kept = this.held[index];
    if (kept) return kept;
    this.reader ??= this.newReader();
    return this.read(this.reader, index);
  }

  /** Rows `from` to `to` (exclusive) as arrays. */
  slice(from = 0, to = this.length): string[][] {
    const rows: string[][] = [];
    for (let index = Math.max(0, from); index < Math.min(to, this.length); index++) rows.push(this.at(index) as string[]);
    return rows;
  }

  /** Every row in order, each read from the text as the pass reaches it. */
  *[Symbol.iterator](): Generator<string[]> {
    const reader = this.newReader();
    for (let index = 0; index < this.starts.length; index++) yield this.held[index] ?? this.read(reader, index);
  }

  /**
   * Every row in order, each cell replaced by its column's one string of that value (see CellInterner): the import's
   * pass, whose cells the case keeps (ids, labels, attributes) and whose readings are cached by value.
   */
  *interned(): Generator<string[]> {
    const cells = new CellInterner();
    for (const row of this) yield cells.row(row);
  }

  /** The same rows with `value` as a last column; a row is cut or padded with '' to `width` fields first. */
  withAppended(width: number, value: string): TableRows {
    return new TableRows(this.text, this.delimiter, this.width, this.starts, this.held.map((row) => appendTo(row, width, value)), { width, value });
  }

  /** Keeps the first `count` rows (the rest were a footer). */
  truncate(count: number): void {
    if (count < this.starts.length) this.starts.length = count;
    if (count < this.held.length) this.held.length = count;
  }

  private newReader(): RecordReader {
    const reader = new RecordReader(this.text, this.delimiter);
    reader.width = this.width;
    reader.maxQuotedLines = MAX_QUOTED_LINES;
    return reader;
  }

  private read(reader: RecordReader, index: number): string[] {
    reader.seek(this.starts[index] as number, 1);
    const fields = reader.next()?.fields ?? [];
    return this.appended ? appendTo(fields, this.appended.width, this.appended.value) : fields;
  }
}

function appendTo(row: readonly string[], width: number, value: string): string[] {
  return Array.from({ length: width + 1 }, (_, index) => (index < width ? row[index] ?? '' : value));
}

// NOTE: a national CDR writes the same numbers, call types, cells and handsets hundreds of thousands of times: each
// column keeps one string per distinct value, so the case holds each value once (and its hash, computed once, serves
// every later lookup of it: readings, tallies, ids). A column whose first rows are nearly all distinct (timestamps to
// the second, transaction ids) is left as read: remembering it would cost a lookup and an entry per row for nothing.
// (A CDR's numbers can be mostly new in its first rows, yet repeat over the file: they are kept.)
/** One string per distinct cell value of each column that repeats its values. */
class CellInterner {
  /** Per column: its values so far, or null once the column is judged too distinct to intern. */
  private readonly columns: (Map<string, string> | null)[] = [];
  private rows = 0;

  /** The row with each cell replaced by its column's string of the same value (in place). */
  row(fields: string[]): string[] {
    this.rows += 1;
    const judge = this.rows === INTERN_TRIAL_ROWS;
    for (let index = 0; index < fields.length; index++) {
      let column = this.columns[index];
      if (column === null) continue;
      if (column === undefined) this.columns[index] = column = new Map();
      const cell = fields[index] as string;
      const known = column.get(cell);
      if (known !== undefined) fields[index] = known;
      else column.set(cell, cell);
      if (judge && column.size > INTERN_TRIAL_ROWS * DISTINCT_SHARE) this.columns[index] = null;
    }
    return fields;
  }
}

/** Rows after which a column whose values were nearly all distinct (more than DISTINCT_SHARE of them) is no longer interned. */
const INTERN_TRIAL_ROWS = 8192;
const DISTINCT_SHARE = 0.9;
