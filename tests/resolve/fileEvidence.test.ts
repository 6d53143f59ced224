// What a file says of itself, weighed: invalid numbers are noise beside a plan, numbers written both ways tell the plan,
// a wallet file's country tells its currency (else the ledger says none is known), a refused file counts its lines.
import { describe, expect, it } from 'vitest';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { inferPhoneCountry } from '../../src/core/normalize/phone.ts';
import { dataLines } from '../../src/core/ingest/importFile.ts';
import { csv } from '../helpers.ts';

// Invented Cambodian mobiles in national form (valid), and numbers valid in no plan or only by chance elsewhere.
const KH = ['015440612', '012816652', '010645750', '0969375295', '012999635', '0978278213', '0971340101', '017123456'];
const JUNK = ['0199999999', '0180000000000', '0101', '01234'];

describe('inferPhoneCountry beside invalid numbers', () => {
  it('has no rival plan when the numbers it leaves are invalid everywhere or scattered', () => {
    const inferred = inferPhoneCountry([...KH, ...JUNK, ...JUNK]);
    expect(inferred.country).toBe('KH');
    expect(inferred.explained).toBe(8);
    expect(inferred.rival).toBeLessThan((inferred.nationalValues - inferred.explained) / 2);
  });
  it('has a strong rival when the rest are another country\'s numbers', () => {
    const ph = ['09171230001', '09181230002', '09191230003', '09271230004', '09951230005', '09561230006'];
    const inferred = inferPhoneCountry([...KH, ...ph]);
    expect(inferred.rival).toBeGreaterThanOrEqual(ph.length / 2);
  });
});

describe('a calls file with a quarter of its national numbers invalid', () => {
  const rows = KH.map((b, i) => `85512${String(100000 + i)},${b},MOC,2024-01-08 0${i}:00:00,60`).concat(JUNK.map((b, i) => `85512${String(200000 + i)},${b},MOC,2024-01-08 1${i}:00:00,60`));
  it('still reads its valid national numbers in the plan (none rejected for want of a country)', () => {
    const { prepared } = prepareFiles([csv('cdr.csv', `A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION\n${rows.join('\n')}\n`)]);
    const { model, ledger } = buildCase(prepared);
    expect(prepared[0]?.settings.defaultCountry).toBe('KH');
    expect(model.entities.some((entity) => entity.id === 'phone:+85515440612')).toBe(true);
    expect(ledger[0]?.rejected.filter((row) => row.params?.causeHint === 'national')).toEqual([]);
  });
});

describe('a wallet transfer log without a default country', () => {
  const log = 'Reference No.,Transaction Date (PHT),Sender Mobile No.,Receiver Mobile No.,Amount,Txn Type,Status\n'
    + 'G1,01/08/2024 01:27:27 AM,09171230001,639181230002,"4,755.62",Send Money,SUCCESS\n'
    + 'G2,01/08/2024 01:29:13 PM,09181230002,639171230001,"15,000.00",Send Money,SUCCESS\n'
    + 'G3,01/09/2024 02:32:38 AM,09191230003,639271230004,"16,673.94",Send Money,SUCCESS\n'
    + 'G4,01/09/2024 02:34:17 PM,09271230004,639191230003,"4,389.09",Send Money,SUCCESS\n';
  it('takes its plan from numbers written both ways (639… and 09…), not list order between PH and IN', () => {
    const { prepared } = prepareFiles([csv('gcash_le_reply.csv', log)]);
    expect(prepared[0]?.settings.defaultCountry).toBe('PH');
    const { ledger } = buildCase(prepared);
    expect(ledger[0]?.imported).toBe(4);
  });
  it('moves pesos: a Philippine wallet file\'s amounts are PHP, said to be assumed', () => {
    const columns = { 'Reference No.': 'transaction_id', 'Transaction Date (PHT)': 'datetime', 'Sender Mobile No.': 'account_from', 'Receiver Mobile No.': 'account_to', Amount: 'amount', 'Txn Type': 'channel', Status: 'transaction_status' };
    const mapping = { type: 'simpul-mapping', version: 1, files: { 'gcash_le_reply.csv': { kind: 'transfers', defaultCountry: 'PH', dateFormat: 'mdy', columns } } };
    const { model, ledger } = buildCase(prepareFiles([csv('gcash_le_reply.csv', log)], { mapping } as Parameters<typeof prepareFiles>[1]).prepared);
    expect(model.links.filter((link) => link.type === 'transferred').flatMap((link) => Object.keys(link.amounts))).toEqual(['PHP', 'PHP', 'PHP', 'PHP']);
    expect(ledger[0]?.notes?.find((note) => note.code === 'currency-from-country')?.params).toEqual({ currency: 'PHP', country: 'PH', count: 4 });
  });
  it('says per file when amounts have no currency at all', () => {
    const bank = 'TxID,Date,From Account,To Account,Amount\nT1,2024-01-08,1234567890,2345678901,100\nT2,2024-01-09,2345678901,3456789012,200\n';
    const columns = { TxID: 'transaction_id', Date: 'date', 'From Account': 'account_from', 'To Account': 'account_to', Amount: 'amount' };
    const mapping = { type: 'simpul-mapping', version: 1, files: { 'bank.csv': { kind: 'transfers', defaultCountry: 'PH', columns } } };
    const { ledger } = buildCase(prepareFiles([csv('bank.csv', bank)], { mapping } as Parameters<typeof prepareFiles>[1]).prepared);
    expect(ledger[0]?.notes?.find((note) => note.code === 'currency-unknown')?.params).toEqual({ count: 2 });
  });
});

describe('a file refused for its encoding', () => {
  it('counts every data line as rejected, with the refusal\'s code', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Name;Tel\n'), 0x4a, 0x6f, 0x73, 0xe9, ...new TextEncoder().encode(';0812\r\n\r\nAna;0813\n')]);
    const { failed } = prepareFiles([{ name: 'cp1252.csv', bytes }, csv('other.csv', 'A_NUMBER,B_NUMBER\n+6281234567890,+6281234567891\n')]);
    expect(failed[0]?.error?.code).toBe('UNSUPPORTED_ENCODING');
    expect(failed[0]?.rows).toBe(2);
    expect(failed[0]?.rejected.map((row) => [row.line, row.code, row.params?.error])).toEqual([[2, 'file-not-read', 'UNSUPPORTED_ENCODING'], [4, 'file-not-read', 'UNSUPPORTED_ENCODING']]);
  });
  it.each([
    ['', []], ['header only\n', []], ['h\nrow\n', [2]], ['\n\nh\r\nrow\r\n  \r\nrow', [4, 6]], ['\ufeffh\nrow', [2]],
  ])('dataLines(%j) → %j', (text, lines) => {
    expect(dataLines(new TextEncoder().encode(text))).toEqual(lines);
  });
});
