// Dates and times written with the words of the region's languages (2024年4月15日 19时57分, 2024년 4월 15일 오후 7:57,
// ngày 15 tháng 4 năm 2024, 15 เม.ย. 2567 19:57 น.), rewritten as the numbers the date reader reads.

// NOTE: rewritten to year-first numbers (`2024-4-15`), which every date format reads the same way: a 年/월/tháng date
// names its year, month and day, so the column's day-first or month-first habit must not reread it.

// Chinese, Japanese (年月日) and Korean (년월일) dates; 号/號 is the spoken "day". A year of two digits is this century's;
// one of three digits is a Taiwanese (Minguo) year, which no Gregorian year in a case file is (113年 = 2024).
const CJK_DATE = /(\d{2,4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?/u;
// Era years: Minguo (民國, Taiwan: year 1 = 1912) and the Japanese eras (令和 1 = 2019, 平成 1 = 1989, 昭和 1 = 1926); 元 is year 1.
const ERA_START = new Map([['民國', 1911], ['民国', 1911], ['令和', 2018], ['平成', 1988], ['昭和', 1925]]);
const ERA_YEAR = /(民國|民国|令和|平成|昭和)\s*(\d{1,3}|元)\s*年/u;
const MINGUO_YEAR = 1911;
// Vietnamese: `ngày 15 tháng 4 năm 2024`, `15 tháng 04, 2024` (after accents are folded: thang, nam, ngay).
const VIETNAMESE_DATE = /(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam|,)?\s*(\d{4})/i;
// Thai months, written out and abbreviated with dots (ม.ค. = มกราคม); a two-digit year beside one is Buddhist era (67 = 2567).
const THAI_MONTHS: readonly (readonly string[])[] = [
  ['มกราคม', 'ม.ค.', 'มค'], ['กุมภาพันธ์', 'ก.พ.', 'กพ'], ['มีนาคม', 'มี.ค.', 'มีค'], ['เมษายน', 'เม.ย.', 'เมย'],
  ['พฤษภาคม', 'พ.ค.', 'พค'], ['มิถุนายน', 'มิ.ย.', 'มิย'], ['กรกฎาคม', 'ก.ค.', 'กค'], ['สิงหาคม', 'ส.ค.', 'สค'],
  ['กันยายน', 'ก.ย.', 'กย'], ['ตุลาคม', 'ต.ค.', 'ตค'], ['พฤศจิกายน', 'พ.ย.', 'พย'], ['ธันวาคม', 'ธ.ค.', 'ธค'],
];
const THAI_MONTH_NUMBER = new Map(THAI_MONTHS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)));
const escape = (word: string): string => word.replace(/\./g, '\\.');
const THAI_DATE = new RegExp(`(\\d{1,2})\\s*(${[...THAI_MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*(\\d{4}|\\d{2})`, 'u');

// Clock words: 时/時/点/點/시 (hour), 分/분 (minute), 秒/초 (second); 半 is half past.
const CLOCK = /(\d{1,2})\s*[时時点點시]\s*(?:(半)|(\d{1,2})\s*[分분])?\s*(?:(\d{1,2})\s*[秒초])?/u;
// Words for morning / afternoon written before or after the time (Korean and Chinese write them before).
const MORNING = '上午|早上|凌晨|清晨|午前|오전';
const AFTERNOON = '下午|晚上|傍晚|中午|午後|오후';
const MERIDIEM_BEFORE = new RegExp(`(${MORNING}|${AFTERNOON})\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?)`, 'u');
const MERIDIEM_AFTER = new RegExp(`(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*(${MORNING}|${AFTERNOON})`, 'u');
const IS_MORNING = new RegExp(`^(?:${MORNING})$`, 'u');
// A weekday, in brackets or beside the date: (月), （星期一）, 周一, 월요일, 月曜日, วันจันทร์ (a bracket of ASCII, `(WIB)`, is a zone).
const WEEKDAY = /[(（]\s*[\u0080-\uff08\uff0a-\uffff]{1,8}\s*[)）]|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[月火水木金土日]曜日?|[월화수목금토일]요일|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?/gu;

const pad = (n: string): string => n.padStart(2, '0');
const NON_ASCII = /[\u0080-\uffff]/;

/** A year as written beside a month word: four digits as they are, two digits this century (or, beside a Thai month, the Buddhist era's). */
function year(written: string, buddhist = false): string {
  if (written.length === 4) return written;
  if (written.length === 3) return String(MINGUO_YEAR + Number(written));
  const short = Number(written);
  if (buddhist) return String(2500 + short);
  return String(short < 70 ? 2000 + short : 1900 + short);
}

/**
 * A date cell's words of date and time rewritten as numbers: `2024年4月15日 19:57` → `2024-04-15 19:57`,
 * `2024年4月15日19时57分30秒` → `2024-04-15 19:57:30`, `2024년 4월 15일 오후 7:57` → `2024-04-15 7:57 pm`,
 * `ngày 15 tháng 4 năm 2024` → `2024-04-15`, `15 เม.ย. 2567 19:57 น.` → `2567-04-15 19:57` (the reader then takes
 * the Buddhist era). `text` has ASCII digits already; a text in ASCII alone is returned as it is.
 */
export function unwordDate(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  // NOTE: NFKC turns fullwidth brackets, colons and slashes (（）：／) into ASCII; the date words survive it.
  let out = text.normalize('NFKC').replace(WEEKDAY, ' ');
  out = out.replace(ERA_YEAR, (_, era: string, n: string) => `${(ERA_START.get(era) ?? 0) + (n === '元' ? 1 : Number(n))}年`);
  out = out.replace(CJK_DATE, (_, y: string, m: string, d: string) => `${year(y)}-${pad(m)}-${pad(d)} `);
  out = out.replace(THAI_DATE, (_, d: string, month: string, y: string) => `${year(y, true)}-${pad(String(THAI_MONTH_NUMBER.get(month) ?? 0))}-${pad(d)} `);
  const folded = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd');
  const vietnamese = VIETNAMESE_DATE.exec(folded);
  if (vietnamese) out = folded.replace(VIETNAMESE_DATE, (_, d: string, m: string, y: string) => `${y}-${pad(m)}-${pad(d)} `);
  out = out.replace(CLOCK, (_, h: string, half?: string, m?: string, s?: string) => ` ${h}:${half ? '30' : pad(m ?? '0')}${s ? `:${pad(s)}` : ''} `);
  out = out.replace(MERIDIEM_BEFORE, (_, word: string, clock: string) => `${clock} ${IS_MORNING.test(word) ? 'am' : 'pm'}`);
  out = out.replace(MERIDIEM_AFTER, (_, clock: string, word: string) => `${clock} ${IS_MORNING.test(word) ? 'am' : 'pm'}`);
  // Thai `น.` (นาฬิกา, o'clock) after a time says nothing more.
  out = out.replace(/(\d:\d{2}(?::\d{2})?)\s*น\.?/u, '$1');
  return out.replace(/\s+/g, ' ').trim();
}

/** The era a date cell's year is counted in, when not the common era: Minguo (`民國113年`, `113年`, `113/04/15`) or Japanese (`令和6年`). */
export function eraOf(text: string): 'minguo' | 'japanese-era' | undefined {
  // NOTE: read on every date cell: a cell in ASCII that does not open with a three-digit year is settled at once.
  if (!NON_ASCII.test(text) && !/^\s*\d{3}\D/.test(text)) return undefined;
  if (/令和|平成|昭和/u.test(text)) return 'japanese-era';
  if (/民國|民国|(?:^|\D)\d{3}\s*年|^\s*\d{3}([/.-])\d{2}\1\d{2}(?:\D|$)/u.test(text)) return 'minguo';
  return undefined;
}
