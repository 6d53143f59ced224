// An account written in groups after "to/ke/kepada" in a statement's description is the counterparty, as one number;
// a date or an amount written with spaces is not glued into one.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function counterparty(memo: string): string | undefined {
  const text = `Account No,Date,Description,Debit,Credit\n09171234567,01/03/2024,"${memo}","2,500.00",\n09171234567,02/03/2024,"${memo}","1,000.00",\n`;
  const result = runPipeline([csv('wallet.csv', text)], { stabilityRuns: 0, defaultCountry: 'PH' });
  return result.model.links.find((link) => link.type === 'transferred')?.target;
}

describe('an account written in groups in a description', () => {
  it.each([
    ['Bank Transfer to MAYBANK 5140 1234 5678 LIM WEI JIE', 'account:514012345678'],
    ['Transfer ke BCA 5270 0112 23 BUDI', undefined],
    ['Kirim kepada 1234 5678 9012 3456 SITI', 'account:1234567890123456'],
    ['Transfer to LIM on 01 03 2024', undefined],
    ['Payment to SUPPLIER 150 000 000', undefined],
  ] as [string, string | undefined][])('%j → %s', (memo, key) => {
    const target = counterparty(memo);
    if (key) expect(target).toBe(key);
    else expect(target?.startsWith('account:unknown:') || target?.startsWith('account:cash')).toBe(true);
  });
});
