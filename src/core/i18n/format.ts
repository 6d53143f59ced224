// Numbers, money and dates formatted for a language with Intl (no hand-made separators).
import { localeOf, type Language } from './languages.ts';
import { translator } from './translate.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.NumberFormat)) {
    format = new Intl.NumberFormat(localeOf(language), options);
    cache.set(key, format);
  }
  return format;
}

/** 1204 → `1,204` (en), `1.204` (id). */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/**
 * An amount in its currency: `IDR 1,250,000` (en), `IDR 1.250.000` (id), and `1,200.5 USDT` for codes Intl
 * does not know as currencies (crypto tokens, typos in a bank export).
 */
export function formatMoney(language: Language, amount: number, currency: string): string {
  if (/^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormat(language, { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 2 }).format(amount)
        .replace(/\u00a0/g, ' ');
    } catch {
      // not a currency Intl knows: fall through to number + code
    }
  }
  // NOTE: 'unspecified' is the case's language-free mark for a currency no file stated; the reader reads their word.
  return `${formatNumber(language, amount, 2)} ${currency === 'unspecified' ? translator(language)('entity.unspecifiedCurrency') : currency}`;
}

const regionNames = new Map<Language, Intl.DisplayNames | null>();

/** A country's name in a language (`PH` → `Filipina` in id), from Intl; undefined when Intl does not know the code. */
export function countryNameIn(language: Language, code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  let names = regionNames.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([localeOf(language)], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    regionNames.set(language, names);
  }
  return names?.of(code) ?? undefined;
}

/**
 * A message's country parameters said as names in a language: `countries: 'PH,IN'` → `Filipina, India`, `country: 'PH'`
 * → `Filipina`; codes Intl does not know stay as written. Other parameters are unchanged.
 */
export function withCountryNames(language: Language, params: Readonly<Record<string, string | number>> | undefined): Record<string, string | number> | undefined {
  if (!params) return params;
  const named = (code: string) => countryNameIn(language, code.trim()) ?? code.trim();
  const out: Record<string, string | number> = Object.assign(Object.create(null) as Record<string, string | number>, params);
  if (typeof params.countries === 'string') out.countries = params.countries.split(',').map(named).join(', ');
  if (typeof params.country === 'string') out.country = named(params.country);
  return out;
}

/** An ISO date or date-time as a person of that language reads it, in UTC (files carry local times as written). */
export function formatDate(language: Language, iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `d|${language}|${withTime}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.DateTimeFormat)) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC', ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    cache.set(key, format);
  }
  return format.format(date);
}
