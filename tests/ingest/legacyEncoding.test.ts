// Files in a legacy encoding (Windows-1252, Thai Windows-874, Vietnamese Windows-1258, GB18030, Big5, Shift_JIS,
// EUC-KR): refused until a person chooses the encoding, with what each encoding would make of the text, best first;
// read in the chosen encoding (a UTF-8 file never is), the choice kept in the written mapping and noted in the ledger.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/ingest/decode.ts';
import { legacyReadings, type LegacyEncoding } from '../../src/core/ingest/legacyEncoding.ts';
import { validateMapping } from '../../src/core/ingest/mapping.ts';
import { applyMappingEdit } from '../../src/core/workbench/mappingEdits.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { parseArgs } from '../../src/cli/args.ts';
import { SimpulError } from '../../src/core/model/errors.ts';

// Bytes written by Python's codecs (cp1252, cp874, gb18030, big5, shift_jis, euc_kr; Windows-1258 with tones as combining marks).
const WRITTEN: readonly { encoding: LegacyEncoding; text: string; hex: string }[] = [
  { encoding: 'windows-1252', text: 'Ctrl No;Sender;Beneficiary;Amount\nMT1;Renée Santos;José Ramos;1.490,61\nMT2;Chloé Martin;François Müller;12,00\n', hex: '4374726c204e6f3b53656e6465723b42656e65666963696172793b416d6f756e740a4d54313b52656ee9652053616e746f733b4a6f73e92052616d6f733b312e3439302c36310a4d54323b43686c6fe9204d617274696e3b4672616ee76f6973204dfc6c6c65723b31322c30300a' },
  { encoding: 'windows-874', text: 'เลขที่,ชื่อผู้โอน,ชื่อผู้รับ,จำนวนเงิน\n1,สมชาย ใจดี,วิชัย แสงทอง,1500.00\n', hex: 'e0c5a2b7d5e82caad7e8cdbcd9e9e2cdb92caad7e8cdbcd9e9c3d1ba2ca8d3b9c7b9e0a7d4b90a312ccac1aad2c220e3a8b4d52cc7d4aad1c220e1caa7b7cda72c313530302e30300a' },
  { encoding: 'gb18030', text: '主叫号码,被叫号码,通话开始时间,通话时长\n13800138000,09171234567,2024/3/5 14:03:22,65\n员工,张伟,护照E12345678,中国\n', hex: 'd6f7bdd0bac5c2eb2cb1bbbdd0bac5c2eb2ccda8bbb0bfaacabccab1bce42ccda8bbb0cab1b3a40a31333830303133383030302c30393137313233343536372c323032342f332f352031343a30333a32322c36350ad4b1b9a42cd5c5ceb02cbba4d5d54531323334353637382cd6d0b9fa0a' },
  { encoding: 'big5', text: '主叫號碼,被叫號碼,通話時間\n0912345678,0987654321,2024/3/5\n員工,陳大文,台灣\n', hex: 'a544a573b8b9bd582cb351a573b8b9bd582cb371b8dcaec9b6a10a303931323334353637382c303938373635343332312c323032342f332f350aadfba4752cb3afa46aa4e52ca578c6570a' },
  { encoding: 'shift_jis', text: '発信番号,着信番号,通話日時\n09012345678,08012345678,2024/03/05\n山田太郎,やまだ,東京\n', hex: '94ad904d94d48d862c9285904d94d48d862c92ca986293fa8e9e0a30393031323334353637382c30383031323334353637382c323032342f30332f30350a8e52936391be98592c82e282dc82be2c938c8b9e0a' },
  { encoding: 'euc-kr', text: '발신번호,수신번호,통화시간\n01012345678,01098765432,2024-03-05\n김철수,서울,한국\n', hex: 'b9dfbdc5b9f8c8a32cbcf6bdc5b9f8c8a32cc5ebc8adbdc3b0a30a30313031323334353637382c30313039383736353433322c323032342d30332d30350ab1e8c3b6bcf62cbcadbfef2cc7d1b1b90a' },
  { encoding: 'windows-1258', text: 'STT,Họ tên,Số điện thoại\n1,Nguyễn Văn An,0912345678\n2,Trần Thị Bích,0987654321\n', hex: '5354542c486ff22074ea6e2c53f4ec20f069eaf26e2074686f61f2690a312c4e677579eade6e2056e36e20416e2c303931323334353637380a322c5472e2cc6e20546869f22042ed63682c303938373635343332310a' },
];

const bytesOf = (hex: string) => new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));

function refusal(bytes: Uint8Array, legacy?: LegacyEncoding): SimpulError {
  try {
    decodeText(bytes, 'f.csv', legacy);
  } catch (error) {
    if (error instanceof SimpulError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

describe('what each legacy encoding makes of a file', () => {
  it.each(WRITTEN)('$encoding text: its own encoding reads it best (or ties for best) and reads it exactly', ({ encoding, text, hex }) => {
    const readings = legacyReadings(bytesOf(hex));
    const own = readings.find((reading) => reading.encoding === encoding);
    expect(own?.wellRead).toBe(1);
    expect(readings[0]?.wellRead).toBe(1);
    expect(decodeText(bytesOf(hex), 'f.csv', encoding)).toBe(text.normalize('NFC'));
  });

  it.each([
    ['Thai read as Windows-1252 (words of accented letters only)', 'windows-874', 'windows-1252'],
    ['Windows-1252 read as Thai (Thai letters inside ASCII words)', 'windows-1252', 'windows-874'],
    ['Vietnamese read as Windows-1252 (capitals inside words)', 'windows-1258', 'windows-1252'],
    ['Big5 read as GB18030 (outside GB2312’s level-1 hanzi)', 'big5', 'gb18030'],
    ['Shift_JIS read as GB18030', 'shift_jis', 'gb18030'],
  ] as const)('%s reads worse than the right encoding', (_what, written, wrong) => {
    const readings = legacyReadings(bytesOf(WRITTEN.find((item) => item.encoding === written)!.hex));
    const score = (encoding: LegacyEncoding) => readings.find((reading) => reading.encoding === encoding)?.wellRead ?? 0;
    expect(score(wrong)).toBeLessThan(score(written) - 0.05);
  });

  it('encodings that read the text alike are one choice: French names in Windows-1252 are not also offered as Windows-1258', () => {
    const readings = legacyReadings(bytesOf(WRITTEN[0]!.hex)).map((reading) => reading.encoding);
    expect(readings[0]).toBe('windows-1252');
    expect(readings).not.toContain('windows-1258');
  });

  it('the sample shows the first lines with non-ASCII text as the encoding reads them', () => {
    const thai = legacyReadings(bytesOf(WRITTEN[1]!.hex))[0];
    expect(thai?.sample).toEqual(['เลขที่,ชื่อผู้โอน,ชื่อผู้รับ,จำนวนเงิน', '1,สมชาย ใจดี,วิชัย แสงทอง,1500.00']);
  });
});

describe('a file that is not UTF-8', () => {
  it('is refused without a chosen encoding, with the line of the first bad byte and the readings, best first', () => {
    const error = refusal(bytesOf(WRITTEN[1]!.hex));
    expect(error.code).toBe('UNSUPPORTED_ENCODING');
    expect(error.line).toBe(1);
    expect(error.detail?.[0]).toEqual({ code: 'not-utf8', params: { line: 1, byte: '0xE0' } });
    expect(error.detail?.[1]).toMatchObject({ code: 'encoding-reading', params: { encoding: 'windows-874', percent: 100 } });
    expect(error.message).toContain('windows-874');
  });

  it('a wrong choice is refused with its line, and the readings are offered again', () => {
    // Thai bytes are not Shift_JIS: 0xE0 0xC5 is a pair, but Thai's odd-length runs end on a lead byte before ASCII.
    const error = refusal(bytesOf(WRITTEN[1]!.hex), 'big5');
    expect(error.code).toBe('UNSUPPORTED_ENCODING');
    expect(error.detail?.[0]).toMatchObject({ code: 'encoding-invalid', params: { encoding: 'big5' } });
    expect(error.detail?.some((item) => item.code === 'encoding-reading' && item.params.encoding === 'windows-874')).toBe(true);
  });

  it('a UTF-8 file is read as UTF-8 whatever encoding is chosen', () => {
    const utf8 = new TextEncoder().encode('name,phone\nRenée,0812345678\n');
    expect(decodeText(utf8, 'u.csv', 'windows-1252')).toBe('name,phone\nRenée,0812345678\n');
  });
});

describe('choosing the encoding', () => {
  // A people list in Windows-1252: each character below U+0100 is its own byte.
  const PEOPLE = 'name,phone,nationality,passport\nRenée Santos,+639171234567,PH,P1234567A\nFrançois Müller,+33612345678,FR,18AB12345\n' +
    'José Ramos,+639181234567,PH,P7654321B\nChloé Martin,+33698765432,FR,19CD54321\nAnaïs Dubois,+33611122233,FR,20EF11111\n';
  const file = { name: 'remit.csv', bytes: Uint8Array.from(PEOPLE, (char) => char.charCodeAt(0)) };

  it('the pipeline refuses the file until the mapping names its encoding, then reads every row, notes it and writes it back', () => {
    const refused = runPipeline([file], { stabilityRuns: 0 }).ledger.find((entry) => entry.file === 'remit.csv');
    expect(refused?.error?.code).toBe('UNSUPPORTED_ENCODING');
    const mapping = applyMappingEdit(undefined, { file: 'remit.csv', field: 'encoding', value: 'windows-1252' });
    const result = runPipeline([file], { stabilityRuns: 0, mapping });
    const entry = result.ledger.find((candidate) => candidate.file === 'remit.csv');
    expect(entry?.error).toBeUndefined();
    expect((entry?.imported ?? 0) + (entry?.rejected.length ?? 0)).toBe(5);
    expect(entry?.notes?.some((note) => note.code === 'encoding-chosen' && note.params?.encoding === 'windows-1252')).toBe(true);
    expect(result.mapping.files['remit.csv']?.encoding).toBe('windows-1252');
    const names = result.model.entities.map((entity) => entity.label);
    expect(names).toEqual(expect.arrayContaining(['Renée Santos', 'François Müller']));
  });

  it('the --encoding option reads every file that is not UTF-8 in it', () => {
    expect(parseArgs(['analyze', 'x.csv', '--out', 'o', '--encoding', 'Windows-874']).encoding).toBe('windows-874');
    expect(() => parseArgs(['analyze', 'x.csv', '--out', 'o', '--encoding', 'koi8-r'])).toThrow(/koi8-r/);
    const result = runPipeline([file], { stabilityRuns: 0, encoding: 'windows-1252' });
    expect(result.ledger.find((entry) => entry.file === 'remit.csv')?.error).toBeUndefined();
  });

  it('the mapping file validates the encoding key', () => {
    expect(validateMapping({ type: 'simpul-mapping', version: 1, files: { 'a.csv': { encoding: 'gb18030' } } }).files['a.csv']?.encoding).toBe('gb18030');
    expect(() => validateMapping({ type: 'simpul-mapping', version: 1, files: { 'a.csv': { encoding: 'latin-9' } } })).toThrow(expect.objectContaining({ code: 'MAPPING_INVALID' }));
  });
});

describe('a file cut short or not text at all', () => {
  it('a UTF-8 file cut in the middle of its last character keeps every other line; the last is rejected as cut short', () => {
    const text = 'name,phone\nAnh,+84912345678\nBình,+84912345679\nChâu,+8491234';
    const whole = new TextEncoder().encode(`${text}5680 Trầ`);
    const bytes = whole.subarray(0, whole.length - 1);
    const result = runPipeline([{ name: 'cut.csv', bytes }], { stabilityRuns: 0 });
    const entry = result.ledger.find((candidate) => candidate.file === 'cut.csv');
    expect(entry?.error).toBeUndefined();
    expect(entry?.rejected).toEqual([expect.objectContaining({ line: 4, code: 'text-cut-short' })]);
    expect(entry?.rows).toBe(3);
  });

  it('a spreadsheet renamed .csv is one file not read, with no rows counted', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x0a, 0x0a, 0x0a, 0x41, 0x0a, 0x42, 0x0a]);
    const entry = runPipeline([{ name: 'calls.csv', bytes: xlsx }], { stabilityRuns: 0 }).ledger.find((candidate) => candidate.file === 'calls.csv');
    expect(entry?.error?.code).toBe('NOT_A_CSV');
    expect(entry?.rows).toBe(0);
    expect(entry?.rejected).toEqual([]);
  });

  it('a legacy-encoded file still counts its lines, each rejected with why', () => {
    const entry = runPipeline([{ name: 'thai.csv', bytes: bytesOf(WRITTEN[1]!.hex) }], { stabilityRuns: 0 }).ledger.find((candidate) => candidate.file === 'thai.csv');
    expect(entry?.rows).toBe(1);
    expect(entry?.rejected.map((row) => row.line)).toEqual([2]);
  });
});
