// The names Simpul makes for entities it creates itself (a statement's unknown counterparty, its cash in and out),
// said in the reader's language. The entity's key is the code and its parameter (`unknown:<account>`,
// `cash-in:<account>`, `cash-out:<account>`): stable and language-free, so ids, exports and saved cases do not
// change with the language; only what a person reads does.
import type { Translate } from './translate.ts';

/** What a made-up label is built from: a catalogue code under `entity.made` and the account it belongs to. */
export interface MadeLabel {
  code: 'unknown-counterparty' | 'cash-in' | 'cash-out';
  of: string;
}

const PREFIXES: ReadonlyArray<readonly [string, MadeLabel['code']]> = [
  ['unknown:', 'unknown-counterparty'], ['cash-in:', 'cash-in'], ['cash-out:', 'cash-out'],
];

/** The code of a label Simpul made up for this entity, or undefined for an entity named by the sources. */
export function madeLabel(entity: { type: string; key: string }): MadeLabel | undefined {
  if (entity.type !== 'account') return undefined;
  for (const [prefix, code] of PREFIXES) if (entity.key.startsWith(prefix)) return { code, of: entity.key.slice(prefix.length) };
  return undefined;
}

/** An entity's label as the reader reads it: a made-up label in their language, else the label the sources gave. */
export function sayLabel(t: Translate, entity: { type: string; key: string; label: string }): string {
  const made = madeLabel(entity);
  return made ? t(`entity.made.${made.code}`, { of: made.of }) : entity.label;
}

/** A currency code as the reader reads it: the code itself, or the word for a currency no file stated. */
export function sayCurrency(t: Translate, currency: string): string {
  return currency === 'unspecified' ? t('entity.unspecifiedCurrency') : currency;
}

// NOTE: the attribute is written by resolve/roleConflicts.ts describeRoleConflict in this one English form (exports keep
// it so); its two lists ("value" (file line n), …) are evidence and are placed as they are into the reader's message.
const ROLE_CONFLICT = /^sources disagree: (.*) vs (.*); treated as a victim$/s;

/** Attribute names Simpul writes itself (readers, case builder); a name from a file's header is shown as written. */
const MADE_ATTRIBUTES: ReadonlySet<string> = new Set([
'accountKind', 'alias', 'bank', 'birthDate', 'birthPlace', 'cell', 'gender', 'imsi', 'imei', 'keyFrom', 'latitude', 'longitude', 'nameAsWritten', 'namedIn', 'nationality', 'network', 'operator', 'passport', 'placeType', 'reading', 'registered', 'role', 'status', 'validity', 'remark', 'address',
]);
/** The `validity` value rowContext.ts writes on a phone its plan does not accept (kept in this English form in exports). */
const INVALID_NUMBER = 'not a valid number in its plan';

/** An entity attribute as the reader reads it: name and value; the role-conflict note in their language, others as stored. */
export function sayAttribute(t: Translate, name: string, value: string): { name: string; value: string } {
  const conflict = name === 'roleConflict' ? ROLE_CONFLICT.exec(value) : null;
  if (!conflict) {
    const said = MADE_ATTRIBUTES.has(name) ? t(`entity.attribute.${name}`) : name;
    return { name: said, value: name === 'validity' && value === INVALID_NUMBER ? t('entity.invalidNumber') : value };
  }
  return { name: t('entity.roleConflictName'), value: t('entity.roleConflict', { victims: conflict[1] ?? '', others: conflict[2] ?? '' }) };
}
