import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPhone, inferPhoneCountry, looksLikePhone, normalizePhone, type PhoneReading } from '../../src/core/normalize/phone.ts';

// One real, valid mobile number per country (checked against libphonenumber-js full metadata).
const MOBILES = [
  { country: 'ID', e164: '+6281234567890', national: '0812-3456-7890', intl: '+62 812 3456 7890' },
  { country: 'MY', e164: '+60123456789', national: '012-345 6789', intl: '+60 12-345 6789' },
  { country: 'TH', e164: '+66812345678', national: '081-234-5678', intl: '+66 81 234 5678' },
  { country: 'MM', e164: '+959781234567', national: '09 7812 34567', intl: '+95 9 7812 34567' },
  { country: 'KH', e164: '+85512345678', national: '012 345 678', intl: '+855 12 345 678' },
  { country: 'LA', e164: '+8562055551234', national: '020 5555 1234', intl: '+856 20 5555 1234' },
  { country: 'VN', e164: '+84912345678', national: '091 234 5678', intl: '+84 91 234 5678' },
  { country: 'PH', e164: '+639171234567', national: '0917 123 4567', intl: '+63 917 123 4567' },
  { country: 'CN', e164: '+8613912345678', national: '139 1234 5678', intl: '+86 139 1234 5678' },
  { country: 'SG', e164: '+6581234567', national: '8123 4567', intl: '+65 8123 4567' },
] as const;

describe('normalizePhone', () => {
  describe('degenerate cells', () => {
    it.each(['', '   ', 'N/A', '-', 'abc', '12', '+', '00', '0812', '081234567890x', 'tel:081234567890'])(
      'reads %j as nothing',
      (raw) => {
        expect(normalizePhone(raw, { defaultCountry: 'ID' })).toBeNull();
      },
    );
  });

  describe.each(MOBILES)('$country mobile $e164', ({ country, e164, national, intl }) => {
    const digits = e164.slice(1);
    const cases: [string, string, PhoneReading][] = [
      ['international', intl, 'international'],
      ['E.164', e164, 'international'],
      ['00 (IDD)', `00${digits}`, 'idd'],
      ['00 with spaces', `00 ${intl.slice(1)}`, 'idd'],
      ['MSISDN (country code, no +)', digits, 'msisdn'],
    ];
    it.each(cases)('reads the %s form %j as it, with no default country', (_form, raw, reading) => {
      expect(normalizePhone(raw)).toEqual({ e164, country, reading, valid: true });
    });

    it(`reads the national form ${national} as ${e164} when the file is ${country}`, () => {
      expect(normalizePhone(national, { defaultCountry: country })).toEqual({ e164, country, reading: 'national', valid: true, plan: country });
    });
  });

  describe('national form (trunk 0)', () => {
    it.each([
      ['0812-3456-7890', 'ID', '+6281234567890'],
      ['(0812) 3456 7890', 'ID', '+6281234567890'],
      ['0812.3456.7890', 'ID', '+6281234567890'],
      ['081234567890', 'id', '+6281234567890'],
      ['021 500 888', 'ID', '+6221500888'],
      ['0812345678', 'TH', '+66812345678'],
      ['09781234567', 'MM', '+959781234567'],
      ['013912345678', 'CN', '+8613912345678'],
    ])('reads %s as %s when the file is %s', (raw, defaultCountry, e164) => {
      expect(normalizePhone(raw, { defaultCountry })?.e164).toBe(e164);
    });

    it('reads nothing from a national number when the country is unknown', () => {
      expect(normalizePhone('0812-3456-7890')).toBeNull();
      expect(normalizePhone('0812-3456-7890', { defaultCountry: 'XX' })).toBeNull();
    });
  });

  describe('00 and carrier international prefixes', () => {
    it.each([
      ['0066 81 234 5678', '+66812345678'],
      ['0084912345678', '+84912345678'],
      ['00166812345678', '+66812345678'],
      ['00766812345678', '+66812345678'],
      ['008959781234567', '+959781234567'],
      ['0096281234567890', '+6281234567890'],
    ])('reads %s as %s, preferring the valid reading', (raw, e164) => {
      expect(normalizePhone(raw, { defaultCountry: 'TH' })).toMatchObject({ e164, reading: 'idd', valid: true });
    });
  });

  describe('bare digits', () => {
    it('reads 6281234567890 as an MSISDN even when the file is Thai', () => {
      expect(normalizePhone('6281234567890', { defaultCountry: 'TH' })).toMatchObject({ e164: '+6281234567890', reading: 'msisdn' });
    });

    it('reads a Singapore number without trunk prefix as national when the file is Singaporean', () => {
      expect(normalizePhone('81234567', { defaultCountry: 'SG' })).toEqual({ e164: '+6581234567', country: 'SG', reading: 'national', valid: true, plan: 'SG' });
    });

    it('reads a Thai number whose leading 0 was lost as national when the file is Thai', () => {
      expect(normalizePhone('812345678', { defaultCountry: 'TH' })?.e164).toBe('+66812345678');
    });

    it('reads 81234567890 as a Japanese MSISDN even in an Indonesian file (MSISDN is tried first)', () => {
      // A valid complete international number wins; a lost trunk 0 cannot be told from it here.
      expect(normalizePhone('81234567890', { defaultCountry: 'ID' })).toMatchObject({ e164: '+81234567890', country: 'JP' });
    });

    it('keeps a possible but invalid MSISDN with valid: false', () => {
      expect(normalizePhone('95912345678')).toEqual({ e164: '+95912345678', country: 'MM', reading: 'msisdn', valid: false });
    });
  });

  describe('service and short numbers', () => {
    it('reads the Indonesian hotline 1500888 as +621500888, which the metadata calls valid', () => {
      expect(normalizePhone('1500888', { defaultCountry: 'ID' })).toMatchObject({ e164: '+621500888', valid: true });
    });

    it.each([
      ['1111', 'TH', 'short:TH:1111'],
      ['191', 'TH', 'short:TH:191'],
      ['112', 'ID', 'short:ID:112'],
    ])('keys the short code %s as %s when the file is %s', (raw, defaultCountry, e164) => {
      expect(normalizePhone(raw, { defaultCountry })).toEqual({ e164, country: defaultCountry, reading: 'national', valid: false, plan: defaultCountry });
    });

    it('reads nothing from a short code without a default country', () => {
      expect(normalizePhone('1111')).toBeNull();
    });
  });

  it('never throws and always gives + and digits or a short key', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(undefined, 'ID', 'TH', 'SG', 'XX'), (raw, defaultCountry) => {
        const result = normalizePhone(raw, defaultCountry ? { defaultCountry } : undefined);
        if (result) expect(result.e164).toMatch(/^(\+\d+|short:[A-Z]{2}:\d+)$/);
      }),
    );
  });
});

describe('inferPhoneCountry', () => {
  it('finds Indonesia from Indonesian national numbers, ignoring international ones', () => {
    expect(inferPhoneCountry(['0812-3456-7890', '081298765432', '+66812345678', '6281234567890'])).toEqual({
      country: 'ID',
      explained: 2,
      nationalValues: 2,
      form: 'trunk',
      tied: [{ country: 'ID', explained: 2 }],
      rival: 0,
    });
  });

  // National plans overlap a lot (081-234-5678 is valid in ID, TH, MM and VN), so a column decides by count.
  it.each([
    ['ID', ['0812-3456-7890', '081298765432', '0856 1234 5678']],
    ['MY', ['012-345 6789', '0168123456']],
    ['TH', ['081-234-5678', '091 234 5678', '0891234567', '02 123 4567']],
    ['MM', ['09 7812 34567']],
    ['KH', ['012 345 678', '013234567', '015234567']],
    ['LA', ['020 5555 1234']],
    ['VN', ['091 234 5678', '0582345678', '0792345678']],
    ['PH', ['0917 123 4567', '09281234567', '09051234567']],
    ['CN', ['0139 1234 5678']],
  ])('finds %s from a column of its national numbers', (country, values) => {
    expect(inferPhoneCountry(values)).toMatchObject({ country, explained: values.length, nationalValues: values.length, form: 'trunk' });
  });

  it('says null when there are no national values', () => {
    expect(inferPhoneCountry([])).toEqual({ country: null, explained: 0, nationalValues: 0, form: 'bare', tied: [], rival: 0 });
    expect(inferPhoneCountry(['+66812345678', 'N/A'])).toEqual({ country: null, explained: 0, nationalValues: 0, form: 'bare', tied: [], rival: 0 });
  });

  it('says null when no candidate explains the national values', () => {
    expect(inferPhoneCountry(['0000000', '01'])).toEqual({ country: null, explained: 0, nationalValues: 1, form: 'trunk', tied: [], rival: 0 });
  });

  it.each([
    // 09 7812 34567 is a mobile in Myanmar, the Philippines and India alike (in China only a fixed line: weaker).
    [['09 7812 34567'], ['MM', 'PH', 'IN']],
    // 0961234567 is valid in TH, MM, KH and VN: the numbers alone cannot tell.
    [['0961234567'], ['TH', 'MM', 'KH', 'VN']],
    // Indonesian 0812… numbers of 12 digits fit Indonesia only: no tie.
    [['081234567890', '081298765432', '085612345678'], ['ID']],
  ])('lists every plan that explains as many of %j as the best: %j', (values, tied) => {
    expect(inferPhoneCountry(values).tied.map((plan) => plan.country)).toEqual(tied);
  });

  it('weighs mobiles above fixed lines: a mixed Thai/Myanmar/Philippine list of mobiles is not read as Indonesian', () => {
    // Each is valid in Indonesia, but mostly as a fixed line; in its own plan each is a mobile.
    const mixed = ['0623456789', '0951234567', '0812345678', '0891234567', '0917 123 4567', '09 797 654 321', '0634567890', '0971234567',
      '0915 222 3344', '09 781 234 567'];
    const inferred = inferPhoneCountry(mixed);
    expect(inferred.country).not.toBe('ID');
    // No plan explains most of them as valid numbers: the file is not given one country.
    expect(inferred.explained).toBeLessThan(0.8 * mixed.length);
  });

  it('counts a plan within 2% of the best as tied, and one further behind as not', () => {
    const both = Array.from({ length: 100 }, (_, index) => `09${String(61234500 + index)}`);
    const thaiOnly = ['021234567', '021234568', '021234569'];
    const near = inferPhoneCountry([...both, '021234567']);
    expect(near.tied.map((plan) => plan.country)).toEqual(expect.arrayContaining(['TH', 'VN']));
    const far = inferPhoneCountry([...both, ...thaiOnly]);
    expect(far.country).toBe('TH');
    expect(far.tied.map((plan) => plan.country)).not.toContain('VN');
  });
});

describe('formatPhone', () => {
  it.each([
    ['+66812345678', '+66 81 234 5678'],
    ['+6281234567890', '+62 812 3456 7890'],
    ['+6581234567', '+65 8123 4567'],
    ['short:ID:1500888', '1500888'],
    ['not a phone', 'not a phone'],
  ])('shows %s as %s', (e164, shown) => {
    expect(formatPhone(e164)).toBe(shown);
  });
});

describe('looksLikePhone', () => {
  it.each([
    '0812-3456-7890', '(0812) 3456 7890', '+66 81 234 5678', '0066 81 234 5678', '6281234567890', '959781234567', '8123 4567',
  ])('says %j looks like a phone', (raw) => {
    expect(looksLikePhone(raw)).toBe(true);
  });

  it.each(['', 'N/A', 'abc', '12', '1500', '2024-03-12', '12.03.2024', '12/03/2024', '1.500.000', '1,500,000', 'TXYZ1234'])(
    'says %j does not',
    (raw) => {
      expect(looksLikePhone(raw)).toBe(false);
    },
  );
});

describe('normalizePhone: ambiguous 00… strings', () => {
  it('reads 0084955624605 as 00 + Vietnam, offering Thai carrier 008 + Germany as the alternative', () => {
    expect(normalizePhone('0084955624605')).toMatchObject({ e164: '+84955624605', reading: 'idd', alternative: '+4955624605' });
  });
  it('offers no alternative when only one reading is valid', () => {
    expect(normalizePhone('0066812345678')?.alternative).toBeUndefined();
  });
});
