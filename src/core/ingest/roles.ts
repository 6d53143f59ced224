// Column roles and file kinds: the vocabulary a mapping file and the classifier share (header words are in evidence/headerWords.ts).

export const FILE_KINDS = [
  'people', 'subscribers', 'account_holders', 'locations', 'calls', 'transfers', 'statement', 'sightings', 'associations', 'links',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const COLUMN_ROLES = [
  'person_id', 'person_name', 'alias', 'nationality', 'passport', 'birth_date', 'gender', 'role', 'status', 'address',
  'phone', 'phone_a', 'phone_b', 'call_type', 'direction', 'datetime', 'date', 'time', 'duration', 'imei', 'imsi', 'cell_id', 'operator',
  'account', 'account_from', 'account_to', 'counterparty', 'amount', 'debit', 'credit', 'balance', 'currency', 'bank',
  'transaction_id', 'transaction_status', 'channel', 'memo',
  'location_id', 'location_name', 'country', 'latitude', 'longitude', 'coordinates', 'location_type',
  'person_a', 'person_b', 'relationship', 'source', 'target', 'link_type', 'weight', 'evidence', 'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles whose values are money amounts (a balance included). */
export const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['amount', 'debit', 'credit', 'balance']);

export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && (FILE_KINDS as readonly string[]).includes(value);
}

export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);
}
