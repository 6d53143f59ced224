// Dates and times as telcos, banks and field teams write them, to ISO 8601 without zone (call durations: duration.ts).
import { foldDigits } from './digits.ts';
import { eraOf, unwordDate } from './dateWords.ts';
import { ZONE_SUFFIX, zoneMinutes } from './zone.ts';

/** How a column writes numeric dates. `iso` and `ymd` put the year first; ASEAN files are mostly `dmy`. */
export type DateFormat = 'iso' | 'dmy' | 'mdy' | 'ymd';

const MONTH_WORDS: Record<string, number> = {
  january: 1, januari: 1, jan: 1,
  february: 2, februari: 2, feb: 2, peb: 2,
  march: 3, maret: 3, mar: 3,
  april: 4, apr: 4,
  may: 5, mei: 5,
  june: 6, juni: 6, jun: 6,
  july: 7, juli: 7, jul: 7,
  august: 8, agustus: 8, aug: 8, agu: 8, agt: 8, agus: 8, ags: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oktober: 10, oct: 10, okt: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  december: 12, desember: 12, dec: 12, des: 12,
  // Malay (Mac, Julai, Ogos, Disember) and Filipino/Spanish (Enero, Marso, Mayo, Hunyo, Agosto, Setyembre…).
  mac: 3, julai: 7, ogos: 8, disember: 12,
  enero: 1, pebrero: 2, febrero: 2, marso: 3, marzo: 3, abril: 4, mayo: 5, hunyo: 6, junio: 6, hulyo: 7, julio: 7,
  agosto: 8, setyembre: 9, septiembre: 9, oktubre: 10, octubre: 10, nobyembre: 11, noviembre: 11, disyembre: 12, diciembre: 12,
};
// NOTE: a Map, not the object: a cell saying `constructor` must not find Object's.
const MONTHS = new Map(Object.entries(MONTH_WORDS));
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)[a-z]*\.?,?\s+/i;
// NOTE: a stated zone (`Z`, `+08:00`, `UTC+7`, `WIB`) is captured, not dropped: the reading carries its offset (see readDate).
const TIME = new RegExp(String.raw`(?:^|[T\s]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?\s*(${ZONE_SUFFIX})?$`, 'i');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  // NOTE: two-digit years below 70 are this century (a 1965 birth date is written in full in practice).
  return year < 70 ? 2000 + year : 1900 + year;
}

// NOTE: Thai documents write years in the Buddhist era (2567 BE = 2024 CE). No Gregorian year in a case
// file is 2400–2700, so such a year is read as BE and the reading is reported (see readDate's `form`).
const BUDDHIST_ERA_OFFSET = 543;
const BUDDHIST_YEAR = /(?:^|\D)(?:2[4-6]\d\d|2700)(?:\D|$)/;

function isoDate(year: number, month: number, day: number): string | null {
  let gregorian = year;
  if (year >= 2400 && year <= 2700) gregorian = year - BUDDHIST_ERA_OFFSET;
  return isRealDate(gregorian, month, day) ? `${pad(gregorian, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** 'HH:mm:ss' from hours, minutes, seconds and an optional am/pm; null when out of range. */
function isoTime(h: number, m: number, s: number, meridiem?: string): string | null {
  let hours = h;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || m > 59 || s > 59) return null;
  return `${pad(hours)}:${pad(m)}:${pad(s)}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

function parseDatePart(text: string, format: DateFormat): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  const parts = text.split(/[\s,/.-]+/).filter(Boolean);
  if (parts.length !== 3) return null;
  const [a, b, c] = parts as [string, string, string];
  const numeric = parts.every((part) => /^\d+$/.test(part));
  if (numeric) {
    if (a.length === 4) return isoDate(Number(a), Number(b), Number(c));
    if (c.length !== 4 && c.length !== 2) return null;
    if (format === 'ymd' && a.length === 2) return isoDate(fullYear(a), Number(b), Number(c));
    const [day, month] = format === 'mdy' ? [b, a] : [a, b];
    return isoDate(fullYear(c), Number(month), Number(day));
  }
  const day = (part: string): number => Number(part.replace(/(st|nd|rd|th)$/i, ''));
  const isDay = (part: string): boolean => /^\d{1,2}(st|nd|rd|th)?$/i.test(part);
  const isYear = (part: string): boolean => /^(\d{2}|\d{4})$/.test(part);
  const ma = monthNumber(a);
  const mb = monthNumber(b);
  if (mb !== undefined && /^\d{4}$/.test(a) && isDay(c)) return isoDate(Number(a), mb, day(c)); // 2024-Mar-12
  if (mb !== undefined && isDay(a) && isYear(c)) return isoDate(fullYear(c), mb, day(a)); // 12 Mar 2024
  if (ma !== undefined && isDay(b) && isYear(c)) return isoDate(fullYear(c), ma, day(b)); // Mar 12, 2024
  return null;
}

/** How a date cell was written, when it was not plain text: each such reading is noted in the ledger. */
export type DateForm = 'text' | 'buddhist-era' | 'minguo' | 'japanese-era' | 'excel-serial' | 'unix-seconds' | 'unix-milliseconds';

export interface DateReading {
  /** ISO 8601 date or date-time, no zone: the wall time as written. */
  value: string;
  form: DateForm;
  /** Minutes east of UTC the cell itself states (`+08:00`, `Z`, `UTC+7`, `WIB`): `value` is the wall time there. */
  offset?: number;
}

// Excel serial days 20000–80000 are 1954–2119; the integer part counts days from 1899-12-30.
const EXCEL_SERIAL = /^([2-7]\d{4})(?:[.,](\d+))?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function fromEpochMs(ms: number): string | null {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 19) : null;
}

/** A number that is no calendar date: Excel serial days, unix seconds (9–10 digits) or milliseconds (13). */
function readNumericDate(text: string): DateReading | null {
  const serial = EXCEL_SERIAL.exec(text);
  if (serial) {
    const days = Number(`${serial[1]}.${serial[2] ?? '0'}`);
    // NOTE: rounded to the second: 45352.34 is 08:09:36, not 08:09:35.999.
    const value = fromEpochMs(EXCEL_EPOCH_MS + Math.round(days * 86400) * 1000);
    if (!value) return null;
    return { value: serial[2] && Number(serial[2]) !== 0 ? value : value.slice(0, 10), form: 'excel-serial' };
  }
  if (/^\d{9,10}$/.test(text)) {
    const value = fromEpochMs(Number(text) * 1000);
    return value ? { value, form: 'unix-seconds' } : null;
  }
  if (/^\d{13}$/.test(text)) {
    const value = fromEpochMs(Number(text));
    return value ? { value, form: 'unix-milliseconds' } : null;
  }
  return null;
}

// NOTE: most CDR stamps are exactly `2024-03-12 14:05:09`: read at once, as the general path below reads
// them (a year 2400–2700 is Buddhist era there too); anything else, even a space more, takes that path.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** The reading of an exact `YYYY-MM-DD HH:mm:ss` (or `T`), null when not a real date-time; undefined for any other shape. */
function readIsoDateTime(raw: string): DateReading | null | undefined {
  const match = ISO_DATE_TIME.exec(raw);
  if (!match) return undefined;
  const time = isoTime(Number(match[4]), Number(match[5]), Number(match[6]));
  const year = Number(match[1]);
  const date = isoDate(year, Number(match[2]), Number(match[3]));
  if (time === null || date === null) return null;
  return { value: dateTime(date, time), form: year >= 2400 && year <= 2700 ? 'buddhist-era' : 'text' };
}

/**
 * ISO 8601 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm:ss' (no zone; times are as written), with how the cell was
 * written, or null. Besides {@link normalizeDate}'s text forms: Excel serial days (`45352.34`), unix
 * seconds (9–10 digits) and milliseconds (13 digits, read as UTC), and Thai Buddhist-era years
 * (`02/03/2567` → 2024-03-02). Digits of any script are read (`๐๒/๐๓/๒๕๖๗`), and dates written with the words of
 * the region's languages (`2024年4月15日 19时57分`, `2024년 4월 15일 오후 7:57`, `ngày 15 tháng 4 năm 2024`,
 * `15 เม.ย. 2567`: see {@link unwordDate}).
 */
export function readDate(raw: string, format: DateFormat = 'dmy'): DateReading | null {
  const iso = readIsoDateTime(raw);
  if (iso !== undefined) return iso;
  const written = foldDigits(raw).trim().replace(/^'(.*)'$/s, '$1');
  let text = unwordDate(written).replace(/\s+/g, ' ').replace(WEEKDAY, '');
  if (text === '') return null;
  const numeric = readNumericDate(text);
  if (numeric) return numeric;
  const era = eraOf(written);
  // NOTE: a Minguo year written in numbers (`113/04/15`) is read here as the era's; in words, unwordDate has read it already.
  if (era === 'minguo') text = text.replace(/^(\d{3})(?=([/.-])\d{2}\2\d{2}(?:\D|$))/, (year) => String(1911 + Number(year)));
  const form: DateForm = era ?? (BUDDHIST_YEAR.test(text.replace(/^(\d{4})(\d{4})/, '$1 $2')) ? 'buddhist-era' : 'text');

  // CDR stamps: 'YYYYMMDDHHmmss', 'YYYYMMDDHHmm', 'YYYYMMDD HHmm[ss]'.
  const stamp = /^(\d{4})(\d{2})(\d{2})[ T]?(\d{2})(\d{2})(\d{2})?$/.exec(text);
  if (stamp) {
    const date = isoDate(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]));
    const time = isoTime(Number(stamp[4]), Number(stamp[5]), Number(stamp[6] ?? 0));
    return date && time ? { value: dateTime(date, time), form } : null;
  }

  let time: string | null | undefined;
  const clock = TIME.exec(text);
  if (clock && clock.index > 0) {
    time = isoTime(Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0), clock[4]);
    if (time === null) return null;
    text = text.slice(0, clock.index).replace(/[\s,]+$/, '');
  }
  const date = parseDatePart(text, format);
  if (!date) return null;
  const offset = time && clock?.[5] ? zoneMinutes(clock[5]) : undefined;
  return offset === undefined ? { value: time ? dateTime(date, time) : date, form } : { value: dateTime(date, time as string), form, offset };
}

// NOTE: joined, not concatenated: `${date}T${time}` is, in V8, a tree of three strings until first compared, and a
// national case keeps a million of them (each link's first and last time); a join makes the one string at once.
/** 'YYYY-MM-DD' and 'HH:mm:ss' as 'YYYY-MM-DDTHH:mm:ss'. */
function dateTime(date: string, time: string): string {
  return [date, time].join('T');
}

/**
 * ISO 8601 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm:ss' (no zone; times are as written), or null.
 * Year-first dates (`2024-03-12`, `2024/03/12`, `20240312`) are always read as such; other numeric
 * dates follow `format`, default 'dmy' (the ASEAN default). Accepts 2-digit years (→ 20xx when < 70),
 * month names in English and Indonesian ('12 Mar 2024', '12 Agustus 2024', 'Mei'), a leading weekday,
 * a time part 'HH:mm[:ss]' (with am/pm; a zone suffix is read by {@link readDate}, not here), combined date+time cells, CDR
 * stamps 'YYYYMMDDHHmmss' / 'YYYYMMDD HHmm', Buddhist-era years, Excel serials and unix times
 * (see {@link readDate}). Only real calendar dates pass (no 31 Feb).
 */
export function normalizeDate(raw: string, format: DateFormat = 'dmy'): string | null {
  return readDate(raw, format)?.value ?? null;
}

/** A time cell as 'HH:mm:ss': 'HH:mm[:ss]' with optional am/pm, or compact 'HHmmss'/'HHmm'. */
function parseTime(raw: string): string | null {
  const text = unwordDate(foldDigits(raw).trim());
  const compact = /^(\d{2})(\d{2})(\d{2})?$/.exec(text);
  if (compact) return isoTime(Number(compact[1]), Number(compact[2]), Number(compact[3] ?? 0));
  const clock = TIME.exec(text);
  if (!clock || clock.index !== 0) return null;
  return isoTime(Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0), clock[4]);
}

/**
 * Combine a date cell and a time cell ('2024-03-12' + '14:05:09' → '2024-03-12T14:05:09').
 * `date` is normally {@link normalizeDate}'s output (null stays null); a date that is not yet ISO is read
 * day-first. When the time is empty or unreadable the date is returned alone; a time cell replaces a
 * time already in the date.
 */
export function combineDateTime(date: string | null, time: string): string | null {
  if (date === null) return null;
  const iso = /^\d{4}-\d{2}-\d{2}/.test(date) ? date : normalizeDate(date);
  if (iso === null) return null;
  const day = iso.slice(0, 10);
  const clock = parseTime(time);
  if (clock) return dateTime(day, clock);
  return iso;
}

/**
 * Look at a column's values: if some have a first part > 12 it's dmy, if a second part > 12 it's mdy
 * (both: the larger count wins, dmy on a tie); 'iso' when year-first values are the majority of the
 * numeric dates; default dmy.
 */
export function inferDateFormat(values: readonly string[]): DateFormat {
  let dmy = 0;
  let mdy = 0;
  let iso = 0;
  let other = 0;
  for (const value of values) {
    const match = /^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[T\s]|$)/.exec(foldDigits(value));
    if (!match) continue;
    const [, a = '', b = ''] = match;
    if (a.length === 4) {
      iso += 1;
      continue;
    }
    other += 1;
    if (Number(a) > 12) dmy += 1;
    else if (Number(b) > 12) mdy += 1;
  }
  if (dmy > 0 || mdy > 0) return mdy > dmy ? 'mdy' : 'dmy';
  if (iso > 0 && iso >= other) return 'iso';
  return 'dmy';
}
