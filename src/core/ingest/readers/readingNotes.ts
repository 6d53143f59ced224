// What the readers actually did in one file, counted, so the ledger's assumption lines tell the truth.

import { countryName } from '../../normalize/country.ts';
import type { DateForm } from '../../normalize/date.ts';
import type { PhoneResult } from '../../normalize/phone.ts';
import type { LedgerNote } from '../ledger.ts';

/** Where a row's currency was read: its currency column, the mark in its amount cell, the amount's header, the statement's other amount columns, or assumed. */
export type CurrencySource = 'column' | 'cell' | 'header' | 'language' | 'country' | 'statement';

const DATE_FORMS: Record<Exclude<DateForm, 'text'>, string> = {
  'buddhist-era': 'have Thai Buddhist-era years (2567 = 2024), converted to the common era',
  minguo: 'have Taiwanese (Minguo) years (113 = 2024), converted to the common era',
  'japanese-era': 'have Japanese era years (令和6 = 2024), converted to the common era',
  'excel-serial': 'are Excel serial day numbers (45352.34 = 2024-03-01 08:09), read as dates',
  'unix-seconds': 'are unix times in seconds, read as UTC',
  'unix-milliseconds': 'are unix times in milliseconds, read as UTC',
};

/** Counts of readings per kind; `lines()` turns them into ledger assumption lines (stable order). */
export class ReadingNotes {
  private readonly phoneForms = new Map<string, number>();
  private readonly dateForms = new Map<string, Map<DateForm, number>>();
  private readonly badDates = new Map<string, number>();
  /** `source|header|currency` → rows whose currency that reading gave. */
  private readonly currencies = new Map<string, number>();

  /** Rows with an amount and no currency read or assumed (their money is `unspecified`). */
  private noCurrency = 0;

  /** One row with an amount but no currency anywhere: said in the ledger, per file. */
  currencyUnknown(): void {
    this.noCurrency += 1;
  }

  /** One row's currency, and which reading gave it (the one that won). */
  currency(source: CurrencySource, header: string, currency: string): void {
    const key = `${source}|${currency}|${header}`;
    this.currencies.set(key, (this.currencies.get(key) ?? 0) + 1);
  }

  /** Coded lines saying where the file's currencies came from (`currency-read`, `currency-assumed`), stable order. */
  currencyNotes(): LedgerNote[] {
    const notes = [...this.currencies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, count]): LedgerNote => {
      const [source = 'column', currency = '', ...rest] = key.split('|');
      const header = rest.join('|');
      if (source === 'country') {
        return { code: 'currency-from-country', params: { currency, country: header, count },
          text: `${count} amount${count === 1 ? '' : 's'} written without a currency: ${currency} assumed from the file's country (${countryName(header)}, its e-wallets' plan), a guess (state the currency in a column or a mapping to override)` };
      }
      if (source === 'statement') {
        const [unmarked = '', marked = ''] = header.split('\u0001');
        return { code: 'currency-from-statement', params: { currency, header: unmarked, marked, count },
          text: `${count} amount${count === 1 ? '' : 's'} in ${unmarked} written without a currency: read as ${currency}, the currency this statement's own ${marked} cells write (one account, one currency)` };
      }
      if (source === 'language') {
        return { code: 'currency-assumed', params: { currency, count },
          text: `${count} row${count === 1 ? '' : 's'} with amounts written without a currency: ${currency} assumed from the language of the file's headers (state the currency in a column or a mapping to override)` };
      }
      const where = source === 'header' ? `the header "${header}"` : source === 'cell' ? `the currency mark in the ${header} cells` : `the ${header} column`;
      return { code: 'currency-read', params: { currency, header, source, count }, text: `currency ${currency} read from ${where} (${count} row${count === 1 ? '' : 's'})` };
    });
    const count = this.noCurrency;
    if (count > 0) {
      notes.push({ code: 'currency-unknown', params: { count },
        text: `${count} amount${count === 1 ? '' : 's'} with no currency: none is written on the rows, in a column or the mapping, and nothing in the file points to one (state it in a mapping)` });
    }
    return notes;
  }

  /** One phone read: how (`+`/`00`, MSISDN, national) and, for a national reading, whose plan. */
  /** `source`: where the plan for a national number came from (true: the row's country column, as before). */
  phone(result: PhoneResult, source: boolean | 'row' | 'file' | 'nationality'): void {
    const from = source === true ? 'row' : source === false ? 'file' : source;
    let key: string;
    if (result.reading === 'national') key = this.nationalKey(from, result.plan ?? result.country ?? '');
    else key = result.reading === 'msisdn' ? 'msisdn' : 'international';
    this.phoneForms.set(key, (this.phoneForms.get(key) ?? 0) + 1);
  }

  /** `national|source|plan`, made once per file (a key string per phone cell is a million strings on a national case). */
  private nationalKey(from: string, plan: string): string {
    let byPlan = this.nationalKeys.get(from);
    if (!byPlan) this.nationalKeys.set(from, (byPlan = new Map()));
    let key = byPlan.get(plan);
    if (key === undefined) byPlan.set(plan, (key = `national|${from}|${plan}`));
    return key;
  }

  private readonly nationalKeys = new Map<string, Map<string, string>>();

  date(header: string, form: DateForm): void {
    let forms = this.dateForms.get(header);
    if (!forms) this.dateForms.set(header, (forms = new Map()));
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }

  unreadableDate(header: string): void {
    this.badDates.set(header, (this.badDates.get(header) ?? 0) + 1);
  }

  /** One name cell split at an alias marker (`als.`, `a.k.a.`, `@`…): the name kept as the person's, the rest as aliases. */
  aliasesSplit(header: string): void {
    this.splitNames.set(header, (this.splitNames.get(header) ?? 0) + 1);
  }

  private readonly splitNames = new Map<string, number>();

  /** One duration cell that says the call did not connect (`未接通`, `no answer`), read as 0 seconds. */
  notConnected(header: string, written: string): void {
    const seen = this.unconnected.get(header);
    this.unconnected.set(header, { count: (seen?.count ?? 0) + 1, words: seen && (seen.words.includes(written) || seen.words.length >= 3) ? seen.words : [...(seen?.words ?? []), written] });
  }

  private readonly unconnected = new Map<string, { count: number; words: string[] }>();

  /** A list row whose person had no id and no identity document: keyed by its name (see RowContext.person). */
  keyedByName(header: string, key: string, label: string): void {
    this.namesHeader ??= header;
    const seen = this.nameRows.get(key);
    if (seen) seen.rows += 1;
    else this.nameRows.set(key, { label, rows: 1 });
  }

  private namesHeader: string | undefined;
  private readonly nameRows = new Map<string, { label: string; rows: number }>();

  /**
   * The list's names that stand for several rows: without an id, rows of one name are read as one person, which is
   * right for one person's several SIMs and wrong for two people of a common name; said, never silent.
   */
  private repeatedNamesLine(): LedgerNote | undefined {
    let names = 0;
    let rows = 0;
    let top: { label: string; rows: number } | undefined;
    for (const entry of this.nameRows.values()) {
      if (entry.rows < 2) continue;
      names += 1;
      rows += entry.rows;
      if (!top || entry.rows > top.rows || (entry.rows === top.rows && entry.label < top.label)) top = entry;
    }
    if (!top || this.namesHeader === undefined) return undefined;
    const header = this.namesHeader;
    return {
      code: 'people-keyed-by-name', params: { header, names, rows, name: top.label, most: top.rows },
      text: `${header}: no id or identity-document column, so each name is one person: ${names} name${names === 1 ? '' : 's'} stand${names === 1 ? 's' : ''} for ${rows} rows (most: "${top.label}", ${top.rows} rows); people who only share a name are merged here (keyFrom: name): map an id or document column if the file has one`,
    };
  }

  /** Coded assumption lines describing the readings applied; none for a file of plain, unambiguous values. */
  lines(): LedgerNote[] {
    const lines: LedgerNote[] = [];
    const phones = this.phoneLine();
    if (phones) lines.push(phones);
    for (const [header, forms] of [...this.dateForms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const total = [...forms.values()].reduce((sum, n) => sum + n, 0);
      for (const [form, count] of forms) {
        if (form !== 'text') lines.push({ text: `${header}: ${count} of ${total} dates ${DATE_FORMS[form]}`, code: 'date-form', params: { header, count, total, form } });
      }
    }
    for (const [header, count] of this.splitNames) {
      lines.push({ text: `${header}: ${count} name${count === 1 ? '' : 's'} written with an alias (als., a.k.a., @…): the first name is the person's, the others are kept as aliases (attribute alias; the cell as written in nameAsWritten)`, code: 'name-aliases-split', params: { header, count } });
    }
    for (const [header, { count, words }] of this.unconnected) {
      const said = words.map((word) => `"${word}"`).join(', ');
      lines.push({ text: `${header}: ${count} call${count === 1 ? '' : 's'} written as not connected (${said}): kept with duration 0`, code: 'durations-not-connected', params: { header, count, words: said } });
    }
    const names = this.repeatedNamesLine();
    if (names) lines.push(names);
    for (const [header, count] of this.badDates) {
      lines.push({ text: `${header}: ${count} date${count === 1 ? '' : 's'} could not be read (see the warnings); those rows are kept without it`, code: 'dates-unreadable', params: { header, count } });
    }
    return lines;
  }

  private phoneLine(): LedgerNote | undefined {
    const national = [...this.phoneForms].filter(([key]) => key.startsWith('national|'));
    const msisdn = this.phoneForms.get('msisdn') ?? 0;
    // NOTE: one plan from the file's default and nothing else is what the file's plan line already says.
    const onlyFileDefault = national.length === 1 && national[0]?.[0].startsWith('national|file|') && msisdn === 0;
    if (national.length === 0 || onlyFileDefault) return undefined;
    // NOTE: each part is said on its own (catalogue `ledger.phoneReading`), joined with `; ` in every language.
    const readings: { count: number; plan: string; source: string }[] = national.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => {
      const [, source = 'file', plan = ''] = key.split('|');
      return { count, plan, source: Object.hasOwn(SOURCES, source) ? source : 'file' };
    });
    const parts = readings.map(({ count, plan, source }) => `${count} as national numbers of ${plan ? `${countryName(plan)} (${plan})` : 'an unknown plan'} from ${SOURCES[source] ?? SOURCES.file}`);
    if (msisdn > 0) parts.push(`${msisdn} as complete international numbers written without + (MSISDN)`);
    const params: Record<string, string | number> = { parts: readings.length, msisdn };
    readings.forEach(({ count, plan, source }, index) => {
      params[`count${index}`] = count;
      params[`plan${index}`] = plan || 'none';
      params[`source${index}`] = source;
    });
    return { text: `phone numbers without + or 00 read: ${parts.join('; ')}`, code: 'phones-read', params };
  }
}

const SOURCES: Record<string, string> = {
  row: "the row's own country column",
  file: "the file's default country",
  nationality: "the row's own nationality (per-row country; the file has no default country)",
};
