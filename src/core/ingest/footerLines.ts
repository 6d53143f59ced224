// Footer lines at a file's end ("Total records: 41", "Jumlah transaksi: 12", "Tổng cộng", "*** End of report ***"):
// counted in the ledger as a footer, with their own reason, not as a row with the wrong number of fields.

import type { RejectedRow } from './ledger.ts';

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
