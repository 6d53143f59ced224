// What each file kind is made of: the roles its reader uses, the ones it cannot do without, and header words it borrows.

import type { ColumnRole, FileKind } from '../roles.ts';
import type { Candidate } from './headerWords.ts';

export interface KindTemplate {
  kind: FileKind;
  /**
   * Roles the kind's reader uses, in order of preference when scores tie. A column given any other role is not read:
   * it is kept like a column without a role, and the ledger says so (see unreadColumns).
   */
  roles: ColumnRole[];
  /** Each group needs one of its roles, or rows of this kind are rejected. */
  required: ColumnRole[][];
  /** Added to the reading's score: people is what a bare `id,name` table most often lists. */
  prior?: number;
  /** Pairs of roles that, both named outright by headers, make this kind the wrong reading (both sides of a transfer). */
  excludes?: [ColumnRole, ColumnRole][];
  /**
   * Roles the kind reads but that do not make it: they count half in the reading's score, so a list of phones with
   * their owners stays a subscriber list, while a people list with a phone and an account column is read as people.
   */
  secondary?: ColumnRole[];
  /**
   * Roles that count half, like secondary ones, when the column's header names a contact (`联系电话`, `Contact No`): a
   * subscriber list is about its lines, a roster's contact phone is how to reach the person it lists.
   */
  contactSecondary?: ColumnRole[];
  /** Two columns of names or ids beside a column named as the relation are the reading's two ends, found by values. */
  relationEnds?: boolean;
  /** A role that a header names by another word in this kind (`type` is the call type of a CDR). */
  aliases?: Partial<Record<ColumnRole, [Candidate, number][]>>;
  /** The entity each row describes, which keeps the row's columns without a role as attributes (lists only). */
  entity?: 'person' | 'location';
}

const PERSON_DETAILS: ColumnRole[] = ['alias', 'nationality', 'passport', 'birth_date', 'gender', 'role', 'status', 'address'];
const WHEN: ColumnRole[] = ['datetime', 'date', 'time'];

export const KIND_TEMPLATES: KindTemplate[] = [
  {
    kind: 'calls',
    roles: ['phone_a', 'phone_b', 'phone', 'call_type', 'direction', ...WHEN, 'duration', 'imei', 'imsi', 'cell_id', 'operator', 'country', 'transaction_id'],
    required: [['phone_a', 'phone'], ['phone_b']],
    // NOTE: in a CDR a column named only a "type" (`ประเภทบริการ`, `Uri`) is the type of the call.
    aliases: { call_type: [['link_type', 0.9], ['channel', 0.7], ['attribute', 0.8]], direction: [['call_type', 0.5]] },
  },
  {
    kind: 'transfers',
    roles: ['account_from', 'account_to', 'amount', 'currency', ...WHEN, 'transaction_id', 'transaction_status', 'channel', 'memo', 'bank', 'balance', 'country'],
    required: [['account_from'], ['account_to']],
    // NOTE: a money row's user or customer id (`UID` of an exchange's withdrawals) names the platform account the money
    // leaves: with the other end named (`Withdrawal Address`), it is the sending account, not a column to drop.
    aliases: { channel: [['link_type', 0.8], ['call_type', 0.7]], transaction_status: [['status', 0.95]], account_from: [['person_id', 0.7]] },
  },
  {
    kind: 'statement',
    roles: ['account', 'counterparty', 'amount', 'debit', 'credit', 'balance', 'direction', ...WHEN, 'memo', 'transaction_id',
      'currency', 'transaction_status', 'channel', 'bank', 'person_name'],
    required: [['account'], ['amount', 'debit', 'credit']],
    excludes: [['account_from', 'account_to'], ['phone_a', 'phone_b']],
    aliases: {
      counterparty: [['account_to', 1], ['phone_b', 0.8]], account: [['account_from', 0.8], ['phone', 0.7]],
      direction: [['channel', 0.7], ['link_type', 0.7], ['call_type', 0.6]], channel: [['link_type', 0.8]],
      transaction_status: [['status', 0.95]],
    },
  },
  {
    kind: 'account_holders',
    entity: 'person',
    roles: ['account', 'person_id', 'person_name', 'bank', 'country', ...PERSON_DETAILS, 'date', 'currency'],
    required: [['account'], ['person_id', 'person_name']],
    aliases: { bank: [['operator', 0.9]] },
  },
  {
    kind: 'subscribers',
    entity: 'person',
    roles: ['phone', 'person_id', 'person_name', 'operator', 'date', 'country', 'imsi', 'imei', ...PERSON_DETAILS],
    required: [['phone'], ['person_id', 'person_name']],
    contactSecondary: ['phone'],
    aliases: { phone: [['phone_a', 0.6]] },
  },
  {
    kind: 'sightings',
    roles: ['person_id', 'person_name', 'phone', 'location_id', 'location_name', ...WHEN, 'evidence', 'country', 'coordinates'],
    required: [['location_id', 'location_name'], ['person_id', 'person_name', 'phone']],
  },
  {
    kind: 'associations',
    roles: ['person_a', 'person_b', 'relationship', 'evidence', ...WHEN],
    required: [['person_a'], ['person_b']],
    // NOTE: interview notes name their people without side words (`interviewee`, `named_person`): with a column
    // that names the relation, two columns of names or person ids are the two ends (see `relationEnds`).
    relationEnds: true,
    aliases: { relationship: [['link_type', 0.9]], person_a: [['source', 0.6], ['person_id', 0.7]], person_b: [['target', 0.6]] },
  },
  {
    kind: 'links',
    roles: ['source', 'target', 'link_type', 'weight', 'direction', ...WHEN],
    required: [['source'], ['target']],
    aliases: { direction: [['link_type', 0.6]], source: [['person_a', 0.6]], target: [['person_b', 0.6]] },
  },
  {
    kind: 'locations',
    entity: 'location',
    roles: ['location_id', 'location_name', 'country', 'latitude', 'longitude', 'coordinates', 'location_type', 'address'],
    required: [['location_id', 'location_name']],
    aliases: { location_type: [['link_type', 0.9]] },
  },
  {
    kind: 'people',
    entity: 'person',
    prior: 0.15,
    // NOTE: a people list's phone and account columns are the person's (the reader links them): without these
    // roles a rescue list's `No HP` column was kept as an attribute and the person cut off from the phone.
    roles: ['person_id', 'person_name', ...PERSON_DETAILS, 'country', 'phone', 'account'],
    secondary: ['phone', 'account'],
    required: [['person_id', 'person_name']],
  },
];

export function templateOf(kind: FileKind): KindTemplate {
  const template = KIND_TEMPLATES.find((candidate) => candidate.kind === kind);
  if (!template) throw new Error(`no template for kind ${kind}`);
  return template;
}

/** Whether a file of this kind reads a column of this role (its template's roles are what its reader asks for). */
export function readsRole(kind: FileKind, role: ColumnRole): boolean {
  return templateOf(kind).roles.includes(role);
}

/** Roles whose values have a shape: a column without that shape never gets the role from detection. */
export const SHAPED_ROLES: ReadonlySet<ColumnRole> = new Set([
  'phone', 'phone_a', 'phone_b', 'account', 'account_from', 'account_to', 'counterparty', 'datetime', 'date', 'birth_date',
  'time', 'amount', 'debit', 'credit', 'balance', 'currency', 'country', 'nationality', 'latitude', 'longitude', 'coordinates',
  'imei', 'imsi', 'duration', 'weight',
]);

/** Roles values alone may suggest, and how far (a header that agrees always counts more). */
// NOTE: currency codes are a closed list (ISO 4217 and the tickers USDT/USDC/ETH/TRX…): values alone say much.
export const VALUE_ONLY: Partial<Record<ColumnRole, number>> = {
  phone_a: 0.55, phone_b: 0.55, phone: 0.55, account: 0.5, account_from: 0.5, account_to: 0.5, counterparty: 0.45,
  datetime: 0.5, date: 0.45, time: 0.4, amount: 0.35, currency: 0.6, country: 0.45, latitude: 0.45, longitude: 0.45,
  coordinates: 0.6,
  imei: 0.45, direction: 0.45, duration: 0.35, source: 0.5, target: 0.5, person_id: 0.35, weight: 0.35,
  transaction_id: 0.3,
};
