import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { linksTable } from '../../src/core/report/tables.ts';
import { readModel } from '../../src/core/workspace/readModel.ts';
import { Check } from '../../src/core/workspace/check.ts';
import type { CaseModel, Link } from '../../src/core/model/types.ts';
import { csv } from '../helpers.ts';
import type { MappingFile } from '../../src/core/ingest/mapping.ts';

function read(name: string, text: string, mapping?: MappingFile): { model: CaseModel; notRead: string[] } {
  const { prepared } = prepareFiles([csv(name, text)], { strict: true, defaultCountry: 'MY', ...(mapping ? { mapping } : {}) });
  const { model, ledger } = buildCase(prepared);
  return { model, notRead: (ledger[0]?.notes ?? []).filter((note) => note.code === 'column-not-read').map((note) => String(note.params?.column)) };
}

function only(model: CaseModel, type: Link['type']): Link {
  const links = model.links.filter((link) => link.type === type);
  expect(links).toHaveLength(1);
  return links[0] as Link;
}

// An investigator reads a transfer's channel and memo, a call's operator, who reported an association: on the link,
// with its file and line, and in the export; they used to be named "not read" in the ledger and left in the file.
describe('a link keeps the other columns of its rows', () => {
  it('keeps a transfer\'s bank, channel and memo, per row and on the link, and names no column as not read', () => {
    const text = 'from_account,to_account,amount,currency,date,bank,channel,memo\n' +
      '5140-1122-3344,7001234567,500.00,MYR,2025-03-01,Maybank,DuitNow,gaji Mac\n' +
      '5140-1122-3344,7001234567,250.00,MYR,2025-03-02,Maybank,FPX,\n';
    const { model, notRead } = read('transfers.csv', text);
    expect(notRead).toEqual([]);
    const link = only(model, 'transferred');
    expect(link.attributes).toEqual({ bank: 'Maybank', channel: 'DuitNow | FPX', memo: 'gaji Mac' });
    expect(link.rows?.map((row) => row.attributes)).toEqual([{ bank: 'Maybank', channel: 'DuitNow', memo: 'gaji Mac' }, { bank: 'Maybank', channel: 'FPX' }]);
  });

  it('keeps a statement row\'s description, channel and balance on its transfer, though they also gave its direction', () => {
    const text = 'Account No,Date,Description,Channel,Debit,Credit,Balance\n' +
      '7001234567,02/03/2025,TRSF CR 5270011223 BUDI,IBG,,"1,000.00","1,500.00"\n';
    const link = only(read('statement.csv', text).model, 'transferred');
    expect(link.attributes).toEqual({ Balance: '1,500.00', Channel: 'IBG', Description: 'TRSF CR 5270011223 BUDI' });
  });

  it('keeps a call\'s operator and remark but not its handset or cell, which are the subscriber\'s', () => {
    const text = 'caller,called,start_time,duration,imei,cell_id,operator,remarks\n' +
      '0123887766,0112345678,2025-03-01 10:00:00,60,356938035643809,CELL-1,Maxis,urgent\n';
    const link = only(read('cdr.csv', text).model, 'called');
    expect(link.attributes).toEqual({ operator: 'Maxis', remarks: 'urgent' });
  });

  it('keeps who reported an association (its source column)', () => {
    const text = 'person_a,person_b,relationship,source,date\nAli,Budi,brother,interview 12,2025-03-01\n';
    const { model, notRead } = read('assoc.csv', text, { type: 'simpul-mapping', version: 1, files: { 'assoc.csv': { kind: 'associations', columns: { source: 'source' } } } });
    expect(notRead).toEqual([]);
    expect(only(model, 'associated').attributes).toEqual({ source: 'interview 12' });
  });

  it('lists at most five values of a column, most frequent first, and counts the rest', () => {
    const rows = ['x', 'x', 'a', 'b', 'c', 'd', 'e', 'f'].map((channel, i) => `5140112233,7001234567,1.00,MYR,2025-03-0${(i % 9) + 1},${channel}`);
    const link = only(read('transfers.csv', `from_account,to_account,amount,currency,date,channel\n${rows.join('\n')}\n`).model, 'transferred');
    expect(link.attributes?.channel).toBe('x | a | b | c | d | … (+2 more)');
  });

  it('writes the attributes in links.csv and keeps them through a saved case', () => {
    const text = 'from_account,to_account,amount,currency,date,channel\n5140112233,7001234567,1.00,MYR,2025-03-01,DuitNow\n';
    const { model } = read('transfers.csv', text);
    const table = linksTable(model);
    const column = table.headers.indexOf('attributes');
    expect([...table.rows][0]?.[column]).toBe('channel: DuitNow');
    const reopened = readModel(new Check('case.json'), JSON.parse(JSON.stringify(model)), 'model');
    expect(reopened.links[0]?.attributes).toEqual({ channel: 'DuitNow' });
    expect(reopened.links[0]?.rows?.[0]?.attributes).toEqual({ channel: 'DuitNow' });
  });
});
