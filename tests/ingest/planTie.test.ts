import { describe, expect, it } from 'vitest';
import { breakPlanTie, type PlanTieEvidence } from '../../src/core/ingest/evidence/planTie.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

// Invented numbers: 091… and 096… are mobile ranges in Thailand and Vietnam alike, so the numbers alone tie.
const SHARED = Array.from({ length: 12 }, (_, index) => [`09120001${String(index + 10)}`, `09610002${String(index + 10)}`]);
const INDONESIAN = Array.from({ length: 12 }, (_, index) => [`0812300040${String(index + 10)}`, `0856100050${String(index + 10)}`]);

function cdr(title: string | null, headers: string, pairs: string[][]): string {
  const rows = pairs.map(([a, b], index) => `${a},${b},2024-03-0${(index % 9) + 1} 10:1${index % 10}:00,${30 + index}`);
  return [...(title ? [title, ''] : []), headers, ...rows].join('\n') + '\n';
}

function prepareOne(text: string) {
  const { prepared, failed } = prepareFiles([csv('cdr.csv', text)]);
  expect(failed).toEqual([]);
  const file = prepared[0]!;
  const { ledger } = buildCase(prepared);
  return { file, ledger: ledger[0]! };
}

describe('a numbering-plan tie in a whole file', () => {
  it.each([
    ['Vietnamese title and headers', 'BÁO CÁO CHI TIẾT CUỘC GỌI - VIETTEL', 'Số thuê bao gọi,Số thuê bao nhận,Thời gian bắt đầu,Thời lượng', 'VN', /Vietnamese letters/],
    ['Thai-script headers', null, 'หมายเลขต้นทาง,หมายเลขปลายทาง,วันที่เวลา,ระยะเวลา', 'TH', /Thai script/],
  ])('is broken by %s, and the ledger says so', (_what, title, headers, country, reason) => {
    const { file, ledger } = prepareOne(cdr(title, headers, SHARED));
    expect(file.settings.defaultCountry).toBe(country);
    expect(file.countrySource).toBe('inferred');
    expect(ledger.notes).toContainEqual(expect.objectContaining({ code: 'plan-tie-broken', params: expect.objectContaining({ country }) }));
    expect(ledger.assumptions.join('\n')).toMatch(reason);
    expect(ledger.imported).toBe(SHARED.length);
  });

  it('without evidence assumes no country, flags the file and names the tied countries', () => {
    const { file, ledger } = prepareOne(cdr(null, 'A_NUMBER,B_NUMBER,START_TIME,DURATION', SHARED));
    expect(file.settings.defaultCountry).toBeUndefined();
    expect(file.countrySource).toBe('none');
    const note = ledger.notes?.find((entry) => entry.code === 'plan-tie');
    expect(String(note?.params?.countries).split(',')).toEqual(expect.arrayContaining(['TH', 'VN']));
    expect(file.classification.needsReview).toMatch(/Thailand.*Vietnam|Vietnam.*Thailand/);
    // Nothing quietly misread: national numbers without a country are rejected, each with its line.
    expect(ledger.imported).toBe(0);
    expect(ledger.rejected).toHaveLength(SHARED.length);
  });

  it('leaves a clear winner alone: Indonesian 0812… numbers are read as Indonesia, with no tie note', () => {
    const { file, ledger } = prepareOne(cdr(null, 'A_NUMBER,B_NUMBER,START_TIME,DURATION', INDONESIAN));
    expect(file.settings.defaultCountry).toBe('ID');
    expect(ledger.notes?.some((entry) => entry.code.startsWith('plan-tie')) ?? false).toBe(false);
    expect(file.classification.needsReview).toBeUndefined();
  });
});

describe('breakPlanTie', () => {
  const none: PlanTieEvidence = { texts: [], rowCountries: [], msisdnCountries: [], cellIds: [] };
  it.each<[string, string[], Partial<PlanTieEvidence>, string | undefined]>([
    ['Vietnamese tone marks', ['TH', 'VN'], { texts: ['Số thuê bao'] }, 'VN'],
    ['decomposed Vietnamese marks', ['TH', 'VN'], { texts: ['So\u0302\u0301 thuê bao'] }, 'VN'],
    ['Thai script', ['TH', 'MM', 'KH', 'VN'], { texts: ['หมายเลข'] }, 'TH'],
    ['Khmer script', ['TH', 'KH', 'VN'], { texts: ['លេខទូរស័ព្ទ'] }, 'KH'],
    ['Myanmar script', ['MM', 'PH'], { texts: ['ဖုန်းနံပါတ်'] }, 'MM'],
    ['Lao script', ['TH', 'LA'], { texts: ['ເບີໂທ'] }, 'LA'],
    ['a script of a country not in the tie', ['MM', 'PH'], { texts: ['หมายเลข'] }, undefined],
    ['two tied scripts at once', ['TH', 'VN'], { texts: ['หมายเลข', 'Số thuê bao'] }, undefined],
    ['French accents are not Vietnamese', ['TH', 'VN'], { texts: ['Numéro appelé', 'Durée', 'Côté'] }, undefined],
    ['English headers', ['TH', 'VN'], { texts: ['A_NUMBER', 'B_NUMBER'] }, undefined],
    ['a country column', ['TH', 'VN'], { rowCountries: ['Vietnam', 'VN', 'Viet Nam', 'Thailand'] }, 'VN'],
    ['a country column split evenly', ['TH', 'VN'], { rowCountries: ['VN', 'TH'] }, undefined],
    ['cell ids with a Myanmar MCC', ['MM', 'PH', 'IN'], { cellIds: ['414-09-1269-33', '414-09-1231-2'] }, 'MM'],
    ['bare international subscriber numbers', ['PH', 'IN'], { msisdnCountries: ['PH', 'PH', 'ID'] }, 'PH'],
    ['Malay words with one of ID/MY tied', ['ID', 'TH'], { texts: ['Nomor Tujuan', 'Tanggal'] }, 'ID'],
    ['Malay words with ID and MY both tied', ['ID', 'MY'], { texts: ['Nomor Tujuan', 'Tanggal'] }, undefined],
    ['one Malay word only', ['ID', 'TH'], { texts: ['Nama'] }, undefined],
    ['nothing at all', ['TH', 'VN'], {}, undefined],
  ])('%s → %s', (_what, tied, evidence, expected) => {
    const decided = breakPlanTie(tied, { ...none, ...evidence });
    expect(decided?.country).toBe(expected);
    if (decided) expect(decided.reason).not.toBe('');
  });
});

describe('Buddhist-era dates break a tie between a country that writes them and one that does not', () => {
  const none: PlanTieEvidence = { texts: [], rowCountries: [], msisdnCountries: [], cellIds: [] };
  it.each([
    [['TH', 'ID'], ['01/03/2567 07:00:00', '02/03/2567 08:05:17', '03/03/2567'], 'TH'],
    [['ID', 'LA'], ['2567-03-01', '2567-03-02'], 'LA'],
    [['TH', 'ID'], ['01/03/2024 07:00:00', '02/03/2024'], undefined],
    [['TH', 'LA'], ['01/03/2567', '02/03/2567'], undefined],
    [['TH', 'ID'], ['01/03/2567', '02/03/2024', '03/03/2024'], undefined],
  ] as [string[], string[], string | undefined][])('%j with dates %j → %s', (tied, dates, country) => {
    const decided = breakPlanTie(tied, { ...none, dates });
    expect(decided?.country).toBe(country);
    if (country) expect(decided?.evidence).toMatchObject({ code: 'tie-buddhist-era', params: { country, count: dates.length, total: dates.length } });
  });
});
