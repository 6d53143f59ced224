// Fictional names per nationality, with Burmese, Thai and Chinese script where a native name exists.

import type { Rng } from './prng.ts';
import type { Iso2 } from './types.ts';

export interface PersonName {
  name: string;
  native?: string;
  nickname?: string;
}

type Pair = readonly [latin: string, script: string];

const ID_GIVEN = ['Agus', 'Budi', 'Dewi', 'Siti', 'Rina', 'Andi', 'Yohanes', 'Maria', 'Fransiskus', 'Novi', 'Rizky',
  'Putri', 'Wahyu', 'Eko', 'Sri', 'Nur', 'Fitri', 'Hendra', 'Yulia', 'Dian', 'Ahmad', 'Muhammad', 'Lestari', 'Bayu',
  'Indah', 'Rudi', 'Adi', 'Yosef', 'Marselinus', 'Theresia', 'Kornelis', 'Yanti', 'Fajar', 'Ratna', 'Imam', 'Gusti'];
const ID_FAMILY = ['Saputra', 'Wijaya', 'Sihombing', 'Simanjuntak', 'Nainggolan', 'Hutapea', 'Pratama', 'Setiawan',
  'Rahmawati', 'Kurniawan', 'Lubis', 'Nasution', 'Siregar', 'Ndun', 'Bria', 'Manafe', 'Tefa', 'Haning', 'Lado',
  'Hidayat', 'Susanto', 'Purba', 'Hasibuan', 'Tanjung', 'Nugroho', 'Wulandari', 'Kause', 'Benu'];
const ID_NICK = ['Bang', 'Mas', 'Mbak', 'Kak', 'Om', 'Pak', 'Mami', 'Koh', 'Cici'];
const PH_GIVEN = ['Maria', 'Jose', 'Juan', 'Mark', 'John Paul', 'Kristine', 'Angelica', 'Jomar', 'Rhea', 'Jerome',
  'Princess', 'Ronaldo', 'Marites', 'Jhon', 'Aileen', 'Rowena', 'Christian', 'Mary Joy', 'Reynaldo', 'Lovely'];
const PH_FAMILY = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'dela Cruz', 'Villanueva', 'Ramos',
  'Aquino', 'Castillo', 'Navarro', 'Manalo', 'Pascual', 'Salazar', 'Dizon', 'Lacson', 'Soriano'];
const VN_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const VN_MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Ngọc', 'Thanh', 'Hữu', 'Quốc'];
const VN_GIVEN = ['Anh', 'Hùng', 'Lan', 'Hương', 'Tuấn', 'Dũng', 'Linh', 'Quang', 'Trang', 'Hải', 'Nam', 'Thảo',
  'Phương', 'Long', 'Khoa', 'Vy'];
const MM_SYLLABLES: Pair[] = [['Aung', 'အောင်'], ['Min', 'မင်း'], ['Zaw', 'ဇော်'], ['Htet', 'ထက်'], ['Kyaw', 'ကျော်'],
  ['Thu', 'သူ'], ['Naing', 'နိုင်'], ['Soe', 'စိုး'], ['Win', 'ဝင်း'], ['Myint', 'မြင့်'], ['Tun', 'ထွန်း'], ['Hla', 'လှ'],
  ['Khin', 'ခင်'], ['Su', 'စု'], ['Mya', 'မြ'], ['Nwe', 'နွယ်'], ['Ko', 'ကို'], ['Phyo', 'ဖြိုး'], ['Wai', 'ဝေ'],
  ['Yan', 'ရန်'], ['Lin', 'လင်း'], ['Thet', 'သက်'], ['Moe', 'မိုး'], ['Zin', 'ဇင်'], ['Nyein', 'ငြိမ်း']];
const TH_GIVEN: Pair[] = [['Somchai', 'สมชาย'], ['Somsak', 'สมศักดิ์'], ['Wichai', 'วิชัย'], ['Anan', 'อนันต์'],
  ['Siriporn', 'ศิริพร'], ['Malee', 'มาลี'], ['Pornthip', 'พรทิพย์'], ['Nattapong', 'ณัฐพงศ์'], ['Chaiyaporn', 'ชัยพร'],
  ['Ratchanee', 'รัชนี'], ['Supaporn', 'สุภาพร'], ['Thanawat', 'ธนวัฒน์'], ['Kittisak', 'กิตติศักดิ์'], ['Prasert', 'ประเสริฐ']];
const TH_FAMILY: Pair[] = [['Srisuk', 'ศรีสุข'], ['Wongsakul', 'วงศ์สกุล'], ['Saetang', 'แซ่ตั้ง'], ['Chaiyasit', 'ชัยสิทธิ์'],
  ['Boonmee', 'บุญมี'], ['Rattanakorn', 'รัตนากร'], ['Kaewkla', 'แก้วกล้า'], ['Thongdee', 'ทองดี'], ['Phromma', 'พรหมมา'],
  ['Sukjai', 'สุขใจ'], ['Saelim', 'แซ่ลิ้ม']];
// NOTE: family Zhao and given name Zhi are left out so no generated boss echoes a real sanctioned name.
const CN_FAMILY: Pair[] = [['Chen', '陈'], ['Wang', '王'], ['Li', '李'], ['Zhang', '张'], ['Liu', '刘'], ['Huang', '黄'],
  ['Wu', '吴'], ['Zhou', '周'], ['Xu', '徐'], ['Lin', '林'], ['Guo', '郭'], ['Xie', '谢'], ['Deng', '邓'], ['Luo', '罗']];
const CN_GIVEN: Pair[] = [['Wei', '伟'], ['Jun', '军'], ['Ming', '明'], ['Hao', '浩'], ['Lei', '磊'], ['Qiang', '强'],
  ['Jie', '杰'], ['Tao', '涛'], ['Yong', '勇'], ['Hui', '辉'], ['Bin', '斌'], ['Fang', '芳'], ['Xiaolong', '小龙'],
  ['Zhiqiang', '志强'], ['Jianguo', '建国'], ['Haitao', '海涛'], ['Wenjie', '文杰'], ['Guoliang', '国良']];
const KH_FAMILY = ['Sok', 'Chea', 'Kim', 'Heng', 'Lim', 'Seng', 'Pich', 'Meas', 'Chhun', 'Ouk', 'Touch', 'Sam', 'Nhem'];
const KH_GIVEN = ['Dara', 'Sophea', 'Sreymom', 'Vuthy', 'Rithy', 'Pisey', 'Bopha', 'Chenda', 'Kosal', 'Samnang',
  'Vanna', 'Sokha', 'Piseth', 'Sreyneang'];
const LA_GIVEN = ['Somphone', 'Khamla', 'Bounmy', 'Phonsavanh', 'Vilay', 'Souksavanh', 'Noy', 'Keo', 'Sengphet',
  'Manivone', 'Bounthavy', 'Khamphet'];
const LA_FAMILY = ['Phommachanh', 'Sisavath', 'Vongsa', 'Keomany', 'Inthavong', 'Souvannavong', 'Phanthavong',
  'Sayasith', 'Chanthavong'];
const MY_MALAY_GIVEN = ['Muhammad Hafiz', 'Nurul Aina', 'Ahmad Faizal', 'Siti Hajar', 'Mohd Azlan', 'Farah Nadia'];
const MY_MALAY_FATHER = ['Rahman', 'Ismail', 'Hassan', 'Yusof', 'Abdullah', 'Osman'];
const MY_CHINESE: string[] = ['Lim Chee Keong', 'Tan Boon Huat', 'Wong Kah Seng', 'Ng Mei Ling', 'Chong Wai Kit',
  'Teh Soon Leong', 'Ooi Kar Wai', 'Lee Siew Lan', 'Goh Chin Hock'];

function chinese(rng: Rng): PersonName {
  const [f, fs] = rng.pick(CN_FAMILY);
  const [g, gs] = rng.pick(CN_GIVEN);
  const [g2, g2s] = rng.chance(0.4) && g.length < 5 ? rng.pick(CN_GIVEN.filter(([x]) => x.length < 5)) : ['', ''];
  const given = g2 ? g + g2.toLowerCase() : g;
  return { name: `${f} ${given}`, native: fs + gs + g2s, nickname: `Lao ${f}` };
}

/** A fictional name for a person of this nationality. */
export function makeName(rng: Rng, nationality: Iso2): PersonName {
  switch (nationality) {
    case 'ID': {
      const given = rng.pick(ID_GIVEN);
      const name = rng.chance(0.15) ? given : `${given} ${rng.pick(ID_FAMILY)}`;
      return { name, nickname: rng.chance(0.5) ? `${rng.pick(ID_NICK)} ${given.split(' ')[0] ?? given}` : undefined };
    }
    case 'PH':
      return { name: `${rng.pick(PH_GIVEN)} ${rng.pick(PH_FAMILY)}`, nickname: rng.chance(0.3) ? rng.pick(['Boss', 'Ate', 'Kuya']) : undefined };
    case 'VN':
      return { name: `${rng.pick(VN_FAMILY)} ${rng.pick(VN_MIDDLE)} ${rng.pick(VN_GIVEN)}` };
    case 'MM': {
      const parts = Array.from({ length: rng.int(2, 3) }, () => rng.pick(MM_SYLLABLES));
      return { name: parts.map(([l]) => l).join(' '), native: parts.map(([, s]) => s).join('') };
    }
    case 'TH': {
      const [g, gs] = rng.pick(TH_GIVEN);
      const [f, fs] = rng.pick(TH_FAMILY);
      return { name: `${g} ${f}`, native: `${gs} ${fs}` };
    }
    case 'CN':
      return chinese(rng);
    case 'KH':
      return { name: `${rng.pick(KH_FAMILY)} ${rng.pick(KH_GIVEN)}` };
    case 'LA':
      return { name: `${rng.pick(LA_GIVEN)} ${rng.pick(LA_FAMILY)}` };
    case 'MY': {
      if (rng.chance(0.6)) return { name: rng.pick(MY_CHINESE) };
      const given = rng.pick(MY_MALAY_GIVEN);
      const link = given.startsWith('Nurul') || given.startsWith('Siti') || given.startsWith('Farah') ? 'binti' : 'bin';
      return { name: `${given} ${link} ${rng.pick(MY_MALAY_FATHER)}` };
    }
  }
}
