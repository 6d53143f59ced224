// Readers for lists of things: people, subscribers (phone → person), account holders, places.

import { normalizeCountry } from '../../normalize/country.ts';
import type { RowContext } from './rowContext.ts';

/** A reader adds what it can read of one row and returns a rejection reason when nothing is usable. */
export type RowReader = (row: RowContext) => string | undefined;

export const readPerson: RowReader = (row) => {
  const nationality = row.get('nationality');
  const person = row.person('person_id', 'person_name', personAttributes(row), normalizeCountry(nationality) ?? undefined);
  return person.ok ? undefined : `no person: ${person.problem}`;
};

export const readSubscriber: RowReader = (row) => {
  const phone = row.phone('phone', { operator: row.get('operator') || undefined, registered: row.date('date') });
  if (!phone.ok) return `no phone: ${phone.problem}`;
  const person = row.person('person_id', 'person_name', personAttributes(row), normalizeCountry(row.get('nationality')) ?? undefined);
  if (person.ok) row.link({ type: 'uses_phone', source: person.value, target: phone.value });
  else row.warnings.push(`phone kept without its subscriber: ${person.problem}`);
  return undefined;
};

export const readAccountHolder: RowReader = (row) => {
  const country = row.rowCountry();
  const account = row.account('account', {}, country);
  if (!account.ok) return `no account: ${account.problem}`;
  const person = row.person('person_id', 'person_name', personAttributes(row));
  if (person.ok) row.link({ type: 'holds_account', source: person.value, target: account.value });
  else row.warnings.push(`account kept without its holder: ${person.problem}`);
  return undefined;
};

export const readLocation: RowReader = (row) => {
  const attributes = {
    latitude: row.get('latitude') || undefined,
    longitude: row.get('longitude') || undefined,
    placeType: row.get('location_type') || undefined,
    address: row.get('address') || undefined,
    ...row.extras(),
  };
  const place = row.location(attributes, row.rowCountry());
  return place.ok ? undefined : `no place: ${place.problem}`;
};

function personAttributes(row: RowContext): Record<string, string | undefined> {
  return {
    alias: row.get('alias') || undefined,
    nationality: row.get('nationality') || undefined,
    passport: row.get('passport') || undefined,
    birthDate: row.date('birth_date'),
    gender: row.get('gender') || undefined,
    role: row.get('role') || undefined,
    status: row.get('status') || undefined,
    address: row.get('address') || undefined,
    ...row.extras(),
  };
}
