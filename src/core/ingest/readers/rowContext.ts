// One row seen through its file's plan: values by role, the file's defaults, and shared identifier readers.

import { ewalletCountry, namesWalletColumn, normalizeAccount, type AccountResult } from '../../normalize/account.ts';
import { walletPhone } from '../../normalize/planWallet.ts';
import { because, type Problem, type Reason } from './reasons.ts';
import { normalizeCountry } from '../../normalize/country.ts';
import { shiftTime } from '../../normalize/zone.ts';
import { combineDateTime, readDate, type DateFormat, type DateReading } from '../../normalize/date.ts';
import { splitIdentifiers } from '../../normalize/digits.ts';
import { joinAliases, splitAliases } from '../../normalize/alias.ts';
import { documentNumberKey } from '../../normalize/documentNumber.ts';
import { keyFromName, normalizeName } from '../../normalize/name.ts';
import { readNameCell, type NameCell } from '../../normalize/remark.ts';
import { PHONE_COUNTRY_CANDIDATES, formatPhone, normalizePhone, type PhoneResult } from '../../normalize/phone.ts';
import { ReadingNotes } from './readingNotes.ts';
import type { CallParties } from './callParties.ts';
import type { CaseBuilder, ColumnValues, EntityObservation, EntitySlot, LinkObservation } from '../../resolve/caseBuilder.ts';
import type { SourceRef } from '../../model/types.ts';
import type { ColumnPlan } from '../classify.ts';
import { joinNameParts, type NameParts } from '../evidence/nameParts.ts';
import type { ColumnRole } from '../roles.ts';

export interface FileSettings {
  file: string;
  columns: ColumnPlan[];
  defaultCountry?: string;
  dateFormat: DateFormat;
  subjectCentric: boolean;
  /** Phone columns whose trunk 0 a spreadsheet dropped (see detectDroppedTrunkZero). */
  trunkZeroDropped?: ColumnRole[];
  /** Calls files: whose handset, SIM and cell each row describes (see detectCallParties). */
  callParties?: CallParties;
  /** A people list that says of itself it lists victims (see victimListEvidence): each person's status is `victim`. */
  victimList?: boolean;
  /** A person's name written in parts (see namePartsOf): joined into the name, each part kept as an attribute. */
  nameParts?: NameParts;
  /** A statement's own account as written above the header, when written as a phone number (`+60 11-2345 6789`). */
  subjectAccount?: string;
  /** Minutes east of UTC the file's times are read in, when the file gives evidence (see decideFileZone). */
  zone?: number;
  /** A statement's one currency as its own amount cells write it (see statementCurrency): its unmarked amounts' too. */
  statementCurrency?: { currency: string; header: string };
}

/**
 * A cell as the importer reads it (and the review's preview shows it): trimmed, and the single quotes
 * some telcos wrap numbers in (`'6281234567890'`, to stop Excel eating digits) or Excel's leading text
 * apostrophe before a number (`'0812…`) removed. Anything else is kept as written.
 */
export function readCell(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (!text.startsWith("'")) return text;
  const wrapped = /^'([^']+)'$/.exec(text);
  if (wrapped?.[1]) return wrapped[1].trim();
  const prefixed = /^'([+\p{Nd}][\p{Nd}\s\-.,/()]*)$/u.exec(text);
  return prefixed?.[1] ? prefixed[1].trim() : text;
}

const ACCOUNT_ROLES: ReadonlySet<ColumnRole> = new Set(['account', 'account_from', 'account_to', 'counterparty']);

// Excel's scientific notation (`8,12346E+10`): the digits after the sixth are gone for good.
const SCIENTIFIC = /^\d[.,]\d+E\+?\d+$/i;

// NOTE: a CDR names the same few thousand numbers a million times; reading each spelling once per
// file (per default country) keeps a million-row import in seconds, not minutes.
/** Per-file memo of identifier readings, keyed by the cell as written (and the row's default country). */
export class ReadingCache {
  /** Default country ('' for none) and whether the trunk 0 was dropped → cell → its reading (see PhoneCell). */
  readonly phones = new Map<string, Map<string, PhoneCell>>();
  readonly phoneLabels = new Map<string, string>();
  readonly accounts = new Map<string, AccountResult | null>();
  /** Account columns whose header or file name says they hold e-wallets opened on mobile numbers (see namesWalletColumn). */
  readonly walletColumns = new Map<ColumnRole, boolean>();
  /** Whether the file's name or an account column's header says it holds e-wallets (see RowContext.walletFileCountry). */
  walletFile: boolean | undefined;
  /** What readings were applied in this file, for the ledger's assumption lines. */
  readonly notes = new ReadingNotes();
  /** Roles the file's reader asked a row for (see get): a column whose role no row asked for was not read. */
  readonly readRoles = new Set<ColumnRole>();
  /** Whether the reader kept a row's other columns as attributes (see extras). */
  keptExtras = false;
  /** The file's date cells as read (one date format per file). */
  readonly dates = new DateReadings();
  /** A reader's link columns (by what it made into the link itself): which columns, their headers, rows seen of them. */
  readonly linkColumns = new Map<ReadonlySet<ColumnRole>, LinkColumns>();
}

// NOTE: a national CDR names each number thousands of times: its reading, label and place in the case are found once
// per file and plan, and a row finds all three with one lookup of the cell as written (it took four: the reading, the
// label, the type and the key).
/** A phone cell as read in one file under one plan: its reading, and once a row adds it, its label and slot. */
interface PhoneCell {
  readonly result: PhoneResult | null;
  label: string | undefined;
  /** The entity's slot in `builder` (a cache serves one builder; another's rows look theirs up). */
  slot: EntitySlot | undefined;
  builder: CaseBuilder | undefined;
}

/**
 * A file's date cells read once each. NOTE: a date column repeats its days thousands of times, but a CDR's
 * timestamps to the second hardly ever repeat: when the first few thousand cells were mostly new, the file's
 * dates are read cell by cell without remembering them.
 */
class DateReadings {
  private readonly known = new Map<string, DateReading | null>();
  private asked = 0;
  private found = 0;
  private remembering = true;

  read(raw: string, format: DateFormat): DateReading | null {
    if (!this.remembering) return readDate(raw, format);
    this.asked += 1;
    const known = this.known.get(raw);
    if (known !== undefined) {
      this.found += 1;
      return known;
    }
    const reading = readDate(raw, format);
    this.known.set(raw, reading);
    if ((this.asked >= DATES_TRIED && this.found * 4 < this.asked) || this.known.size >= DATES_KEPT) {
      this.remembering = false;
      this.known.clear();
    }
    return reading;
  }
}

/** Cells read before a file's dates are judged too distinct to remember; cells remembered at most per file. */
const DATES_TRIED = 4096;
const DATES_KEPT = 50_000;

interface LinkColumns {
  indexes: number[];
  headers: string[];
  distinct: boolean;
  /** The values of rows seen (joined by NUL) → their shared ColumnValues. */
  rows: Map<string, ColumnValues>;
}

/** Distinct rows of other-column values shared per file and reader; rows past it get values of their own. */
const SHARED_ROWS = 4096;

// NOTE: every row asks for a dozen roles; the first column of each role is found once per file's plan.
const roleIndexes = new WeakMap<readonly ColumnPlan[], Map<ColumnRole, number>>();

/** Role → index of the first column with that role. */
function roleIndex(columns: readonly ColumnPlan[]): Map<ColumnRole, number> {
  let index = roleIndexes.get(columns);
  if (!index) {
    index = new Map();
    for (const [i, column] of columns.entries()) if (column.role && !index.has(column.role)) index.set(column.role, i);
    roleIndexes.set(columns, index);
  }
  return index;
}

/** A problem with one cell: the row may still be usable. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; missing: boolean; problem: string; why: Problem };

export class RowContext {
  readonly warnings: Reason[] = [];
  readonly ref: SourceRef;
  private readonly pendingEntities: EntityObservation[] = [];
  /** The slot of each staged entity (found once, when staged). */
  private readonly pendingSlots: EntitySlot[] = [];
  private readonly pendingLinks: LinkObservation[] = [];
  private readonly roles: Map<ColumnRole, number>;
  /** The row's own country (see rowCountry), read once per row: null when none. */
  private country: string | null | undefined;
  /** The nationality the last phone cell read took its plan from (see phoneCell). */
  private nationality: string | undefined;

  constructor(
    readonly settings: FileSettings,
    private readonly cells: string[],
    line: number,
    private readonly builder: CaseBuilder,
    private readonly cache: ReadingCache = new ReadingCache(),
  ) {
    this.ref = { file: settings.file, line };
    this.roles = roleIndex(settings.columns);
  }

  /** Stages an entity; nothing reaches the case unless the row is imported (see commit). */
  entity(observation: EntityObservation): string {
    return this.stage(observation, this.builder.slotOf(observation.type, observation.key));
  }

  /** Stages an entity whose slot the caller holds. */
  private stage(observation: EntityObservation, slot: EntitySlot): string {
    this.pendingEntities.push(observation);
    this.pendingSlots.push(slot);
    return slot.id;
  }

  /** Stages a link between two staged entity ids. */
  link(observation: LinkObservation): void {
    this.pendingLinks.push(observation);
  }

  // NOTE: a rejected row must leave no trace in the case, or a node could cite a row the ledger rejected.
  /** Adds everything the row staged to the case. */
  commit(): void {
    this.pendingEntities.forEach((observation, index) => this.builder.addEntity(observation, this.ref, this.pendingSlots[index]));
    for (const observation of this.pendingLinks) this.builder.addLink(observation, this.ref);
  }

  /** What the readers did in this file, for the ledger's assumption lines. */
  get notes(): ReadingNotes {
    return this.cache.notes;
  }

  /** The trimmed value of the first column with this role, or '' when absent or empty. */
  get(role: ColumnRole): string {
    this.cache.readRoles.add(role);
    const index = this.roles.get(role);
    return index === undefined ? '' : readCell(this.cells[index]);
  }

  has(role: ColumnRole): boolean {
    return this.roles.has(role);
  }

  header(role: ColumnRole): string {
    const index = this.roles.get(role);
    return (index === undefined ? undefined : this.settings.columns[index]?.header) ?? role;
  }

  /**
   * Columns without a role (and repeated roles) kept as attributes under their header.
   * NOTE: a null-prototype record: a column named `constructor` or `__proto__` is data, not a key of Object.
   */
  extras(): Record<string, string> {
    this.cache.keptExtras = true;
    const extras: Record<string, string> = Object.create(null) as Record<string, string>;
    const seen = new Set<ColumnRole>();
    this.settings.columns.forEach((column, index) => {
      const value = readCell(this.cells[index]);
      if (column.role === 'ignore') return;
      if (column.role && !seen.has(column.role)) {
        seen.add(column.role);
        return;
      }
      if (value !== '') extras[column.header] = value;
    });
    return extras;
  }

  /**
   * A link row's other columns by header: every column whose role the reader did not make into the link itself
   * (its ends, time, amount, duration…) — channel, memo, bank, operator, balance, a remark, a column with no role.
   * NOTE: an investigator expects a transfer's channel and memo, or who reported an association, on the link with
   * its file and line; such columns used to be named `column-not-read` in the ledger and left in the file.
   */
  linkAttributes(made: ReadonlySet<ColumnRole>): ColumnValues {
    this.cache.keptExtras = true;
    let kept = this.cache.linkColumns.get(made);
    if (!kept) {
      kept = { indexes: [], headers: [], distinct: true, rows: new Map() };
      const seen = new Set<ColumnRole>();
      this.settings.columns.forEach((column, index) => {
        const role = column.role;
        if (role === 'ignore') return;
        if (role !== undefined && !seen.has(role)) {
          seen.add(role);
          if (made.has(role)) return;
          this.cache.readRoles.add(role);
        }
        kept?.indexes.push(index);
        kept?.headers.push(column.header);
      });
      kept.distinct = new Set(kept.headers).size === kept.headers.length;
      this.cache.linkColumns.set(made, kept);
    }
    const values = kept.indexes.map((index) => readCell(this.cells[index]));
    // NOTE: rows that say the same (`OUTGOING`, `SMS`) share one ColumnValues, up to a bound per file.
    const content = values.length === 1 ? (values[0] as string) : values.join('\u0000');
    const known = kept.rows.get(content);
    if (known) return known;
    const columns: ColumnValues = { headers: kept.headers, values, distinct: kept.distinct };
    if (kept.rows.size < SHARED_ROWS) kept.rows.set(content, columns);
    return columns;
  }

  /** The row's own country column, if it names a country: the default for its phone numbers. */
  rowCountry(): string | undefined {
    if (this.country === undefined) this.country = normalizeCountry(this.get('country'));
    else this.cache.readRoles.add('country');
    return this.country ?? undefined;
  }

  /** Reads a phone column and adds the phone entity; returns its id. */
  phone(role: ColumnRole, attributes: Record<string, string | undefined> = {}): CellResult<string> {
    const raw = this.get(role);
    if (raw === '') return this.empty(role);
    const cell = this.phoneCell(role, raw);
    const result = this.withAlternatives(cell.result, raw);
    if (!result) return { ok: false, missing: false, ...this.phoneProblem(role, raw) };
    return { ok: true, value: this.addPhone(result, raw, attributes, role, result === cell.result ? cell : undefined) };
  }

  /** Reads a phone column that may name several numbers (`/`, `;`, `&`, newline) and adds each; returns their ids. */
  phones(role: ColumnRole, attributes: Record<string, string | undefined> = {}): CellResult<string[]> {
    const raw = this.get(role);
    const parts = splitIdentifiers(raw);
    if (parts.length > 1 || (parts.length === 1 && parts[0] !== raw)) {
      const results = parts.map((part) => this.readPhone(role, part));
      if (results.every((result) => result !== null)) {
        return { ok: true, value: results.map((result, i) => this.addPhone(result, parts[i] ?? raw, attributes, role)) };
      }
    }
    const one = this.phone(role, attributes);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }

  /** How the import reads `raw` in this row's phone column `role` (the review's preview shows the same), adding nothing to the case. */
  readPhone(role: ColumnRole, raw: string): PhoneResult | null {
    return this.withAlternatives(this.phoneCell(role, raw).result, raw);
  }

  /** The file's reading of `raw` in phone column `role` under this row's plan; counts it in the file's notes. */
  private phoneCell(role: ColumnRole, raw: string): PhoneCell {
    const columnCountry = this.rowCountry();
    const nationality = columnCountry || this.settings.defaultCountry ? undefined : this.nationalityFor(raw);
    this.nationality = nationality;
    const rowCountry = columnCountry ?? nationality;
    const defaultCountry = rowCountry ?? this.settings.defaultCountry;
    const trunkZeroDropped = this.settings.trunkZeroDropped?.includes(role) ?? false;
    const context = trunkZeroDropped ? `${defaultCountry ?? ''}|0` : defaultCountry ?? '';
    // NOTE: most cells were read before in this file: one lookup per plan, one per cell.
    let cells = this.cache.phones.get(context);
    if (!cells) this.cache.phones.set(context, (cells = new Map()));
    let cell = cells.get(raw);
    if (cell === undefined) {
      const result = normalizePhone(raw, defaultCountry ? { defaultCountry, trunkZeroDropped } : {});
      cells.set(raw, (cell = { result, label: undefined, slot: undefined, builder: undefined }));
    }
    if (cell.result) this.cache.notes.phone(cell.result, columnCountry ? 'row' : nationality ? 'nationality' : 'file');
    return cell;
  }

  /**
   * The reading with the number's other valid readings in the region when the plan came from the row's nationality.
   * NOTE: a person's nationality is weak evidence for their SIM's plan (a Myanmar worker in Thailand uses a Thai SIM):
   * the number's other valid readings in the region go along, and the case settles it (agreeingReadings).
   */
  private withAlternatives(result: PhoneResult | null, raw: string): PhoneResult | null {
    const nationality = this.nationality;
    if (result && nationality) {
      const others = otherValidReadings(raw, nationality, result.e164);
      if (others.length > 0) return { ...result, alternatives: others };
    }
    return result;
  }

  /**
   * A people or subscriber row's nationality as the plan for its national-form number (`0912…`, trunk 0),
   * used only when the file has no default country and the row no country column.
   */
  private nationalityFor(raw: string): string | undefined {
    if (!this.has('nationality') || /^\s*(\+|00)/.test(raw) || !/^0/.test(raw.replace(/\D/g, ''))) return undefined;
    return normalizeCountry(this.get('nationality')) ?? undefined;
  }

  private phoneProblem(role: ColumnRole, raw: string): { problem: string; why: Problem } {
    const params = { header: this.header(role), value: raw };
    if (SCIENTIFIC.test(raw)) {
      return { problem: `${this.header(role)} "${raw}" was turned into scientific notation by a spreadsheet: its last digits are lost and the number cannot be recovered`, why: { code: 'phone-scientific', params } };
    }
    const national = /^0/.test(raw.replace(/\D/g, '')) && !(this.rowCountry() ?? this.settings.defaultCountry ?? this.nationalityFor(raw));
    const hint = national ? ' (a national number: set the default country for this file)' : '';
    return { problem: `${this.header(role)} "${raw}" is not a phone number${hint}`, why: { code: 'not-phone', params: { ...params, hint: national ? 'national' : 'none' } } };
  }

  /** An empty cell of a column the row needs. */
  private empty(role: ColumnRole, code = 'empty'): { ok: false; missing: true; problem: string; why: Problem } {
    const header = this.header(role);
    return { ok: false, missing: true, problem: code === 'empty' ? `${header} is empty` : `${header} and the name are empty`, why: { code, params: { header } } };
  }

  /** Adds the phone entity of a reading; `cell`: the file's cell it came from as read (no other readings added). */
  private addPhone(result: PhoneResult, raw: string, attributes: Record<string, string | undefined>, role: ColumnRole, cell?: PhoneCell): string {
    // NOTE: bare digits valid in no reading (neither as a whole international number nor in the row's plan) are a
    // guess whichever key they get: kept under the plan-free one (see normalizePhone), marked, and said on the row.
    if (!result.valid && result.e164.startsWith('+') && BARE_DIGITS.test(raw)) {
      const header = this.header(role);
      this.warnings.push(because('phone-not-valid', `${header} "${raw}" is not a valid number as an international number or in the plan of its file; kept as written, as ${result.e164}, marked not valid`,
        { header, value: raw, key: result.e164 }));
    }
    const label = cell?.label ?? this.phoneLabel(result, raw);
    let slot: EntitySlot;
    if (cell) {
      cell.label = label;
      if (cell.builder !== this.builder) {
        cell.slot = this.builder.slotOf('phone', result.e164);
        cell.builder = this.builder;
      }
      slot = cell.slot as EntitySlot;
    } else slot = this.builder.slotOf('phone', result.e164);
    // NOTE: one shape for every phone observation (no spread): a national case makes a million of them.
    const observation: EntityObservation = {
      type: 'phone', key: result.e164, label, country: result.country, raw, alternativeKey: result.alternative, alternativeKeys: result.alternatives,
      attributes: result.valid ? attributes : { ...attributes, validity: 'not a valid number in its plan' },
    };
    return this.stage(observation, slot);
  }

  /** A number's label in this file: its international form, or (a short code) the first way the file wrote it. */
  private phoneLabel(result: PhoneResult, raw: string): string {
    let label = this.cache.phoneLabels.get(result.e164);
    if (label === undefined) {
      label = result.e164.startsWith('+') ? formatPhone(result.e164) : raw;
      this.cache.phoneLabels.set(result.e164, label);
    }
    return label;
  }

  /** Reads an account column and adds the account entity; returns its id. */
  account(role: ColumnRole, attributes: Record<string, string | undefined> = {}, country?: string): CellResult<string> {
    const raw = this.get(role);
    if (raw === '') return this.empty(role);
    const result = this.readAccount(role, raw);
    if (!result) {
      const scientific = SCIENTIFIC.test(raw);
      const problem = scientific
        ? `${this.header(role)} "${raw}" was turned into scientific notation by a spreadsheet: its last digits are lost and the account cannot be recovered`
        : `${this.header(role)} "${raw}" is not an account number or wallet address`;
      return { ok: false, missing: false, problem, why: { code: scientific ? 'account-scientific' : 'not-account', params: { header: this.header(role), value: raw } } };
    }
    return { ok: true, value: this.addAccount(role, result, raw, attributes, country) };
  }

  /** Reads an account column that may name several accounts (`/`, `;`, `&`, newline) and adds each. */
  accounts(role: ColumnRole, attributes: Record<string, string | undefined> = {}, country?: string): CellResult<string[]> {
    const raw = this.get(role);
    const parts = splitIdentifiers(raw);
    if (parts.length > 1 || (parts.length === 1 && parts[0] !== raw)) {
      const results = parts.map((part) => this.readAccount(role, part));
      if (results.every((result) => result !== null)) {
        return { ok: true, value: results.map((result, i) => this.addAccount(role, result, parts[i] ?? raw, attributes, country)) };
      }
    }
    const one = this.account(role, attributes, country);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }

  /** How the import reads `raw` in this row's account column `role` (the review's preview shows the same), adding nothing to the case. */
  readAccount(role: ColumnRole, written: string): AccountResult | null {
    const subject = this.settings.subjectAccount;
    const raw = subject && role === 'account' && written === subject.replace(/[^\dA-Za-z]/g, '') ? subject : written;
    // NOTE: a transfer row's bank column names one side's bank, not both; only a holder list's bank is the account's.
    const bank = role === 'account' ? this.get('bank') : '';
    // NOTE: a row's provider (`GCash`) names its wallet's country more closely than the file's plan does.
    const plan = this.rowCountry() ?? (bank ? ewalletCountry(bank) : undefined) ?? this.settings.defaultCountry;
    // NOTE: a row that names no provider takes its column's word: `Sender Mobile No.` in `gcash_le_reply.csv` holds
    // wallets opened on mobile numbers; a row whose provider names a bank keeps its account a bank account.
    const walletColumn = bank === '' && this.walletColumn(role);
    const memo = `${plan ?? ''}|${bank}|${walletColumn ? 'w' : ''}|${raw}`;
    let result = this.cache.accounts.get(memo);
    if (result === undefined) {
      result = normalizeAccount(raw, bank ? { bank } : {});
      // NOTE: a wallet opened on a phone number is keyed by the number (see walletPhone): its KYC reply, its statement
      // and the transfers that name it each write it their own way.
      const phone = result?.kind === 'bank' && walletColumn
        ? walletPhone(raw, 'ewallet', plan, { mobileOnly: true })
        : walletPhone(raw, result?.kind ?? 'bank', plan);
      // NOTE: only a number written with + or 00 is firm; any other reading keeps the plain key as its alternative, so
      // a transfers file that writes the wallet `0812…` without a provider keeps it one account (agreeingReadings).
      const plain = result && result.key !== phone?.key ? result.key : undefined;
      if (phone) result = { key: phone.key, kind: 'ewallet', phoneReading: phone.reading, ...(phone.country ? { country: phone.country } : {}), ...(phone.reading !== 'international' && plain ? { alternativeKey: plain } : {}) };
      else if (walletColumn) result = looseWalletNumber(raw, plan) ?? result;
      this.cache.accounts.set(memo, result);
    }
    return result;
  }

  /**
   * The country of a wallet file: its plan (stated or inferred), when its name or an account column's header says it
   * holds e-wallets (`gcash_le_reply.csv`, `No. HP Pengirim`); undefined for any other file.
   */
  walletFileCountry(): string | undefined {
    const country = this.settings.defaultCountry;
    if (!country) return undefined;
    if (this.cache.walletFile === undefined) {
      this.cache.walletFile = this.settings.columns.some((column) => column.role !== undefined && ACCOUNT_ROLES.has(column.role) && namesWalletColumn(column.header, this.settings.file));
    }
    return this.cache.walletFile ? country : undefined;
  }

  /** Does the account column `role` say it holds e-wallets opened on mobile numbers (header or file name)? */
  private walletColumn(role: ColumnRole): boolean {
    let named = this.cache.walletColumns.get(role);
    if (named === undefined) this.cache.walletColumns.set(role, (named = namesWalletColumn(this.header(role), this.settings.file)));
    return named;
  }

  private addAccount(role: ColumnRole, result: AccountResult, raw: string, attributes: Record<string, string | undefined>, country?: string): string {
    const bank = role === 'account' ? this.get('bank') : '';
    if (result.phoneNotValid) {
      const header = this.header(role);
      this.warnings.push(because('wallet-phone-not-valid', `${header} "${raw}" is not a valid mobile number; kept as the number ${result.key}, marked not valid`, { header, value: raw, key: result.key }));
      attributes = { ...attributes, validity: 'not a valid number in its plan' };
    }
    return this.entity(
      {
        type: 'account', key: result.key, label: result.key, country: country ?? result.country, raw, ...(result.alternativeKey ? { alternativeKey: result.alternativeKey } : {}),
        attributes: { accountKind: result.kind, network: result.network, bank: bank || undefined, ...(result.phoneReading ? { keyFrom: `phone number (${result.phoneReading})` } : {}), ...attributes },
      }
    );
  }

  /**
   * Reads a person reference (id column, else the identity document, else the name) and adds the person; returns its id.
   * `listRow`: the row is a list's entry for the person (people, subscribers, holders), not a mention in a link file.
   */
  person(idRole: ColumnRole, nameRole: ColumnRole | undefined, attributes: Record<string, string | undefined> = {}, country?: string, listRow = false): CellResult<string> {
    // NOTE: a bracket after a name is a remark or an alias (`Pham Quoc Bao (arrested)`, `Wang Weitao (王伟涛)`), in the
    // name column or in an id column that names people (an association's ends): kept beside the name, not in it.
    const idCell = readNameCell(this.get(idRole));
    const id = idCell.name;
    const parts = nameRole ? this.nameParts() : undefined;
    const nameCell = nameRole ? readNameCell(parts?.name ?? this.get(nameRole)) : { name: '' };
    const written = normalizeName(nameCell.name);
    if (parts) attributes = { ...attributes, ...parts.attributes };
    attributes = withNameCell(withNameCell(attributes, idCell), nameCell);
    // NOTE: `DEWI LESTARI als. MAMI DEWI` is Dewi Lestari, alias Mami Dewi: keyed and labelled by the name, the aliases kept.
    const { name, aliases } = splitAliases(written);
    if (aliases.length > 0) {
      attributes = { ...attributes, alias: joinAliases(attributes.alias, aliases), nameAsWritten: written };
      if (nameRole) this.cache.notes.aliasesSplit(this.header(nameRole));
    }
    // NOTE: a row's own person without an id column is keyed by its identity document (passport, NIK/KTP, MyKad/IC,
    // PhilSys: the `passport` role) when it has one: a SIM registration list names thousands of `SANTOS, MARIA`s, each
    // with her own ID NUMBER, and a name key would make them one person with a hundred SIMs. The entity says which
    // column keyed it (keyFrom: the header), so a same-passport person under another id is only suggested as a duplicate.
    const document = id === '' && idRole === 'person_id' ? documentNumberKey(this.get('passport')) : undefined;
    // NOTE: with neither, a person is keyed by the normalised name: two people of the same name merge.
    // The entity says so (keyFrom: name) so an analyst can check.
    const key = id !== '' ? id : document ?? (name !== '' ? keyFromName(name) : '');
    if (key === '') return this.empty(idRole, 'id-and-name-empty');
    const keyFrom = id !== '' ? undefined : document !== undefined ? this.header('passport') : 'name';
    if (keyFrom === 'name' && listRow && nameRole) this.cache.notes.keyedByName(this.header(nameRole), key, name);
    const entityIdValue = this.entity(
      { type: 'person', key, label: name || undefined, country, raw: id || (document !== undefined ? this.get('passport') : name), attributes: { ...attributes, ...(keyFrom ? { keyFrom } : {}) } },
    );
    return { ok: true, value: entityIdValue };
  }

  /** The row's name joined from its parts, and the parts under their headers; undefined when the file writes whole names. */
  private nameParts(): { name: string; attributes: Record<string, string> } | undefined {
    const parts = this.settings.nameParts;
    if (!parts) return undefined;
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const index of [parts.surname, parts.given, parts.middle]) {
      const header = index === undefined ? undefined : this.settings.columns[index]?.header;
      const value = index === undefined ? '' : readCell(this.cells[index]);
      if (header !== undefined && value !== '') attributes[header] = value;
    }
    return { name: joinNameParts(readCell(this.cells[parts.surname]), readCell(this.cells[parts.given])), attributes };
  }

  /** Reads a place reference (id column, else the name) and adds the location; returns its id. */
  location(attributes: Record<string, string | undefined> = {}, country?: string): CellResult<string> {
    const id = this.get('location_id');
    const name = normalizeName(this.get('location_name'));
    const key = id !== '' ? id : name !== '' ? keyFromName(name) : '';
    if (key === '') return this.empty('location_id');
    const entityIdValue = this.entity(
      { type: 'location', key, label: name || undefined, country, raw: id || name, attributes },
    );
    return { ok: true, value: entityIdValue };
  }

  /** The row's date-time: a date-time column, or a date column with an optional time column. */
  time(): string | undefined {
    const datetime = this.get('datetime');
    const date = this.get('date');
    const time = this.get('time');
    if (datetime === '' && date === '') return undefined;
    const role: ColumnRole = datetime !== '' ? 'datetime' : 'date';
    const reading = this.readDateCell(role, datetime !== '' ? datetime : date);
    let value = reading && role === 'date' && time !== '' ? combineDateTime(reading.value, time) : reading?.value;
    // NOTE: a cell that states its offset (`2024-03-02T01:00:00+08:00`) is that instant: kept as the wall time in the
    // file's zone (the timeline reads every row of a file in one zone), never as the wall time read in another zone.
    const zone = this.settings.zone;
    if (value && reading?.offset !== undefined && zone !== undefined && reading.offset !== zone) value = shiftTime(value, reading.offset, zone);
    if (!value) {
      const written = datetime !== '' ? datetime : [date, time].filter(Boolean).join(' ');
      this.warnings.push(because('date-not-real-time', `date "${written}" is not a real date; kept the row without a time`, { value: written }));
      this.cache.notes.unreadableDate(this.header(role));
      return undefined;
    }
    return value;
  }

  /** A date attribute (birth date, registration date) normalised, or as written with a warning. */
  date(role: ColumnRole): string | undefined {
    const raw = this.get(role);
    if (raw === '') return undefined;
    const value = this.readDateCell(role, raw)?.value;
    if (!value) {
      this.warnings.push(because('date-not-real', `${this.header(role)} "${raw}" is not a real date; kept as written`, { header: this.header(role), value: raw }));
      this.cache.notes.unreadableDate(this.header(role));
    }
    return value ?? raw;
  }

  private readDateCell(role: ColumnRole, raw: string): DateReading | null {
    const reading = this.cache.dates.read(raw, this.settings.dateFormat);
    if (reading) this.cache.notes.date(this.header(role), reading.form);
    return reading;
  }
}

/** A person's attributes with what a name cell's bracket said: its remark, and its alias beside any alias column's. */
function withNameCell(attributes: Record<string, string | undefined>, cell: NameCell): Record<string, string | undefined> {
  if (cell.remark === undefined && cell.alias === undefined) return attributes;
  const alias = attributes.alias && cell.alias && attributes.alias !== cell.alias ? `${attributes.alias}; ${cell.alias}` : attributes.alias || cell.alias;
  const remark = attributes.remark && cell.remark ? `${attributes.remark}; ${cell.remark}` : attributes.remark || cell.remark;
  return { ...attributes, ...(alias ? { alias } : {}), ...(remark ? { remark } : {}) };
}

/**
 * A number in a column whose header says phone (`No Tel Penerima`) that is no valid mobile: keyed by the number as
 * normalizePhone reads it (`+60130005963`, written `+60 13-000 5963`, `0060130005963` or `60130005963`), so its writings
 * stay one node; marked not valid. NOTE: a bank account's digits are never read so: only a column named for phones.
 */
function looseWalletNumber(raw: string, plan: string | undefined): AccountResult | null {
  if (!/^\s*\+?[\d\s\-.()\u00a0]{8,20}$/u.test(raw)) return null;
  const phone = normalizePhone(raw, plan ? { defaultCountry: plan } : {});
  if (!phone?.e164.startsWith('+')) return null;
  return { key: phone.e164, kind: 'ewallet', ...(phone.country ? { country: phone.country } : {}), phoneNotValid: !phone.valid };
}

/** Digits with separators but no `+`, no `00` and no trunk `0`: a number whose country the writer left out. */
const BARE_DIGITS = /^[\s\-.()\u00a0]*[1-9][\d\s\-.()\u00a0]*$/u;

/** The valid readings of a national-form number under the region's other plans, `read` excluded, in candidate order. */
function otherValidReadings(raw: string, plan: string, read: string): string[] {
  const others: string[] = [];
  for (const candidate of PHONE_COUNTRY_CANDIDATES) {
    if (candidate === plan) continue;
    const reading = normalizePhone(raw, { defaultCountry: candidate });
    if (reading?.valid && reading.e164 !== read && !others.includes(reading.e164)) others.push(reading.e164);
  }
  return others;
}
