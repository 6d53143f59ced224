// Thai: a partial catalogue that proves the structure for the region's languages (Vietnamese, Khmer, Burmese,
// Lao, Filipino follow the same way): every key it lacks is shown in English, key by key.
import type { PartialCatalogue } from './catalogue.ts';
import type { Catalogue } from './en.ts';

export const th: PartialCatalogue<Catalogue> = {
  app: { offline: '🔒 ออฟไลน์', newCase: 'คดีใหม่', language: 'ภาษา' },
  start: { dropTitle: 'วางไฟล์ CSV ที่นี่', choose: 'เลือกไฟล์ CSV…', sample: 'เปิดคดีตัวอย่าง' },
  common: { cancel: 'ยกเลิก', close: 'ปิด' },
  caseMenu: { label: 'คดี' },
  victim: { badge: 'ผู้เสียหาย — คุ้มครอง', legend: 'ผู้เสียหาย' },
  entity: {
    person: 'บุคคล', phone: 'โทรศัพท์', account: 'บัญชี', location: 'สถานที่', device: 'อุปกรณ์',
    made: { 'unknown-counterparty': 'คู่โอนที่ไม่ทราบของบัญชี {of}', 'cash-in': 'เงินสดฝากเข้าบัญชี {of}', 'cash-out': 'เงินสดถอนจากบัญชี {of}' },
    unspecifiedCurrency: 'ไม่ระบุสกุลเงิน',
  },
  duplicates: {
    strength: { strong: 'สูง', medium: 'ปานกลาง' },
    reason: {
      'same-passport': 'หมายเลขหนังสือเดินทางเดียวกัน {passport}',
      'same-name': 'ชื่อเดียวกัน',
      'same-birth-date': 'วันเกิดเดียวกัน {date}',
      'same-nationality': 'สัญชาติเดียวกัน {country}',
      'neither-has-id': 'ทั้งสองคนไม่มีรหัส มีแต่ชื่อ',
    },
  },
  dossier: {
    script: {
      Burmese: 'อักษรพม่า', Thai: 'อักษรไทย', Khmer: 'อักษรเขมร', Lao: 'อักษรลาว', Chinese: 'อักษรจีน', Japanese: 'อักษรญี่ปุ่น', Korean: 'อักษรเกาหลี',
      Arabic: 'อักษรอาหรับ', Cyrillic: 'อักษรซีริลลิก', Devanagari: 'อักษรเทวนาครี', Bengali: 'อักษรเบงกาลี', Tamil: 'อักษรทมิฬ', Greek: 'อักษรกรีก',
      Hebrew: 'อักษรฮีบรู', 'non-Latin': 'อักษรที่ไม่ใช่ละติน',
    },
  },
};
