// What kind of file is this and what does each column hold: every reading scored from header words, values and the
// case's other files; the best reading that makes sense wins, with its evidence and a confidence.

import { SimpulError } from '../model/errors.ts';
import { bestReference, EMPTY_CONTEXT, type CaseContext, type ReferenceMatch } from './evidence/caseContext.ts';
import { headerScores, namesCall, namesContact, namesOnlyAnId, type Candidate } from './evidence/headerWords.ts';
import { ID_CODE_SCORE, idCodeEvidence } from './evidence/idCodes.ts';
import { IDENTIFYING_ROLES, namesColumn, notIdentifying } from './evidence/identifying.ts';
import { KIND_TEMPLATES, SHAPED_ROLES, VALUE_ONLY, templateOf, type KindTemplate } from './evidence/kinds.ts';
import { describeValues, profileColumn, valueFit, valueShape, type ColumnEvidence, type ColumnProfile } from './evidence/valueShapes.ts';
import type { CodedText } from '../i18n/coded.ts';
import { checkReading } from './evidence/sense.ts';
import { isTradeSide } from '../normalize/moneyDirection.ts';
import { WALLET_ENDS, walletPhones, type WalletPhones } from './evidence/walletPhones.ts';
import { ATTRIBUTE, type FileMapping } from './mapping.ts';
import type { Table } from './parseTable.ts';
import type { ColumnRole, FileKind } from './roles.ts';

/** What starts the mapping file that would read a held-out file, at the end of its message (the JSON follows it). */
export const MAPPING_EXAMPLE = ', e.g. this mapping file: ';

export interface ColumnPlan {
  header: string;
  /** `undefined`: kept as an attribute of the row's main entity under the header's name. */
  role?: ColumnRole;
  /** Where the role came from: stated in a mapping, the header's words, the values, or another file of the case. */
  by: 'mapping' | 'header' | 'values' | 'case' | 'none';
  /** 0–1: how sure the reading of this column is. */
  confidence?: number;
  /** Why, in words a person can check ("person reference: 98% of values are ids in persons.csv"). */
  evidence?: string[];
  /** `evidence` as codes of the catalogue's `readingEvidence` group (same order), for other languages. */
  evidenceCodes?: CodedText[];
}

export interface Classification {
  kind: FileKind;
  columns: ColumnPlan[];
  /** Calls listed from one subscriber's side (MSISDN + OTHER_PARTY): direction comes from the call type. */
  subjectCentric: boolean;
  /** 0–1: how sure the file's kind and its key columns are. */
  confidence: number;
  /** Why this kind ("calls: phone A and phone B; next best subscribers"). */
  evidence: string[];
  /** `evidence` as codes of the catalogue's `readingEvidence` group (same order), for other languages. */
  evidenceCodes?: CodedText[];
  /** Set when a person should look before importing: what to check. */
  needsReview?: string;
  /** `needsReview` as codes of the catalogue's `readingReview` group and their values, for other languages. */
  reviewNotes?: ReviewNote[];
}

/** What a person should check in a file's reading, as a code and its values. */
export interface ReviewNote {
  code: string;
  params: Record<string, string | number>;
}

/** Below this, the file card and the CLI summary flag the file for a person's eye. */
export const LOW_CONFIDENCE = 0.5;
/** A reading ahead of the next kind by less than this share of its score is flagged as a close call. */
export const CLOSE_MARGIN = 0.1;
const MIN_SCORE = 0.3;
const MIN_CELLS_TO_OVERRULE = 3;
const MIN_ROWS_TO_JUDGE = 5;
const MAX_COLUMNS = 200;
const SAMPLE_ROWS = 200;

interface Scored {
  role: ColumnRole;
  score: number;
  by: ColumnPlan['by'];
  why: string;
  /** `why` as a code (catalogue `readingEvidence`). */
  whyCode?: CodedText;
  /** Found by idCodeEvidence: a key column by its values, grounded by its id word. */
  idCode?: boolean;
}

interface Reading {
  template: KindTemplate;
  assigned: (Scored | undefined)[];
  score: number;
  complete: boolean;
  kept: number;
}

/** Decides the file's kind and each column's role; throws UNCLASSIFIABLE_FILE with the mapping lines that would fix it. */
export function classifyTable(table: Table, mapping: FileMapping = {}, context: CaseContext = EMPTY_CONTEXT): Classification {
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  const cells = table.headers.map((_, index) => sample.map((row) => (row[index] ?? '').trim()));
  // NOTE: case files have tens of columns; past a few hundred (a broken file read as one wide row) columns are attributes.
  const evidence = table.headers.map((header, index): Evidence => {
    if (index >= MAX_COLUMNS) return NO_EVIDENCE;
    const profile = profileColumn(cells[index] ?? []);
    const idCode = idCodeEvidence(header, namesOnlyAnId(header), profile);
    return { header: headerScores(header), call: namesCall(header), profile, reference: bestReference(cells[index] ?? [], table.file, context), ...(idCode ? { idCode, idCodeHeader: header } : {}) };
  });
  // NOTE: an id role needs identifying evidence: values shared by rows naming many different people are no id.
  const names = namesColumn(evidence);
  evidence.forEach((column, index) => {
    if (index >= MAX_COLUMNS) return;
    const refuted = notIdentifying(cells[index] ?? [], column.profile, names !== undefined && names !== index ? cells[names] : undefined);
    if (refuted) column.notId = refuted;
  });
  const statedRoles = table.headers.map((header) => mapping.columns?.[header]);
  // NOTE: a column stated as an attribute takes no role and is not detected as one.
  const stated = statedRoles.map((role) => (role === ATTRIBUTE ? undefined : role));
  const keptAsAttribute = statedRoles.map((role) => role === ATTRIBUTE);
  const templates = mapping.kind ? [templateOf(mapping.kind)] : KIND_TEMPLATES;
  const relation = evidence.some((column) => (column.header.get('relationship') ?? 0) >= NAMED_OUTRIGHT && valueFit('relationship', column.profile) >= 0.5);
  const places = placeList(evidence);
  const wallets = walletPhones(table.headers, evidence);
  const readings = templates.filter((template) => mapping.kind || (!excluded(template, evidence) && !(places && PERSON_KINDS.has(template.kind)))).map((template) => {
    const assigned = leftToRight(template, assign(template, evidence, stated, keptAsAttribute, relation, wallets), evidence);
    const complete = template.required.every((group) => group.some((role) => assigned.some((column) => column?.role === role && grounded(column, template))))
      && endpointsMeet(template, assigned, cells);
    const kept = complete ? checkReading(template, assigned.map((column) => column?.role), sample) : 0;
    const half = (column: Scored, index: number) => template.secondary?.includes(column.role) || (template.contactSecondary?.includes(column.role) && namesContact(table.headers[index] ?? ''));
    const score = assigned.reduce((sum, column, index) => sum + (column?.score ?? 0) * (column && half(column, index) ? 0.5 : 1), template.prior ?? 0);
    return { template, assigned, score, complete, kept };
  });
  // NOTE: a reading under which most rows would be rejected is not a reading of this file: never take it.
  // A handful of rows is too little to call a reading senseless: then the header decides, and the ledger says which rows failed.
  const enough = sample.filter((row) => row.some((cell) => cell.trim() !== '')).length >= MIN_ROWS_TO_JUDGE;
  const sensible = readings.filter((reading) => reading.complete && (reading.kept >= 0.5 || !enough)).sort((a, b) => b.score - a.score);
  const top = readings.filter((reading) => reading.complete).sort((a, b) => b.score - a.score)[0];
  // The next best reading stands in for one that does not make sense only when it is itself clear;
  // otherwise the file needs a person's eye.
  const best = fullerPersonList(sensible) ?? sensible[0] ?? (mapping.kind ? readings[0] : undefined);
  if (!best) throw unclassifiable(table, readings, evidence);
  const result = describe(best, sensible, table, evidence, keptAsAttribute);
  if (!mapping.kind && top && best !== top && result.confidence < LOW_CONFIDENCE) throw unclassifiable(table, readings, evidence);
  // NOTE: a reading below the floor is a guess: the file is held out, like one that cannot be read, until a person
  // states its kind (a mapping, or a kind picked on the file card); the message carries the guess as mapping lines.
  // A handful of rows lets the header decide, but a reading 0% sure is no decision at all: held out too.
  if (!mapping.kind && (enough ? result.confidence < LOW_CONFIDENCE : result.confidence === 0)) throw heldOut(table, best, result, evidence);
  return result;
}

/** Of two readings of one row per person, the one that reads materially more rows must read them all to count as fuller. */
const FULLER_BY = 0.1;

// NOTE: a subscriber (or account-holder) list is a list of phones (accounts) with their owners: every row names one.
// A list of people with a contact column some rows leave empty (an IACAT list of repatriated victims) is a people list:
// read as subscribers its rows without a phone were rejected and its DATE OF ARRIVAL became a registration date.
/** The people reading, when the best reading lists people too but rejects rows the people reading reads. */
function fullerPersonList(sensible: readonly Reading[]): Reading | undefined {
  const best = sensible[0];
  const people = sensible.find((reading) => reading.template.kind === 'people');
  if (!best || !people || best === people || best.template.entity !== 'person') return undefined;
  return people.kept >= 0.99 && people.kept - best.kept >= FULLER_BY ? people : undefined;
}

// NOTE: a links file (source, target) is the generic reading of any two columns of identifiers: when its two ends are
// the very columns the best reading reads as typed ends (two phone columns of a headerless CDR), it is that reading
// said less precisely, not another kind the file could be; it is no runner-up to weigh against (a Viettel CDR with no
// header, two phone columns, a date-time and a duration was held out at 36% beside "links").
/** Whether `other` is the generic links reading of the same two end columns as `best`. */
/** A row's time: every kind of link reads it, so it tells no kind from another. */
const TIME_ROLES: ReadonlySet<string> = new Set(['datetime', 'date', 'time']);

function sameEndsGeneric(best: Reading, other: Reading): boolean {
  if (other.template.kind !== 'links' || best.template.kind === 'links') return false;
  const ends = (reading: Reading, roles: readonly string[]) => reading.assigned.flatMap((column, index) => (column && roles.includes(column.role) ? [index] : [])).sort();
  const mine = ends(best, best.template.required.flat());
  const theirs = ends(other, ['source', 'target']);
  // NOTE: dismissed only when this reading reads more of the row than its ends and time (a duration, a call type, a cell):
  // two number columns and a time under meaningless headers (`col1,col2,col3`) fit calls and links alike — a real tie.
  const more = best.assigned.filter((column, index) => column && !mine.includes(index) && !TIME_ROLES.has(column.role)).length;
  return theirs.length === 2 && theirs.every((index) => mine.includes(index)) && more > 0;
}

type Evidence = ColumnEvidence & { /** Why the column cannot be an id (notIdentifying). */ notId?: string; reference?: ReferenceMatch; /** See idCodeEvidence. */ idCode?: string; idCodeHeader?: string };

/** What a column's values mostly are, as a coded sub-sentence `{values}` of a `readingEvidence` line. */
function valuesList(profile: ColumnProfile): CodedText['lists'] {
  return { values: { separator: '', items: [{ code: 'values', params: valueShape(profile) }] } };
}
const NO_EVIDENCE: Evidence = { header: new Map(), profile: profileColumn([]) };

const NAMED_OUTRIGHT = 0.8;
/** A column of names beside one naming the relation starts at this score as one of its ends (values and header add). */
const RELATION_END_BASE = 0.5;

/** A key column found by its values alone counts only when the values have a shape (phones, accounts) or are edges. */
function grounded(column: Scored, template: KindTemplate): boolean {
  return column.by !== 'values' || SHAPED_ROLES.has(column.role) || template.kind === 'links' || column.idCode === true
    || (template.relationEnds === true && RELATION_ENDS.has(column.role));
}

const RELATION_ENDS: ReadonlySet<ColumnRole> = new Set(['person_a', 'person_b']);
/** Kinds whose rows need a person: a list of places (see `placeList`) is none of them. */
const PERSON_KINDS: ReadonlySet<FileKind> = new Set(['people', 'sightings']);

// NOTE: `Site, Name, Country, Google Maps`: a bare `Name` says nothing of whose name it is. A map point on every row
// says the rows are places; with no column that says person (a person word in a header, phones) and no other column
// holding the place's name, the name is the place's. Sightings need a person on each row and a people list has no
// map points: neither is a reading of this file.
/** Whether the file lists places: map points, a name column that could be a place's, and no sign of a person. */
function placeList(evidence: Evidence[]): boolean {
  const point = evidence.some((column) => column.profile.coordinates >= 0.8)
    || (evidence.some((column) => (column.header.get('latitude') ?? 0) > 0 && column.profile.latitude >= 0.8)
      && evidence.some((column) => (column.header.get('longitude') ?? 0) > 0 && column.profile.longitude >= 0.8));
  if (!point) return false;
  const person = evidence.some((column) => column.reference?.list.kind === 'person' || column.profile.phone >= 0.5
    || PERSON_HEADER_ROLES.some((role) => (column.header.get(role) ?? 0) >= NAMED_OUTRIGHT));
  const bareNames = evidence.filter((column) => {
    const personName = column.header.get('person_name') ?? 0;
    return personName > 0 && personName < NAMED_OUTRIGHT && (column.header.get('location_name') ?? 0) > 0 && valueFit('person_name', column.profile) >= 0.5;
  });
  const placeNamed = evidence.some((column) => (column.header.get('location_name') ?? 0) >= NAMED_OUTRIGHT
    || ((column.header.get('location_id') ?? 0) > 0 && (column.header.get('person_name') ?? 0) === 0 && valueFit('location_name', column.profile) >= 0.5));
  return !person && bareNames.length > 0 && !placeNamed;
}

const PERSON_HEADER_ROLES: ColumnRole[] = ['person_id', 'person_name', 'person_a', 'person_b', 'nationality', 'birth_date', 'passport', 'gender'];

// NOTE: without side words in the headers (`interviewee`, `named_person`), the left column is the first end: the
// person the row is about comes first in every listing seen (who said it, then whom they named).
/** Puts the two ends of a relation reading in column order when no header says which side each is on. */
function leftToRight(template: KindTemplate, assigned: (Scored | undefined)[], evidence: Evidence[]): (Scored | undefined)[] {
  if (!template.relationEnds) return assigned;
  const a = assigned.findIndex((column) => column?.role === 'person_a');
  const b = assigned.findIndex((column) => column?.role === 'person_b');
  const sided = (index: number) => (evidence[index]?.header.get('person_a') ?? 0) > 0 || (evidence[index]?.header.get('person_b') ?? 0) > 0
    || assigned[index]?.by === 'mapping';
  if (a < 0 || b < 0 || a < b || sided(a) || sided(b)) return assigned;
  const swapped = [...assigned];
  swapped[a] = { ...(assigned[a] as Scored), role: 'person_b' };
  swapped[b] = { ...(assigned[b] as Scored), role: 'person_a' };
  return swapped;
}

// NOTE: two columns read as the ends of links by their values alone must share some values (a node is the
// source of one edge and the target of another); an id column beside a class column is a node table, not edges.
function endpointsMeet(template: KindTemplate, assigned: (Scored | undefined)[], cells: string[][]): boolean {
  if (template.kind !== 'links' && template.kind !== 'associations') return true;
  const ends = assigned.flatMap((column, index) => (column && ['source', 'target', 'person_a', 'person_b'].includes(column.role) ? [{ column, index }] : []));
  if (ends.length < 2 || ends.some(({ column }) => column.by !== 'values')) return true;
  const first = new Set(cells[ends[0]?.index ?? 0]);
  return (cells[ends[1]?.index ?? 0] ?? []).some((cell) => cell !== '' && first.has(cell));
}

/** A kind is out when two columns are, by header and values, a pair of roles it cannot hold (a statement with debit and credit accounts). */
function excluded(template: KindTemplate, evidence: Evidence[]): boolean {
  const named = (role: ColumnRole) => evidence.findIndex((column) => (column.header.get(role) ?? 0) >= 0.6 && valueFit(role, column.profile) >= 0.5);
  return (template.excludes ?? []).some(([a, b]) => {
    const first = named(a);
    const second = named(b);
    return first >= 0 && second >= 0 && first !== second;
  });
}

/** Best role per column under one kind: highest scores first, each role once. */
function assign(template: KindTemplate, evidence: Evidence[], stated: (ColumnRole | undefined)[], keptAsAttribute: boolean[], relation = false, wallets?: WalletPhones): (Scored | undefined)[] {
  const assigned: (Scored | undefined)[] = evidence.map(() => undefined);
  const taken = new Set<ColumnRole>();
  stated.forEach((role, index) => {
    if (!role) return;
    assigned[index] = { role, score: 1, by: 'mapping', why: 'stated in the mapping file', whyCode: { code: 'stated' } };
    taken.add(role);
  });
  const options: (Scored & { column: number; order: number })[] = [];
  evidence.forEach((column, index) => {
    if (stated[index] || keptAsAttribute[index]) return;
    template.roles.forEach((role, order) => {
      const scored = scoreRole(role, column, template, relation, wallets);
      if (scored && scored.score >= MIN_SCORE) options.push({ ...scored, column: index, order });
    });
  });
  options.sort((a, b) => b.score - a.score || a.column - b.column || a.order - b.order);
  for (const option of options) {
    if (assigned[option.column] || taken.has(option.role)) continue;
    assigned[option.column] = { role: option.role, score: option.score, by: option.by, why: option.why, ...(option.whyCode ? { whyCode: option.whyCode } : {}), ...(option.idCode ? { idCode: true } : {}) };
    taken.add(option.role);
  }
  return assigned;
}

const CRYPTO_ROLES: ReadonlySet<ColumnRole> = new Set(['account', 'account_from', 'account_to', 'counterparty', 'source', 'target', 'transaction_id']);

const REFERENCE_ROLES: Record<string, ColumnRole[]> = {
  person: ['person_id', 'person_a', 'person_b', 'source', 'target'],
  location: ['location_id'],
  account: ['account', 'account_from', 'account_to', 'counterparty'],
};

/** Whether a column's values refute a shaped role its header names: enough cells, and not of the role's shape. */
function refuted(role: Candidate, profile: ColumnProfile): boolean {
  return role !== 'attribute' && SHAPED_ROLES.has(role) && profile.count >= MIN_CELLS_TO_OVERRULE && valueFit(role, profile) < 0.5;
}

/** One column as one role: header words, values and other files combined. */
function scoreRole(role: ColumnRole, column: Evidence, template: KindTemplate, relation = false, wallets?: WalletPhones): Scored | undefined {
  let header = column.header.get(role) ?? 0;
  let via: Candidate | undefined;
  for (const [alias, factor] of template.aliases?.[role] ?? []) {
    const aliased = (column.header.get(alias) ?? 0) * factor;
    if (aliased > header) [header, via] = [aliased, alias];
  }
  let fit = valueFit(role, column.profile);
  // NOTE: a user id read as the account money leaves (see kinds.ts) is written as ids are (`U-7700`, `M5100`).
  if (via === 'person_id') fit = Math.max(fit, valueFit('person_id', column.profile));
  // NOTE: an agent or merchant named outright as the other side is written as a code (`AG55289`), not an account number.
  if (role === 'counterparty' && (column.header.get('counterparty') ?? 0) >= NAMED_OUTRIGHT) fit = Math.max(fit, column.profile.code * (1 - column.profile.integer));
  // NOTE: an id of a list's rows (person id everywhere; a holder's account or phone in a list) must tell them apart.
  if (column.notId && (role === 'person_id' || (template.entity === 'person' && IDENTIFYING_ROLES.has(role)))) return undefined;
  // NOTE: in a wallet's transfer log the sender's and receiver's phones are their accounts (see walletPhones).
  const side = template.kind === 'transfers' && wallets ? WALLET_ENDS[role] : undefined;
  const wallet = side ? (column.header.get(side) ?? 0) * (wallets?.factor ?? 0) : 0;
  if (wallet > header) {
    header = wallet;
    fit = Math.max(fit, column.profile.phone);
  }
  const reference = column.reference;
  const strongest = Math.max(0, ...column.header.values());
  // NOTE: a header role the values refute (`Registered to (ref)` reads as a phone, its values are `TF-0004` ids) keeps no say.
  const plausible = Math.max(0, ...[...column.header].filter(([other]) => !refuted(other, column.profile)).map(([, score]) => score));
  // NOTE: ids of another file are the strongest evidence of a reference, but not of which side of a link it is on:
  // when the header names another role outright (debit account vs account), the header keeps the say.
  if (reference && REFERENCE_ROLES[reference.list.kind]?.includes(role) && (header >= plausible - 0.05 || plausible < NAMED_OUTRIGHT)) {
    const score = 0.6 + 0.4 * reference.share + 0.1 * header;
    return { role, score, by: 'case', why: `${Math.round(reference.share * 100)}% of values are ids in ${reference.list.file} (${reference.list.header})`,
      whyCode: { code: 'case-ids', params: { percent: Math.round(reference.share * 100), file: reference.list.file, header: reference.list.header } } };
  }
  // NOTE: a column counting the rows (`No`, `#`, `STT`: 1, 2, 3…) names nothing: never an id, a party, an amount or a duration.
  if (column.profile.rowIndex === 1) return undefined;
  // NOTE: a column whose values do not have the role's shape never gets that role, whatever the header says.
  // NOTE: wallet addresses are accounts (or link ends), whatever else the header suggests (`deposit_address`).
  if (column.profile.crypto >= 0.8 && !CRYPTO_ROLES.has(role)) return undefined;
  // Two or three cells are too few to overrule a header: a lone bad date under CALL_DATE is a bad date, kept with a warning.
  if (SHAPED_ROLES.has(role) && column.profile.count >= MIN_CELLS_TO_OVERRULE && fit < 0.5) return undefined;
  // NOTE: a column of names (`NURUL AINA`) is no document number, whatever its header says (`英文名/护照名`, `Passport`).
  if (role === 'passport' && column.profile.count >= MIN_CELLS_TO_OVERRULE && column.profile.name >= 0.5) return undefined;
  // NOTE: an id word over identifier codes is a person id when the header words give the role no more (`id_pelanggan`).
  if (role === 'person_id' && column.idCode && 0.55 * header + 0.45 * Math.min(1, fit) < ID_CODE_SCORE) {
    const percent = Math.round(column.profile.code * (1 - column.profile.integer) * 100);
    return { role, score: ID_CODE_SCORE, by: 'values', why: column.idCode, whyCode: { code: 'id-code', params: { percent, header: column.idCodeHeader ?? '' } }, idCode: true };
  }
  // A column of place ids (the ids of the case's place list) is not one end of a relation between people.
  if (RELATION_ENDS.has(role) && reference && reference.list.kind !== 'person' && reference.share >= 0.5) return undefined;
  // NOTE: beside a column that names the relation, a column of names (or person ids) is one of its ends, the more so
  // when its header says person (`named_person`); a header with a side word (`person_a`, `associate`) keeps the say.
  const sided = Math.max(column.header.get('person_a') ?? 0, column.header.get('person_b') ?? 0);
  if (template.relationEnds && relation && RELATION_ENDS.has(role) && sided === 0 && column.profile.count > 0) {
    const p = column.profile;
    const ends = Math.max(0.9 * p.name, 0.6 * p.code, p.phone) * (1 - p.datetime);
    const personWords = Math.max(column.header.get('person_id') ?? 0, column.header.get('person_name') ?? 0);
    const otherWords = strongest > personWords ? strongest : 0;
    if (ends >= 0.5 && otherWords < NAMED_OUTRIGHT) {
      const score = (RELATION_END_BASE + 0.4 * ends + 0.1 * personWords) * (1 - 0.5 * otherWords);
      return { role, score, by: personWords > 0 ? 'header' : 'values', why: `values: ${describeValues(p)}, ${Math.round(p.name * 100)}% names, beside a column naming the relation`,
        whyCode: { code: 'relation-end', params: { names: Math.round(p.name * 100) }, lists: valuesList(p) } };
    }
  }
  if (header > 0 && wallet === header && wallets) {
    const score = 0.55 * header + 0.45 * Math.min(1, fit);
    return { role, score, by: 'header', why: `phone numbers as wallet accounts: "${wallets.money}" holds amounts` +
      (wallets.calls.length > 0 ? `, but ${wallets.calls.map((call) => `"${call}"`).join(', ')} says call` : ', no column says call') + `; values: ${describeValues(column.profile)}`,
    whyCode: { code: 'phone-wallet', params: { money: wallets.money, calls: wallets.calls.length > 0 ? wallets.calls.map((call) => `"${call}"`).join(', ') : 'none' }, lists: valuesList(column.profile) } };
  }
  if (header > 0) {
    const score = 0.55 * header + 0.45 * Math.min(1, fit);
    return { role, score, by: 'header', why: `header words (${Math.round(header * 100)}%); values: ${describeValues(column.profile)}`,
      whyCode: { code: 'header-words', params: { percent: Math.round(header * 100) }, lists: valuesList(column.profile) } };
  }
  const factor = VALUE_ONLY[role];
  if (!factor || column.profile.count === 0) return undefined;
  // A header that names something else (`Modularity Class`) weakens what the values alone suggest.
  // Phone numbers are account-shaped too (e-wallets): values alone make them phones first.
  const phoneLike = ['account', 'account_from', 'account_to', 'counterparty'].includes(role) ? 1 - 0.5 * column.profile.phone : 1;
  // NOTE: a column of direction marks only (DR/CR, D/K, IN/OUT) is the direction by its values: a header naming a
  // shaped role its values do not have (`Mutasi`, an amount word, over DB/CR) is wrong about it and weakens nothing.
  const marksOnly = role === 'direction' && fit >= 0.95 && column.profile.count >= MIN_CELLS_TO_OVERRULE;
  const named = !marksOnly ? strongest
    : Math.max(0, ...[...column.header].filter(([other]) => !SHAPED_ROLES.has(other as ColumnRole) || valueFit(other, column.profile) >= 0.5).map(([, score]) => score));
  return { role, score: factor * Math.min(1, fit) * phoneLike * (1 - 0.5 * named), by: 'values', why: `values: ${describeValues(column.profile)}`,
    whyCode: { code: 'by-values', lists: valuesList(column.profile) } };
}

function describe(best: Reading, sensible: Reading[], table: Table, evidence: Evidence[], keptAsAttribute: boolean[] = []): Classification {
  const { template, assigned } = best;
  const runnerUp = sensible.find((reading) => reading !== best && !sameEndsGeneric(best, reading));
  // NOTE: a fuller list of people (fullerPersonList) leads its runner-up by the rows it reads that the other rejects.
  const fuller = runnerUp !== undefined && runnerUp.score > best.score && best.kept > runnerUp.kept;
  const margin = !runnerUp ? 1 : fuller ? best.kept - runnerUp.kept : Math.max(0, (best.score - runnerUp.score) / Math.max(best.score, 1e-9));
  const requiredRoles = new Set(template.required.flat());
  const keyScores = assigned.flatMap((column) => (column && requiredRoles.has(column.role) ? [Math.min(1, column.score)] : []));
  const keyScore = keyScores.length > 0 ? keyScores.reduce((a, b) => a + b, 0) / keyScores.length : 0;
  const confidence = round(Math.min(1, keyScore * (0.6 + 0.4 * Math.min(1, margin * 3)) * Math.min(1, best.kept / 0.9)));

  let roles = assigned.map((column) => column?.role);
  let subjectCentric = false;
  if (template.kind === 'calls' && !roles.includes('phone_a') && roles.includes('phone')) {
    roles = roles.map((role) => (role === 'phone' ? 'phone_a' : role));
    subjectCentric = true;
  }
  const columns = table.headers.map((header, index): ColumnPlan => {
    const column = assigned[index];
    const role = roles[index];
    if (!column || !role) {
      if (keptAsAttribute[index]) return { header, by: 'mapping', evidence: ['kept as an attribute: stated in the mapping file'], evidenceCodes: [{ code: 'attribute-stated' }] };
      const profile = evidence[index]?.profile;
      if (profile?.rowIndex === 1) return { header, role: 'ignore', by: 'values', evidence: [`ignored: ${describeValues(profile)}`], evidenceCodes: [{ code: 'ignored', lists: valuesList(profile) }] };
      return { header, by: 'none', evidence: [`kept as an attribute; values: ${profile ? describeValues(profile) : '—'}`], ...(profile ? { evidenceCodes: [{ code: 'attribute', lists: valuesList(profile) }] } : {}) };
    }
    return { header, role, by: column.by, confidence: round(Math.min(1, column.score)), evidence: [column.why], ...(column.whyCode ? { evidenceCodes: [column.whyCode] } : {}) };
  });
  const keyRoles = template.required.map((group) => group.filter((role) => roles.includes(role) || (role === 'phone' && subjectCentric)).join('/') || group.join('/')).join(' + ');
  const lines = [`${template.kind}: ${keyRoles} (score ${best.score.toFixed(2)}); ${Math.round(best.kept * 100)}% of the first rows readable this way`];
  const lineCodes: CodedText[] = [{ code: 'kind-read', params: { kind: template.kind, roles: keyRoles, score: Number(best.score.toFixed(2)), percent: Math.round(best.kept * 100) } }];
  if (runnerUp) {
    // NOTE: a fuller list of people says how many rows its runner-up would have rejected (fullerPersonList).
    const rejects = fuller ? Math.round((1 - runnerUp.kept) * 100) : undefined;
    lines.push(`next best: ${runnerUp.template.kind} (score ${runnerUp.score.toFixed(2)})` +
      (rejects !== undefined ? `, but it would reject ${rejects}% of the first rows that this reading reads` : ''));
    lineCodes.push({ code: rejects !== undefined ? 'next-best-rejects' : 'next-best', params: { kind: runnerUp.template.kind, score: Number(runnerUp.score.toFixed(2)), ...(rejects !== undefined ? { percent: rejects } : {}) } });
  }
  const weak = columns.filter((column) => column.role && requiredRoles.has(column.role) && (column.confidence ?? 1) < LOW_CONFIDENCE);
  // NOTE: a reading barely ahead of another kind is a coin toss, whatever its confidence: a person should look at the
  // columns the two readings read differently before the rows become entities of the wrong kind.
  const close = runnerUp && confidence >= LOW_CONFIDENCE && margin < CLOSE_MARGIN ? closeCall(best, runnerUp, table) : undefined;
  const traded = tradeSides(roles, table);
  const needsReview = close ? close.text : traded ? traded.text : confidence < LOW_CONFIDENCE
    ? `low confidence (${Math.round(confidence * 100)}%) that this is a ${template.kind} file` +
      (runnerUp ? ` rather than ${runnerUp.template.kind}` : '') +
      (weak.length > 0 ? `; check ${weak.map((column) => `"${column.header}" as ${column.role}`).join(', ')}` : '')
    : best.kept < 0.8 ? `${Math.round((1 - best.kept) * 100)}% of the first rows would be rejected as ${template.kind}: check the kind and columns` : undefined;
  const reviewNote: ReviewNote | undefined = close ? close.note : traded ? traded.note : confidence < LOW_CONFIDENCE
    ? { code: 'low-confidence', params: { percent: Math.round(confidence * 100), kind: template.kind, other: runnerUp?.template.kind ?? 'none', columns: weak.length > 0 ? weak.map((column) => `"${column.header}"`).join(', ') : 'none' } }
    : best.kept < 0.8 ? { code: 'rows-rejected', params: { percent: Math.round((1 - best.kept) * 100), kind: template.kind } } : undefined;
  return { kind: template.kind, columns, subjectCentric, confidence, evidence: lines, evidenceCodes: lineCodes, ...(needsReview ? { needsReview } : {}), ...(reviewNote ? { reviewNotes: [reviewNote] } : {}) };
}

/** A trade side on at least this share of a direction column's cells makes the column the sides of trades. */
const TRADE_SHARE = 0.5;

// NOTE: an exchange's order history (`Order Type` BUY/SELL, a counterparty's nickname, a payment account) is read as the
// payment account's statement, its direction from the sides of the trades: a sale brings money in. Whether the amount
// counts the coin or the fiat, and whose payment account a purchase names, only the file can say: a person should look.
/** The review note when a money reading takes its direction from the sides of trades (`BUY`/`SELL`), else undefined. */
function tradeSides(roles: readonly (ColumnRole | undefined)[], table: Table): { text: string; note: ReviewNote } | undefined {
  const index = roles.indexOf('direction');
  if (index < 0 || !roles.some((role) => role === 'amount' || role === 'debit' || role === 'credit')) return undefined;
  const cells = table.rows.slice(0, SAMPLE_ROWS).map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
  if (cells.length === 0 || cells.filter(isTradeSide).length / cells.length < TRADE_SHARE) return undefined;
  const header = table.headers[index] ?? '';
  return {
    text: `"${header}" holds the sides of trades (BUY/SELL): read as money in on a sale and out on a purchase of the account's holder; check which asset the amount counts and whose account each row names`,
    note: { code: 'trade-sides', params: { header } },
  };
}

/** What to check when two kinds read a file almost equally well: the columns they read differently. */
function closeCall(best: Reading, other: Reading, table: Table): { text: string; note: ReviewNote } {
  const headers: string[] = [];
  const differ = table.headers.flatMap((header, index) => {
    const mine = best.assigned[index]?.role;
    const theirs = other.assigned[index]?.role;
    if (mine === theirs) return [];
    headers.push(`"${header}"`);
    return [`"${header}" (${mine ?? 'attribute'} or ${theirs ?? 'attribute'})`];
  });
  const columns = differ.length > 0 ? differ.join(', ') : 'none';
  const kind = best.template.kind;
  const otherKind = other.template.kind;
  return {
    text: `close call: read as ${kind}, but ${otherKind} fits nearly as well (score ${best.score.toFixed(2)} against ${other.score.toFixed(2)})` +
      (differ.length > 0 ? `; check ${columns}` : ''),
    note: { code: 'close-call', params: { kind, other: otherKind, columns: differ.length > 0 ? headers.join(', ') : 'none' } },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function unclassifiable(table: Table, readings: Reading[], evidence: Evidence[]): SimpulError {
  const headers = table.headers.map((header) => `"${header}"`).join(', ');
  const what = table.headerless ? `it has no header line, and its values (columns ${headers}) do not say enough` : `its columns (${headers})`;
  const closest = [...readings].sort((a, b) => Number(b.complete) - Number(a.complete) || b.score - a.score)[0];
  const why = closest?.complete
    ? ` Read as ${closest.template.kind}, ${Math.round((1 - closest.kept) * 100)}% of its rows would be rejected.`
    : '';
  const hint = closest ? suggestion(table, closest, evidence) : '';
  return new SimpulError(
    'UNCLASSIFIABLE_FILE',
    `${table.file}: cannot tell what this file holds from ${what}.${why} ` +
      'Name the columns (e.g. A_NUMBER,B_NUMBER for calls; DEBIT_ACCOUNT,CREDIT_ACCOUNT for transfers; ' +
      `person_id,name for people) or state its kind and column roles in a mapping file (see README, "Mapping file")${hint}`,
    { file: table.file, line: 1 },
  );
}

function heldOut(table: Table, best: Reading, result: Classification, evidence: Evidence[]): SimpulError {
  return new SimpulError(
    'UNCLASSIFIABLE_FILE',
    `${table.file}: held out: the best reading is only ${Math.round(result.confidence * 100)}% sure (${result.needsReview ?? result.kind}). ` +
      `State its kind in a mapping file (see README, "Mapping file") or pick it on the file card to import it${suggestion(table, best, evidence)}`,
    { file: table.file, line: 1, detail: [{ code: 'held-out', params: { percent: Math.round(result.confidence * 100) } }, ...(result.reviewNotes ?? [])] },
  );
}

/** Whether a column's values could hold a role a reading misses: shaped values for a shaped role, identifying ones for an id. */
function couldHold(role: ColumnRole, column: Evidence | undefined): boolean {
  if (!column || column.profile.rowIndex === 1 || (column.notId && IDENTIFYING_ROLES.has(role))) return false;
  return column.profile.count === 0 || valueFit(role, column.profile) >= 0.5;
}

/** The mapping lines that would read the file as its closest kind, for a person to check and correct. */
function suggestion(table: Table, reading: Reading, evidence: Evidence[]): string {
  const columns: Record<string, string> = Object.create(null) as Record<string, string>;
  const missing = reading.template.required.filter((group) => !group.some((role) => reading.assigned.some((column) => column?.role === role)));
  reading.assigned.forEach((column, index) => {
    const header = table.headers[index];
    if (column && header !== undefined) columns[header] = column.role;
  });
  // NOTE: a missing role is proposed only for a column whose values could hold it (an id that tells rows apart, a
  // phone column of phones); with none, the example leaves the role for a person to name rather than name a wrong column.
  const free = table.headers.flatMap((header, index) => (header in columns ? [] : [index]));
  for (const group of missing) {
    const role = group[0];
    const index = role === undefined ? -1 : free.findIndex((column) => couldHold(role, evidence[column]));
    const header = table.headers[free[index] ?? -1];
    if (role === undefined || header === undefined) continue;
    columns[header] = role;
    free.splice(index, 1);
  }
  const lines = { [table.file]: { kind: reading.template.kind, columns, ...(table.headerless ? { header: false } : {}) } };
  // NOTE: a whole mapping file, with nothing after it: pasted into a file as it stands, `--mapping` reads it.
  return `${MAPPING_EXAMPLE}${JSON.stringify({ type: 'simpul-mapping', version: 1, files: lines })}`;
}
