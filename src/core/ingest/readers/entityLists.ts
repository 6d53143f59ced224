// Readers for lists of things: people, subscribers (phone → person), account holders, places.

import { readCoordinates } from '../../normalize/coordinates.ts';
import { normalizeCountry } from '../../normalize/country.ts';
import { normalizeDate, type DateFormat } from '../../normalize/date.ts';
import { because, type Reason } from './reasons.ts';
import type { RowContext } from './rowContext.ts';

/** A reader adds what it can read of one row and returns a rejection reason when nothing is usable. */
export type RowReader = (row: RowContext) => Reason | undefined;

// NOTE: a people list's phone and account columns are that person's, as on a subscriber or holder list:
// linked (uses_phone, holds_account). An unreadable one keeps the person, with a warning naming the cell.
export const readPerson: RowReader = (row) => {
  const nationality = row.get('nationality');
  // NOTE: a people list's country column is where the person is; their nationality, when given, says more.
  const person = row.person('person_id', 'person_name', personAttributes(row), normalizeCountry(nationality) ?? row.rowCountry(), true);
  if (!person.ok) return because('no-person', `no person: ${person.problem}`, {}, person.why);
  if (row.has('phone')) {
    const phones = row.phones('phone', { operator: row.get('operator') || undefined });
    if (phones.ok) for (const phone of phones.value) row.link({ type: 'uses_phone', source: person.value, target: phone });
    else if (!phones.missing) row.warnings.push(because('person-without-phone', `person kept without a phone: ${phones.problem}`, {}, phones.why));
  }
  if (row.has('account')) {
    const accounts = row.accounts('account', {}, row.rowCountry());
    if (accounts.ok) for (const account of accounts.value) row.link({ type: 'holds_account', source: person.value, target: account });
    else if (!accounts.missing) row.warnings.push(because('person-without-account', `person kept without an account: ${accounts.problem}`, {}, accounts.why));
  }
  return undefined;
};

// NOTE: a row with a usable part is kept. A people row whose phone cell a spreadsheet broke keeps its
// person (with a warning naming the cell); a phone without a readable subscriber keeps the phone.
export const readSubscriber: RowReader = (row) => {
  const phones = row.phones('phone', {
    operator: row.get('operator') || undefined, registered: row.date('date'), imsi: row.get('imsi') || undefined, imei: row.get('imei') || undefined,
  });
  const person = row.person('person_id', 'person_name', personAttributes(row), normalizeCountry(row.get('nationality')) ?? row.rowCountry(), true);
  if (!phones.ok && !person.ok) return because('no-phone-no-person', `no phone: ${phones.problem}; no person: ${person.problem}`, {}, phones.why, person.why);
  if (!phones.ok) {
    if (!phones.missing) row.warnings.push(because('person-without-phone', `person kept without a phone: ${phones.problem}`, {}, phones.why));
    return undefined;
  }
  if (!person.ok) {
    row.warnings.push(because('phone-without-subscriber', `phone kept without its subscriber: ${person.problem}`, {}, person.why));
    return undefined;
  }
  for (const phone of phones.value) row.link({ type: 'uses_phone', source: person.value, target: phone });
  return undefined;
};

export const readAccountHolder: RowReader = (row) => {
  const accounts = row.accounts('account', { opened: row.date('date'), currency: row.get('currency') || undefined }, row.rowCountry());
  const person = row.person('person_id', 'person_name', personAttributes(row), undefined, true);
  if (!accounts.ok && !person.ok) return because('no-account-no-person', `no account: ${accounts.problem}; no person: ${person.problem}`, {}, accounts.why, person.why);
  if (!accounts.ok) {
    if (!accounts.missing) row.warnings.push(because('person-without-account', `person kept without an account: ${accounts.problem}`, {}, accounts.why));
    return undefined;
  }
  if (!person.ok) {
    row.warnings.push(because('account-without-holder', `account kept without its holder: ${person.problem}`, {}, person.why));
    return undefined;
  }
  for (const account of accounts.value) row.link({ type: 'holds_account', source: person.value, target: account });
  return undefined;
};

export const readLocation: RowReader = (row) => {
  const point = mapPoint(row);
  const attributes = {
    latitude: row.get('latitude') || point?.latitude,
    longitude: row.get('longitude') || point?.longitude,
    placeType: row.get('location_type') || undefined,
    ...(point ? {} : { coordinates: row.get('coordinates') || undefined }),
    address: row.get('address') || undefined,
    ...row.extras(),
  };
  const place = row.location(attributes, row.rowCountry());
  return place.ok ? undefined : because('no-place', `no place: ${place.problem}`, {}, place.why);
};

// NOTE: a `lat, lon` cell (a map app's copy) gives the place its latitude and longitude, kept as written digits;
// separate latitude/longitude columns win where both are filled. An unreadable point is kept as written, with a warning.
/** The row's map point from its coordinates column, as attribute texts; undefined when none or unreadable. */
function mapPoint(row: RowContext): { latitude: string; longitude: string } | undefined {
  const raw = row.get('coordinates');
  if (raw === '') return undefined;
  const point = readCoordinates(raw);
  if (point) return { latitude: String(point.latitude), longitude: String(point.longitude) };
  const header = row.header('coordinates');
  row.warnings.push(because('coordinates-unreadable', `${header} "${raw}" is not a map point (latitude, longitude in range); kept as written, the place is not on the map`, { header, value: raw }));
  return undefined;
}

function personAttributes(row: RowContext): Record<string, string | undefined> {
  const extras = row.extras();
  const born = row.has('birth_date') ? undefined : placeAndDateOfBirth(extras, row.settings.dateFormat);
  // NOTE: spread into a literal: own data properties, so a column named `__proto__` stays an attribute.
  return {
    alias: row.get('alias') || undefined,
    nationality: row.get('nationality') || undefined,
    passport: row.get('passport') || undefined,
    birthDate: row.date('birth_date') ?? born?.date,
    birthPlace: born?.place,
    gender: row.get('gender') || undefined,
    role: row.get('role') || undefined,
    // NOTE: a victims' list without a status column: the list's own title or name is each person's status.
    status: row.get('status') || (row.settings.victimList ? 'victim' : undefined),
    address: row.get('address') || undefined,
    ...extras,
  };
}

// NOTE: Indonesian police lists write place and date of birth in one column (`Tempat/Tgl Lahir`: `Kupang, 12-05-1985`,
// also `TTL`, `place and date of birth`). The part after the last comma is the birth date when it reads as a full date
// in the file's date order; the part before is the place. A year alone (`Fujian, 1975`) is no date: the cell stays as written.
const PLACE_DATE_OF_BIRTH = /^(?:ttl|tempat\s*[/&,]?\s*(?:dan\s+)?(?:tgl|tanggal)\.?\s*lahir|place\s*(?:and|&|\/)\s*date\s*of\s*birth|pob\s*\/\s*dob)$/i;

function placeAndDateOfBirth(extras: Record<string, string>, format: DateFormat | undefined): { place: string; date: string } | undefined {
  for (const header in extras) {
    if (!Object.hasOwn(extras, header) || !PLACE_DATE_OF_BIRTH.test(header.trim())) continue;
    const cell = extras[header] ?? '';
    const comma = cell.lastIndexOf(',');
    if (comma <= 0) return undefined;
    const written = cell.slice(comma + 1).trim();
    // A number alone (a year, an Excel serial) is no written birth date.
    const date = /\d\D+\d/.test(written) ? normalizeDate(written, format) : null;
    const place = cell.slice(0, comma).trim();
    return date && /^\d{4}-\d{2}-\d{2}/.test(date) && /\p{L}/u.test(place) ? { place, date } : undefined;
  }
  return undefined;
}
