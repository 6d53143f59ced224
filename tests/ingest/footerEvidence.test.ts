// Footer lines known by what they say about the rows above (their count, a column's sum), in any language.
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { reviewPrepared as reviewOf } from '../../src/core/workbench/fileReview.ts';
import { csv } from '../helpers.ts';
import { expectEveryLineOnce } from './lineAccounting.ts';

// Invented transfer log in `;` with comma decimals: 12 rows, amounts summing to 4.512,50.
const AMOUNTS = ['120,00', '250,50', '75,00', '1.000,00', '310,25', '99,75', '400,00', '512,00', '60,00', '885,00', '300,00', '500,00'];
const HEADER = 'Tanggal;Rekening Asal;Rekening Tujuan;Nominal;Kanal';
const ROWS = AMOUNTS.map((amount, index) => `${String(index + 1).padStart(2, '0')}/04/2025;7310${String(40000 + index)};8820${String(51000 + index * 7)};${amount};ATM`);

function table(...footer: string[]) {
  const text = [HEADER, ...ROWS, ...footer].join('\n') + '\n';
  const parsed = parseTable(text, 'mutasi.csv');
  expectEveryLineOnce(parsed, text);
  return parsed;
}

describe('footer lines known by their numbers, not by a word list', () => {
  it.each([
    ['a Burmese count line', ['စုစုပေါင်း;12;;;']],
    ['a German sum line', ['Summe;;;4.512,50;']],
    ['a Lao count with a word', ['ລວມທັງໝົດ 12 ລາຍການ']],
    ['a count, a row of empty cells and a signature', ['Celkem;12 plateb;;;', ';;;;', 'Vypracoval: Jan Novák;;;;']],
    ['a row of empty cells before a sum, and a printed-by line', [';;;;', 'Suma;;;4512,50;', 'Dicetak oleh: Sari Wulandari']],
  ])('counts %s as footer lines, each on its own line', (_label, footer) => {
    const parsed = table(...footer);
    expect(parsed.rows).toHaveLength(12);
    const footers = parsed.rejected.filter((row) => row.code === 'footer-line').map((row) => row.line);
    expect(footers).toEqual(footer.map((_, index) => 14 + index));
  });

  it.each([
    ['a short last row without a count or sum', ['13/04/2025;731040099']],
    ['a count that is not the rows\' count', ['Catatan;11 baris diperiksa;;;']],
    ['a sum that is not the column\'s sum', ['Suma;;;4.512,49;']],
  ])('leaves %s to the rows', (_label, footer) => {
    const parsed = table(...footer);
    expect(parsed.rows).toHaveLength(13);
    expect(parsed.rejected.filter((row) => row.code === 'footer-line')).toEqual([]);
  });
});

describe('the review card and the ledger count the same rows', () => {
  it('counts footer lines and a row of empty cells the same way in both', () => {
    const text = [HEADER, ...ROWS, ';;;;', 'Jumlah transaksi;12;;;'].join('\n') + '\n';
    const { prepared } = prepareFiles([csv('mutasi.csv', text)], { defaultCountry: 'ID' });
    const ledger = buildCase(prepared).ledger[0]!;
    const review = reviewOf(prepared[0]!, text.length);
    expect(review.rowCount).toBe(ledger.rows);
    expect(ledger.rejected.filter((row) => row.code === 'footer-line').map((row) => row.line)).toEqual([14, 15]);
  });
});
