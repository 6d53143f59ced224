// The marks a bank writes beside an amount, or in a column of their own, to say which way the money went:
// `DR`/`CR` (Malaysia, Singapore, the Philippines), `D`/`K` and `Debet`/`Kredit` (Indonesia), `Masuk`/`Keluar`,
// `D`/`C`, `IN`/`OUT`. One list for the header, the values and the statement reader, so the three cannot disagree.

export type MoneyDirection = 'in' | 'out';

// NOTE: an exchange's order history writes the side of each trade (`BUY`/`SELL`, `Beli`/`Jual`, `Mua`/`Bán`, `ซื้อ`/`ขาย`,
// `买入`/`卖出`): for the holder's own money account a sale brings money in and a purchase pays it out. Which asset the
// amount counts (the coin or the fiat) only the file can say, so a reading that takes its direction from them is flagged.
const SELL_MARKS = ['sell', 'sold', 'jual', 'bán', 'ขาย', '卖', '卖出', '出售'];
const BUY_MARKS = ['buy', 'bought', 'beli', 'mua', 'ซื้อ', '买', '买入', '购买'];
const TRADE_MARKS: ReadonlySet<string> = new Set([...SELL_MARKS, ...BUY_MARKS]);
const IN_MARKS: ReadonlySet<string> = new Set(['cr', 'c', 'k', 'kr', 'credit', 'kredit', 'masuk', 'in', 'incoming', ...SELL_MARKS]);
const OUT_MARKS: ReadonlySet<string> = new Set(['dr', 'db', 'd', 'debit', 'debet', 'keluar', 'out', 'outgoing', ...BUY_MARKS]);

/** `CR`, `Cr.`, `kredit` → in; `DR`, `D`, `keluar` → out; anything else → undefined. */
export function moneyMark(raw: string): MoneyDirection | undefined {
  const word = raw.trim().replace(/\.$/, '').toLowerCase();
  if (IN_MARKS.has(word)) return 'in';
  if (OUT_MARKS.has(word)) return 'out';
  return undefined;
}

/** Whether a mark is the side of a trade (`BUY`, `SELL`, `Jual`) rather than a bank's way of money. */
export function isTradeSide(raw: string): boolean {
  return TRADE_MARKS.has(raw.trim().toLowerCase());
}

/** Every mark, for value evidence (a column of them is a direction column). */
export const MONEY_MARKS: readonly string[] = [...IN_MARKS, ...OUT_MARKS];

// NOTE: `DR/CR Indicator`, `D/K flag`: words that only say "this column holds the mark".
const MARK_FILLERS: ReadonlySet<string> = new Set(['or', 'atau', 'indicator', 'ind', 'flag', 'mark', 'marker', 'sign', 'tanda', 'code', 'kod']);

/**
 * Whether a header's words name both ways of money and nothing else (`DR/CR`, `D/K`, `Debit/Credit`, `Masuk/Keluar`,
 * `DR/CR Indicator`): such a column holds the direction mark of each row, not a debit or a credit amount.
 */
export function namesBothDirections(words: readonly string[]): boolean {
  const marks = words.filter((word) => !MARK_FILLERS.has(word));
  if (marks.length < 2) return false;
  const read = marks.map(moneyMark);
  return read.every((mark) => mark !== undefined) && read.includes('in') && read.includes('out');
}
