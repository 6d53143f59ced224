import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineDateTime, inferDateFormat, normalizeDate, type DateFormat } from '../../src/core/normalize/date.ts';
import { parseDuration } from '../../src/core/normalize/duration.ts';

describe('normalizeDate', () => {
  it.each(['', '   ', 'N/A', '-', 'yesterday', '14:05', '12/03', '2024', '12/03/2024/1', '12.03.24.5'])('reads %j as no date', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });

  it.each([
    ['31/02/2024', 'no 31 February'],
    ['29/02/2023', 'no 29 February in 2023'],
    ['31-04-2024', 'April has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['00/01/2024', 'no day 0'],
    ['12/03/2024 25:00', 'no hour 25'],
    ['12/03/2024 13:00 pm', 'no 13 pm'],
    ['20240231120000', 'CDR stamp on 31 Feb'],
  ])('rejects %s (%s)', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });

  it.each([
    ['2024-03-12', '2024-03-12'],
    ['2024/03/12', '2024-03-12'],
    ['2024.3.2', '2024-03-02'],
    ['20240312', '2024-03-12'],
    ['2024-03-12T14:05:09', '2024-03-12T14:05:09'],
    ['2024-03-12T14:05:09.123Z', '2024-03-12T14:05:09'],
    ['2024-03-12T14:05:09+07:00', '2024-03-12T14:05:09'],
    ['2024-03-12 14:05', '2024-03-12T14:05:00'],
    ['20240312140509', '2024-03-12T14:05:09'],
  ])('always reads the year-first %j as %s', (raw, iso) => {
    expect(normalizeDate(raw, 'mdy')).toBe(iso);
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each([
    ['12/03/2024', 'dmy', '2024-03-12'],
    ['12-03-2024', 'dmy', '2024-03-12'],
    ['12.03.2024', 'dmy', '2024-03-12'],
    ['1/3/2024', 'dmy', '2024-03-01'],
    ['12/03/24', 'dmy', '2024-03-12'],
    ['12/03/69', 'dmy', '2069-03-12'],
    ['12/03/70', 'dmy', '1970-03-12'],
    ['29/02/2024', 'dmy', '2024-02-29'],
    ['03/12/2024', 'mdy', '2024-03-12'],
    ['3/12/24', 'mdy', '2024-03-12'],
    ['24/03/12', 'ymd', '2024-03-12'],
    ['12/03/2024', 'iso', '2024-03-12'],
  ])('reads %j in a %s column as %s', (raw, format, iso) => {
    expect(normalizeDate(raw, format as DateFormat)).toBe(iso);
  });

  it('reads slashed dates day-first by default (ASEAN)', () => {
    expect(normalizeDate('05/06/2024')).toBe('2024-06-05');
  });

  it.each([
    ['12 Mar 2024', '2024-03-12'],
    ['12-Mar-2024', '2024-03-12'],
    ['12-MAR-24', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['March 12, 2024', '2024-03-12'],
    ['Mar 12 2024', '2024-03-12'],
    ['12th March 2024', '2024-03-12'],
    ['2024-Mar-12', '2024-03-12'],
    ['Tue, 12 Mar 2024', '2024-03-12'],
    ['12 Agustus 2024', '2024-08-12'],
    ['17 Agt 1945', '1945-08-17'],
    ['1 Mei 2024', '2024-05-01'],
    ['5 Oktober 2023', '2023-10-05'],
    ['25 Desember 2023', '2023-12-25'],
    ['Selasa, 12 Maret 2024', '2024-03-12'],
    ['12 Sept. 2024', '2024-09-12'],
  ])('reads the month name in %j', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each([
    ['12/03/2024 14:05', '2024-03-12T14:05:00'],
    ['12/03/2024 14:05:09', '2024-03-12T14:05:09'],
    ['12/03/2024  9:05:09', '2024-03-12T09:05:09'],
    ['12/03/2024 2:05 PM', '2024-03-12T14:05:00'],
    ['12/03/2024 12:05 am', '2024-03-12T00:05:00'],
    ['12/03/2024 12:05 p.m.', '2024-03-12T12:05:00'],
    ['12/03/2024 14:05 WIB', '2024-03-12T14:05:00'],
    ['12 Mar 2024 14:05:09', '2024-03-12T14:05:09'],
    ['12 Mar 2024, 14:05', '2024-03-12T14:05:00'],
  ])('reads the date and time in %j as %s, the time as written', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it('never throws, and gives ISO or null', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<DateFormat>('iso', 'dmy', 'mdy', 'ymd'), (raw, format) => {
        const result = normalizeDate(raw, format);
        if (result !== null) expect(result).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/);
      }),
    );
  });
});

describe('combineDateTime', () => {
  it.each([
    ['2024-03-12', '14:05:09', '2024-03-12T14:05:09'],
    ['2024-03-12', '14:05', '2024-03-12T14:05:00'],
    ['2024-03-12', '2:05 pm', '2024-03-12T14:05:00'],
    ['2024-03-12', '140509', '2024-03-12T14:05:09'],
    ['2024-03-12', '', '2024-03-12'],
    ['2024-03-12', 'N/A', '2024-03-12'],
    ['2024-03-12', '25:00', '2024-03-12'],
    ['2024-03-12T10:00:00', '14:05:09', '2024-03-12T14:05:09'],
    ['12/03/2024', '14:05:09', '2024-03-12T14:05:09'],
  ])('combines %j and %j into %j', (date, time, iso) => {
    expect(combineDateTime(date, time)).toBe(iso);
  });

  it('gives null when there is no date', () => {
    expect(combineDateTime(null, '14:05:09')).toBeNull();
    expect(combineDateTime('31/02/2024', '14:05:09')).toBeNull();
  });
});

describe('inferDateFormat', () => {
  it.each<[string, string[], DateFormat]>([
    ['an empty column', [], 'dmy'],
    ['an ambiguous column', ['01/02/2024', '03/04/2024'], 'dmy'],
    ['a first part over 12', ['01/02/2024', '25/12/2024'], 'dmy'],
    ['a second part over 12', ['01/02/2024', '12/25/2024 14:00'], 'mdy'],
    ['ISO dates', ['2024-03-12', '2024-03-13T10:00:00', ''], 'iso'],
    ['month names only', ['12 Mar 2024', 'Mar 13, 2024'], 'dmy'],
    ['mixed evidence, mostly day-first', ['13/01/2024', '14/01/2024', '01/13/2024'], 'dmy'],
    ['mixed evidence, mostly month-first', ['13/01/2024', '01/14/2024', '01/15/2024'], 'mdy'],
    ['dotted day-first dates', ['31.12.2023', '01.01.2024'], 'dmy'],
  ])('reads %s as %s', (_what, values, format) => {
    expect(inferDateFormat(values)).toBe(format);
  });
});

describe('parseDuration', () => {
  it.each([
    ['95', 95], ['95.0', 95], ['0', 0], ['2.5', 2.5], [' 95 ', 95],
    ['00:01:35', 95], ['01:00:00', 3600], ['1:35', 95], ['0:05', 5],
    ['1m35s', 95], ['1m 35s', 95], ['35s', 35], ['2m', 120], ['1h2m3s', 3723], ['2 min 5 sec', 125], ['35 detik', 35],
    ['1 menit 5 detik', 65],
  ])('reads %j as %d seconds', (raw, seconds) => {
    expect(parseDuration(raw)).toBe(seconds);
  });

  it.each(['', 'N/A', '-5', 'abc', '1:75', '00:61:00', 'm', '1.2.3'])('reads %j as nothing', (raw) => {
    expect(parseDuration(raw)).toBeNull();
  });
});
