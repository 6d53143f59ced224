// Nothing silently lost: a column whose role its file's kind does not read is kept as an attribute and named in the ledger.
import { describe, expect, it } from 'vitest';
import { sayCoded, sayInEnglish } from '../../src/core/i18n/coded.ts';
import { compiledTranslator } from '../../src/core/i18n/translate.ts';
import { readsRole } from '../../src/core/ingest/evidence/kinds.ts';
import { emptyMapping } from '../../src/core/ingest/mapping.ts';
import { COLUMN_ROLES, type ColumnRole, type FileKind } from '../../src/core/ingest/roles.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

/** Each list kind's smallest readable file: the required columns (stated) and one row. */
const BASES: Partial<Record<FileKind, { columns: [string, ColumnRole, string][]; main: string }>> = {
  people: { columns: [['pid', 'person_id', 'P-1'], ['nm', 'person_name', 'Alpha One']], main: 'person:P-1' },
  subscribers: { columns: [['msisdn', 'phone', '+6281211112222'], ['pid', 'person_id', 'P-1']], main: 'person:P-1' },
  account_holders: { columns: [['acct', 'account', '5550001111'], ['pid', 'person_id', 'P-1']], main: 'person:P-1' },
  locations: { columns: [['lid', 'location_id', 'L-1'], ['lname', 'location_name', 'Harbour']], main: 'location:L-1' },
};

/** A value each role's reader accepts and that survives its reading (searched for in the case, case-insensitively). */
function valueFor(role: ColumnRole): string {
  if (/^phone/.test(role)) return '+6281298765432';
  if (/^account|counterparty/.test(role)) return '1234509876';
  if (/date/.test(role)) return '2024-03-01';
  if (role === 'country' || role === 'nationality') return 'TH';
  if (role === 'imei') return '356938035643809';
  if (role === 'imsi') return '510101234567890';
  if (role === 'latitude') return '13.7563';
  if (role === 'longitude') return '100.5018';
  if (role === 'currency') return 'USDT';
  if (['amount', 'debit', 'credit', 'balance', 'weight'].includes(role)) return '4321.75';
  return `v-${role}`;
}

function importWith(kind: FileKind, role: ColumnRole) {
  const base = BASES[kind]!;
  const header = [...base.columns.map(([name]) => name), 'extra'].join(',');
  const row = [...base.columns.map(([, , value]) => value), valueFor(role)].join(',');
  const mapping = emptyMapping();
  mapping.files['list.csv'] = { kind, columns: Object.fromEntries([...base.columns.map(([name, stated]) => [name, stated]), ['extra', role]]) };
  const { prepared } = prepareFiles([csv('list.csv', `${header}\n${row}\n`)], { mapping });
  const { model, ledger } = buildCase(prepared);
  return { model, entry: ledger[0]!, main: model.entities.find((entity) => entity.id === base.main) };
}

const roles = COLUMN_ROLES.filter((role) => role !== 'ignore');

describe('a column whose role its kind does not read', () => {
  for (const kind of Object.keys(BASES) as FileKind[]) {
    it.each(roles.filter((role) => !readsRole(kind, role)))(`is kept as an attribute of a ${kind} row's entity and named once in the ledger: %s`, (role) => {
      const { entry, main } = importWith(kind, role);
      expect(entry.imported).toBe(1);
      expect(main?.attributes.extra).toBe(valueFor(role));
      expect(entry.notes?.filter((note) => note.code === 'role-not-read')).toEqual([
        { text: expect.stringContaining('extra') as string, code: 'role-not-read', params: { column: 'extra', role, kind, entity: main?.type } },
      ]);
    });

    // NOTE: the template is the one list of what a kind reads; a role it lists but its reader ignores would be lost.
    it.each(roles.filter((role) => readsRole(kind, role)))(`is never a ${kind} role its reader ignores: %s lands in the case`, (role) => {
      const { model, entry } = importWith(kind, role);
      expect(entry.imported).toBe(1);
      expect(entry.notes?.some((note) => note.code === 'role-not-read') ?? false).toBe(false);
      expect(JSON.stringify(model).toLowerCase()).toContain(valueFor(role).toLowerCase());
    });
  }

  it('is named in an event file too, where it cannot be kept, once per file however many rows', () => {
    const mapping = emptyMapping();
    mapping.files['calls.csv'] = { kind: 'calls', columns: { a: 'phone_a', b: 'phone_b', who: 'person_name' } };
    const text = 'a,b,who\n+6281211112222,+6281233334444,Budi\n+6281211112222,+6281255556666,Budi\n';
    const { prepared } = prepareFiles([csv('calls.csv', text)], { mapping });
    const { ledger: [entry] } = buildCase(prepared);
    expect(entry?.imported).toBe(2);
    expect(entry?.notes?.filter((note) => note.code === 'role-not-read').map((note) => note.params))
      .toEqual([{ column: 'who', role: 'person_name', kind: 'calls', entity: 'none' }]);
  });

  it('keeps a subscriber list\'s stated B-number column beside the detected ones, in the preview plan too', () => {
    const mapping = emptyMapping();
    mapping.files['pelanggan.csv'] = { kind: 'subscribers', columns: { b_number: 'phone_b' } };
    const text = 'msisdn,nama,b_number\n081211112222,Budi,081233334444\n081255556666,Sari,081277778888\n';
    const { prepared } = prepareFiles([csv('pelanggan.csv', text)], { defaultCountry: 'ID', mapping });
    // The review shows the stated role; the readers (and the preview, which reads through them) see an attribute.
    expect(prepared[0]!.classification.columns.find((column) => column.header === 'b_number')?.role).toBe('phone_b');
    expect(prepared[0]!.settings.columns.find((column) => column.header === 'b_number')?.role).toBeUndefined();
    const { model, ledger: [entry] } = buildCase(prepared);
    expect(entry?.notes?.filter((note) => note.code === 'role-not-read')).toHaveLength(1);
    const budi = model.entities.find((entity) => entity.type === 'person' && entity.label.includes('Budi'));
    expect(budi?.attributes.b_number).toBe('081233334444');
    // The catalogue says what the ledger recorded, in English and in Indonesian.
    const note = entry!.notes!.find((candidate) => candidate.code === 'role-not-read')!;
    expect(sayInEnglish('ledger.code', note)).toBe(note.text);
    expect(sayCoded(compiledTranslator('id'), 'ledger.code', note)).toMatch(/^b_number: berkas jenis subscribers tidak membaca peran phone_b; .*atribut orang/);
  });
});
