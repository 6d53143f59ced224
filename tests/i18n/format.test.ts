// Numbers, money and dates per language, with Intl.
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from '../../src/core/i18n/format.ts';
import { pickLanguage } from '../../src/core/i18n/languages.ts';

describe('formatNumber', () => {
  it.each([
    ['en', 1204, '1,204'],
    ['id', 1204, '1.204'],
    ['en', 0, '0'],
  ] as const)('writes %s %d as %s', (language, value, expected) => {
    expect(formatNumber(language, value)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    ['en', 1250000, 'IDR', 'IDR 1,250,000'],
    ['en', 1200.5, 'USD', 'USD 1,200.50'],
    ['id', 1250000, 'IDR', 'IDR 1.250.000'],
    ['en', 1200.5, 'USDT', '1,200.5 USDT'],
    ['id', 1200.5, 'USDT', '1.200,5 USDT'],
  ] as const)('writes %s %d %s as %s', (language, amount, currency, expected) => {
    expect(formatMoney(language, amount, currency)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('writes the month in the language, the year in the Gregorian calendar even in Thai', () => {
    expect(formatDate('en', '2026-03-31T14:05:00Z', true)).toBe('31 Mar 2026, 14:05');
    expect(formatDate('id', '2026-03-31')).toBe('31 Mar 2026');
    expect(formatDate('id', '2026-08-17')).toBe('17 Agu 2026');
    expect(formatDate('th', '2026-03-31')).toContain('2026');
  });

  it('gives back what it cannot read', () => {
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});

describe('pickLanguage', () => {
  it.each([
    [['id-ID', 'en'], 'id'],
    [['fr-FR', 'en-US'], 'en'],
    [['km-KH'], 'en'],
    [[], 'en'],
  ] as const)('picks from %j → %s', (preferences, expected) => {
    expect(pickLanguage(preferences)).toBe(expected);
  });
});
