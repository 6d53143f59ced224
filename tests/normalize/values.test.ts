// Values as real exports write them (issue 8 items 2, 3, 6, 7, 10, 12, 13; issue 14 item 6): each kind of
// misreading, with several invented values per kind.
import { describe, expect, it } from 'vitest';
import { normalizeAccount } from '../../src/core/normalize/account.ts';
import { parseAmount, normalizeCurrency } from '../../src/core/normalize/amount.ts';
import { normalizeDate, readDate } from '../../src/core/normalize/date.ts';
import { parseDuration } from '../../src/core/normalize/duration.ts';
import { foldDigits, splitIdentifiers } from '../../src/core/normalize/digits.ts';
import { detectDroppedTrunkZero, inferPhoneCountry, normalizePhone } from '../../src/core/normalize/phone.ts';
import { readCell } from '../../src/core/ingest/readers/rowContext.ts';

describe('foldDigits (item 7: native digits)', () => {
  it.each([
    ['๐๘๑-๒๓๔-๕๖๗๘', '081-234-5678'], // Thai
    ['၀၉ ၇၈၁၂ ၃၄၅၆၇', '09 7812 34567'], // Myanmar
    ['໐໒໐ ໕໕໕໕ ໑໒໓໔', '020 5555 1234'], // Lao
    ['០១២ ៣៤៥ ៦៧៨', '012 345 678'], // Khmer
    ['０８１２－３４５６', '0812-3456'], // fullwidth, with a fullwidth hyphen-minus
    ['٠٨١٢٣٤٥٦٧٨٩٠', '081234567890'], // Arabic-Indic
    ['۰۹۱۲', '0912'], // Extended Arabic-Indic
    ['＋６６', '+66'],
  ])('reads %s as %s', (written, ascii) => {
    expect(foldDigits(written)).toBe(ascii);
  });

  it('leaves letters of those scripts alone', () => {
    expect(foldDigits('สมชาย ၁')).toBe('สมชาย 1');
    expect(foldDigits('Budi')).toBe('Budi');
  });
});

describe('native digits in values (item 7)', () => {
  it.each([
    ['๐๘๑-๒๓๔-๕๖๗๘', 'TH', '+66812345678'],
    ['၀၉ ၇၈၁၂ ၃၄၅၆၇', 'MM', '+959781234567'],
    ['០១២ ៣៤៥ ៦៧៨', 'KH', '+85512345678'],
    ['໐໒໐ ໕໕໕໕ ໑໒໓໔', 'LA', '+8562055551234'],
    ['＋６２ ８１２ ３４５６ ７８９０', undefined, '+6281234567890'],
  ])('phone %s (%s) is %s', (written, country, e164) => {
    expect(normalizePhone(written, country ? { defaultCountry: country } : {})?.e164).toBe(e164);
  });

  it.each([
    ['๑๒๓-๔-๕๖๗๘๙-๐', '1234567890'],
    ['၁၂၃၄၅၆၇၈၉', '123456789'],
    ['１２３４ ５６７８ ９０', '1234567890'],
  ])('account %s is %s', (written, key) => {
    expect(normalizeAccount(written)?.key).toBe(key);
  });

  it.each([
    ['๑๒,๕๐๐.๐๐', 12500],
    ['٣٥٠', 350],
    ['１．２５０．０００,００', 1250000],
  ])('amount %s is %s', (written, amount) => {
    expect(parseAmount(written)).toBe(amount);
  });

  it.each([
    ['๐๒/๐๓/๒๕๖๗', '2024-03-02'],
    ['၁၅-၀၆-၂၀၂၄', '2024-06-15'],
    ['２０２４－０３－０２', '2024-03-02'],
  ])('date %s is %s', (written, iso) => {
    expect(normalizeDate(written)).toBe(iso);
  });

  it('reads a duration in Thai digits', () => {
    expect(parseDuration('๙๕')).toBe(95);
  });
});

describe('bare mobiles without trunk 0 (item 2)', () => {
  it.each([
    ['13912345678', 'CN', '+8613912345678'],
    ['15012345678', 'CN', '+8615012345678'],
    ['9876543210', 'IN', '+919876543210'],
    ['7012345678', 'IN', '+917012345678'],
  ])('%s with country %s is %s, not a North American or other number', (digits, country, e164) => {
    expect(normalizePhone(digits, { defaultCountry: country })).toMatchObject({ e164, reading: 'national', valid: true, plan: country });
  });

  it.each([
    ['8613912345678', 'CN', '+8613912345678'],
    ['66812345678', 'ID', '+66812345678'],
    ['6281234567890', 'ID', '+6281234567890'],
  ])('%s (a valid MSISDN) stays international with country %s', (digits, country, e164) => {
    expect(normalizePhone(digits, { defaultCountry: country })).toMatchObject({ e164, reading: 'msisdn' });
  });

  it('is not a valid +1 number without a plan: kept but marked not valid', () => {
    expect(normalizePhone('13912345678')).toMatchObject({ e164: '+13912345678', valid: false });
  });

  it.each([
    // 8613800138000 is a Chinese number too (the plan strips its own country code); 66812345678 is Thai.
    [['13912345678', '13800138000', '8613800138000', '66812345678'], 'CN', 3],
    [['15012345678', '18612345678', '13512345678'], 'CN', 3],
    [['9876543210', '8123456789', '7012345678'], 'IN', 3],
  ])('infers the plan of a file from bare numbers %j: %s', (values, country, explained) => {
    expect(inferPhoneCountry(values)).toMatchObject({ country, explained, form: 'bare' });
  });

  it('does not take Chinese mobiles for numbers that lost their 0', () => {
    expect(detectDroppedTrunkZero(['13912345678', '13800138000', '15012345678'], 'CN').dropped).toBe(false);
    expect(detectDroppedTrunkZero(['81234567890', '81398765432', '85712345678'], 'ID').dropped).toBe(true);
  });
});

describe('EVM addresses (item 3)', () => {
  const lower = '0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c';
  it.each([
    '0x5A0b54D5dc17e0AadC383d2db43B0a0D3E029c4c',
    '0x5A0B54D5DC17E0AADC383D2DB43B0A0D3E029C4C',
    ` ${lower} `,
    `'${lower}'`,
  ])('keys %s in lower case', (written) => {
    expect(normalizeAccount(written)).toEqual({ key: lower, kind: 'crypto', network: 'ETH' });
  });
});

describe('several identifiers in one cell (item 6)', () => {
  it.each([
    ['0813-2222-3333 / 0878-4444-5555', ['0813-2222-3333', '0878-4444-5555']],
    ['0812-1111-2222; 0812-1111-3333', ['0812-1111-2222', '0812-1111-3333']],
    ['0856-7777-8888 & 0856-7777-9999', ['0856-7777-8888', '0856-7777-9999']],
    ['0811-1234-5678\n0811-1234-5679', ['0811-1234-5678', '0811-1234-5679']],
    ['0811-1234-5678\r\n0811-1234-5679', ['0811-1234-5678', '0811-1234-5679']],
    ['0812-3456-7890', ['0812-3456-7890']],
  ])('splits %j', (cell, parts) => {
    expect(splitIdentifiers(cell)).toEqual(parts);
  });
});

describe('readCell (item 10: quoted cells)', () => {
  it.each([
    ["'6281234567890'", '6281234567890'],
    ["  '0812-3456-7890'  ", '0812-3456-7890'],
    ["'+66812345678", '+66812345678'],
    ["'081234567890", '081234567890'],
    ["'๐๘๑๒๓๔๕๖๗๘", '๐๘๑๒๓๔๕๖๗๘'],
    ["O'Brien", "O'Brien"],
    ["'Ali", "'Ali"],
    ["'", "'"],
    ['', ''],
  ])('reads %j as %j', (raw, value) => {
    expect(readCell(raw)).toBe(value);
  });
});

describe('amounts and weights kept exactly (item 12; issue 14 item 6)', () => {
  it.each([
    ['2,750', 2750],
    ['0.35', 0.35],
    ['1.250.000,00', 1250000],
    ['4000', 4000],
    ['Rp 1.500.000', 1500000],
    ['12,50', 12.5],
    ['-1500.50', -1500.5],
    ['(200)', -200],
    ['350-', -350],
    ['satu juta', null],
    ['1.5.2024', null],
  ])('%s is %s', (written, value) => {
    expect(parseAmount(written)).toBe(value);
  });

  it.each([['constructor', null], ['toString', null], ['__proto__', null], ['usdt', 'USDT'], ['Rp', 'IDR']])(
    'currency %s is %s (data never finds an object key)', (written, code) => {
      expect(normalizeCurrency(written)).toBe(code);
    },
  );
});

describe('readDate (item 13)', () => {
  it.each([
    ['20240302 0815', '2024-03-02T08:15:00', 'text'],
    ['20240302081500', '2024-03-02T08:15:00', 'text'],
    ['202403020815', '2024-03-02T08:15:00', 'text'],
    ['45352.34', '2024-03-01T08:09:36', 'excel-serial'],
    ['45352', '2024-03-01', 'excel-serial'],
    ['1709367300', '2024-03-02T08:15:00', 'unix-seconds'],
    ['1709367300000', '2024-03-02T08:15:00', 'unix-milliseconds'],
    ['02/03/2567', '2024-03-02', 'buddhist-era'],
    ['2/3/2567 08:15', '2024-03-02T08:15:00', 'buddhist-era'],
    ['2567-03-02', '2024-03-02', 'buddhist-era'],
    ['02/03/2024', '2024-03-02', 'text'],
  ])('%s is %s (%s)', (written, value, form) => {
    expect(readDate(written)).toEqual({ value, form });
  });

  it.each(['yesterday', '31/02/2024', '99999999', 'constructor'])('%s is no date', (written) => {
    expect(readDate(written)).toBeNull();
  });
});
