// A table's rows, read again from the file's text when asked: a national file's million rows are never all held at once.

import type { Delimiter } from './delimiter.ts';
import { CellTables } from './cellTable.ts';
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
   * Every row in order, each cell its column's one string of that value (see CellTables): the import's
   * pass, whose cells the case keeps (ids, labels, attributes) and whose readings are cached by value.
   */
  *interned(): Generator<string[]> {
    const cells = new CellTables();
    const reader = this.newReader();
    reader.cells = cells;
    for (let index = 0; index < this.starts.length; index++) {
      const held = this.held[index];
      if (held) for (let column = 0; column < held.length; column++) held[column] = cells.string(column, held[column] as string);
      const row = held ?? this.read(reader, index);
      cells.endRow();
      yield row;
    }
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
