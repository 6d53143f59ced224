// A seized staff roster (employee no., name, the name as the passport writes it, nationality, passport number, post,
// status, contact phone, wallet): a people list, whose passport-name column is a name and whose passport number is the passport.
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';

const PEOPLE = [
  ['GD-00136', 'Gao Yongjun', 'GAO YONGJUN', 'E8690747', '0085592108876', '0xeb833dcef2732f215abe361aaf69e3a2da7db2de'],
  ['GD-00520', 'Dang Quoc Bao', 'DANG QUOC BAO', 'C9768213', '+855 127 949 76', ''],
  ['GD-00611', 'Nurul Aina', 'NURUL AINA', 'A6002972', '+855 12 794 976', ''],
  ['GD-00712', 'Somchai Boonmee', 'SOMCHAI BOONMEE', 'AA1234567', '+66 81 234 5678', ''],
  ['GD-00833', 'Maria Santos', 'MARIA SANTOS', 'P3344556A', '+63 917 123 4567', '0x5aeda56215b167893e80b4fe645ba6d5bab767de'],
  ['GD-00904', 'Tran Van Nam', 'TRAN VAN NAM', 'C1122334', '+84 90 123 4567', ''],
];
const DETAILS = [['Vietnamese', 'typist', 'victim'], ['Indonesian', 'finance', 'active']];

/** A roster in one language's headers: [id, name, passport name, nationality, passport no., post, status, contact phone, wallet]. */
function roster(headers: string[]): string {
  const rows = PEOPLE.map(([id, name, passportName, passport, phone, wallet], i) => {
    const [nationality, post, status] = DETAILS[i % 2] ?? [];
    return [id, name, passportName, nationality, passport, post, status, phone, wallet].map((cell) => (cell?.includes(',') ? `"${cell}"` : cell)).join(',');
  });
  return [headers.join(','), ...rows].join('\n') + '\n';
}

describe('a staff roster in several languages', () => {
  it.each([
    ['Chinese', ['工号', '姓名', '英文名/护照名', '国籍', '护照号码', '岗位', '状态', '联系电话', 'USDT地址(ERC20)']],
    ['Vietnamese', ['Mã nhân viên', 'Họ tên', 'Tên theo hộ chiếu', 'Quốc tịch', 'Số hộ chiếu', 'Chức vụ', 'Trạng thái', 'Số điện thoại liên hệ', 'Địa chỉ ví USDT']],
    ['Thai', ['รหัสพนักงาน', 'ชื่อ', 'ชื่อตามหนังสือเดินทาง', 'สัญชาติ', 'เลขที่หนังสือเดินทาง', 'ตำแหน่ง', 'สถานะ', 'เบอร์ติดต่อ', 'ที่อยู่ USDT']],
    ['Indonesian', ['ID Karyawan', 'Nama', 'Nama sesuai paspor', 'Kewarganegaraan', 'Nomor Paspor', 'Jabatan', 'Status', 'No. Kontak', 'Alamat dompet USDT']],
    ['English', ['Employee No', 'Name', 'Passport Name', 'Nationality', 'Passport No', 'Position', 'Status', 'Contact No', 'USDT Address (TRC20)']],
  ])('reads the %s roster as people, the passport name as a name and the passport number as the passport', (_, headers) => {
    const result = classifyTable(parseTable(roster(headers), 'roster.csv'));
    const role = (index: number) => result.columns.find((column) => column.header === headers[index])?.role;
    expect(result.kind).toBe('people');
    expect(['alias', 'person_name']).toContain(role(2));
    expect(role(4)).toBe('passport');
    expect(role(5)).toBe('role');
    expect(role(7)).toBe('phone');
    expect(role(8)).toBe('account');
  });

  it('never reads a column of names as the passport number, whatever its header says', () => {
    const result = classifyTable(parseTable(roster(['ID', 'Name', 'Passport', 'Nationality', 'Document', 'Role', 'Status', 'Phone', 'Wallet']), 'roster.csv'));
    expect(result.columns.find((column) => column.header === 'Passport')?.role).not.toBe('passport');
  });
});
