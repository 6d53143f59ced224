// An exchange's order history (BUY/SELL, a counterparty, a payment account) names both sides of each row and which way it
// went: read with the counterparty as the other side and the direction from the trade side, and flagged for a person's eye.
import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

interface Habit {
  name: string;
  header: string[];
  sides: [sell: string, buy: string];
  row: (side: string, index: number) => string[];
}

const HABITS: Habit[] = [
  {
    name: 'Binance-style, English',
    header: ['Order Number', 'Order Type', 'Asset Type', 'Fiat Type', 'Total Price', 'Quantity', 'Counterparty', 'Status', 'Created Time', 'Payment Method', 'Payment Account'],
    sides: ['SELL', 'BUY'],
    row: (side, i) => [`20183971130352504${i}`, side, 'USDT', 'PHP', `"${(1000 + i) * 56},00"`.replace(',00', '.00'), `${1000 + i}.50`, i % 2 === 0 ? `Buyer-${i}7a61c95` : `Buyer-ab${i}cdefd`, 'Completed', `2024-02-1${i} 10:00:00`, 'GCash', '426067000329'],
  },
  {
    name: 'Indonesian',
    header: ['No Order', 'Jenis Order', 'Aset', 'Jumlah', 'Lawan Transaksi', 'Waktu', 'Rekening Pembayaran'],
    sides: ['Jual', 'Beli'],
    row: (side, i) => [`ORD-88${i}12`, side, 'USDT', `${500 + i}.25`, `U${i}7f39185`, `1${i}/03/2024 09:15`, '7001234567'],
  },
  {
    name: 'Vietnamese',
    header: ['Mã lệnh', 'Loại lệnh', 'Tài sản', 'Số lượng', 'Đối tác', 'Thời gian', 'Số tài khoản thanh toán'],
    sides: ['Bán', 'Mua'],
    row: (side, i) => [`VN-55${i}01`, side, 'USDT', `${300 + i}.75`, `Khach-${i}e2d5a71`, `2024-04-0${i + 1} 08:30:00`, '0071001234567'],
  },
];

function file(habit: Habit): string {
  const sides = [habit.sides[0], habit.sides[1], habit.sides[0], habit.sides[0], habit.sides[1], habit.sides[0]];
  return [habit.header.join(','), ...sides.map((side, i) => habit.row(side, i).join(','))].join('\n') + '\n';
}

describe('an order history whose rows are trades (BUY/SELL) with a counterparty', () => {
  it.each(HABITS)('reads the counterparty and the trade side of each row ($name), and asks a person to check', (habit) => {
    const name = 'p2p_orders.csv';
    const [outcome] = prepareCase([csv(name, file(habit))]);
    if (!outcome?.ok) throw new Error('not read');
    const { classification } = outcome.prepared;
    const roleOf = (header: string) => classification.columns.find((column) => column.header === header)?.role;
    expect(roleOf(habit.header[1] ?? '')).toBe('direction');
    expect(classification.columns.some((column) => column.role === 'counterparty')).toBe(true);
    expect(classification.reviewNotes?.map((note) => note.code)).toContain('trade-sides');

    const result = runPipeline([csv(name, file(habit))], { stabilityRuns: 0 });
    const ledger = result.ledger.find((entry) => entry.file === name);
    expect(ledger?.imported).toBe(6);
    expect(ledger?.warnings.filter((warning) => warning.code === 'amount-no-direction')).toEqual([]);
    const transfers = result.model.links.filter((link) => link.type === 'transferred');
    const own = transfers.map((link) => [link.source, link.target]).flat().filter((id) => /^account:\d+$/.test(id));
    const ownId = own[0];
    // A sale brings money into the payment account, a purchase pays out of it; the other side is the counterparty, never "unknown".
    expect(transfers.filter((link) => link.target === ownId)).toHaveLength(4);
    expect(transfers.filter((link) => link.source === ownId)).toHaveLength(2);
    expect(transfers.some((link) => link.source.startsWith('account:unknown') || link.target.startsWith('account:unknown'))).toBe(false);
    // A nickname with few digits (`Buyer-ab1cdefd`) is one user of the platform, not an unreadable account.
    expect(ledger?.warnings.filter((warning) => warning.code === 'counterparty-unknown')).toEqual([]);
    expect(new Set(transfers.map((link) => (link.source === ownId ? link.target : link.source))).size).toBe(6);
  });

  it('keeps a lone word in a counterparty column (ATM, a one-word name) as no platform user', () => {
    const text = 'Account No,Date,Amount,DR/CR,Counterparty,Balance\n' +
      ['ATM', 'Budi', 'SALARY', 'ATM', 'Budi', 'SALARY'].map((other, i) => `1640-1234-9999,0${i + 1}/03/2024,"${i + 1}0,000.00",${i % 2 ? 'CR' : 'DR'},${other},"9${i},000.00"`).join('\n') + '\n';
    const result = runPipeline([csv('stmt.csv', text)], { stabilityRuns: 0 });
    expect(result.ledger.find((entry) => entry.file === 'stmt.csv')?.imported).toBe(6);
    expect(result.model.entities.some((entity) => /^account:(ATM|BUDI|SALARY)$/.test(entity.id))).toBe(false);
    expect(result.model.entities.some((entity) => entity.id === 'account:unknown:164012349999')).toBe(true);
  });

  it('asks nothing of a statement whose direction column holds a bank’s marks (DR/CR)', () => {
    const text = 'Account No,Date,Description,Amount,DR/CR,Balance\n' +
      '1640-1234-9999,01/03/2024,TRANSFER TO 514012345678,"40,000.00",DR,"40,000.00"\n' +
      '1640-1234-9999,02/03/2024,CASH DEPOSIT,"30,000.00",CR,"70,000.00"\n' +
      '1640-1234-9999,03/03/2024,TRANSFER TO 514012345678,"15,000.00",DR,"55,000.00"\n' +
      '1640-1234-9999,04/03/2024,TRANSFER FROM 7012223334,"5,000.00",CR,"60,000.00"\n' +
      '1640-1234-9999,05/03/2024,TRANSFER TO 514012345678,"1,000.00",DR,"59,000.00"\n';
    const [outcome] = prepareCase([csv('stmt.csv', text)]);
    if (!outcome?.ok) throw new Error('not read');
    expect(outcome.prepared.classification.reviewNotes?.map((note) => note.code) ?? []).not.toContain('trade-sides');
  });
});
