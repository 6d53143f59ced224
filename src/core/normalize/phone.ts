// Phone numbers to E.164 keys: telcos write the same SIM as +, 00, bare MSISDN or national form.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { Metadata } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/max/metadata';
import { countryName } from './country.ts';
import { BoundedMemo } from './memo.ts';
import { foldDigits, splitIdentifiers } from './digits.ts';

/** How a number was written: `+…`, `00…` (or a carrier IDD such as 008…), bare country code, or trunk-0 national. */
export type PhoneReading = 'international' | 'idd' | 'msisdn' | 'national';

/** A normalised phone number. `e164` is the canonical key (`short:<CC>:<digits>` for short service codes). */
export interface PhoneResult {
  e164: string;
  /** ISO 3166-1 alpha-2 of the numbering plan, when libphonenumber can tell. */
  country?: string;
  reading: PhoneReading;
  /** True when the full metadata says this is an assigned, valid number; false for merely possible ones. */
  valid: boolean;
  /**
   * The numbering plan a national reading used (the row's country or the file's plan); absent for `+`,
   * `00` and MSISDN readings, which carry their own country code.
   */
  plan?: string;
  /**
   * The other valid reading of an ambiguous `00…` string: `0085512345678` is `00` + Cambodia, or Thai
   * carrier `008` + Brazil. The plain reading is `e164`; the case decides (see CaseBuilder).
   */
  alternative?: string;
  /** Other valid readings when the plan came from weak evidence (set by the readers, not here). */
  alternatives?: readonly string[];
}

/** Countries tried, in order of preference, when inferring a file's national numbering plan. */
export const PHONE_COUNTRY_CANDIDATES: readonly string[] = ['ID', 'MY', 'TH', 'MM', 'KH', 'LA', 'VN', 'PH', 'CN', 'SG', 'IN'];

// NOTE: carrier international prefixes (Thailand 001/007/008/009, Indonesia 001/007/008). `0084…` can be
// "00 + Vietnam" or "Thai carrier 008 + 4…"; the plain 00 reading is returned when valid, with the other
// valid reading as `alternative`, and the case decides (resolve/agreeingReadings.ts).
const CARRIER_IDD = ['001', '007', '008', '009'];

const SEPARATORS = /[\s\-.()\u00a0\u2010-\u2015]/g;

/** Separators removed; `+` kept. Null when anything but digits (and one leading `+`) remains. */
function cleanPhone(raw: string): string | null {
  const cleaned = foldDigits(raw).trim().replace(/^'+|'+$/g, '').replace(SEPARATORS, '');
  return /^\+?\d+$/.test(cleaned) ? cleaned : null;
}

function isCountryCode(value: string): value is CountryCode {
  return isSupportedCountry(value);
}

function parseUncached(text: string, country?: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(text, country);
  } catch {
    return undefined;
  }
}

/**
 * One libphonenumber reading, kept as the few facts the readers ask for: a PhoneNumber object holds
 * far more than these, and a memo of a hundred thousand of them would weigh more than the case.
 */
class ParsedPhone {
  readonly number: string;
  readonly country: CountryCode | undefined;
  private readonly possible: boolean;
  private readonly valid: boolean;
  private nationalTrunk?: boolean;
  constructor(phone: PhoneNumber, private readonly text: string, private readonly plan: CountryCode | undefined) {
    this.number = phone.number;
    this.country = phone.country;
    this.possible = phone.isPossible();
    this.valid = phone.isValid();
    // NOTE: plan inference asks every valid reading whether it may be a mobile: answered now, not by a new parse.
    if (this.valid) {
      const type = phone.getType();
      this.mobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
    }
  }
  isValid(): boolean {
    return this.valid;
  }
  isPossible(): boolean {
    return this.possible;
  }
  /** A valid number that may be a mobile (libphonenumber's MOBILE or FIXED_LINE_OR_MOBILE). */
  isMobile(): boolean {
    return this.mobile ?? false;
  }
  private mobile?: boolean;
  /** Does the plan write this number nationally with a leading 0 (`081…`, not Chinese `139 …`)? */
  nationalStartsWithZero(): boolean {
    return (this.nationalTrunk ??= parseUncached(this.text, this.plan)?.formatNational().startsWith('0') ?? false);
  }
}

// NOTE: a case names the same few thousand numbers a million times, and plan inference tries each under
// eleven plans: every (text, plan) is parsed once while it is in use (bounded memos: readings are pure).
// One memo per plan, keyed by the text itself: no key string is built per call.
const parsedByPlan = new Map<string, BoundedMemo<ParsedPhone | null>>();

function parse(text: string, country?: CountryCode): ParsedPhone | undefined {
  const plan = country ?? '';
  let memo = parsedByPlan.get(plan);
  if (!memo) parsedByPlan.set(plan, (memo = new BoundedMemo(PARSES_KEPT)));
  return memo.get(text, () => {
    const phone = parseUncached(text, country);
    return phone ? new ParsedPhone(phone, text, country) : null;
  }) ?? undefined;
}

/** A plan's rules for telling, without a parse, that a trunk-0 number cannot be valid there (see cannotBeValidNationally). */
interface TrunkRules {
  /** The plan's international (IDD) prefix at the start of a text: such a text is dialled abroad, not read here. */
  idd: RegExp;
  /** Every valid national number of the plan matches this entirely (libphonenumber's general description). */
  national: RegExp;
}

/** Plan → its rules; null when the plan strips more than a plain trunk `0` (carrier codes, transform rules). */
const trunkRules = new Map<string, TrunkRules | null>();

interface PlanAccessors {
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
}

function hasPlanRules(plan: unknown): plan is PlanAccessors {
  return typeof plan === 'object' && plan !== null && 'IDDPrefix' in plan && typeof plan.IDDPrefix === 'function'
    && 'nationalNumberPattern' in plan && typeof plan.nationalNumberPattern === 'function'
    && 'nationalPrefixForParsing' in plan && typeof plan.nationalPrefixForParsing === 'function'
    && 'nationalPrefixTransformRule' in plan && typeof plan.nationalPrefixTransformRule === 'function';
}

function trunkRulesOf(country: CountryCode): TrunkRules | null {
  let rules = trunkRules.get(country);
  if (rules !== undefined) return rules;
  const metadata = new Metadata(maxMetadata);
  metadata.selectNumberingPlan(country);
  const plan: unknown = metadata.numberingPlan;
  // NOTE: libphonenumber's typings leave these accessors out; a plan without them is simply not prefiltered.
  const idd = hasPlanRules(plan) ? plan.IDDPrefix() : undefined;
  const pattern = hasPlanRules(plan) ? plan.nationalNumberPattern() : undefined;
  rules = hasPlanRules(plan) && plan.nationalPrefixForParsing() === '0' && !plan.nationalPrefixTransformRule() && idd && pattern
    ? { idd: new RegExp(`^(?:${idd})`), national: new RegExp(`^(?:${pattern})$`) }
    : null;
  trunkRules.set(country, rules);
  return rules;
}

// NOTE: plan inference tries every national-form value of a file under eleven plans, ~15 µs a parse. A number
// libphonenumber calls valid has a national number that matches its plan's general pattern entirely; for a
// `0…` text under a plan whose only national prefix is `0` that national number is the text with or without
// its `0` (no country code starts with 0; a text that starts with the plan's IDD prefix is not judged here).
// Neither matching is a sure `invalid`, got with one or two regular-expression tests instead of a parse.
// tests/normalize/phonePrefilter.test.ts holds it to libphonenumber's verdict.
/** True when `digits` (a trunk-0 text) is surely not a valid number of `country`; false when only a parse can tell. */
export function cannotBeValidNationally(digits: string, country: CountryCode): boolean {
  if (digits.charCodeAt(0) !== 48 || digits.charCodeAt(1) === 48) return false;
  const rules = trunkRulesOf(country);
  if (!rules || rules.idd.test(digits)) return false;
  return !rules.national.test(digits.slice(1)) && !rules.national.test(digits);
}

function toResult(phone: ParsedPhone, reading: PhoneReading): PhoneResult {
  const result: PhoneResult = { e164: phone.number, reading, valid: phone.isValid() };
  if (phone.country) result.country = phone.country;
  return result;
}

/** `+digits`, read as international: the number when it is at least possible, else undefined. */
function readInternational(digits: string): ParsedPhone | undefined {
  const phone = parse(`+${digits}`);
  return phone && phone.isPossible() ? phone : undefined;
}

function readNational(digits: string, country: CountryCode | undefined): ParsedPhone | undefined {
  if (!country) return undefined;
  const phone = parse(digits, country);
  return phone && phone.isPossible() ? phone : undefined;
}

function readIdd(afterZeroZero: string, digits: string): PhoneResult | null {
  const plain = readInternational(afterZeroZero);
  const carrier = CARRIER_IDD.find((prefix) => digits.startsWith(prefix));
  if (plain?.isValid()) {
    const result = toResult(plain, 'idd');
    const viaCarrier = carrier ? readInternational(digits.slice(carrier.length)) : undefined;
    if (viaCarrier?.isValid() && viaCarrier.number !== plain.number) result.alternative = viaCarrier.number;
    return result;
  }
  const stripped = carrier ? readInternational(digits.slice(carrier.length)) : undefined;
  if (stripped?.isValid()) return toResult(stripped, 'idd');
  const possible = plain ?? stripped;
  return possible ? toResult(possible, 'idd') : null;
}

/**
 * Normalise one phone cell to an E.164 key.
 *
 * - `+…` is international; `00…` is international through IDD, and when that reading is not valid the
 *   carrier prefixes 001/007/008/009 are stripped and the valid reading preferred.
 * - Bare digits without a trunk 0 are tried as a complete international number (MSISDN) first, then as a
 *   national number of `defaultCountry` (Singapore has no trunk prefix: `81234567`).
 * - A leading single 0 is the trunk prefix: national form, resolved with `defaultCountry` (null without one).
 * - Numbers that are possible but not valid per the metadata are kept with `valid: false`.
 * - Short service codes (3–8 digits, not possible as full numbers, not starting with 0, e.g. the Indonesian
 *   bank hotline `1500888` or Thai `1111`) need `defaultCountry` and get the key `short:<CC>:<digits>`,
 *   `reading: 'national'`, `valid: false`.
 *
 * @returns null when nothing phone-like can be made of it (empty, 'N/A', too short, letters).
 */
export function normalizePhone(raw: string, options?: { defaultCountry?: string; trunkZeroDropped?: boolean }): PhoneResult | null {
  const requested = options?.defaultCountry?.toUpperCase();
  // NOTE: the plan is a supported code or nothing (an unknown one reads as none), so one memo per real plan.
  const plan = requested && isCountryCode(requested) ? requested : '';
  // NOTE: `+…` and `00…` carry their own country code: read the same under every plan (and with the trunk 0
  // dropped or not), they share the plan-less memo, so a number every CDR of the case names is read once.
  const context = INTERNATIONAL_START.test(raw) ? '' : options?.trunkZeroDropped ? `${plan}|0` : plan;
  let memo = readings.get(context);
  if (!memo) readings.set(context, (memo = new BoundedMemo(READINGS_KEPT)));
  return memo.get(raw, () => readPhone(raw, options));
}

/** A cell that starts (after spaces) with `+` or `00`: its reading needs no plan. */
const INTERNATIONAL_START = /^\s*(\+|00)/;

// NOTE: a national case names ~150,000 numbers, each written several ways: a memo smaller than the case's
// numbers forgets a reading before its next spelling comes (and re-parses it); these hold the case's numbers
// (a reading is a few small fields) until forgetPhoneReadings.
/** Cells remembered per plan, and texts parsed per plan. */
const READINGS_KEPT = 100_000;
const PARSES_KEPT = 100_000;

// NOTE: the same cell is read in every file that names it, and by the review, the evidence and the import.
// A result is shared by every caller that asks for the same reading: callers copy it, never change it.
/** Plan ('' for none, `|0` added when the trunk 0 was dropped) → cell → reading. */
const readings = new Map<string, BoundedMemo<PhoneResult | null>>();

/**
 * Forgets the remembered readings (they only save time): a case is built, and its analysis needs the
 * memory more than a later import needs the speed.
 */
export function forgetPhoneReadings(): void {
  parsedByPlan.clear();
  readings.clear();
  labels.clear();
}

function readPhone(raw: string, options?: { defaultCountry?: string; trunkZeroDropped?: boolean }): PhoneResult | null {
  const cleaned = cleanPhone(raw);
  if (!cleaned) return null;
  const requested = options?.defaultCountry?.toUpperCase();
  const country = requested && isCountryCode(requested) ? requested : undefined;
  if (options?.trunkZeroDropped && country && /^[1-9]/.test(cleaned)) {
    const restored = readLostZero(cleaned, country);
    if (restored) return { ...toResult(restored, 'national'), plan: country };
  }

  if (cleaned.startsWith('+')) {
    const phone = readInternational(cleaned.slice(1));
    return phone ? toResult(phone, 'international') : null;
  }
  const digits = cleaned;
  if (digits.startsWith('00')) return readIdd(digits.slice(2), digits);
  if (digits.startsWith('0')) {
    const phone = readNational(digits, country);
    return phone ? { ...toResult(phone, 'national'), plan: country } : null;
  }

  return readBare(digits, country);
}

/**
 * A bare digit string (no `+`, no `00`, no trunk 0): a complete international number (MSISDN, as telcos
 * write their own subscribers) or a national number of a plan dialled without trunk prefix (Chinese
 * `13912345678`, Indian `9876543210`, Singapore `81234567`). Validity decides, never mere possibility.
 *
 * NOTE: when both readings are valid, the MSISDN wins unless the national form is how the plan writes
 * its own numbers (no trunk 0 in the national format, as Chinese mobiles); the losing valid reading is
 * kept as `alternative` so the case can prefer the one it knows elsewhere.
 */
function readBare(digits: string, country: CountryCode | undefined): PhoneResult | null {
  const msisdn = readInternational(digits);
  const national = readNational(digits, country);
  const nationalResult = national ? { ...toResult(national, 'national'), plan: country } : undefined;
  if (msisdn?.isValid() && national?.isValid() && msisdn.number !== national.number) {
    const nationalFirst = !national.nationalStartsWithZero() && msisdn.country !== country;
    const [winner, other] = nationalFirst ? [nationalResult as PhoneResult, msisdn.number] : [toResult(msisdn, 'msisdn'), national.number];
    return { ...winner, alternative: other };
  }
  if (msisdn?.isValid()) return toResult(msisdn, 'msisdn');
  if (national?.isValid()) return nationalResult as PhoneResult;
  // NOTE: valid in neither reading, the digits are kept under the reading that needs no plan: `60130963306` in a
  // Philippine CDR and in a Chinese log is one (not valid) number, +60130963306, never +63… in one file and +86… in
  // the other. The reader warns (see RowContext.phone).
  if (msisdn) return toResult(msisdn, 'msisdn');
  if (nationalResult) return nationalResult;
  if (country && digits.length >= 3 && digits.length <= 8) {
    return { e164: `short:${country}:${digits}`, country, reading: 'national', valid: false, plan: country };
  }
  return null;
}

/** The national reading of `0` + digits when valid and the digits are not already a valid home MSISDN. */
function readLostZero(digits: string, country: CountryCode): ParsedPhone | undefined {
  const msisdn = readInternational(digits);
  if (msisdn?.isValid() && msisdn.country === country) return undefined;
  // NOTE: Chinese mobiles are written without a trunk 0 (`13912345678`, national format `139 1234 5678`):
  // where the plan's own national format has no 0, nothing was lost.
  const asWritten = parse(digits, country);
  if (asWritten?.isValid() && !asWritten.nationalStartsWithZero()) return undefined;
  const national = parse(`0${digits}`, country);
  return national?.isValid() ? national : undefined;
}

/**
 * Did a spreadsheet drop the trunk 0 from this column? Excel turns `081234567890` into the number
 * `81234567890`, which then reads as a valid Japanese MSISDN (+81…). The column decides, not the cell:
 * `dropped` when most bare-digit values (at least three) are valid national numbers of `country` once
 * the 0 is restored, and are not valid MSISDNs of `country` as written.
 */
export function detectDroppedTrunkZero(values: readonly string[], country: string): { dropped: boolean; restored: number; bareValues: number } {
  const code = country.toUpperCase();
  if (!isCountryCode(code)) return { dropped: false, restored: 0, bareValues: 0 };
  let bareValues = 0;
  let restored = 0;
  for (const value of values.flatMap(splitIdentifiers)) {
    const cleaned = cleanPhone(value);
    if (!cleaned || !/^[1-9]/.test(cleaned)) continue;
    bareValues += 1;
    if (readLostZero(cleaned, code)) restored += 1;
  }
  return { dropped: restored >= 3 && restored > bareValues / 2, restored, bareValues };
}

/** Is this bare string how some candidate plan writes its own numbers (valid, no trunk 0: `13512345678`)? */
function writtenNationally(digits: string): boolean {
  return PHONE_COUNTRY_CANDIDATES.some((candidate) => {
    if (!isCountryCode(candidate)) return false;
    const phone = parse(digits, candidate);
    return phone?.isValid() === true && !phone.nationalStartsWithZero();
  });
}

/** Values with how often each was seen; `length` counts them all, as an array of them would. */
class Multiset {
  readonly counts = new Map<string, number>();
  length = 0;
  add(value: string): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this.length += 1;
  }
  has(value: string): boolean {
    return this.counts.has(value);
  }
}

/** What {@link inferPhoneCountry} found: the plan, and how many national-form values it explains. */
export interface PhonePlanInference {
  country: string | null;
  explained: number;
  nationalValues: number;
  /** Which national form was weighed: trunk-0 (`081…`) or bare digits that are no valid MSISDN (`139…`). */
  form: 'trunk' | 'bare';
  /**
   * Every candidate that explains (nearly) as many values as `country`, in list order, `country` first:
   * more than one is a tie that the numbers alone cannot break (see ingest/evidence/planTie.ts).
   */
  tied: { country: string; explained: number }[];
  /**
   * Of the national-form values `country` leaves unexplained, the most that one other plan explains: a file of two
   * countries' numbers has a strong rival; a file of one country's with some invalid numbers (typos, numbers cut short)
   * has none, its invalid numbers valid nowhere or scattered over chance plans.
   */
  rival: number;
}

/** Values between two progress reports of {@link inferPhoneCountry} (its first pass tries bare values under every plan). */
const PROGRESS_EVERY = 64;
/** Plans whose counts differ by at most this share of the national values are tied. */
const TIE_MARGIN = 0.02;
/** What a number valid only as a fixed line (or service number) counts for a plan, against 1 for a mobile. */
const FIXED_LINE_WEIGHT = 0.5;

/**
 * Which country's numbering plan explains the national-format values? Values starting with a single
 * trunk 0 are weighed when there are any; otherwise bare digit strings that are no valid complete
 * international number (Chinese `13912345678` is not a valid `+1 391…`, Indian `9876543210` not a valid
 * `+98…`) or that a candidate plan writes that way itself (`13512345678` is also a valid `+1 351…`). Each candidate in {@link PHONE_COUNTRY_CANDIDATES} is scored by how many of them are valid
 * numbers there. `country` is the earliest of the best; `tied` lists all that explain nearly as many (within
 * {@link TIE_MARGIN} of the national values), so a caller never takes list order for evidence.
 * `country` is null when none is valid anywhere.
 */
export function inferPhoneCountry(values: readonly string[], onProgress?: (fraction: number) => void): PhonePlanInference {
  // NOTE: counted per distinct value (a CDR repeats its numbers): each is tried under every plan once.
  const trunk = new Multiset();
  const others: string[] = [];
  for (const [index, value] of values.entries()) {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress((0.1 * index) / values.length);
    for (const part of splitIdentifiers(value)) {
      const cleaned = cleanPhone(part);
      if (!cleaned) continue;
      if (/^0[1-9]/.test(cleaned)) trunk.add(cleaned);
      else others.push(cleaned);
    }
  }
  // NOTE: bare values are weighed only when no value has a trunk 0; judging them (a parse under every plan) waits until then.
  const bare = new Multiset();
  if (trunk.length === 0) {
    /** Bare values already found to be no national form (a CDR's international B numbers repeat too). */
    const notNational = new Set<string>();
    for (const [index, cleaned] of others.entries()) {
      if (onProgress && index % PROGRESS_EVERY === 0) onProgress(0.1 + (0.4 * index) / others.length);
      if (bare.has(cleaned)) bare.add(cleaned);
      else if (notNational.has(cleaned)) continue;
      else if (/^[1-9]\d{6,14}$/.test(cleaned) && (!readInternational(cleaned)?.isValid() || writtenNationally(cleaned))) bare.add(cleaned);
      else notNational.add(cleaned);
    }
  }
  const form = trunk.length > 0 ? 'trunk' : 'bare';
  const national = form === 'trunk' ? trunk : bare;
  // NOTE: case files list mobiles (SIMs of subjects and victims); a plan that reads a number only as a fixed line
  // explains it weakly. Valid mobiles weigh 1, other valid numbers FIXED_LINE_WEIGHT: else Indonesia's wide
  // fixed-line plan (`06…`, `09…` area codes) reads a mixed Thai/Myanmar/Philippine list as Indonesian.
  let best: { country: string | null; explained: number; weight: number } = { country: null, explained: 0, weight: 0 };
  const validIn = new Map<string, Set<string>>();
  const scores: { country: string; explained: number; weight: number }[] = [];
  for (const [index, candidate] of PHONE_COUNTRY_CANDIDATES.entries()) {
    onProgress?.(0.5 + (0.5 * index) / PHONE_COUNTRY_CANDIDATES.length);
    if (!isCountryCode(candidate)) continue;
    let explained = 0;
    let weight = 0;
    let tried = 0;
    for (const [digits, times] of national.counts) {
      if (onProgress && ++tried % PROGRESS_EVERY === 0) onProgress(0.5 + (0.5 * (index + tried / national.counts.size)) / PHONE_COUNTRY_CANDIDATES.length);
      if (cannotBeValidNationally(digits, candidate)) continue;
      const phone = parse(digits, candidate);
      if (!phone?.isValid()) continue;
      let valid = validIn.get(candidate);
      if (!valid) validIn.set(candidate, (valid = new Set()));
      valid.add(digits);
      explained += times;
      weight += times * (phone.isMobile() ? 1 : FIXED_LINE_WEIGHT);
    }
    scores.push({ country: candidate, explained, weight });
    if (weight > best.weight) best = { country: candidate, explained, weight };
  }
  const margin = Math.floor(TIE_MARGIN * national.length);
  const leader = scores.find((score) => score.country === best.country);
  const tied = leader ? [
    leader,
    // Tied: as near the best in numbers explained as in their weight (a few fixed lines more still break a tie).
    ...scores.filter((score) => score !== leader && score.weight > 0 && score.weight >= best.weight - margin
      && score.explained >= best.explained - margin),
  ].map(({ country, explained }) => ({ country, explained })) : [];
  const byBest = validIn.get(best.country ?? '') ?? new Set<string>();
  let rival = 0;
  for (const [candidate, valid] of validIn) {
    if (candidate === best.country) continue;
    let more = 0;
    for (const digits of valid) if (!byBest.has(digits)) more += national.counts.get(digits) ?? 0;
    rival = Math.max(rival, more);
  }
  return { country: best.country, explained: best.explained, nationalValues: national.length, form, tied, rival };
}

/** The ledger line for an inferred plan: which form of number it was inferred from, and on what evidence. */
export function describePlan(inferred: PhonePlanInference, cells: number): string {
  const name = `${countryName(inferred.country ?? '')} (${inferred.country ?? '?'})`;
  const form = inferred.form === 'trunk'
    ? 'phone numbers in national form (leading 0)'
    : 'bare-digit phone numbers (no +, 00 or trunk 0) that are no valid international number or are how a plan writes its own';
  return `${form} read as ${name}: that plan explains ${inferred.explained} of ${inferred.nationalValues} such values in the first ${cells} cells`;
}

/** `+66812345678` → `'+66 81 234 5678'` for display; short codes show their digits; anything else as given. */
export function formatPhone(e164: string): string {
  return labels.get(e164, formatUncached);
}

// NOTE: each file remembers its numbers' labels, and a national case's files name ~200,000 numbers between them: a memo
// smaller than the case's numbers formats a number again (a parse and a format) in every file that names it.
const labels = new BoundedMemo<string>(READINGS_KEPT);

function formatUncached(e164: string): string {
  const short = /^short:[A-Z]{2}:(\d+)$/.exec(e164);
  if (short?.[1]) return short[1];
  const phone = e164.startsWith('+') ? parseUncached(e164) : undefined;
  return phone ? phone.formatInternational() : e164;
}

const DATE_SHAPE = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/**
 * Cheap test used for column sniffing: does this cell look like a phone number in any of the accepted
 * forms (`+…`, `00…`, trunk-0 national, bare MSISDN or an 8-digit Singapore-style number)? Dates and
 * thousands-grouped amounts are rejected; no default country is needed.
 */
export function looksLikePhone(raw: string): boolean {
  const trimmed = raw.trim();
  if (DATE_SHAPE.test(trimmed) || /^\d{1,3}([.,]\d{3})+$/.test(trimmed)) return false;
  const cleaned = cleanPhone(trimmed);
  if (!cleaned) return false;
  if (cleaned.startsWith('+')) return readInternational(cleaned.slice(1)) !== undefined;
  if (cleaned.startsWith('00')) return cleaned.length >= 9 && cleaned.length <= 17;
  if (cleaned.startsWith('0')) return cleaned.length >= 9 && cleaned.length <= 13;
  if (/^[89]\d{7}$/.test(cleaned)) return true;
  return cleaned.length >= 8 && readInternational(cleaned) !== undefined;
}
