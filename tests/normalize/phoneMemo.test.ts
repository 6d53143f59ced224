import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';

// NOTE: normalize/phone.ts reads each (text, plan) once and keeps the verdict. A memo keyed too loosely
// (the plan left out, a national reading served for an international one) makes a reading depend on what
// was read before it: the same values read in two orders, each in a fresh module, must agree.

const PLANS = [undefined, 'ID', 'TH', 'MY', 'MM', 'KH', 'VN', 'PH', 'CN', 'SG', 'IN'] as const;
const PREFIXES = ['', '+', '00', '008', '0', '62', '66', '95', '855', '86', '65', '1'];

async function freshPhone() {
  vi.resetModules();
  return import('../../src/core/normalize/phone.ts');
}

const values = fc.sample(
  fc.tuple(fc.constantFrom(...PREFIXES), fc.stringMatching(/^[1-9]\d{5,10}$/), fc.constantFrom('', ' ', '-')).map(
    ([prefix, digits, separator]) => `${prefix}${digits.slice(0, 3)}${separator}${digits.slice(3)}`,
  ),
  { numRuns: 300, seed: 20261129 },
);
// Repeats, as a CDR has them: the memo is hit, not only filled.
const cells = [...values, ...values.slice(0, 100)];

describe('phone memo', () => {
  it('reads every value under every plan the same whatever was read before', async () => {
    const first = await freshPhone();
    const forward = cells.flatMap((raw) => PLANS.map((plan) => first.normalizePhone(raw, plan ? { defaultCountry: plan } : {})));
    const second = await freshPhone();
    const backward = [...cells].reverse().flatMap((raw) => [...PLANS].reverse().map((plan) => second.normalizePhone(raw, plan ? { defaultCountry: plan } : {})));
    expect(backward.reverse()).toEqual(forward);
    expect(forward.filter((result) => result?.valid).length).toBeGreaterThan(100);
  });

  it('infers the same plan from values read once or after every plan has been tried on them', async () => {
    const cold = (await freshPhone()).inferPhoneCountry(cells);
    const warm = await freshPhone();
    for (const raw of cells) for (const plan of PLANS) warm.normalizePhone(raw, plan ? { defaultCountry: plan } : {});
    expect(warm.inferPhoneCountry(cells)).toEqual(cold);
    expect(cold.nationalValues).toBeGreaterThan(0);
  });

  it('counts a repeated national number as often as it is written', async () => {
    const { inferPhoneCountry } = await freshPhone();
    const once = inferPhoneCountry(['081234567890', '0891234567']);
    const thrice = inferPhoneCountry(['081234567890', '081234567890', '081234567890', '0891234567']);
    expect(thrice.nationalValues).toBe(once.nationalValues + 2);
    expect(thrice.tied.find((plan) => plan.country === 'ID')?.explained).toBe((once.tied.find((plan) => plan.country === 'ID')?.explained ?? 0) + 2);
  });
});
