import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function notRead(name: string, text: string): string[] {
  const { prepared } = prepareFiles([csv(name, text)], { strict: true, defaultCountry: 'ID' });
  const { ledger } = buildCase(prepared);
  return (ledger[0]?.notes ?? []).filter((note) => note.code === 'column-not-read').map((note) => String(note.params?.column));
}

describe('a column no reader reads is named in the ledger, never dropped without a word', () => {
  it('says nothing for a calls file\'s free-text column, which its calls keep (see linkAttributes.test.ts)', () => {
    const text = 'caller,called,start_time,duration,remarks\n081234567890,081298765432,2025-01-02 10:00:00,60,urgent\n081234567890,081298765433,2025-01-02 11:00:00,30,\n';
    expect(notRead('cdr.csv', text)).toEqual([]);
  });

  it('says nothing for a people list, which keeps every other column as an attribute', () => {
    const text = 'person_id,name,nationality,hobby\nP-1,Budi,ID,chess\nP-2,Siti,ID,\n';
    expect(notRead('people.csv', text)).toEqual([]);
  });

  it('says nothing when every column of a transfers file is read', () => {
    const text = 'from_account,to_account,amount,currency,date\n1234567890,9876543210,500.00,USD,2025-01-04\n';
    expect(notRead('transfers.csv', text)).toEqual([]);
  });
});
