import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDate } from '../../src/core/normalize/date.ts';

// NOTE: readDate reads an exact `YYYY-MM-DD HH:mm:ss` at once; a leading space sends the same stamp down the
// general path (which trims it). Both must say the same, for real and impossible dates, BE years included.
const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const stamps = fc.tuple(digits(4, 2799), digits(2, 19), digits(2, 39), fc.constantFrom(' ', 'T'), digits(2, 29), digits(2, 69), digits(2, 69))
  .map(([y, mo, d, sep, h, mi, s]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}`);

describe('readDate on exact ISO date-times', () => {
  it('reads them as the general path does', () => {
    fc.assert(fc.property(stamps, fc.constantFrom('dmy', 'mdy', 'ymd', 'iso') as fc.Arbitrary<'dmy' | 'mdy' | 'ymd' | 'iso'>, (stamp, format) => {
      expect(readDate(stamp, format)).toEqual(readDate(` ${stamp}`, format));
    }), { seed: 11, numRuns: 3000 });
  });

  it.each([
    ['2024-03-12 14:05:09', { value: '2024-03-12T14:05:09', form: 'text' }],
    ['2567-03-12T14:05:09', { value: '2024-03-12T14:05:09', form: 'buddhist-era' }],
    ['2024-02-30 10:00:00', null],
    ['2024-02-28 24:00:00', null],
  ])('reads %j as %j', (stamp, reading) => {
    expect(readDate(stamp)).toEqual(reading);
  });
});
