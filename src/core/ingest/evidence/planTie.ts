// Breaking a tie between numbering plans with evidence from the file itself, never with list order.

import { countryName, normalizeCountry } from '../../normalize/country.ts';

/**
 * What a file says about its country besides its phone numbers: its own text (header names and title
 * lines) and the values of a per-row country or nationality column.
 */
export interface PlanTieEvidence {
  /** Header names and title lines, as written. */
  texts: readonly string[];
  /** Values of the file's country/nationality columns (the first rows), as written. */
  rowCountries: readonly string[];
  /**
   * Countries of the subject column's bare international numbers (`639171234567`: country code, no `+`
   * or `00`) in a subject-centric CDR, the form a telco writes its own subscribers in; other parties are
   * left out (numbers dialled abroad say nothing of the file's own plan).
   */
  msisdnCountries: readonly string[];
  /**
   * Countries of the same phone columns' explicit international numbers (`+639182220003`, `00 63…`): a people
   * or subscriber list that writes some numbers with `+63` and the others as `0918…` writes Filipino numbers.
   * In a CDR only the subject's column counts (the other parties' foreign numbers say nothing of the file's plan).
   */
  explicitCountries?: readonly string[];
  /** Values of the file's cell-id columns (`414-09-1269-33`: MCC-MNC-LAC-CI), as written. */
  cellIds: readonly string[];
  /** Values of the file's date and date-time columns (the first rows), as written. */
  dates?: readonly string[];
}

/** A tie broken: the country, and the evidence in words a person can check. */
export interface PlanTieBreak {
  country: string;
  reason: string;
  /** `reason` as a code of the catalogue's `ledger.cause` and its values, for other languages. */
  evidence: { code: string; params: Record<string, string | number> };
}

// NOTE: the tone-marked letters of Latin Extended Additional (ạ ả ấ … ỹ) and ơ ư đ ă are Vietnamese;
// â ê ô alone are shared with French and Portuguese and are not counted. Text is NFC-normalised first,
// so a decomposed `ố` (o + two combining marks) counts too.
const SCRIPTS: readonly { country: string; what: string; pattern: RegExp }[] = [
  { country: 'VN', what: 'Vietnamese letters', pattern: /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111\u0102\u0103]/gu },
  { country: 'TH', what: 'Thai script', pattern: /[\u0e01-\u0e5b]/gu },
  { country: 'LA', what: 'Lao script', pattern: /[\u0e81-\u0eff]/gu },
  { country: 'KH', what: 'Khmer script', pattern: /[\u1780-\u17ff\u19e0-\u19ff]/gu },
  { country: 'MM', what: 'Myanmar script', pattern: /[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]/gu },
];

// NOTE: Indonesian and Malay share most header words, so they only narrow a tie to ID or MY: weak
// evidence, used when no script decides and only one of the two is in the tie. Two distinct words needed.
const MALAY_WORDS = new Set([
  'nomor', 'nombor', 'tanggal', 'tarikh', 'waktu', 'masa', 'panggilan', 'durasi', 'tempoh', 'pemanggil',
  'penerima', 'nama', 'alamat', 'jumlah', 'tujuan', 'asal', 'jenis', 'lokasi', 'pelanggan', 'keterangan',
]);
const MALAY_COUNTRIES = ['ID', 'MY'];

/** A share of the row-country values at least this large, all naming one tied country, decides. */
const ROW_COUNTRY_SHARE = 0.5;

/**
 * Which of the `tied` countries (numbering plans that explain the same share of a file's national-form
 * numbers) the file's own evidence points to, in order of strength:
 *
 * 1. a per-row country/nationality column where most values name one of the tied countries;
 * 2. the mobile country code of its cell ids (`414-09-…` is a Myanmar network: the operator's own cells);
 * 3. the file's bare international numbers (its own subscribers, as telcos write them), most of one tied country;
 * 3b. the same columns' explicit international numbers (`+63…`), most of one tied country;
 * 4. the script of the file's text: Vietnamese letters → VN, Thai → TH, Lao → LA, Khmer → KH, Myanmar → MM;
 * 5. Indonesian/Malay header words (weak: they tell only ID-or-MY), when just one of the two is tied.
 *
 * Undefined when nothing decides, or when the evidence points at two tied countries at once: the caller
 * then assumes no country and says so, it does not pick.
 */
export function breakPlanTie(tied: readonly string[], evidence: PlanTieEvidence): PlanTieBreak | undefined {
  return byRowCountry(tied, evidence.rowCountries) ?? byCellMcc(tied, evidence.cellIds) ?? byMsisdn(tied, evidence.msisdnCountries)
    ?? byExplicit(tied, evidence.explicitCountries ?? []) ?? byBuddhistEra(tied, evidence.dates ?? []) ?? byScript(tied, evidence.texts) ?? byMalayWords(tied, evidence.texts);
}

/** Countries whose documents write years in the Buddhist era (2567 = 2024 CE). */
const BUDDHIST_ERA = new Set(['TH', 'LA', 'KH']);
const BE_YEAR = /(?:^|\D)(25[0-9]{2})(?:\D|$)/;
const MIN_BE_SHARE = 0.8;

// NOTE: dates written in the Buddhist era (`01/03/2567`) come from a country that counts years so: when one of the
// tied plans is such a country and the others are not, the file's dates break the tie.
function byBuddhistEra(tied: readonly string[], dates: readonly string[]): PlanTieBreak | undefined {
  const written = dates.filter((value) => value.trim() !== '');
  const era = written.filter((value) => BE_YEAR.test(value)).length;
  const counting = tied.filter((country) => BUDDHIST_ERA.has(country));
  const country = counting[0];
  if (!country || counting.length !== 1 || written.length === 0 || era < MIN_BE_SHARE * written.length) return undefined;
  return {
    country, reason: `${era} of its ${written.length} dates are written in the Buddhist era (as in ${countryName(country)})`,
    evidence: { code: 'tie-buddhist-era', params: { country, count: era, total: written.length } },
  };
}

function byRowCountry(tied: readonly string[], values: readonly string[]): PlanTieBreak | undefined {
  const named = values.map((value) => normalizeCountry(value)).filter((code): code is string => code !== null);
  const top = majority(tied, named);
  return top && {
    country: top.country, reason: `the file's country column names ${countryName(top.country)} in ${top.count} of ${named.length} rows`,
    evidence: { code: 'tie-row-country', params: { country: top.country, count: top.count, total: named.length } },
  };
}

/** Mobile country codes of the region (ITU E.212). */
const MCC_COUNTRIES = new Map([
  ['510', 'ID'], ['502', 'MY'], ['520', 'TH'], ['414', 'MM'], ['456', 'KH'], ['457', 'LA'], ['452', 'VN'],
  ['515', 'PH'], ['460', 'CN'], ['525', 'SG'], ['404', 'IN'], ['405', 'IN'],
]);
const CGI = /^(\d{3})[-:/ ]\d{2,3}[-:/ ]\d+/;

function byCellMcc(tied: readonly string[], cellIds: readonly string[]): PlanTieBreak | undefined {
  const countries = cellIds.flatMap((value) => {
    const mcc = CGI.exec(value.trim())?.[1];
    const country = mcc === undefined ? undefined : MCC_COUNTRIES.get(mcc);
    return country ? [country] : [];
  });
  const top = majority(tied, countries);
  return top && {
    country: top.country,
    reason: `${top.count} of its ${countries.length} cell ids carry the mobile country code of ${countryName(top.country)} (the operator's own cells)`,
    evidence: { code: 'tie-cell-mcc', params: { country: top.country, count: top.count, total: countries.length } },
  };
}

function byMsisdn(tied: readonly string[], countries: readonly string[]): PlanTieBreak | undefined {
  const top = majority(tied, countries);
  return top && {
    country: top.country,
    reason: `${top.count} of its ${countries.length} bare international numbers (as a telco writes its own subscribers) are ${countryName(top.country)} numbers`,
    evidence: { code: 'tie-msisdn', params: { country: top.country, count: top.count, total: countries.length } },
  };
}

function byExplicit(tied: readonly string[], countries: readonly string[]): PlanTieBreak | undefined {
  const top = majority(tied, countries);
  return top && {
    country: top.country,
    reason: `${top.count} of the ${countries.length} numbers the same columns write in international form (+ or 00) are ${countryName(top.country)} numbers`,
    evidence: { code: 'tie-explicit', params: { country: top.country, count: top.count, total: countries.length } },
  };
}

/** The tied country named by at least {@link ROW_COUNTRY_SHARE} of `named`, when no other tied country is named as often. */
function majority(tied: readonly string[], named: readonly string[]): { country: string; count: number } | undefined {
  if (named.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const code of named) if (tied.includes(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < ROW_COUNTRY_SHARE * named.length || (next && next[1] === top[1])) return undefined;
  return { country: top[0], count: top[1] };
}

function byScript(tied: readonly string[], texts: readonly string[]): PlanTieBreak | undefined {
  const text = texts.join('\n').normalize('NFC');
  const found = SCRIPTS.flatMap((script) => {
    const letters = text.match(script.pattern) ?? [];
    return letters.length > 0 ? [{ ...script, sample: [...new Set(letters)].slice(0, 5).join(' ') }] : [];
  });
  const inTie = found.filter((script) => tied.includes(script.country));
  const only = inTie[0];
  if (inTie.length !== 1 || !only) return undefined;
  return {
    country: only.country, reason: `the file's headers and title are written in ${only.what} (${only.sample})`,
    evidence: { code: 'tie-script', params: { country: only.country, sample: only.sample } },
  };
}

function byMalayWords(tied: readonly string[], texts: readonly string[]): PlanTieBreak | undefined {
  const words = new Set(texts.join(' ').toLowerCase().split(/[^a-z]+/).filter((word) => MALAY_WORDS.has(word)));
  const inTie = MALAY_COUNTRIES.filter((country) => tied.includes(country));
  const only = inTie[0];
  if (words.size < 2 || inTie.length !== 1 || !only) return undefined;
  return {
    country: only,
    reason: `the file's headers use Indonesian/Malay words (${[...words].slice(0, 4).join(', ')}; weak evidence: it tells only Indonesia or Malaysia)`,
    evidence: { code: 'tie-malay-words', params: { country: only, words: [...words].slice(0, 4).join(', ') } },
  };
}
