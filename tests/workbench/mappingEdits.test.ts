import { describe, expect, it } from 'vitest';
import { detectedMapping } from '../../src/core/ingest/detectedMapping.ts';
import { validateMapping, type MappingFile } from '../../src/core/ingest/mapping.ts';
import { prepareCase, type PreparedFile } from '../../src/core/ingest/prepareFile.ts';
import { COLUMN_ROLES } from '../../src/core/ingest/roles.ts';
import { applyMappingEdit } from '../../src/core/workbench/mappingEdits.ts';
import { csv } from '../helpers.ts';

/** Invented: a subscriber list whose headers say little; detection may read it as calls. */
const SUBSCRIBERS = csv('list_a.csv', `nomor_1,owner_id,catatan\n${Array.from({ length: 8 }, (_, i) => `+6281234567${i}${i},P-000${i}${i},siang ${i}`).join('\n')}\n`);

function prepared(mapping: MappingFile | undefined): PreparedFile {
  const [outcome] = prepareCase([SUBSCRIBERS], mapping ? { mapping } : {});
  if (!outcome?.ok) throw new Error(outcome?.ok === false ? outcome.error.message : 'nothing');
  return outcome.prepared;
}

function roles(file: PreparedFile): Record<string, string | null> {
  return Object.fromEntries(file.classification.columns.map((column) => [column.header, column.role ?? null]));
}

describe('applyMappingEdit', () => {
  it('turns review choices into a valid mapping file', () => {
    let mapping = applyMappingEdit(undefined, { file: 'calls.csv', field: 'kind', value: 'calls' });
    mapping = applyMappingEdit(mapping, { file: 'calls.csv', field: 'column', header: 'A_NUMBER', value: 'phone_a' });
    mapping = applyMappingEdit(mapping, { file: 'calls.csv', field: 'defaultCountry', value: 'ID' });
    mapping = applyMappingEdit(mapping, { file: 'calls.csv', field: 'dateFormat', value: 'dmy' });
    expect(validateMapping(mapping)).toEqual({
      type: 'simpul-mapping', version: 1,
      files: { 'calls.csv': { kind: 'calls', columns: { A_NUMBER: 'phone_a' }, defaultCountry: 'ID', dateFormat: 'dmy' } },
    });
  });

  it('drops a file from the mapping once every choice goes back to detection', () => {
    let mapping = applyMappingEdit(undefined, { file: 'a.csv', field: 'column', header: 'x', value: 'phone' });
    mapping = applyMappingEdit(mapping, { file: 'a.csv', field: 'column', header: 'x', value: undefined });
    expect(mapping.files).toEqual({});
  });
});

describe('applyMappingEdit: changing a file\'s kind', () => {
  const asCalls: MappingFile = {
    type: 'simpul-mapping', version: 1,
    files: { 'list_a.csv': { kind: 'calls', columns: { nomor_1: 'phone_a', owner_id: 'phone_b', catatan: 'attribute' }, defaultCountry: 'ID' } },
  };

  it('drops the stated roles the new kind does not read and keeps the rest (country, attribute)', () => {
    const mapping = applyMappingEdit(asCalls, { file: 'list_a.csv', field: 'kind', value: 'subscribers' });
    expect(validateMapping(mapping).files['list_a.csv']).toEqual({ kind: 'subscribers', columns: { catatan: 'attribute' }, defaultCountry: 'ID' });
  });

  it('keeps stated roles the new kind reads', () => {
    const mapping = applyMappingEdit(asCalls, { file: 'list_a.csv', field: 'column', header: 'owner_id', value: 'person_id' });
    const subscribers = applyMappingEdit(mapping, { file: 'list_a.csv', field: 'kind', value: 'subscribers' });
    expect(subscribers.files['list_a.csv']?.columns).toEqual({ owner_id: 'person_id', catatan: 'attribute' });
  });

  it('re-reads the columns for the new kind: a calls reading switched to subscribers has a phone and a person, not phone A / phone B', () => {
    const calls = prepared(asCalls);
    expect(roles(calls)).toMatchObject({ nomor_1: 'phone_a', owner_id: 'phone_b' });
    const subscribers = prepared(applyMappingEdit(detectedMapping([calls]), { file: 'list_a.csv', field: 'kind', value: 'subscribers' }));
    expect(subscribers.classification.kind).toBe('subscribers');
    expect(roles(subscribers)).toEqual({ nomor_1: 'phone', owner_id: 'person_id', catatan: null });
  });

  it('goes back to detection when the kind is cleared, keeping the stated columns', () => {
    const mapping = applyMappingEdit(asCalls, { file: 'list_a.csv', field: 'kind', value: undefined });
    expect(mapping.files['list_a.csv']).toEqual({ columns: { nomor_1: 'phone_a', owner_id: 'phone_b', catatan: 'attribute' }, defaultCountry: 'ID' });
  });
});

describe('applyMappingEdit: column roles', () => {
  it.each([...COLUMN_ROLES, 'attribute' as const])('lets %s be chosen for any column, and the reading keeps it', (role) => {
    let mapping = applyMappingEdit(undefined, { file: 'list_a.csv', field: 'kind', value: 'subscribers' });
    mapping = applyMappingEdit(mapping, { file: 'list_a.csv', field: 'column', header: 'nomor_1', value: role });
    const column = prepared(validateMapping(mapping)).classification.columns[0];
    expect(column).toMatchObject({ header: 'nomor_1', by: 'mapping' });
    expect(column?.role).toBe(role === 'attribute' ? undefined : role);
  });

  it('keeps "(attribute)" as an attribute although detection would give the column a role', () => {
    const detected = prepared(applyMappingEdit(undefined, { file: 'list_a.csv', field: 'kind', value: 'subscribers' }));
    expect(roles(detected).owner_id).toBe('person_id');
    let mapping = applyMappingEdit(undefined, { file: 'list_a.csv', field: 'kind', value: 'subscribers' });
    mapping = applyMappingEdit(mapping, { file: 'list_a.csv', field: 'column', header: 'owner_id', value: 'attribute' });
    mapping = applyMappingEdit(mapping, { file: 'list_a.csv', field: 'column', header: 'catatan', value: 'person_name' });
    expect(roles(prepared(mapping))).toEqual({ nomor_1: 'phone', owner_id: null, catatan: 'person_name' });
  });

  it('takes headers and file names that are Object\'s own keys as data', () => {
    let mapping = applyMappingEdit(undefined, { file: '__proto__', field: 'column', header: 'constructor', value: 'phone' });
    mapping = applyMappingEdit(mapping, { file: '__proto__', field: 'column', header: '__proto__', value: 'attribute' });
    expect(Object.keys(mapping.files)).toEqual(['__proto__']);
    expect(validateMapping(JSON.parse(JSON.stringify(mapping))).files['__proto__']?.columns).toEqual({ constructor: 'phone', ['__proto__']: 'attribute' });
  });
});

describe('withHubChoice', () => {
  it('records, replaces and clears one entity\'s correction', async () => {
    const { withHubChoice, hubChoiceOf } = await import('../../src/core/workbench/hubOverrides.ts');
    const forced = withHubChoice(undefined, 'phone:+1', 'hub');
    expect(forced).toEqual({ forceHub: ['phone:+1'] });
    const flipped = withHubChoice(forced, 'phone:+1', 'not-hub');
    expect(flipped).toEqual({ neverHub: ['phone:+1'] });
    expect(hubChoiceOf(flipped, 'phone:+1')).toBe('not-hub');
    expect(withHubChoice(flipped, 'phone:+1', 'auto')).toBeUndefined();
  });
});
