// The words that say a person is a trafficked worker, in the region's languages: such a person is never ranked.
import { describe, expect, it } from 'vitest';
import { isVictim, isVictimWord } from '../../src/core/model/roles.ts';

describe('isVictimWord', () => {
  it.each([
    // Chinese: victim nouns, the passive 被 with a verb of trafficking or deceit, rescue (simplified and traditional).
    '受害人', '受害者（已解救）', '被拐卖', '被骗入园', '被骗', '被拐', '被拐骗', '被贩卖', '被绑架', '被囚禁', '被强迫劳动', '解救', '已解救', '获救',
    '被拐賣', '被騙入園', '已獲救', '營救', 'victim', 'Victim (rescued)',
    // Japanese, Korean.
    '被害者', '人身取引被害者', '피해자', '인신매매 피해자',
    // Vietnamese, Thai, Lao, Burmese, Khmer, Indonesian/Malay, Filipino.
    'nạn nhân', 'bị lừa', 'bị buôn bán', 'được giải cứu', 'ผู้เสียหาย', 'เหยื่อค้ามนุษย์', 'ถูกหลอก', 'ຜູ້ເສຍຫາຍ', 'သားကောင်', 'လူကုန်ကူးခံရသူ',
    'ជនរងគ្រោះ', 'korban', 'mangsa', 'diselamatkan', 'biktima', 'nasagip',
  ])('reads %j as a victim', (word) => {
    expect(isVictimWord(word)).toBe(true);
  });

  it.each([
    // Suspects: the passive of arrest and detention, the crime itself without 被, a fraudster, roles of the compound.
    '被捕', '被拘留', '被抓', '涉嫌拐卖', '拐卖人口', '诈骗嫌疑人', '骗子', '组长', '打手', '财务', '招聘', '在职', '离职', 'boss',
    'ဖမ်းဆီးခံရသူ', 'tersangka', 'trafficker', 'manager', 'bila', 'nghi phạm',
  ])('does not read %j as a victim', (word) => {
    expect(isVictimWord(word)).toBe(false);
  });

  it('makes a person whose status is 被骗入园 a victim', () => {
    expect(isVictim({ type: 'person', attributes: { status: '被骗入园', role: '打字员' } })).toBe(true);
    expect(isVictim({ type: 'person', attributes: { status: '在职', role: '打字员' } })).toBe(false);
  });
});
