import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currencyInCell, currencyInHeader, explicitSign, normalizeCurrency, parseAmount } from '../../src/core/normalize/amount.ts';

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

describe('currencyInCell', () => {
  it.each(['', '4,500.00', '125.000.000,00', '-80', '+250', '1,500 K', 'N/A', 'RM'])('finds no currency in %j', (raw) => {
    expect(currencyInCell(raw)).toBeNull();
  });

  it.each([
    ['+RM 4,500.00', 'MYR'], ['-RM 80.00', 'MYR'], ['RM 4,620.00', 'MYR'], ['RM-80', 'MYR'], ['-Rp 2.000', 'IDR'], ['+Rp2.000,00', 'IDR'],
    ['125.000 ₫', 'VND'], ['125.000đ', 'VND'], ['125.000 VND', 'VND'], ['฿12,000', 'THB'], ['-฿500', 'THB'], ['₱1,000', 'PHP'],
    ['PHP 1,000', 'PHP'], ['USD 40', 'USD'], ['$40', 'USD'], ['(USD 40)', 'USD'], ['500 USDT', 'USDT'],
  ])('reads %j as %s', (raw, code) => {
    expect(currencyInCell(raw)).toBe(code);
  });
});

describe('currencyInHeader', () => {
  it.each(['Amount', 'Wallet Balance', 'Ghi có (Credit)', 'Value', 'Total', 'Amount (all rows)', 'Amount (k)', 'Jumlah'])('finds no currency in %j', (header) => {
    expect(currencyInHeader(header)).toBeNull();
  });

  it.each([
    ['Amount (RM)', 'MYR'], ['Amount (VND)', 'VND'], ['Số tiền (VND)', 'VND'], ['Jumlah (Rp)', 'IDR'], ['Jumlah Rp', 'IDR'],
    ['Amount USD', 'USD'], ['ยอดเงิน (฿)', 'THB'], ['Amount [THB]', 'THB'], ['amount usdt', 'USDT'], ['Debit (₱)', 'PHP'],
  ])('reads %j as %s', (header, code) => {
    expect(currencyInHeader(header)).toBe(code);
  });
});

describe('explicitSign', () => {
  it.each([
    ['+RM 4,500.00', '+'], ['+ 250', '+'], ['-RM 80.00', '-'], ['RM -80', '-'], ['-Rp 2.000', '-'], ['(250)', '-'],
    ['RM 4,620.00', undefined], ['250', undefined], ['', undefined],
  ])('says %j is written with %s', (raw, sign) => {
    expect(explicitSign(raw)).toBe(sign);
  });
});

describe('normalizeCurrency with a sign in the cell', () => {
  it.each([['+RM 4,500.00', 'MYR'], ['-Rp 2.000', 'IDR'], ['-฿500', 'THB']])('reads %j as %s', (raw, code) => {
    expect(normalizeCurrency(raw)).toBe(code);
  });
});
