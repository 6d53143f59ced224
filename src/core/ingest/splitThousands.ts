// Bank exports opened and re-saved by hand often write amounts with unquoted thousands separators in a
// comma-delimited file: `30,895.00` becomes two fields, `30` and `895.00`, and the row has one field
// more than its header. Such a row is rejoined only where that explains every extra field in exactly one
// way, at amount columns; anything else stays a row with the wrong number of fields.


// The first piece: an optional sign, currency mark or code, then one to three digits (`30`, `-1`, `Rp 30`, `USD 1`).
const HEAD = /^[-+(]?\s*(?:[A-Z]{3}\s?|[$€£¥฿₫₱₭៛]\s?|Rp\.?\s?|RM\s?)?\d{1,3}$/u;
// A middle group: exactly three digits.
const GROUP = /^\d{3}$/;
// The last group: three digits, maybe decimals and a trailing sign, code or `CR`/`DR` mark (`895.00`, `000 CR`).
const LAST_GROUP = /^\d{3}(?:\.\d{1,4})?\s*(?:[A-Z]{2,3}|-|\))?$/;

/** A cell's rough shape: what a column's well-formed rows show, to tell a split amount from a shifted row. */
export function cellShape(cell: string): 'empty' | 'number' | 'text' {
  const text = cell.trim();
  if (text === '') return 'empty';
  return /^[\p{Nd}\s\-+.,:/()]+$/u.test(text) ? 'number' : 'text';
}

/** Per column, the shapes its cells take in rows of the header's width (the first `sample` of them). */
export function columnShapes(rows: Iterable<readonly string[]>, width: number, sample = 500): Set<string>[] {
  const shapes = Array.from({ length: width }, () => new Set<string>());
  let seen = 0;
  for (const row of rows) {
    if (row.length !== width) continue;
    row.forEach((cell, index) => shapes[index]?.add(cellShape(cell)));
    seen += 1;
    if (seen >= sample) break;
  }
  return shapes;
}

// NOTE: an amount of a thousand million has three separators; more extra fields than that is another fault.
const MAX_EXTRA = 4;

/** What was rejoined: the header column's index and the amount as written. */
export interface Rejoined {
  column: number;
  text: string;
}

/**
 * Rejoins a comma-delimited row's amount cells split at their thousands separators.
 * `cells` has more entries than `width` header columns; `amountColumns` are the header indexes read as
 * amounts; `shapes` (from columnShapes) what the other columns hold in rows of the right width — a reading
 * that puts text where a column holds numbers (or the reverse) is a shifted row, not a split amount.
 * Returns the rejoined cells (length `width`) and what was rejoined when exactly one way of merging groups
 * at amount columns explains every extra field; `undefined` when none or several do.
 */
export function rejoinSplitThousands(
  cells: readonly string[], width: number, amountColumns: ReadonlySet<number>, shapes: readonly Set<string>[] = [],
): { cells: string[]; rejoined: Rejoined[] } | undefined {
  const extra = cells.length - width;
  if (extra <= 0 || extra > MAX_EXTRA || amountColumns.size === 0) return undefined;
  const fits = (column: number, cell: string): boolean => {
    const seen = shapes[column];
    return !seen || seen.size === 0 || seen.has(cellShape(cell));
  };
  const found: { cells: string[]; rejoined: Rejoined[] }[] = [];
  const walk = (column: number, cell: number, left: number, out: string[], rejoined: Rejoined[]): void => {
    if (found.length > 1) return;
    if (column === width) {
      if (left === 0 && cell === cells.length) found.push({ cells: [...out], rejoined: [...rejoined] });
      return;
    }
    const here = cells[cell] ?? '';
    // Unsplit reading of this column.
    if (fits(column, here)) {
      out.push(here);
      walk(column + 1, cell + 1, left, out, rejoined);
      out.pop();
    }
    if (left === 0 || !amountColumns.has(column) || !HEAD.test(here.trim())) return;
    // Split readings: the head plus 1..left further groups, the last of which may carry decimals.
    for (let groups = 1; groups <= left; groups += 1) {
      const pieces = cells.slice(cell + 1, cell + 1 + groups).map((piece) => piece.trim());
      if (pieces.length < groups) return;
      const middleOk = pieces.slice(0, -1).every((piece) => GROUP.test(piece));
      if (!middleOk) return;
      if (!LAST_GROUP.test(pieces[pieces.length - 1] ?? '')) continue;
      const text = [here.trim(), ...pieces].join(',');
      out.push(text);
      rejoined.push({ column, text });
      walk(column + 1, cell + 1 + groups, left - groups, out, rejoined);
      rejoined.pop();
      out.pop();
    }
  };
  walk(0, 0, extra, [], []);
  return found.length === 1 ? found[0] : undefined;
}
