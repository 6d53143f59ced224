// Numbers, durations, money and dates as an investigator reads them.

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** 3725 → `1 h 02 min`; 95 → `1 min 35 s`. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

/** `{USD: 1200, THB: 5000}` → `USD 1,200 · THB 5,000`. */
export function formatMoney(amounts: Record<string, number>): string {
  return Object.entries(amounts)
    .sort((a, b) => b[1] - a[1])
    .map(([currency, amount]) => `${currency} ${decimal.format(amount)}`)
    .join(' · ');
}

/** ISO date-time → `2024-03-31 14:05` (as written, no time-zone conversion). */
export function formatWhen(iso: string | undefined): string {
  if (!iso) return '';
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/, '').slice(0, 16);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} KB`;
  return `${decimal.format(bytes / 1024 / 1024)} MB`;
}

/** `1 file`, `3 files`, `1,204 rows`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
