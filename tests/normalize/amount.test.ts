import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeCurrency, parseAmount } from '../../src/core/normalize/amount.ts';

describe('parseAmount', () => {
  it.each(['', '   ', 'N/A', '-', 'Rp', 'abc', '1.5.2024', '12/03/2024', '1,50,000', '1.500,000.50', '12abc34', '1 50'])(
    'reads %j as nothing',
    (raw) => {
      expect(parseAmount(raw)).toBeNull();
    },
  );

  it.each([
    // plain
    ['0', 0], ['250', 250], ['250.75', 250.75], ['-250', -250], [' 1500000 ', 1500000], ['.5', 0.5],
    // both separators: the last is the decimal point
    ['1,500,000.50', 1500000.5], ['1.500.000,50', 1500000.5], ['1,500.5', 1500.5], ['1.500,5', 1500.5],
    // one kind, several times: thousands
    ['1.500.000', 1500000], ['1,500,000', 1500000],
    // one separator: three digits after it group thousands, otherwise decimal
    ['1.500', 1500], ['1,500', 1500], ['12,50', 12.5], ['1.5', 1.5], ['0.500', 0.5], ['0,500', 0.5], ['1234.5678', 1234.5678],
    // spaces and apostrophes
    ['1 500 000', 1500000], ['1\u00a0500\u00a0000,50', 1500000.5], ["1'500'000", 1500000],
    // currencies and signs around the number
    ['Rp 1.500.000', 1500000], ['Rp1.500.000,00', 1500000], ['Rp. 1.500.000', 1500000], ['IDR 1,500,000', 1500000],
    ['฿12,000', 12000], ['12,000 THB', 12000], ['USD 250.00', 250], ['$1,250.99', 1250.99], ['₱ 5,000', 5000],
    ['RM 1,234.56', 1234.56], ['500 USDT', 500], ['-Rp 250.000', -250000], ['Rp -250.000', -250000],
    ['(250.00)', -250], ['250.00-', -250], ['−250', -250],
  ])('reads %j as %d', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it('never throws and gives a finite number or null', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const value = parseAmount(raw);
        if (value !== null) expect(Number.isFinite(value)).toBe(true);
      }),
    );
  });

  it('reads back any integer written with Indonesian or English thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(parseAmount(n.toLocaleString('id-ID'))).toBe(n);
        expect(parseAmount(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });
});

describe('normalizeCurrency', () => {
  it.each(['', 'N/A', 'abc', 'money', 'XYZ', '123'])('reads %j as no currency', (raw) => {
    expect(normalizeCurrency(raw)).toBeNull();
  });

  it.each([
    ['Rp', 'IDR'], ['rp.', 'IDR'], ['Rupiah', 'IDR'], ['IDR', 'IDR'],
    ['฿', 'THB'], ['baht', 'THB'], ['THB', 'THB'],
    ['USDT', 'USDT'], ['usdt', 'USDT'], ['USDT-TRC20', 'USDT'], ['USDT (TRON)', 'USDT'],
    ['usd', 'USD'], ['US$', 'USD'], ['$', 'USD'],
    ['₱', 'PHP'], ['peso', 'PHP'],
    ['K', 'MMK'], ['kyat', 'MMK'], ['Ks', 'MMK'],
    ['₫', 'VND'], ['dong', 'VND'], ['VND', 'VND'],
    ['RM', 'MYR'], ['ringgit', 'MYR'],
    ['¥', 'CNY'], ['RMB', 'CNY'], ['yuan', 'CNY'], ['人民币', 'CNY'],
    ['riel', 'KHR'], ['៛', 'KHR'],
    ['kip', 'LAK'], ['₭', 'LAK'],
    ['S$', 'SGD'], ['SGD', 'SGD'],
    ['eur', 'EUR'], ['JPY', 'JPY'], [' btc ', 'BTC'],
    ['Rp 1.500.000', 'IDR'], ['฿12,000', 'THB'], ['1,250.00 USD', 'USD'],
  ])('reads %j as %s', (raw, code) => {
    expect(normalizeCurrency(raw)).toBe(code);
  });
});
