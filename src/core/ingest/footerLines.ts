// Footer lines at a file's end ("Total records: 41", "Jumlah transaksi: 12", "Tổng cộng", "*** End of report ***"):
// counted in the ledger as a footer, with their own reason, not as a row with the wrong number of fields.

import type { RejectedRow } from './ledger.ts';
import type { RowList } from './tableRows.ts';

// NOTE: a footer is known by three pieces of evidence together: it comes after the last row, it does not
// split into the header's number of fields (or fills at most half of them: a totals row), and its text opens with a
// total, a count or an end-of-report phrase. A row of the table that happens to say "Total" fills its cells and stays a row.
const FOOTER = new RegExp([
  '^(grand\\s+|sub[-\\s]?)?totals?\\b', '^(no\\.?|number|count)\\s+of\\s+(records|rows|transactions|calls|entries)\\b',
  '^(records?|rows?|record\\s+count|row\\s+count)\\s*[:=]', '^end(\\s+of\\s+(the\\s+)?(report|file|statement|records|data|list|document))?\\b\\W*$',
  '^end\\s+of\\s+(the\\s+)?(report|file|statement|records|data|list|document)\\b',
  '^(jumlah|total|banyaknya)\\b', '^akhir\\s+(laporan|data|dokumen)\\b', '^bilangan\\s+(rekod|transaksi)\\b',
  '^t[ổo]ng(\\s+c[ộo]ng|\\s+s[ốo])?(?![\\p{L}])', '^(h[ếe]t|k[ếe]t\\s+th[úu]c)(?![\\p{L}])', '^s[ốo]\\s+(b[ảa]n\\s+ghi|giao\\s+d[ịi]ch)(?![\\p{L}])',
  '^kabuuan\\b', '^(รวม|ยอดรวม|สิ้นสุด|จำนวนรายการ)', '^សរុប', '^(合计|合計|总计|總計|共计|共計|记录数)',
].join('|'), 'iu');

/** True when a line's text reads as a footer phrase (leading punctuation such as `***` or `--` ignored). */
export function isFooterText(text: string): boolean {
  const words = text.replace(/^[^\p{L}\p{N}]+/u, '').trim();
  return words !== '' && FOOTER.test(words);
}

/** The reason a footer line is counted in the ledger (not imported, not a broken row). */
export function footerRow(line: number, text: string): RejectedRow {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return {
    line, code: 'footer-line', params: { line, text: shown },
    reason: `footer line after the last row (${JSON.stringify(shown)}): a total or end-of-report line, not a row; counted, not imported`,
  };
}

/** A last row of the header's width that fills at most half its cells: a totals row, when its text opens as a footer. */
export function isTotalsRow(filled: number, width: number): boolean {
  return width >= 3 && filled * 2 <= width;
}

// NOTE: a footer sits in the file's last few lines; a block longer than this at the end is data, however it looks.
const FOOTER_LINES = 8;
const MIN_COUNTED = 5;

/** The numbers a line writes (`300000 cuộc`, `40,000`, `1.922.834,59`), read both ways a separator can go. */
function numbersIn(text: string): number[] {
  const found: number[] = [];
  for (const token of text.match(/\d[\d.,\s\u00a0']*\d|\d/gu) ?? []) {
    const compact = token.replace(/[\s\u00a0']/gu, '');
    found.push(Number(compact.replace(/[.,]/g, '')));
    const decimal = /[.,](\d{1,2})$/.exec(compact);
    if (decimal) found.push(Number(`${compact.slice(0, -decimal[0].length).replace(/[.,]/g, '')}.${decimal[1]}`));
  }
  return found.filter((value) => Number.isFinite(value));
}

/** A cell read as an amount (either decimal mark), or undefined when it is not one. */
function amountOf(cell: string): number | undefined {
  const text = cell.trim().replace(/[\s\u00a0']/gu, '');
  if (!/^[-+]?\d[\d.,]*$/.test(text)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(text);
  const whole = decimal ? text.slice(0, -decimal[0].length) : text;
  const value = Number(`${whole.replace(/[.,]/g, '')}${decimal ? `.${decimal[1]}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * How many of a table's last rows are its footer, by what the lines are rather than by a word list alone:
 * - the footer block is the run of last rows (at most a few) that do not have the rows' shape: another number of
 *   fields, or at most half the cells filled (a totals row, a signature, a row of empty cells);
 * - it starts at the first of them that says it is a total: a total or end-of-report phrase (isFooterText), or a
 *   number equal to the count of data rows above it or to the sum of a column of amounts; the rows of empty cells
 *   just before it go with it, and every line after it is footer too (signature, printed-by, blank cells).
 * A block with no such line is left to the rows: a short last row is a broken row, rejected as one.
 */
export function footerRows(rows: RowList, width: number, whole: (index: number) => boolean): number {
  let start = rows.length;
  while (start > 0 && rows.length - start < FOOTER_LINES && whole(start - 1)) {
    const row = rows.at(start - 1) ?? [];
    const filled = row.filter((cell) => cell.trim() !== '').length;
    if (row.length === width && !isTotalsRow(filled, width)) break;
    start -= 1;
  }
  if (start === rows.length) return 0;
  const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
  let sums: Map<number, number> | undefined;
  const columnSums = () => {
    if (sums) return sums;
    sums = new Map();
    const dead = new Set<number>();
    for (let index = 0; index < start; index += 1) {
      const row = rows.at(index) ?? [];
      for (let column = 0; column < row.length; column += 1) {
        if (dead.has(column) || (row[column] ?? '').trim() === '') continue;
        const value = amountOf(row[column] ?? '');
        if (value === undefined) dead.add(column);
        else sums.set(column, (sums.get(column) ?? 0) + value);
      }
    }
    for (const column of dead) sums.delete(column);
    return sums;
  };
  let dataRows = 0;
  for (let index = 0; index < start; index += 1) if (!blank(rows.at(index) ?? [])) dataRows += 1;
  for (let index = start; index < rows.length; index += 1) {
    const row = rows.at(index) ?? [];
    if (blank(row)) continue;
    const text = row.map((cell) => cell.trim()).filter((cell) => cell !== '').join(' ');
    const numbers = numbersIn(text);
    // NOTE: a count or a sum is evidence only above a handful of rows (a short row of 3 rows saying "3" is a coincidence).
    const enough = dataRows >= MIN_COUNTED;
    const counted = enough && numbers.includes(dataRows);
    const summed = enough && !counted && numbers.length > 0 && [...columnSums().values()].some((sum) => numbers.some((value) => Math.abs(value - sum) < 0.005 + Math.abs(sum) * 1e-12));
    if (!isFooterText(text) && !counted && !summed) {
      dataRows += 1;
      continue;
    }
    let first = index;
    while (first > start && blank(rows.at(first - 1) ?? [])) first -= 1;
    return rows.length - first;
  }
  return 0;
}
