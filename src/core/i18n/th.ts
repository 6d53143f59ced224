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
  entity: { person: 'บุคคล', phone: 'โทรศัพท์', account: 'บัญชี', location: 'สถานที่', device: 'อุปกรณ์' },
};
