import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { PHONE_COUNTRY_CANDIDATES, cannotBeValidNationally, inferPhoneCountry } from '../../src/core/normalize/phone.ts';

// NOTE: plan inference skips the parse of a trunk-0 number under a plan when a pattern test says it cannot be
// valid there. A skip is only right when libphonenumber agrees: every `cannot` must be an invalid number.

const PLANS = PHONE_COUNTRY_CANDIDATES.filter((plan): plan is CountryCode => isSupportedCountry(plan));

/** Trunk-0 texts as case files write them: mobiles and fixed lines of the region, IDD-looking starts, odd lengths. */
const texts = fc.sample(
  fc.tuple(
    fc.constantFrom('0', '08', '09', '01', '02', '03', '06', '07', '010', '0100', '0101', '013', '015', '018', '012', '017'),
    fc.stringMatching(/^\d{3,13}$/),
  ).map(([prefix, digits]) => `${prefix}${digits}`),
  { numRuns: 3000, seed: 20261129 },
);
const known = ['081234567890', '0812345678', '0891234567', '0912345678', '09171234567', '0123456789', '0312345678', '021234567',
  '01012345678', '0100066812345678', '013912345678', '02012345678', '0987654321', '0612345678', '01112345678', '0201234567'];

describe('cannotBeValidNationally', () => {
  it('says `cannot` only of numbers libphonenumber reads as invalid under that plan', () => {
    let skipped = 0;
    for (const text of [...known, ...texts]) {
      for (const plan of PLANS) {
        if (!cannotBeValidNationally(text, plan)) continue;
        skipped += 1;
        expect({ text, plan, valid: parsePhoneNumberFromString(text, plan)?.isValid() ?? false }).toEqual({ text, plan, valid: false });
      }
    }
    // The prefilter must do its job: most wrong-plan numbers are told apart without a parse.
    expect(skipped).toBeGreaterThan(texts.length * 2);
  });

  it('never judges a text that is not in trunk-0 form', () => {
    for (const text of ['6281234567890', '0062812345678', '+6281234567890', '1234567']) {
      for (const plan of PLANS) expect(cannotBeValidNationally(text, plan)).toBe(false);
    }
  });

  it('leaves the inferred plan as a parse of every value under every plan gives it', () => {
    const values = [...known, ...texts.slice(0, 600)];
    const expected = PLANS.map((plan) => values.filter((text) => /^0[1-9]/.test(text) && parsePhoneNumberFromString(text, plan)?.isValid()).length);
    const inferred = inferPhoneCountry(values);
    expect(inferred.country).not.toBeNull();
    expect(inferred.explained).toBe(expected[PLANS.findIndex((plan) => plan === inferred.country)]);
    for (const tied of inferred.tied) expect(tied.explained).toBe(expected[PLANS.findIndex((plan) => plan === tied.country)]);
  });
});
