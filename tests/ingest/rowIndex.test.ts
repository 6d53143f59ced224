import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { profileColumn } from '../../src/core/ingest/evidence/valueShapes.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';

// Invented rows: phones, dates and amounts of no real person.
const CALLS = [
  ['081211110001', '081322220001', '01/03/2024 08:00:00', '61'],
  ['081211110002', '081322220002', '01/03/2024 09:10:00', '17'],
  ['081211110003', '081322220003', '02/03/2024 10:20:00', '245'],
  ['081211110004', '081322220004', '02/03/2024 11:30:00', '9'],
  ['081211110005', '081322220005', '03/03/2024 12:40:00', '130'],
  ['081211110006', '081322220006', '03/03/2024 13:50:00', '72'],
];

function file(header: string | null, counter: readonly string[], separator = ','): string {
  const head = header === null ? [] : [`${header}${separator}A_NUMBER${separator}B_NUMBER${separator}START_TIME${separator}DURATION`];
  return [...head, ...CALLS.map((row, index) => [counter[index] ?? '', ...row].join(separator))].join('\n');
}

const ONE_TO_SIX = ['1', '2', '3', '4', '5', '6'];

describe('row-number columns', () => {
  it.each([
    ['EN No', 'No', ONE_TO_SIX, ','],
    ['hash sign', '#', ONE_TO_SIX, ','],
    ['ID No.', 'No.', ONE_TO_SIX, ';'],
    ['VN STT', 'STT', ONE_TO_SIX, ','],
    ['starting at 0', 'Id', ['0', '1', '2', '3', '4', '5'], ','],
    ['a gap left by a rejected line', 'No', ['1', '2', '3', '5', '6', '7'], ','],
  ])('%s: ignored as row numbers, never an identifier, amount or duration', (_, header, counter, separator) => {
    const result = classifyTable(parseTable(file(header, counter, separator), 'calls.csv'));
    const column = result.columns[0];
    expect(result.kind).toBe('calls');
    expect(column?.role).toBe('ignore');
    expect(column?.evidence?.join(' ')).toMatch(/row numbers [01]…[5-7]/);
    expect(result.columns.slice(1).map((plan) => plan.role)).toEqual(['phone_a', 'phone_b', 'datetime', 'duration']);
  });

  it('a headerless first column of row numbers is ignored too', () => {
    const result = classifyTable(parseTable(file(null, ONE_TO_SIX), 'noheader.csv'));
    expect(result.columns[0]?.role).toBe('ignore');
  });

  it('STT in a Vietnamese subscriber list is not an amount', () => {
    const text = [
      'STT,Số thuê bao,chủ thuê bao,Ngày kích hoạt',
      '1,0912000901,Nguyễn Văn A,12/01/2023', '2,0912000902,Trần Thị B,13/01/2023', '3,0912000903,Lê Văn C,14/01/2023',
      '4,0912000904,Phạm Thị D,15/01/2023', '5,0912000905,Hoàng Văn E,16/01/2023', '6,0912000906,Vũ Thị F,17/01/2023',
    ].join('\n');
    const result = classifyTable(parseTable(text, 'thue_bao.csv'), { kind: 'subscribers' });
    expect(result.columns[0]?.role).toBe('ignore');
    expect(result.columns.some((plan) => plan.role === 'amount')).toBe(false);
  });

  it.each([
    ['ids not in order', ['1001', '1007', '1003', '1012', '1004', '1009']],
    ['not starting at 0 or 1', ['7', '8', '9', '10', '11', '12']],
    ['going down', ['6', '5', '4', '3', '2', '1']],
    ['repeating', ['1', '1', '2', '2', '3', '3']],
    ['too many gaps', ['1', '3', '5', '7', '9', '11']],
  ])('%s: not row numbers', (_, counter) => {
    expect(profileColumn(counter).rowIndex).toBe(0);
  });

  it('ids like 1001, 1007, 1003 are still ids', () => {
    const text = ['person_id,full_name,nationality', '1001,Budi,Indonesia', '1007,Maria,Philippines', '1003,Somchai,Thailand', '1012,Lan,Vietnam'].join('\n');
    const result = classifyTable(parseTable(text, 'people.csv'));
    expect(result.kind).toBe('people');
    expect(result.columns[0]?.role).toBe('person_id');
  });
});
