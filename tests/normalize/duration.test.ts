// Call durations with unit words in the region's languages read like HH:MM:SS; words for a call that never connected.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callNotConnected, parseDuration } from '../../src/core/normalize/duration.ts';

describe('parseDuration with unit words', () => {
  it.each([
    ['8分41秒', 521], ['172秒', 172], ['2分', 120], ['1小时2分3秒', 3723], ['1小時2分鐘3秒', 3723], ['1时2分3秒', 3723],
    ['0秒', 0], ['1時間2分3秒', 3723], ['1시간 2분 3초', 3723], ['2분 5초', 125],
    ['8 menit 41 detik', 521], ['1 jam 2 menit', 3720], ['8 minit 41 saat', 521], ['8 phút 41 giây', 521], ['1 giờ 2 phút 3 giây', 3723],
    ['8 นาที 41 วินาที', 521], ['1 ชั่วโมง 2 นาที', 3720], ['၈ မိနစ် ၄၁ စက္ကန့်', 521], ['8 នាទី 41 វិនាទី', 521], ['8 ນາທີ 41 ວິນາທີ', 521],
    ['8 minuto 41 segundo', 521], ['2 mins and 5 secs', 125], ['1h 2m 3s', 3723],
  ])('reads %j as %d seconds, like its clock', (raw, seconds) => {
    expect(parseDuration(raw)).toBe(seconds);
  });

  it.each(['5分3小时', '3 boxes', '8分41', '未接通', '分秒', '1:02:03:04', '8 menit 41 detik 5 jam', '12 mangga'])('reads %j as no duration', (raw) => {
    expect(parseDuration(raw)).toBeNull();
  });

  it('reads any hours, minutes and seconds written in unit words as the seconds of its clock', () => {
    const units: [string, string, string][] = [['小时', '分', '秒'], [' jam ', ' menit ', ' detik'], [' giờ ', ' phút ', ' giây'], [' ชั่วโมง ', ' นาที ', ' วินาที'], ['시간 ', '분 ', '초'], ['h', 'm', 's']];
    fc.assert(fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(...units), (h, m, s, [hour, minute, second]) => {
      const written = `${h > 0 ? `${h}${hour}` : ''}${h > 0 || m > 0 ? `${m}${minute}` : ''}${s}${second}`;
      expect(parseDuration(written)).toBe(h * 3600 + m * 60 + s);
      expect(parseDuration(written)).toBe(parseDuration(`${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`));
    }), { seed: 20261130, numRuns: 300 });
  });
});

describe('callNotConnected', () => {
  it.each(['未接通', '未接听', '无人接听', '占线', '拒接', '关机', '呼叫失败', '不在', '부재중', 'ไม่รับสาย', 'Not connected', 'NO ANSWER', 'missed', 'tidak terjawab', 'Không nghe máy', 'hindi sinagot'])(
    'says %j is a call that never connected', (raw) => {
      expect(callNotConnected(raw)).toBe(true);
    });

  it.each(['', '0', '8分41秒', '172', 'connected', 'answered', '呼出', '呼入', 'MOC', '未接通 12', 'bananas'])('says %j is not such a word', (raw) => {
    expect(callNotConnected(raw)).toBe(false);
  });
});
