// The interface languages: their codes, their own names, and the locale Intl formats with.

/** Languages with a catalogue. English and Bahasa Indonesia are complete; the others fall back to English per key. */
export const LANGUAGES = ['en', 'id', 'th'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language in its own words, as the language menu shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', id: 'Bahasa Indonesia', th: 'ไทย (บางส่วน)' };

// NOTE: Thai dates in the Gregorian calendar: evidence is compared across countries, and a Buddhist-era year
// (2569) next to a bank statement's 2026 invites mistakes. Thai digits and names stay Thai.
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', id: 'id-ID', th: 'th-TH-u-ca-gregory' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 locale Intl formats a language's numbers and dates with. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** The best interface language for a browser's preferences (`id-ID` → `id`), English when none matches. */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}
