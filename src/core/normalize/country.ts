// Countries to ISO 3166-1 alpha-2, from codes, names in the region's languages and nationality words.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import ms from 'i18n-iso-countries/langs/ms.json' with { type: 'json' };
import th from 'i18n-iso-countries/langs/th.json' with { type: 'json' };
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

// NOTE: the library ships no Tagalog/Filipino (tl/fil) locale; English covers what Philippine files use.
const LOCALES = [en, id, ms, th, vi, zh];
for (const locale of LOCALES) countries.registerLocale(locale);

/** Lower-case, no diacritics, punctuation as spaces, single spaces: "Viet Nam" ≈ "viet nam" ≈ "Việt Nam". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// NOTE: names, short forms and nationality words the library lacks, as investigators write them in
// English and Indonesian field lists. `null` means "known, but says no country" (WNA = any foreigner).
const VARIANTS: Record<string, string | null> = {
  burma: 'MM', burmese: 'MM', myanmarese: 'MM', 'myanmar burma': 'MM',
  'lao pdr': 'LA', laos: 'LA', lao: 'LA', laotian: 'LA', 'republik demokratik rakyat laos': 'LA',
  'viet nam': 'VN', vietnamese: 'VN', vietnam: 'VN',
  prc: 'CN', 'p r c': 'CN', chinese: 'CN', tiongkok: 'CN', cina: 'CN', rrc: 'CN', 'mainland china': 'CN', tionghoa: 'CN',
  kamboja: 'KH', cambodian: 'KH', khmer: 'KH', kampuchea: 'KH',
  filipina: 'PH', filipino: 'PH', filipinos: 'PH', philippine: 'PH', pilipinas: 'PH',
  thai: 'TH', thailand: 'TH', muangthai: 'TH', siam: 'TH',
  indonesian: 'ID', wni: 'ID', ri: 'ID', nkri: 'ID',
  wna: null, asing: null, foreign: null, foreigner: null, 'orang asing': null, alien: null,
  malaysian: 'MY', malaysia: 'MY',
  singaporean: 'SG', singapura: 'SG',
  'timor leste': 'TL', 'east timor': 'TL', timorese: 'TL',
  bruneian: 'BN', brunei: 'BN',
  taiwanese: 'TW', 'hong kong': 'HK', 'hong konger': 'HK', macanese: 'MO',
  korean: 'KR', 'south korean': 'KR', 'north korean': 'KP', japanese: 'JP',
  indian: 'IN', bangladeshi: 'BD', 'sri lankan': 'LK', nepali: 'NP', nepalese: 'NP', pakistani: 'PK',
  kenyan: 'KE', ugandan: 'UG', nigerian: 'NG', ethiopian: 'ET',
  american: 'US', usa: 'US', 'u s a': 'US', us: 'US', british: 'GB', uk: 'GB', russian: 'RU',
  'uni emirat arab': 'AE', uae: 'AE',
};

const BY_NAME = new Map<string, string | null>();
for (const locale of LOCALES) {
  for (const [alpha2, names] of Object.entries(countries.getNames(locale.locale, { select: 'all' }))) {
    for (const name of names) BY_NAME.set(fold(name), alpha2);
  }
}
for (const [name, alpha2] of Object.entries(VARIANTS)) BY_NAME.set(fold(name), alpha2);

function byCode(code: string): string | null | undefined {
  if (/^\d{1,3}$/.test(code)) return countries.numericToAlpha2(code.padStart(3, '0')) ?? null;
  const upper = code.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) return countries.alpha3ToAlpha2(upper) ?? undefined;
  return undefined;
}

/**
 * ISO 3166-1 alpha-2 or null. Accepts alpha-2, alpha-3 and numeric codes, names in English, Indonesian,
 * Malay, Thai, Vietnamese and Chinese, common variants (`Burma`, `Lao PDR`, `PRC`, `Tiongkok`) and
 * nationality words (`Burmese`, `Filipino`, `WNI` → ID; `WNA`, any foreigner, → null). Case, spacing and
 * diacritics do not matter; `Myanmar (Burma)` is read whole, then without the brackets.
 */
export function normalizeCountry(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const code = byCode(trimmed);
  if (code !== undefined) return code;
  const folded = fold(trimmed);
  const found = BY_NAME.get(folded);
  if (found !== undefined) return found;
  const outside = fold(trimmed.replace(/\(.*?\)|\[.*?\]/g, ' '));
  if (outside !== folded && outside !== '') return BY_NAME.get(outside) ?? byCode(outside) ?? null;
  const country = citizenOf(folded);
  if (country !== undefined && country !== folded) {
    const named = BY_NAME.get(country);
    return named !== undefined ? named : byCode(country) ?? null;
  }
  return null;
}

// NOTE: a nationality written as a citizenship: Indonesian `WN Thailand`, `warga negara Tiongkok` (citizen of),
// English `citizen of Myanmar`, `Thai national`, `Malaysian citizen`. The frame is dropped and the country read;
// `Warga Negara Asing` is then `asing` (foreign): known, but no country.
const CITIZEN_PREFIX = /^(?:wn|warga ?negara|kewarganegaraan|citizen(?:ship)? of|national of|nationality|citizenship|quoc tich|mamamayang|warganegara)\s+(?:the\s+)?/;
const CITIZEN_SUFFIX = /\s+(?:national|citizen|nationality|citizenship)$/;

/** The country words of a folded citizenship (`wn tiongkok` → `tiongkok`), or undefined when none is written as one. */
function citizenOf(folded: string): string | undefined {
  const bare = folded.replace(CITIZEN_PREFIX, '').replace(CITIZEN_SUFFIX, '');
  return bare === folded || bare === '' ? undefined : bare;
}

// The library's first English name is sometimes the long or contested form; reports use the common one.
const DISPLAY_NAMES: Record<string, string> = { CN: 'China', TW: 'Taiwan', LA: 'Laos', RU: 'Russia', IR: 'Iran' };

/** The English name of an alpha-2 code (`MM` → `Myanmar`, `LA` → `Laos`), or the code itself when unknown. */
export function countryName(alpha2: string): string {
  const upper = alpha2.toUpperCase();
  return (Object.hasOwn(DISPLAY_NAMES, upper) ? DISPLAY_NAMES[upper] : undefined) ?? countries.getName(upper, 'en', { select: 'official' }) ?? alpha2;
}

/** The flag emoji of an alpha-2 code (a regional indicator pair), '' for unknown codes. */
export function flagEmoji(alpha2: string): string {
  const upper = alpha2.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper) || !countries.isValid(upper)) return '';
  return String.fromCodePoint(...[...upper].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}
