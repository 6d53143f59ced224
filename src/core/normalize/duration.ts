// Call durations as telcos and seized phones write them: seconds, clocks, and amounts of hours, minutes and seconds
// written with the unit words of the region's languages (8分41秒, 1小时2分3秒, 8 menit 41 detik, 8 phút 41 giây, 8 นาที 41 วินาที).
import { foldDigits } from './digits.ts';

// NOTE: one list per unit, any language; a cell is read only when it is made of nothing but amounts and these words,
// each unit at most once and hours before minutes before seconds, so `5 min 3 h` or `3 boxes` are no durations.
const UNIT_WORDS: readonly [seconds: number, words: readonly string[]][] = [
  [3600, ['h', 'hr', 'hrs', 'hour', 'hours', 'jam', '小时', '小時', '钟头', '鐘頭', '时', '時間', '時', '시간', 'gio', 'ชั่วโมง', 'ชม.', 'ชม', 'oras', 'နာရီ', 'ម៉ោង', 'ຊົ່ວໂມງ']],
  [60, ['m', 'min', 'mins', 'minute', 'minutes', 'menit', 'mnt', 'minit', 'minuto', 'minutos', '分钟', '分鐘', '分', '분', 'phut', 'นาที', 'မိနစ်', 'នាទី', 'ນາທີ']],
  [1, ['s', 'sec', 'secs', 'second', 'seconds', 'detik', 'dtk', 'saat', 'segundo', 'segundos', '秒钟', '秒鐘', '秒', '초', 'giay', 'วินาที', 'စက္ကန့်', 'វិនាទី', 'ວິນາທີ']],
];
const UNIT_OF = new Map(UNIT_WORDS.flatMap(([seconds, words]) => words.map((word) => [word, seconds] as const)));
const UNIT_ALTERNATION = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/\./g, '\\.')).join('|');
// NOTE: a Latin unit must end at a word's end (`3 secs` is not `3 s` + `ecs`); the others are whole words by themselves.
const AMOUNT_AND_UNIT = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(${UNIT_ALTERNATION})(?![a-z])[\\s,]*(?:and\\s+|dan\\s+|va\\s+|และ\\s*)?`, 'gy');

/** Lower case, Vietnamese accents folded (`phút` → `phut`, `giây` → `giay`), digits of any script as ASCII. */
function folded(raw: string): string {
  const text = foldDigits(raw).trim().toLowerCase();
  return /[\u0080-\uffff]/.test(text) ? text.normalize('NFC').replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (char) => char.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).replace(/đ/g, 'd') : text;
}

/**
 * Call duration in seconds: '95', '95.0', '00:01:35', '1:35' (minutes:seconds), '1m35s', '1h 2m 3s', '2 min 5 sec',
 * '35 detik', '8分41秒', '172秒', '1小时2分3秒', '8 phút 41 giây', '8 นาที 41 วินาที', '2분 5초'; null if unreadable or negative.
 */
export function parseDuration(raw: string): number | null {
  const text = folded(raw);
  if (text === '') return null;
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text);
  if (clock) {
    const [, h, m = '0', s = '0'] = clock;
    if (Number(s) > 59 || (h !== undefined && Number(m) > 59)) return null;
    return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  }
  return unitDuration(text);
}

/** Seconds of a text made only of amounts with unit words, largest unit first, each once; null otherwise. */
function unitDuration(text: string): number | null {
  AMOUNT_AND_UNIT.lastIndex = 0;
  let total = 0;
  let last = Infinity;
  let match: RegExpExecArray | null;
  while ((match = AMOUNT_AND_UNIT.exec(text)) !== null) {
    const unit = UNIT_OF.get(match[2] ?? '') ?? 0;
    if (unit >= last) return null;
    last = unit;
    total += Number((match[1] ?? '').replace(',', '.')) * unit;
    if (AMOUNT_AND_UNIT.lastIndex === text.length) return total;
  }
  return null;
}

// Words a CDR writes in a duration cell of a call that never connected: Chinese (未接通, 无人接听, 占线, 拒接, 关机, 空号,
// 呼叫失败), Japanese (不在, 応答なし), Korean (부재중), Thai (ไม่รับสาย, สายไม่ว่าง), and in spaced languages whole cells:
// English, Indonesian/Malay, Vietnamese (accents folded), Filipino.
const NOT_CONNECTED_UNSPACED = ['未接', '未通', '未拨通', '未撥通', '无人接', '無人接', '未应答', '未應答', '无应答', '無應答', '占线', '佔線', '忙线', '忙線',
  '拒接', '关机', '關機', '空号', '空號', '失败', '失敗', '不在', '応答なし', '부재중', '연결안됨', 'ไม่รับสาย', 'สายไม่ว่าง', 'ติดต่อไม่ได้'];
const NOT_CONNECTED_WORDS = new Set([
  'not connected', 'no answer', 'unanswered', 'not answered', 'missed', 'missed call', 'busy', 'failed', 'call failed', 'rejected', 'declined', 'unreachable', 'no connection',
  'tidak terjawab', 'tak terjawab', 'tidak dijawab', 'tidak diangkat', 'tidak tersambung', 'tidak berjawab', 'gagal', 'sibuk', 'ditolak',
  'khong nghe may', 'nho', 'cuoc goi nho', 'khong ket noi', 'khong lien lac duoc', 'ban', 'that bai', 'hindi sinagot', 'hindi nasagot',
]);

/**
 * True when a duration cell says in words that the call did not connect (`未接通`, `no answer`, `tidak terjawab`,
 * `không nghe máy`, `ไม่รับสาย`): a call attempt with no talk time, read as duration 0 (and said in the ledger).
 */
export function callNotConnected(raw: string): boolean {
  const text = folded(raw);
  if (text === '' || /\d/.test(text)) return false;
  if (NOT_CONNECTED_UNSPACED.some((word) => text.replace(/\s+/g, '').includes(word))) return true;
  return NOT_CONNECTED_WORDS.has(text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}
