// From bytes to a plan: decode, parse, classify, and settle the file's country and date format.

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { inferDateFormat, type DateFormat } from '../normalize/date.ts';
import { namesWalletColumn } from '../normalize/account.ts';
import { countryName } from '../normalize/country.ts';
import { describePlan, detectDroppedTrunkZero, inferPhoneCountry, normalizePhone } from '../normalize/phone.ts';
import type { LegacyEncoding } from './legacyEncoding.ts';
import { isSimpulError, type SimpulError } from '../model/errors.ts';
import { classifyTable, type Classification } from './classify.ts';
import { decodeKeepingGoodLines } from './decode.ts';
import { EMPTY_CONTEXT, type CaseContext } from './evidence/caseContext.ts';
import { caseContextOf, unmatchedPeopleWarning } from './evidence/crossFile.ts';
import { breakPlanTie, type PlanTieEvidence } from './evidence/planTie.ts';
import { withTitleTarget } from './evidence/titleTarget.ts';
import { checkMappedColumns } from './mappingColumns.ts';
import { victimListEvidence } from './evidence/victimList.ts';
import { namePartsOf, type NameParts } from './evidence/nameParts.ts';
import type { FileZone, LedgerNote } from './ledger.ts';
import { decideFileZone } from './fileZone.ts';
import { unreadableDateColumns } from './dateCheck.ts';
import { keepUnreadRoles } from './unreadRoles.ts';
import type { FileMapping, MappingFile } from './mapping.ts';
import { parseTable, type Table } from './parseTable.ts';
import type { ColumnRole } from './roles.ts';
import type { FileSettings } from './readers/index.ts';
import { detectCallParties } from './readers/callParties.ts';
import { statementCurrency } from './readers/money.ts';
import { listenForPulses } from '../progressPulse.ts';

export interface InputFile {
  /** File name as the user knows it (no folder). */
  name: string;
  bytes: Uint8Array;
}

export interface PreparedFile {
  table: Table;
  classification: Classification;
  settings: FileSettings;
  /** How the default country was chosen: stated in the mapping or on the command line, inferred, or none. */
  countrySource: 'mapping' | 'option' | 'inferred' | 'none';
  assumptions: string[];
  /** Coded form of some of `assumptions` (same texts), for the ledger's notes: `plan-tie`, `plan-tie-broken`. */
  notes?: LedgerNote[];
  /** Warnings about the whole file (a people list whose ids nothing else in the case uses), shown at line 1. */
  fileWarnings: LedgerNote[];
  /** The zone of the file's times and its evidence (see decideFileZone). */
  zone?: FileZone;
}

export interface PrepareOptions {
  mapping?: MappingFile;
  /** --encoding: the legacy encoding of files that are not UTF-8 or UTF-16, where the mapping does not say. */
  encoding?: LegacyEncoding;
  /** --default-country: used where the mapping does not say. */
  defaultCountry?: string;
  /** Tables and plans kept from an earlier preparation of the same files (the browser's review), offered back. */
  reuse?: PrepareReuse;
}

/**
 * Work a caller kept from an earlier preparation of the same files. Each hook is given the function that does
 * the step and returns either its kept result or what that function returns; the caller decides what still holds
 * (same bytes, same mapping, same case context).
 */
export interface PrepareReuse {
  /** The table read from this input under the options' mapping. */
  table(input: InputFile, read: () => Table): Table;
  /** The plan of this table in this case context (a kept plan comes back as a copy: its `fileWarnings` are refilled). */
  plan(table: Table, context: CaseContext, plan: () => PreparedFile): PreparedFile;
}

/** Where preparing a case has got to: reading (parsing) the files, then planning each; `kept` when the step was reused. */
export interface PrepareProgress {
  step: 'parse' | 'plan';
  /** Files done, fractional inside a file. */
  done: number;
  total: number;
  file: string;
  kept: boolean;
}

const PHONE_ROLES: ColumnRole[] = ['phone', 'phone_a', 'phone_b'];
const COUNTRY_ROLES: ColumnRole[] = ['country', 'nationality'];
const DATE_ROLES: ColumnRole[] = ['datetime', 'date', 'birth_date'];
const INFERENCE_SAMPLE = 5000;
const MIN_EXPLAINED_SHARE = 0.8;
/** Share of the numbers a plan leaves unexplained that one other plan must explain to be a rival (see planTable). */
const RIVAL_SHARE = 0.5;
/** Phone values looked at for bare international numbers when a plan tie needs breaking. */
const MSISDN_SAMPLE = 2000;

/** One input's outcome when a case is prepared: its plan, or the error that says why it cannot be read. */
export type PreparedOutcome = { ok: true; prepared: PreparedFile } | { ok: false; name: string; error: SimpulError; table?: Table };

/** Reads and plans one file on its own; throws SimpulError for a file that cannot be read at all. */
export function prepareFile(input: InputFile, options: PrepareOptions = {}, context: CaseContext = EMPTY_CONTEXT): PreparedFile {
  return planTable(readTable(input, options), options, context);
}

/**
 * Reads and plans the files of one case together: a first reading of every file says which ids the case's
 * people, place and account lists define; the second reading uses them as evidence (a column whose values
 * are the ids of persons.csv refers to people). Files that cannot be read come back as errors, in input order.
 */
export function prepareCase(inputs: readonly InputFile[], options: PrepareOptions = {}, onProgress?: (progress: PrepareProgress) => void): PreparedOutcome[] {
  const total = inputs.length;
  const first: { table: Table; classification: Classification }[] = [];
  const tables = inputs.map((input, index) => {
    let kept = true;
    const report = (fraction: number) => onProgress?.({ step: 'parse', done: index + fraction, total, file: input.name, kept });
    let table: Table;
    try {
      const read = () => {
        kept = false;
        report(0);
        return readTable(input, options, onProgress && ((fraction) => report(0.9 * fraction)));
      };
      table = options.reuse ? options.reuse.table(input, read) : read();
    } catch (error) {
      if (!isSimpulError(error)) throw error;
      return { ok: false as const, name: input.name, error };
    }
    report(0.9);
    // The first reading, for the case context: what this file's own columns are, before other files are consulted.
    try {
      first.push({ table, classification: classifyTable(table, mappingOf(table.file, options)) });
    } catch {
      // NOTE: a file whose first reading fails defines no ids; its own planning below says why it cannot be read.
    }
    report(1);
    return { ok: true as const, table };
  });
  const context = caseContextOf(first);
  const outcomes = tables.map((entry, index): PreparedOutcome => {
    if (!entry.ok) return entry;
    const file = entry.table.file;
    let kept = true;
    const report = (fraction: number) => onProgress?.({ step: 'plan', done: index + fraction, total, file, kept });
    try {
      const plan = () => {
        kept = false;
        report(0);
        return planTable(entry.table, options, context, onProgress && report);
      };
      const prepared = options.reuse ? options.reuse.plan(entry.table, context, plan) : plan();
      report(1);
      return { ok: true, prepared };
    } catch (error) {
      if (!isSimpulError(error)) throw error;
      return { ok: false, name: entry.table.file, error, table: entry.table };
    }
  });
  const prepared = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.prepared] : []));
  for (const file of prepared) {
    const warning = unmatchedPeopleWarning(file, prepared);
    if (warning) file.fileWarnings.push(warning);
  }
  return outcomes;
}

function mappingOf(name: string, options: PrepareOptions): FileMapping {
  return options.mapping?.files[name] ?? {};
}

function readTable(input: InputFile, options: PrepareOptions, onProgress?: (fraction: number) => void): Table {
  const fileMapping = mappingOf(input.name, options);
  const legacy = fileMapping.encoding ?? options.encoding;
  const { text, damaged, encoding } = decodeKeepingGoodLines(input.bytes, input.name, legacy);
  const table = parseTable(text, input.name, {
    delimiter: fileMapping.delimiter, header: fileMapping.header, ...(fileMapping.headerLine ? { headerLine: fileMapping.headerLine } : {}), ...(onProgress ? { onProgress } : {}),
  });
  if (encoding) {
    table.encoding = encoding;
    table.notes.push({ code: 'encoding-chosen', params: { encoding }, text: `read in the ${encoding} encoding, as chosen: the file is not UTF-8 or UTF-16 text` });
  }
  // NOTE: a UTF-16 file damaged near its end keeps the rows before the damage; each damaged line is rejected with why.
  for (let line = damaged?.line ?? 1; damaged && line <= damaged.lastLine; line += 1) {
    if (damaged.utf8) {
      table.rejected.push({ line, code: 'text-cut-short', params: { line },
        reason: 'the file ends in the middle of a character: it was cut short here, so this last line is not read (export or copy the file again)' });
      continue;
    }
    const cut = damaged.cutShort ? 'yes' : 'no';
    table.rejected.push({ line, code: 'text-damaged', params: { first: damaged.line, cut },
      reason: `the UTF-16 text is damaged from line ${damaged.line} on (a broken character${damaged.cutShort ? ', the file was cut short' : ''}): this line is not read (export the file again, preferably as "CSV UTF-8")` });
  }
  // Title lines are among the first few lines: only the start of the text is split.
  const lines = table.titleLines.length > 0 ? text.slice(0, 65_536).split(/\r\n|\r|\n/) : [];
  const titles = table.titleLines.map((line) => ({ line, text: lines[line - 1] ?? '' }));
  return withTitleTarget(table, titles, fileMapping.subjectNumber ?? fileMapping.targetNumber);
}

// NOTE: planning a big file takes seconds (the numbering plan tries every sampled number under every
// country's plan), so it reports its steps: progress every half second is the promise to the person waiting.
function planTable(table: Table, options: PrepareOptions, context: CaseContext, onProgress?: (fraction: number) => void): PreparedFile {
  const fileMapping = mappingOf(table.file, options);
  checkMappedColumns(table.file, table.headers, fileMapping);
  let classification = classifyTable(table, fileMapping, context);
  onProgress?.(0.1);
  const assumptions: string[] = [];
  const notes: LedgerNote[] = [];

  const stated = fileMapping.defaultCountry ?? options.mapping?.defaults?.defaultCountry;
  let defaultCountry = stated ?? options.defaultCountry;
  let countrySource: PreparedFile['countrySource'] = stated ? 'mapping' : options.defaultCountry ? 'option' : 'none';
  if (!defaultCountry) {
    const phones = [...columnValues(table, classification, PHONE_ROLES), ...walletValues(table, classification)];
    const inferred = inferPhoneCountry(phones, onProgress && ((fraction) => onProgress(0.1 + 0.6 * fraction)));
    // NOTE: a plan that explains only some national numbers is a guess, not evidence: say so instead. But numbers the
    // plan leaves unexplained are evidence against it only when another plan explains many of them (a file of two
    // countries' numbers); invalid numbers (typos, numbers cut short) valid nowhere, or scattered over chance plans, are
    // noise beside a plan that explains more than half of all: they are kept, marked not valid, the rest read in it.
    const rivalled = inferred.rival >= RIVAL_SHARE * (inferred.nationalValues - inferred.explained);
    if (inferred.country && inferred.explained < MIN_EXPLAINED_SHARE * inferred.nationalValues && (rivalled || inferred.explained <= inferred.nationalValues / 2)) {
      const text = `no country's numbering plan explains most ${inferred.form === 'bare' ? 'bare-digit' : 'national-form'} phone numbers (best: ${countryName(inferred.country)}, ` +
        `${inferred.explained} of ${inferred.nationalValues}); those without a country on their own row are rejected until the default country is set`;
      assumptions.push(text);
      notes.push({ text, code: 'plan-unexplained', params: { form: inferred.form === 'bare' ? 'bare' : 'trunk', country: inferred.country, explained: inferred.explained, values: inferred.nationalValues } });
    } else if (inferred.country && inferred.tied.length > 1) {
      // NOTE: plans that explain the same numbers are a tie: list order is no evidence. The file's own
      // text or country column may break it; else no country is assumed and the file is flagged.
      const names = inferred.tied.map((plan) => `${countryName(plan.country)} (${plan.country})`).join(', ');
      const countries = inferred.tied.map((plan) => plan.country).join(',');
      const decided = breakPlanTie(inferred.tied.map((plan) => plan.country), tieEvidence(table, classification));
      const chosen = decided && inferred.tied.find((plan) => plan.country === decided.country);
      if (decided && chosen) {
        defaultCountry = decided.country;
        countrySource = 'inferred';
        const text = `${describePlan({ ...inferred, country: chosen.country, explained: chosen.explained }, phones.length)}; ` +
          `the numbers alone fit ${names} equally; ${decided.reason}`;
        assumptions.push(text);
        // NOTE: the evidence goes in as the reason's `cause` (see translateCode), so each language says it.
        const evidence = Object.fromEntries(Object.entries(decided.evidence.params).map(([name, value]) => [`cause${name.charAt(0).toUpperCase()}${name.slice(1)}`, value]));
        notes.push({ text, code: 'plan-tie-broken', params: { country: decided.country, countries, explained: chosen.explained, values: inferred.nationalValues, cause: decided.evidence.code, ...evidence } });
      } else {
        const text = `the ${inferred.form === 'bare' ? 'bare-digit' : 'national-form'} phone numbers fit ${names} equally ` +
          `(${inferred.explained} of ${inferred.nationalValues}) and nothing in the file tells which: no country assumed; ` +
          'set the file\'s default country (those without a country on their own row are rejected until then)';
        assumptions.push(text);
        notes.push({ text, code: 'plan-tie', params: { countries, form: inferred.form === 'bare' ? 'bare' : 'trunk', explained: inferred.explained, values: inferred.nationalValues } });
        const review = `numbering plan unclear: the numbers fit ${names}; set the file's default country`;
        classification = {
          ...classification, needsReview: classification.needsReview ? `${classification.needsReview}; ${review}` : review,
          reviewNotes: [...(classification.reviewNotes ?? []), { code: 'plan-unclear', params: { countries } }],
        };
      }
    } else if (inferred.country) {
      defaultCountry = inferred.country;
      countrySource = 'inferred';
      const text = describePlan(inferred, phones.length);
      assumptions.push(text);
      notes.push({ text, code: 'plan-read', params: { form: inferred.form === 'trunk' ? 'trunk' : 'bare', country: inferred.country, explained: inferred.explained, values: inferred.nationalValues, cells: phones.length } });
    }
  }
  onProgress?.(0.7);
  const trunkZeroDropped: ColumnRole[] = [];
  if (defaultCountry) {
    for (const role of PHONE_ROLES) {
      const check = detectDroppedTrunkZero(columnValues(table, classification, [role]), defaultCountry);
      if (!check.dropped) continue;
      trunkZeroDropped.push(role);
      const header = classification.columns.find((column) => column.role === role)?.header ?? role;
      const text = `${header}: ${check.restored} of ${check.bareValues} numbers are ${countryName(defaultCountry)} numbers written without ` +
        'their leading 0 (as spreadsheets leave them); read as national numbers';
      assumptions.push(text);
      notes.push({ text, code: 'trunk-zero-dropped', params: { header, restored: check.restored, values: check.bareValues, country: defaultCountry } });
    }
  }
  onProgress?.(0.8);
  const dateFormat: DateFormat = fileMapping.dateFormat ?? options.mapping?.defaults?.dateFormat
    ?? inferDateFormat(columnValues(table, classification, DATE_ROLES));
  if (!fileMapping.dateFormat && !options.mapping?.defaults?.dateFormat && columnValues(table, classification, DATE_ROLES).length > 0) {
    const text = `dates read as ${describeDateFormat(dateFormat)}`;
    assumptions.push(text);
    notes.push({ text, code: 'dates-read-as', params: { format: dateFormat } });
  }
  // NOTE: a time column the reader fails on in numbers is flagged (and its column's confidence lowered): its rows would lose
  // their times. A birth date that cannot be read is kept as written, with a warning on its row.
  for (const bad of unreadableDateColumns(table.rows.slice(0, INFERENCE_SAMPLE), classification, ['datetime', 'date'], dateFormat)) {
    const percent = Math.round((bad.unreadable / bad.total) * 100);
    const review = `"${bad.header}": ${bad.unreadable} of the first ${bad.total} dates cannot be read (${percent}%, e.g. "${bad.example}"); check the column or state its date format`;
    const columns = classification.columns.map((column, index) => (index === bad.index ? { ...column, confidence: Math.min(column.confidence ?? 1, Math.round((1 - bad.unreadable / bad.total) * 100) / 100) } : column));
    classification = {
      ...classification, columns, needsReview: classification.needsReview ? `${classification.needsReview}; ${review}` : review,
      reviewNotes: [...(classification.reviewNotes ?? []), { code: 'dates-unreadable', params: { header: bad.header, count: bad.unreadable, total: bad.total, percent, example: bad.example } }],
    };
  }
  const timeHeaders = classification.columns.filter((column) => column.role === 'datetime' || column.role === 'date' || column.role === 'time').map((column) => column.header);
  const decided = decideFileZone({
    times: columnValues(table, classification, ['datetime', 'date']), dateFormat, texts: [...timeHeaders, ...titlesOf(table)],
    timeColumn: classification.columns.some((column) => column.role === 'time'),
    ...(defaultCountry ? { country: defaultCountry } : {}),
  });
  if (decided.note) {
    assumptions.push(decided.note.text);
    notes.push(decided.note);
  }
  const nameParts = namePlan(classification);
  if (nameParts) {
    classification = nameParts.classification;
    const header = (index: number | undefined) => (index === undefined ? '' : table.headers[index] ?? '');
    const [surname, given, middle] = [header(nameParts.parts.surname), header(nameParts.parts.given), header(nameParts.parts.middle)];
    const text = `each person's name joined from ${given} and ${surname} (given name, surname, suffix: "DELA CRUZ" + "JUAN JR." → "JUAN DELA CRUZ JR.")` +
      `${middle ? `; ${middle} kept as an attribute` : ''}; the parts are kept as attributes`;
    assumptions.push(text);
    notes.push({ text, code: 'name-parts-joined', params: { given, surname, middle: middle || 'none' } });
  }
  // NOTE: a list that says of itself it lists victims (file name, title) makes each person in it one (see victimListEvidence).
  const victimList = victimListEvidence(table.file, titlesOf(table), classification.kind, classification.columns);
  if (victimList) {
    const words = victimList.words.join(', ');
    const text = `every person in this file is read as a victim (never ranked): its name or title ("${victimList.source}") says it lists victims (${words}) and no column gives a per-row status`;
    assumptions.push(text);
    notes.push({ text, code: 'victim-list', params: { source: victimList.source, words } });
  }
  const unread = keepUnreadRoles(classification.kind, classification.columns);
  for (const note of unread.notes) {
    assumptions.push(note.text);
    notes.push(note);
  }
  onProgress?.(0.9);
  // NOTE: two passes over a calls file's rows (seconds for a national telco's file): its loops' pulses move the bar.
  const callParties = classification.kind === 'calls'
    ? listenForPulses(onProgress && ((fraction) => onProgress(0.9 + 0.1 * fraction)), () => detectCallParties(table.rows, classification.columns, classification.subjectCentric))
    : undefined;
  if (callParties?.note) {
    assumptions.push(callParties.note.text);
    notes.push(callParties.note);
  }
  const ownCurrency = classification.kind === 'statement' ? statementCurrency(table.rows.slice(0, INFERENCE_SAMPLE), unread.columns) : undefined;
  return {
    table,
    classification,
    settings: {
      ...(ownCurrency ? { statementCurrency: ownCurrency } : {}),
      ...(callParties ? { callParties } : {}),
      file: table.file, columns: unread.columns, dateFormat,
      subjectCentric: classification.subjectCentric, ...(defaultCountry ? { defaultCountry } : {}),
      ...(trunkZeroDropped.length > 0 ? { trunkZeroDropped } : {}),
      ...(victimList ? { victimList: true } : {}),
      ...(nameParts ? { nameParts: nameParts.parts } : {}),
      ...(decided.zone ? { zone: decided.zone.minutes } : {}),
      ...subjectWritten(table),
    },
    countrySource,
    ...(decided.zone ? { zone: decided.zone } : {}),
    assumptions,
    ...(notes.length > 0 ? { notes } : {}),
    fileWarnings: callParties?.warning ? [callParties.warning] : [],
  };
}

// NOTE: the statement's own account is put in its column without separators (an account key has none), but a number
// written with its "+" above the header (`Mobile: +60 11-2345 6789`) is a phone-numbered wallet: the reader keys it so.
function subjectWritten(table: Table): Pick<FileSettings, 'subjectAccount'> {
  const note = table.notes.find((item) => item.code === 'subject-from-title' || item.code === 'subject-stated');
  const number = note?.params?.number;
  return typeof number === 'string' && /^\s*\+/.test(number) ? { subjectAccount: number } : {};
}

/** The file's own words (header names, the title line) and its per-row country values: evidence for a plan tie. */
function tieEvidence(table: Table, classification: Classification): PlanTieEvidence {
  const titles = titlesOf(table);
  // NOTE: only the subject's column of a subject-centric CDR: other parties in bare international form
  // are often numbers dialled abroad, no evidence of the file's own plan.
  const subjects = classification.subjectCentric ? columnValues(table, classification, ['phone_a']) : [];
  const msisdnCountries = subjects.slice(0, MSISDN_SAMPLE).flatMap((value) => {
    const phone = normalizePhone(value);
    return phone?.reading === 'msisdn' && phone.valid && phone.country ? [phone.country] : [];
  });
  // NOTE: `+63…` beside `0918…` in one column: the column's explicit numbers tell its plan. In a CDR only the subject's column.
  const own = classification.kind === 'calls' ? subjects : columnValues(table, classification, PHONE_ROLES);
  const explicitCountries = own.slice(0, MSISDN_SAMPLE).flatMap((value) => {
    if (!/^\s*(\+|00)/.test(value)) return [];
    const phone = normalizePhone(value);
    return phone && phone.reading !== 'msisdn' && phone.reading !== 'national' && phone.valid && phone.country ? [phone.country] : [];
  });
  // NOTE: a subscriber written both ways in the same columns (`639271709029` and `09271709029`) tells the plan of the
  // national form: that bare international number's country. In any kind of file (in a CDR too: it is one number);
  // a subject-centric CDR's own subscribers already tell it.
  const phones = [...columnValues(table, classification, PHONE_ROLES), ...walletValues(table, classification)].slice(0, MSISDN_SAMPLE);
  const national = new Set(phones.map((value) => value.replace(/[^\d+]/g, '')).filter((digits) => /^0[1-9]/.test(digits)));
  for (const value of msisdnCountries.length > 0 ? [] : phones) {
    if (!/^\s*[1-9]/.test(value)) continue;
    const phone = normalizePhone(value);
    if (phone?.reading !== 'msisdn' || !phone.valid || !phone.country) continue;
    const nationalNumber = parsePhoneNumberFromString(phone.e164)?.nationalNumber;
    if (nationalNumber && national.has(`0${nationalNumber}`)) msisdnCountries.push(phone.country);
  }
  return {
    texts: [...titles, ...table.headers], rowCountries: columnValues(table, classification, COUNTRY_ROLES), msisdnCountries, explicitCountries,
    cellIds: columnValues(table, classification, ['cell_id']).slice(0, MSISDN_SAMPLE),
    dates: columnValues(table, classification, ['date', 'datetime']).slice(0, MSISDN_SAMPLE),
  };
}

const PERSON_KINDS = new Set(['people', 'subscribers', 'account_holders', 'sightings']);

/**
 * A person's name written in parts (SURNAME, FIRST NAME, M.I.): the columns, and the plan with the name role on a part
 * when no column had it. None when another column holds the whole name (`FULL NAME` beside the parts).
 */
function namePlan(classification: Classification): { parts: NameParts; classification: Classification } | undefined {
  if (!PERSON_KINDS.has(classification.kind)) return undefined;
  const parts = namePartsOf(classification.columns.map((column) => column.header));
  if (!parts) return undefined;
  const named = classification.columns.findIndex((column) => column.role === 'person_name');
  const partIndexes = [parts.surname, parts.given, parts.middle];
  if (named >= 0 && !partIndexes.includes(named)) return undefined;
  if (named === parts.middle) return undefined;
  if (named >= 0) return { parts, classification };
  const given = classification.columns[parts.given];
  if (!given || given.role !== undefined) return undefined;
  const columns = classification.columns.map((column, index) => index === parts.given
    ? { ...column, role: 'person_name' as const, by: 'header' as const, evidence: ['a name written in parts: the given name, joined with the surname'] }
    : column);
  return { parts, classification: { ...classification, columns } };
}

/** The title lines skipped above the header, as written. */
function titlesOf(table: Table): string[] {
  return table.notes.flatMap((note) => (note.code === 'title-lines-skipped' && typeof note.params?.title === 'string' ? [note.params.title] : []));
}

const ACCOUNT_ROLES: ColumnRole[] = ['account', 'account_from', 'account_to', 'counterparty'];

/** The values of account columns that hold wallets opened on mobile numbers (see namesWalletColumn): phone numbers too. */
function walletValues(table: Table, classification: Classification): string[] {
  // NOTE: a file that names each row's provider (a KYC reply listing GCash, DANA and Wing wallets) mixes countries:
  // each row's provider gives its wallet's plan (see RowContext.readAccount), not one plan for the file.
  if (classification.columns.some((column) => column.role === 'bank')) return [];
  const roles = ACCOUNT_ROLES.filter((role) => classification.columns.some((column) => column.role === role && namesWalletColumn(column.header, table.file)));
  return roles.length > 0 ? columnValues(table, classification, roles) : [];
}

function columnValues(table: Table, classification: Classification, roles: ColumnRole[]): string[] {
  const indexes = classification.columns.flatMap((column, index) => (column.role && roles.includes(column.role) ? [index] : []));
  const values: string[] = [];
  for (const row of table.rows.slice(0, INFERENCE_SAMPLE)) {
    for (const index of indexes) {
      const cell = (row[index] ?? '').trim();
      if (cell !== '') values.push(cell);
    }
  }
  return values;
}

export function describeDateFormat(format: DateFormat): string {
  return { iso: 'ISO (year-month-day)', dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year/month/day' }[format];
}
