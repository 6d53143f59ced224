// One string per distinct cell value of each column, found from the file's text without cutting the cell out of it.

// NOTE: a national CDR writes the same numbers, call types, cells and handsets hundreds of thousands of times: each
// column keeps one string per distinct value, so the case holds each value once (and its hash, computed once, serves
// every later lookup of it: readings, tallies, ids). A cell is looked up by its place in the text (its characters
// hashed where they lie), so a value seen before costs no string at all: a million-row import used to cut every cell
// out of the text and then hash it again in a Map. A column whose first rows are nearly all distinct (timestamps to
// the second, transaction ids) is left as read: remembering it would cost a lookup and an entry per row for nothing.
// (A CDR's numbers can be mostly new in its first rows, yet repeat over the file: they are kept.)
/** The cells of a table's columns, each distinct value held once per column. */
export class CellTables {
  /** Per column: its values so far, or null once the column is judged too distinct to intern. */
  private readonly columns: (CellTable | null)[] = [];
  private rows = 0;

  /** Counts a row read (the columns are judged after INTERN_TRIAL_ROWS of them). */
  endRow(): void {
    this.rows += 1;
    if (this.rows !== INTERN_TRIAL_ROWS) return;
    this.columns.forEach((column, index) => {
      if (column && column.size > INTERN_TRIAL_ROWS * DISTINCT_SHARE) this.columns[index] = null;
    });
  }

  /** The cell `text[start, end)` of column `index`: the column's string of that value, or the cell cut out. */
  cell(index: number, text: string, start: number, end: number): string {
    const column = this.column(index);
    return column ? column.cell(text, start, end) : text.slice(start, end);
  }

  /** `value` (a cell already read: a quoted value, a held row's) as its column's string of that value. */
  string(index: number, value: string): string {
    const column = this.column(index);
    return column ? column.cell(value, 0, value.length) : value;
  }

  private column(index: number): CellTable | null {
    let column = this.columns[index];
    if (column === undefined) this.columns[index] = column = new CellTable();
    return column;
  }
}

/** Rows after which a column whose values were nearly all distinct (more than DISTINCT_SHARE of them) is no longer interned. */
const INTERN_TRIAL_ROWS = 8192;
const DISTINCT_SHARE = 0.9;

/** Distinct strings in an open-addressing table keyed by their characters' hash. */
class CellTable {
  size = 0;
  private hashes = new Int32Array(64);
  private strings: (string | undefined)[] = new Array<string | undefined>(64).fill(undefined);

  /** The string equal to `text[start, end)`, added (cut out of `text`) when new. */
  cell(text: string, start: number, end: number): string {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    const length = end - start;
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.strings[slot];
      if (held === undefined) {
        const value = start === 0 && end === text.length ? text : text.slice(start, end);
        this.add(slot, hash, value);
        return value;
      }
      if (this.hashes[slot] === hash && held.length === length && text.startsWith(held, start)) return held;
    }
  }

  private add(slot: number, hash: number, value: string): void {
    this.hashes[slot] = hash;
    this.strings[slot] = value;
    this.size += 1;
    if (2 * this.size > this.hashes.length) this.grow();
  }

  private grow(): void {
    const { hashes, strings } = this;
    const capacity = 2 * hashes.length;
    this.hashes = new Int32Array(capacity);
    this.strings = new Array<string | undefined>(capacity).fill(undefined);
    const mask = capacity - 1;
    for (let i = 0; i < hashes.length; i++) {
      const value = strings[i];
      if (value === undefined) continue;
      const hash = hashes[i] as number;
      let slot = hash & mask;
      while (this.strings[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hash;
      this.strings[slot] = value;
    }
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
