// Time zones: the offset a cell or a header states (`+08:00`, `Z`, `UTC+7`, `(PHT)`, `WIB`), and a country's usual zone.

/** Minutes east of UTC of a country's (capital's) usual zone. NOTE: Indonesia spans three zones: its capital's (UTC+7). */
export const COUNTRY_ZONE: ReadonlyMap<string, number> = new Map([
  ['MM', 390], ['TH', 420], ['KH', 420], ['LA', 420], ['VN', 420], ['ID', 420],
  ['PH', 480], ['MY', 480], ['SG', 480], ['BN', 480], ['CN', 480], ['HK', 480], ['TW', 480], ['MO', 480],
  ['TL', 540], ['KR', 540], ['JP', 540], ['IN', 330], ['BD', 360], ['NP', 345], ['LK', 330], ['PK', 300], ['AE', 240],
]);

// NOTE: only abbreviations that name one zone in the region: `PST`, `CST` and `IST` also name American or other zones
// and are not read. UTC, GMT and Z are UTC.
const NAMED_ZONES: ReadonlyMap<string, number> = new Map([
  ['UTC', 0], ['GMT', 0], ['Z', 0], ['WIB', 420], ['WITA', 480], ['WIT', 540], ['ICT', 420], ['PHT', 480], ['PHST', 480],
  ['MYT', 480], ['SGT', 480], ['MMT', 390], ['HKT', 480], ['KST', 540], ['JST', 540],
]);

/** The zone suffix a date-time cell may end with, as TIME in date.ts captures it. */
export const ZONE_SUFFIX = String.raw`Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|WIB|WITA|WIT|ICT|PHT|MYT|SGT|MMT|HKT`;

/** Minutes east of UTC of a stated zone (`+08:00`, `+0700`, `Z`, `UTC`, `UTC+7`, `GMT-03:30`, `WIB`); undefined when not one. */
export function zoneMinutes(text: string): number | undefined {
  const value = text.trim().toUpperCase();
  const named = NAMED_ZONES.get(value);
  if (named !== undefined) return named;
  const offset = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(value);
  if (!offset) return undefined;
  const [, sign, hours = '0', minutes = '0'] = offset;
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

// A zone named inside a header or a title: `Transaction Date (PHT)`, `Time(UTC)`, `DateTime (UTC+7)`, `Waktu WIB`.
const HEADER_ZONE = /(?:^|[^A-Za-z])(UTC\s*[+-]\s*\d{1,2}(?::?\d{2})?|GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|WIB|WITA|WIT|ICT|PHT|PHST|MYT|SGT|MMT|HKT)(?![A-Za-z])/;

/** The zone a header names (`Transaction Date (PHT)` → 480), with the words that named it; undefined when none. */
export function zoneInHeader(header: string): { minutes: number; named: string } | undefined {
  const match = HEADER_ZONE.exec(header);
  const named = match?.[1]?.replace(/\s+/g, '');
  const minutes = named === undefined ? undefined : zoneMinutes(named);
  return named !== undefined && minutes !== undefined ? { minutes, named } : undefined;
}

/**
 * `2024-03-02T01:00:00` written at UTC`from` as the same instant's wall time at UTC`to` (`2024-03-01T17:00:00` for
 * +08:00 → UTC). NOTE: only date-times move; a date alone has no instant.
 */
export function shiftTime(value: string, from: number, to: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!match || from === to) return value;
  const [, y, mo, d, h, mi, s] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + (to - from) * 60_000;
  return new Date(ms).toISOString().slice(0, 19);
}

/** `UTC+6:30`, `UTC-3`, `UTC`. */
export function zoneLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
