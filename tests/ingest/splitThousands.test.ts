import { describe, expect, it } from 'vitest';
import { columnShapes, rejoinSplitThousands } from '../../src/core/ingest/splitThousands.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

// Header: date, from, to, amount, currency → width 5, amount at column 3.
const AMOUNT = new Set([3]);
// What rows of the right width hold: every column numbers, the currency text.
const SHAPES = columnShapes([['2025-01-01', '111', '333', '500.00', 'USD'], ['2025-01-03', '112', '334', '20', 'IDR']], 5);

describe('rejoinSplitThousands', () => {
  it.each([
    [['2025-01-02', '111', '222', '30', '895.00', 'USD'], '30,895.00'],
    [['2025-01-02', '111', '222', '1', '200', '000', 'IDR'], '1,200,000'],
    [['2025-01-02', '111', '222', 'Rp 12', '500', 'IDR'], 'Rp 12,500'],
    [['2025-01-02', '111', '222', '-7', '250.5', 'THB'], '-7,250.5'],
  ])('rejoins %j at the amount column', (cells, amount) => {
    const result = rejoinSplitThousands(cells, 5, AMOUNT, SHAPES);
    expect(result?.cells).toHaveLength(5);
    expect(result?.cells[3]).toBe(amount);
    expect(result?.cells[4]).toBe(cells[cells.length - 1]);
    expect(result?.rejoined).toEqual([{ column: 3, text: amount }]);
  });

  it.each([
    ['a stray comma in a name', ['2025-01-02', 'Budi', 'S', '222', '500.00', 'USD'], AMOUNT],
    ['a group that is not three digits', ['2025-01-02', '111', '222', '30', '89.00', 'USD'], AMOUNT],
    ['no amount column', ['2025-01-02', '111', '222', '30', '895.00', 'USD'], new Set<number>()],
    ['a split at a column that is not an amount', ['2025-01-02', '111', '2', '222', '30', 'USD'], AMOUNT],
    ['the right width already', ['2025-01-02', '111', '222', '30', 'USD'], AMOUNT],
  ])('leaves the row alone: %s', (_why, cells, columns) => {
    expect(rejoinSplitThousands(cells, 5, columns, SHAPES)).toBeUndefined();
  });

  it('without column shapes, a shifted row could pass for a split amount (why shapes are checked)', () => {
    expect(rejoinSplitThousands(['2025-01-02', 'Budi', 'S', '222', '500.00', 'USD'], 5, AMOUNT)?.cells[3]).toBe('222,500.00');
  });

  it('refuses when two amount columns could each take the extra group', () => {
    // debit, credit both amounts: `1,500,200` could be debit 1,500 + credit 200 or debit 1 + credit 500,200.
    const cells = ['2025-01-02', '1', '500', '200'];
    expect(rejoinSplitThousands(cells, 3, new Set([1, 2]))).toBeUndefined();
  });

  it('rejoins two split amounts in one row when only one reading fits', () => {
    // date, amount, balance: 1,250.00 and 10,000.00
    const result = rejoinSplitThousands(['2025-01-02', '1', '250.00', '10', '000.00'], 3, new Set([1, 2]));
    expect(result?.cells).toEqual(['2025-01-02', '1,250.00', '10,000.00']);
  });
});

describe('a transfers file with unquoted thousands separators', () => {
  const text = [
    'from_account,to_account,amount,currency,date',
    '1234567890,9876543210,30,895.00,USD,2025-01-02',
    '1234567890,9876543211,"1,200.50",USD,2025-01-03',
    '1234567890,9876543212,500.00,USD,2025-01-04',
    'Budi, S,9876543213,500.00,USD,2025-01-05',
  ].join('\n');

  it('reads the split amount whole, warns on its line, and still rejects a shifted row', () => {
    const { prepared } = prepareFiles([csv('transfers.csv', text)], { strict: true });
    const { model, ledger } = buildCase(prepared);
    const amounts = model.links.filter((link) => link.type === 'transferred').map((link) => link.amounts.USD).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(amounts).toEqual([500, 1200.5, 30895]);
    const entry = ledger[0];
    expect(entry?.warnings.map((said) => [said.line, said.code])).toEqual([[2, 'split-thousands-rejoined']]);
    expect(entry?.rejected.map((row) => [row.line, row.code])).toEqual([[5, 'field-count']]);
    expect(entry?.imported).toBe(3);
  });
});
