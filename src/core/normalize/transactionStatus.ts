// A transfer's status as banks and e-wallets write it: did the money move, not move, or is it still on its way?

/** What a status cell says of the money: it moved, it did not (failed, declined, reversed…), or not yet. */
export type TransactionOutcome = 'completed' | 'not-completed' | 'pending';

// NOTE: values are folded (accents off, lower case) and matched as whole words or runs of words; words in scripts
// without spaces (Thai, Chinese) match anywhere. Not-completed words are tried first: 'unsuccessful',
// 'không thành công' and 'ไม่สำเร็จ' hold the words for success.
const OUTCOME_WORDS: [TransactionOutcome, string[]][] = [
  ['not-completed', [
    'failed', 'fail', 'failure', 'unsuccessful', 'not successful', 'error', 'declined', 'rejected', 'refused', 'denied',
    'reversed', 'reversal', 'returned', 'bounced', 'cancelled', 'canceled', 'cancel', 'void', 'voided', 'expired',
    'gagal', 'ditolak', 'dibatalkan', 'batal', 'dikembalikan', 'kedaluwarsa', 'tidak berhasil', 'tidak sukses',
    'that bai', 'khong thanh cong', 'bi tu choi', 'da huy', 'huy', 'loi', 'nabigo', 'kinansela', 'tinanggihan',
    'ล้มเหลว', 'ไม่สำเร็จ', 'ยกเลิก', 'ปฏิเสธ', '失败', '已取消', '取消', '拒绝', '已退回', '冲正',
  ]],
  ['pending', [
    'pending', 'processing', 'in progress', 'on hold', 'hold', 'queued', 'awaiting', 'waiting', 'initiated', 'submitted',
    'scheduled', 'unconfirmed', 'tertunda', 'menunggu', 'diproses', 'sedang diproses', 'dalam proses', 'ditangguhkan',
    'dang xu ly', 'cho xu ly', 'cho duyet', 'nakabinbin', 'รอดำเนินการ', 'กำลังดำเนินการ', '处理中', '待处理', '待确认',
  ]],
  ['completed', [
    'success', 'successful', 'succeeded', 'completed', 'complete', 'done', 'ok', 'approved', 'posted', 'settled', 'paid',
    'confirmed', 'cleared', 'executed', 'processed', 'berhasil', 'sukses', 'selesai', 'lunas', 'disetujui', 'thanh cong',
    'hoan thanh', 'da xu ly', 'matagumpay', 'tapos', 'สำเร็จ', 'เสร็จสิ้น', '成功', '已完成', '完成',
  ]],
];

function fold(raw: string): string {
  return raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

// NOTE: the words are folded as the values are: NFKD splits Thai 'ำ' in two, so 'สำเร็จ' must be split alike.
const FOLDED_WORDS = OUTCOME_WORDS.map(([outcome, words]): [TransactionOutcome, string[]] => [outcome, words.map(fold)]);

/** Does the folded value hold this word (a whole word or run of words; anywhere for unspaced scripts)? */
function holds(value: string, word: string): boolean {
  if (/[^ -~]/.test(word)) return value.includes(word);
  return ` ${value} `.includes(` ${word} `);
}

/**
 * What a transfer's status cell says: 'Success', 'Berhasil', 'Thành công' → completed; 'Failed', 'Gagal', 'Declined',
 * 'Reversed', 'Dibatalkan', 'Thất bại', 'ล้มเหลว' → not-completed; 'Pending', 'Diproses', 'Đang xử lý' → pending;
 * undefined for an empty cell or a word not known (the caller keeps such a row and says so).
 */
export function transactionOutcome(raw: string): TransactionOutcome | undefined {
  const value = fold(raw);
  if (value === '') return undefined;
  for (const [outcome, words] of FOLDED_WORDS) if (words.some((word) => holds(value, word))) return outcome;
  return undefined;
}
