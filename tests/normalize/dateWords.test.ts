// Dates written with the words of the region's languages read like numeric ones: 年月日, 년월일, tháng, Thai months.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineDateTime, normalizeDate, readDate } from '../../src/core/normalize/date.ts';

describe('readDate with date words', () => {
  it.each([
    ['2024年4月15日 19:57', '2024-04-15T19:57:00'],
    ['2024年3月5日 14:03', '2024-03-05T14:03:00'],
    ['2024年04月15日', '2024-04-15'],
    ['2024年4月15日19时57分30秒', '2024-04-15T19:57:30'],
    ['2024年4月15日 19点57分', '2024-04-15T19:57:00'],
    ['2024年4月15日 下午3点20分', '2024-04-15T15:20:00'],
    ['2024年4月15日 上午9点半', '2024-04-15T09:30:00'],
    ['2024年4月15日（星期一）', '2024-04-15'],
    ['2024年4月15日 周一 08:05:09', '2024-04-15T08:05:09'],
    ['24年4月15日', '2024-04-15'],
    ['２０２４年４月１５日　１９：５７', '2024-04-15T19:57:00'],
    ['2024年4月15日(月) 19時57分', '2024-04-15T19:57:00'],
    ['2024年4月15日 午後7:57', '2024-04-15T19:57:00'],
    ['2024년 4월 15일 오후 7:57', '2024-04-15T19:57:00'],
    ['2024년 4월 15일 오전 7시 57분', '2024-04-15T07:57:00'],
    ['2024. 4. 15. 오후 7:57:00', '2024-04-15T19:57:00'],
    ['2024년 4월 15일 (월)', '2024-04-15'],
    ['ngày 15 tháng 4 năm 2024', '2024-04-15'],
    ['15 tháng 04, 2024 08:30', '2024-04-15T08:30:00'],
    ['15 เม.ย. 2567 19:57 น.', '2024-04-15T19:57:00'],
    ['15 เมษายน 2567', '2024-04-15'],
    ['๑๕ ธ.ค. ๖๗', '2024-12-15'],
    ['12 Ogos 2024', '2024-08-12'],
    ['3 Marso 2024', '2024-03-03'],
    ['Disyembre 25, 2023', '2023-12-25'],
  ])('reads %j as %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
    // NOTE: a date that names its year, month and day reads the same in a month-first column.
    expect(normalizeDate(raw, 'mdy')).toBe(iso);
  });

  it('says a Thai month with a Buddhist-era year is one', () => {
    expect(readDate('15 เม.ย. 2567')?.form).toBe('buddhist-era');
    expect(readDate('2024年4月15日')?.form).toBe('text');
  });

  it.each([
    ['民國113年4月15日', '2024-04-15', 'minguo'],
    ['113年4月15日 19:57', '2024-04-15T19:57:00', 'minguo'],
    ['113/04/15 08:00:00', '2024-04-15T08:00:00', 'minguo'],
    ['113.04.15', '2024-04-15', 'minguo'],
    ['令和6年4月15日', '2024-04-15', 'japanese-era'],
    ['令和元年5月1日', '2019-05-01', 'japanese-era'],
    ['平成31年4月30日', '2019-04-30', 'japanese-era'],
  ])('reads the era year of %j as %s and says so (%s)', (raw, iso, form) => {
    expect(readDate(raw)).toEqual({ value: iso, form });
  });

  it.each(['100.5.3', '113/4/15/2', '123/45/67'])('reads %j, no date in any era, as none', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });

  it.each(['2024年2月30日', '2024年13月1日', '2024年4月', '4月15日', '2024년 4월 31일', '2024年4月15日 25:00', 'ngày 31 tháng 2 năm 2024', '受害人', '未接通'])(
    'reads %j as no date', (raw) => {
      expect(normalizeDate(raw)).toBeNull();
    });

  it('reads a time cell written with clock words', () => {
    expect(combineDateTime('2024-04-15', '19时57分')).toBe('2024-04-15T19:57:00');
    expect(combineDateTime('2024-04-15', '오후 7:57')).toBe('2024-04-15T19:57:00');
  });

  it('reads any real date-time written with 年月日 as the same instant as its ISO form', () => {
    const moment = fc.record({
      year: fc.integer({ min: 1950, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }),
      style: fc.constantFrom('clock', 'words', 'korean'),
    });
    fc.assert(fc.property(moment, ({ year, month, day, hour, minute, second, style }) => {
      const two = (n: number) => String(n).padStart(2, '0');
      const written = style === 'clock' ? `${year}年${month}月${day}日 ${hour}:${two(minute)}:${two(second)}`
        : style === 'words' ? `${year}年${month}月${day}日${hour}时${minute}分${second}秒`
          : `${year}년 ${month}월 ${day}일 ${hour}:${two(minute)}:${two(second)}`;
      expect(normalizeDate(written)).toBe(`${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}`);
    }), { seed: 20261130, numRuns: 300 });
  });
});
