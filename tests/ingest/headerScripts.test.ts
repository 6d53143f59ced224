import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { headerScores } from '../../src/core/ingest/evidence/headerWords.ts';
import { profileColumn } from '../../src/core/ingest/evidence/valueShapes.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { parseDuration } from '../../src/core/normalize/duration.ts';

/** The role a header's words point to most strongly. */
function best(header: string): string | undefined {
  return [...headerScores(header)].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function roles(text: string, file = 'f.csv') {
  const result = classifyTable(parseTable(text, file));
  return { kind: result.kind, confidence: result.confidence, roles: Object.fromEntries(result.columns.map((column) => [column.header, column.role])) };
}

describe('headerScores: headers in scripts without spaces and in other languages', () => {
  it.each([
    ['通话时长', 'duration'], ['主叫号码', 'phone_a'], ['被叫号码', 'phone_b'], ['呼叫类型', 'call_type'], ['岗位', 'role'], ['职务', 'role'],
    ['工号', 'person_id'], ['员工编号', 'person_id'], ['姓名', 'person_name'], ['护照号码', 'passport'], ['家庭住址', 'address'],
    ['Chức vụ', 'role'], ['Số hộ chiếu', 'passport'], ['ตำแหน่ง', 'role'], ['เลขที่หนังสือเดินทาง', 'passport'], ['Jabatan', 'role'], ['Nomor Paspor', 'passport'],
    ['Thời lượng cuộc gọi', 'duration'], ['ระยะเวลาการโทร', 'duration'],
  ])('reads %j as %s', (header, role) => expect(best(header)).toBe(role));

  // NOTE: the name as the passport writes it is a name; only a number word (or the document word alone) makes it the document's number.
  it.each([['英文名/护照名'], ['护照名'], ['Passport Name'], ['Name as in passport'], ['Nama sesuai paspor'], ['Tên theo hộ chiếu'], ['ชื่อตามหนังสือเดินทาง']])(
    'reads %j as a name, never as the passport number', (header) => {
      const scores = headerScores(header);
      expect(scores.has('passport')).toBe(false);
      expect(['person_name', 'alias']).toContain(best(header));
    });

  it.each([['USDT地址(ERC20)'], ['USDT Address (TRC20)'], ['BTC address'], ['Địa chỉ ví USDT'], ['ที่อยู่ USDT']])('reads %j as a wallet, not a home address', (header) => {
    expect(best(header)).toBe('account');
    expect(headerScores(header).has('address')).toBe(false);
  });

  it.each([['Home Address'], ['Alamat'], ['地址']])('still reads %j as a postal address', (header) => expect(best(header)).toBe('address'));
});

describe('profileColumn: a duration written with its units', () => {
  // NOTE: the value evidence must count what the duration parser reads, whatever the parser learns to read.
  it('counts as durations exactly the cells the parser reads', () => {
    const cells = ['1231', '8分41秒', '172秒', '2m 5s', '1h 2m 3s', '35 detik', '00:02:05', '未接通', 'abc', '1,234'];
    const read = cells.filter((cell) => parseDuration(cell) !== null && cell !== '1,234').length;
    expect(profileColumn(cells).duration).toBeCloseTo(read / cells.length, 5);
  });

  it.each([
    ['通话时长', ['2m 5s', '95', '1h 2m 3s', '35s', '4m', '61']],
    ['Durasi', ['35 detik', '2 menit 5 detik', '120', '1 jam 2 menit', '15 dtk', '7']],
    ['Thời lượng', ['2 min 5 sec', '95', '1 min', '30 sec', '61', '3 min 2 sec']],
  ])('reads %j over unit-written values as the duration', (header, values) => {
    const text = [`主叫号码,被叫号码,开始时间,${header}`, ...values.map((value, index) => `+855 12 345 67${index},+855 97 765 43${index},2024-03-0${index + 1} 10:00:00,${value}`)].join('\n');
    expect(roles(text).roles[header]).toBe('duration');
  });
});
