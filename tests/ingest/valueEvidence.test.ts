// Value evidence sees each cell as the readers will read it: quotes unwrapped, native digits folded, several
// identifiers per cell split as RowContext.phones/accounts split them. A file reads the same however its
// values are written; otherwise a column the readers would read is judged "not phones" and the file misread.
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { profileColumn } from '../../src/core/ingest/evidence/valueShapes.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';

describe('profileColumn: a column profiles as the values the readers read', () => {
  it.each([
    ['telco single quotes', ["'6281234567890'", "'6287812345678'", "'66812345678'"], ['6281234567890', '6287812345678', '66812345678']],
    ['Excel text apostrophe', ["'081234567890", "'081398765432"], ['081234567890', '081398765432']],
    ['Thai digits (phones)', ['๐๘๑-๒๓๔-๕๖๗๘', '๐๘๙-๘๗๖-๕๔๓๒'], ['081-234-5678', '089-876-5432']],
    ['Myanmar digits', ['၀၉ ၇၈၁၂ ၃၄၅၆၇', '၀၉ ၄၅၀၀ ၁၂၃၄၅'], ['09 7812 34567', '09 4500 12345']],
    ['Lao digits', ['໐໒໐ ໕໕໕໕ ໑໒໓໔'], ['020 5555 1234']],
    ['Khmer digits', ['០១២ ៣៤៥ ៦៧៨'], ['012 345 678']],
    ['fullwidth digits', ['０８１２３４５６７８９０'], ['081234567890']],
    ['Arabic-Indic digits', ['٠٨١٢٣٤٥٦٧٨٩٠'], ['081234567890']],
    ['Thai Buddhist-era dates', ['๐๒/๐๓/๒๕๖๗', '๑๕/๐๔/๒๕๖๗'], ['02/03/2567', '15/04/2567']],
    ['Thai amounts', ['๑๒,๕๐๐.๐๐', '๓๐๐.๕๐'], ['12,500.00', '300.50']],
    ['Thai account numbers', ['๑๒๓-๔-๕๖๗๘๙-๐'], ['123-4-56789-0']],
    ['quoted dates with times', ["'2024-03-02 08:15:00'"], ['2024-03-02 08:15:00']],
  ])('%s profile as their plain form', (_, written, plain) => {
    expect(profileColumn(written)).toEqual(profileColumn(plain));
  });

  it.each([
    ['/', ['0813-2222-3333 / 0878-4444-5555', '0812-1111-2222 / 0812-1111-3333']],
    [';', ['0812-1111-2222; 0812-1111-3333']],
    ['&', ['0856-7777-8888 & 0856-7777-9999']],
    ['a line break', ['0811-1234-5678\n0811-1234-5679']],
    ['native digits and /', ['๐๘๑-๒๓๔-๕๖๗๘ / ๐๘๙-๘๗๖-๕๔๓๒']],
    ['quotes and ;', ["'0812-1111-2222; 0812-1111-3333'"]],
  ])('cells naming several phones split by %s are phones', (_, cells) => {
    expect(profileColumn(cells).phone).toBe(1);
  });

  it('a cell is phones only when every part reads, as the reader keeps it only then', () => {
    expect(profileColumn(['0813-2222-3333 / not known']).phone).toBe(0);
    expect(profileColumn(['0813-2222-3333 / 12']).phone).toBe(0);
  });

  it('cells naming several accounts are accounts', () => {
    expect(profileColumn(['123-4-56789-0 / 987-6-54321-0', '1234567890; 0987654321']).account).toBe(1);
  });
});

describe('classifyTable: a file reads the same whatever way its values are written', () => {
  const read = (text: string) => {
    const result = classifyTable(parseTable(text, 'f.csv'));
    return { kind: result.kind, confidence: result.confidence, roles: result.columns.map((column) => column.role) };
  };

  it.each([
    [
      'quoted CDR numbers',
      "MSISDN,OTHER_PARTY,DIRECTION,EVENT_DATE\n'6281234567890','6287812345678',OUT,2024-03-02 08:15:00\n'6281234567890','66812345678',IN,2024-03-02 09:15:00",
      'MSISDN,OTHER_PARTY,DIRECTION,EVENT_DATE\n6281234567890,6287812345678,OUT,2024-03-02 08:15:00\n6281234567890,66812345678,IN,2024-03-02 09:15:00',
    ],
    [
      'a Thai-digit transfer',
      'TXN_ID,TXN_DATE,DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,CURRENCY\nT1,๐๒/๐๓/๒๕๖๗,๑๒๓-๔-๕๖๗๘๙-๐,๙๘๗-๖-๕๔๓๒๑-๐,"๑๒,๕๐๐.๐๐",THB\nT2,๐๓/๐๓/๒๕๖๗,๙๘๗-๖-๕๔๓๒๑-๐,๑๒๓-๔-๕๖๗๘๙-๐,๓๐๐.๕๐,THB',
      'TXN_ID,TXN_DATE,DEBIT_ACCOUNT,CREDIT_ACCOUNT,AMOUNT,CURRENCY\nT1,02/03/2567,123-4-56789-0,987-6-54321-0,"12,500.00",THB\nT2,03/03/2567,987-6-54321-0,123-4-56789-0,300.50,THB',
    ],
    [
      'a native-digit people list',
      'person_id,name,phone,country\nT-1,Somchai,๐๘๑-๒๓๔-๕๖๗๘,TH\nF-1,Tanaka,０８１２３４５６７８９０,ID\nA-1,Omar,٠٨١٢٣٤٥٦٧٨٩٠,ID',
      'person_id,name,phone,country\nT-1,Somchai,081-234-5678,TH\nF-1,Tanaka,081234567890,ID\nA-1,Omar,081234567890,ID',
    ],
  ])('%s', (_, written, plain) => {
    expect(read(written)).toEqual(read(plain));
  });
});
