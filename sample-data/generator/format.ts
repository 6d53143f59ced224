// Dates, times and amounts written the way each kind of export writes them.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Stamp {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Wall-clock fields of a Unix time in a zone `offsetMinutes` east of UTC. */
export function stamp(unixSeconds: number, offsetMinutes: number): Stamp {
  const d = new Date((unixSeconds + offsetMinutes * 60) * 1000);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() };
}

export function dayStamp(epochDay: number): Stamp {
  return stamp(epochDay * 86400, 0);
}

export const isoDate = (t: Stamp) => `${t.y}-${pad(t.mo)}-${pad(t.d)}`;
export const dmy = (t: Stamp, sep = '/') => `${pad(t.d)}${sep}${pad(t.mo)}${sep}${t.y}`;
export const hms = (t: Stamp) => `${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;
export const isoDateTime = (t: Stamp) => `${isoDate(t)} ${hms(t)}`;
export const bankDateTime = (t: Stamp) => `${pad(t.d)}-${MONTHS[t.mo - 1] ?? ''}-${t.y} ${pad(t.h)}:${pad(t.mi)}`;

export function isoWithOffset(t: Stamp, offsetMinutes: number): string {
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${isoDate(t)}T${hms(t)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function hhmmss(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `12,500.00` */
export function amountEn(value: number): string {
  const [i, f] = value.toFixed(2).split('.');
  return `${group(i ?? '0', ',')}.${f ?? '00'}`;
}

/** `1.500.000,00` */
export function amountId(value: number): string {
  const [i, f] = value.toFixed(2).split('.');
  return `${group(i ?? '0', '.')},${f ?? '00'}`;
}
