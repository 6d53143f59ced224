// E-wallet transfer logs whose accounts are the holders' phones: money files, not call records (fresh user's DANA and
// GCash logs were read as calls at 97%). Invented numbers and amounts, several languages.
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/core/ingest/classify.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function reading(text: string, file = 'wallet.csv') {
  const result = classifyTable(parseTable(text, file));
  return { ...result, roles: Object.fromEntries(result.columns.map((column) => [column.header, column.role])) };
}

const rows = (line: (i: number) => string, count = 8) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

describe('a wallet log whose party columns hold phone numbers', () => {
  it.each([
    // Indonesian, `;` with the Excel `sep=` line, dotted thousands and a decimal comma.
    ['DANA-like (id)', 'sep=;\nTanggal;Jam;No. HP Pengirim;No. HP Penerima;Nominal (Rp);Keterangan;Status\n' +
      rows((i) => `0${i + 1}.02.2025;1${i}:05:00;08127766${5100 + i};08573311${4200 + i};${i + 2}.150.000,00;kirim;Berhasil`),
    'No. HP Pengirim', 'No. HP Penerima'],
    // English, Philippine numbers in two writings, thousands in quotes.
    ['GCash-like (en)', 'Ref,Txn Date,Sender Mobile No.,Receiver Mobile No.,Amount,Status\n' +
      rows((i) => `R${7700 + i},03/0${i + 1}/2025 0${i}:10:00 PM,0917${6400000 + i},63928${1500000 + i},"${i + 1},250.50",SUCCESS`),
    'Sender Mobile No.', 'Receiver Mobile No.'],
    // Thai, tab-separated, baht sign.
    ['TrueMoney-like (th)', 'วันที่\tเบอร์ผู้ส่ง\tเบอร์ผู้รับ\tยอดเงิน\n' +
      rows((i) => `0${i + 1}/01/2568\t08${i}5512${3400 + i}\t09${i}2273${1100 + i}\t฿${i + 1},400.00`),
    'เบอร์ผู้ส่ง', 'เบอร์ผู้รับ'],
    // Malay, ringgit.
    ['TnG-like (ms)', 'Tarikh,No Telefon Pengirim,No Telefon Penerima,Amaun (RM)\n' +
      rows((i) => `0${i + 1}/04/2025,012-77${i}4 ${5500 + i},019-33${i}8 ${2200 + i},${i * 10 + 35}.90`),
    'No Telefon Pengirim', 'No Telefon Penerima'],
  ])('reads %s as transfers between phone-numbered accounts', (_, text, from, to) => {
    const result = reading(text);
    expect(result.kind).toBe('transfers');
    expect(result.roles[from]).toBe('account_from');
    expect(result.roles[to]).toBe('account_to');
    expect(result.columns.find((column) => column.header === from)?.evidenceCodes?.[0]?.code).toBe('phone-wallet');
    expect(result.needsReview).toBeUndefined();
  });

  it('leaves a call record a call record: phones and a duration, no money', () => {
    const text = 'Caller,Callee,Start,Duration\n' + rows((i) => `0812776${65100 + i},0857331${14200 + i},2025-02-0${i + 1} 10:00:00,${30 + i}`);
    const result = reading(text);
    expect(result.kind).toBe('calls');
    expect(result.confidence).toBeGreaterThan(0.8);
  });

  it('leaves a billed call record calls: a charge beside the duration, call type and cell', () => {
    const text = 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION,CELL_ID,AMOUNT\n' +
      rows((i) => `6281277${650100 + i},6285733${142000 + i},MOC,2025-02-0${i + 1} 10:00:00,${60 + i},510-10-${2200 + i},${i + 1}.50`);
    expect(reading(text).kind).toBe('calls');
  });

  it('says it is a close call when the money and the call evidence compete', () => {
    const text = 'Sender Phone,Receiver Phone,Date,Duration,Amount\n' +
      rows((i) => `0812776${65100 + i},0857331${14200 + i},2025-02-0${i + 1} 10:00:00,${60 + i},${(i + 1) * 1000}.00`);
    const result = reading(text);
    expect(result.reviewNotes?.[0]?.code).toBe('close-call');
    expect(result.confidence).toBeLessThan(0.97);
  });

  it('rejects the failed and the pending wallet transfer with their lines, and moves the money of the others', () => {
    const statuses = ['Berhasil', 'Gagal', 'Berhasil', 'Diproses', 'Berhasil', 'Berhasil', 'Berhasil', 'Berhasil'];
    const text = 'sep=;\nTanggal;Jam;No. HP Pengirim;No. HP Penerima;Nominal (Rp);Status\n' +
      rows((i) => `0${i + 1}.02.2025;1${i}:05:00;08127766${5100 + i};08573311${4200 + i};${i + 2}.150.000,00;${statuses[i]}`);
    const result = runPipeline([csv('dompet.csv', text)], { stabilityRuns: 0 });
    const entry = result.ledger.find((candidate) => candidate.file === 'dompet.csv');
    expect(entry?.rejected.map((row) => [row.line, row.code])).toEqual([[4, 'transaction-not-completed'], [6, 'transaction-pending']]);
    expect(result.model.links.filter((link) => link.type === 'transferred')).toHaveLength(6);
    expect(result.model.links.filter((link) => link.type === 'called')).toHaveLength(0);
  });
});
