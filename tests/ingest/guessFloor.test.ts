import { describe, expect, it } from 'vitest';
import { prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

describe('a few rows of notes are no reading', () => {
  it('holds out a short text file rather than import it at near-zero confidence', () => {
    const text = [
      'S1 Golden Lotus (Sihanoukville KH): Chen Hao (boss, CN; 012888101 KH)',
      'S2 Dragon River: Nguyen Van Hung (boss, +84903111222, acct 0071009988776)',
      'Brokers: Zhou Ming (OTC, +85516999888) bridges S1, S2, S3',
      'Traps: a failed row must not be a transfer; victims must never rank',
    ].join('\n');
    const { prepared, failed } = prepareFiles([csv('ANSWER_KEY.md.txt', text)], {});
    expect(prepared).toEqual([]);
    expect(failed.map((entry) => [entry.error?.code, entry.rows, entry.rejected.length])).toEqual([['UNCLASSIFIABLE_FILE', 3, 3]]);
  });

  it('holds out a one-row file whose readings tie (0% sure), rather than import it one way or the other', () => {
    // Transfers or a statement of `From Account`: read as a statement, the money ran backwards.
    const text = 'TxID,Time,From Account,To Account,Amount,Currency\nY1,2024-03-02T01:00:00+08:00,ACC-777002,ACC-777003,1000,USDT\n';
    const { prepared, failed } = prepareFiles([csv('desk_payouts.csv', text)], {});
    expect(prepared).toEqual([]);
    expect(failed.map((entry) => [entry.error?.code, entry.rows, entry.rejected.length])).toEqual([['UNCLASSIFIABLE_FILE', 1, 1]]);
  });

  it('still reads a short file whose reading is clear', () => {
    const text = 'caller,called,start_time,duration\n081234567890,081298765432,2025-01-02 10:00:00,60\n';
    const { prepared } = prepareFiles([csv('cdr.csv', text)], { defaultCountry: 'ID' });
    expect(prepared.map((file) => file.classification.kind)).toEqual(['calls']);
  });
});
