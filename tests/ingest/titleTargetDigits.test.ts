// A one-target CDR whose title writes the target in Burmese (or Thai, Lao, Khmer) digits: the target is read,
// becomes every row's subscriber, and its country settles the plan of national numbers that fit several countries.
import { describe, expect, it } from 'vitest';
import { titleTarget } from '../../src/core/ingest/evidence/titleTarget.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

describe('a title target in native digits', () => {
  it.each([
    ['Target MSISDN: ၉၅၉၄၂၀၁၁၁၂၂၂', '959420111222'], ['Target: +၉၅ ၉ ၄၂၀ ၁၁၁ ၂၂၂', '+95 9 420 111 222'],
    ['เบอร์เป้าหมาย: ๐๘๑๒๓๔๕๖๗๘', '0812345678'], ['Target MSISDN: 959420111222', '959420111222'],
  ])('%s → %s', (text, number) => {
    expect(titleTarget([{ line: 2, text }])?.number).toBe(number);
  });

  it('reads a tab-separated MPT export with a Burmese-digit title: the target is every row\'s subscriber, 09… numbers are Myanmar', () => {
    const rows = ['၀၁/၀၂/၂၀၂၄\t06:00:00\tMOC\t09420333444\t00:10:14\t35891234567890', '၀၂/၀၂/၂၀၂၄\t07:00:00\tMTC\t09420333444\t00:02:33\t35891234567890',
      '၀၃/၀၂/၂၀၂၄\t08:00:00\tMOC\t0062 812 3456 7890\t00:01:00\t35891234567890', '၀၄/၀၂/၂၀၂၄\t09:00:00\tMOC\t09420555666\t00:03:00\t35891234567890'];
    const text = `Myanma Posts and Telecommunications (MPT)\nTarget MSISDN: ၉၅၉၄၂၀၁၁၁၂၂၂\n\nDate\tTime\tCall Type\tOther Number\tDuration\tIMEI\n${rows.join('\n')}\n`;
    const { model, ledger } = buildCase(prepareFiles([csv('MPT_target_09420111222.csv', text)]).prepared);
    const entry = ledger.find((item) => item.file === 'MPT_target_09420111222.csv');
    expect(entry?.kind).toBe('calls');
    expect(entry?.imported).toBe(4);
    const phones = model.entities.filter((e) => e.type === 'phone').map((e) => e.key).sort();
    expect(phones).toEqual(['+6281234567890', '+959420111222', '+959420333444', '+959420555666']);
    const calls = model.links.filter((l) => l.type === 'called');
    expect(calls.length).toBe(4); // out and in with 09420333444 are two directed links
    for (const call of calls) expect([call.source, call.target]).toContain('phone:+959420111222');
  });
});
