import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transactionOutcome } from '../../src/core/normalize/transactionStatus.ts';

describe('transactionOutcome', () => {
  it.each(['', '   ', '-', 'N/A', 'DuitNow', 'Transfer', 'korban', 'victim'])('says nothing of %j', (raw) => {
    expect(transactionOutcome(raw)).toBeUndefined();
  });

  it.each([
    ['Success', 'completed'], ['SUCCESSFUL', 'completed'], ['Completed', 'completed'], ['Berhasil', 'completed'],
    ['Sukses', 'completed'], ['Thành công', 'completed'], ['thanh cong', 'completed'], ['สำเร็จ', 'completed'], ['成功', 'completed'],
    ['Settled', 'completed'], ['Posted', 'completed'],
    ['Failed', 'not-completed'], ['FAILED ', 'not-completed'], ['Gagal', 'not-completed'], ['Declined', 'not-completed'],
    ['Reversed', 'not-completed'], ['Cancelled', 'not-completed'], ['Canceled', 'not-completed'], ['Dibatalkan', 'not-completed'],
    ['Thất bại', 'not-completed'], ['ล้มเหลว', 'not-completed'], ['Transaction failed', 'not-completed'],
    // words for success inside a word for failure: the failure wins
    ['Unsuccessful', 'not-completed'], ['Tidak berhasil', 'not-completed'], ['Không thành công', 'not-completed'], ['ไม่สำเร็จ', 'not-completed'],
    ['Pending', 'pending'], ['Processing', 'pending'], ['In progress', 'pending'], ['Diproses', 'pending'], ['Đang xử lý', 'pending'],
    ['รอดำเนินการ', 'pending'], ['处理中', 'pending'],
  ])('reads %j as %s', (raw, outcome) => {
    expect(transactionOutcome(raw)).toBe(outcome);
  });

  it('matches whole words: "Okay-ish" is no "ok", "Holdings" is no "hold"', () => {
    expect(transactionOutcome('Okayish')).toBeUndefined();
    expect(transactionOutcome('Holdings')).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (raw) => {
      expect(['completed', 'not-completed', 'pending', undefined]).toContain(transactionOutcome(raw));
    }), { seed: 7 });
  });
});
