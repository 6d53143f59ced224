// The subject of a single-subject file written only above its header or in its name: a CDR's target, a statement's own account.
import { describe, expect, it } from 'vitest';
import { fileNameAccount, SUBJECT_ACCOUNT_COLUMN, titleSubject } from '../../src/core/ingest/evidence/titleTarget.ts';
import { parseMapping } from '../../src/core/ingest/mapping.ts';
import { buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function read(name: string, text: string, mapping?: string) {
  const { prepared, failed } = prepareFiles([csv(name, text)], { defaultCountry: 'VN', ...(mapping ? { mapping: parseMapping(mapping) } : {}) });
  expect(failed).toEqual([]);
  const ledger = buildCase(prepared).ledger[0]!;
  return { prepared: prepared[0]!, ledger };
}

const BODY = 'Ngày giao dịch,Diễn giải,Ghi nợ (Debit),Ghi có (Credit),Số dư (Balance)\n' +
  '02/03/2025,NHAN TIEN TU TK 1903456789000 LE VAN A,,"125.000.000,00","130.000.000,00"\n05/03/2025,CK DEN TK 0071009988776 NGUYEN B,"20.000.000,00",,"110.000.000,00"\n';

describe('titleSubject', () => {
  it.each([
    ['Số tài khoản / Account No: 0071001234567', '0071001234567'],
    ['Nombor Akaun: 5140-1122-3344', '5140-1122-3344'],
    ['No. Rekening : 7001234567', '7001234567'],
    ['เลขที่บัญชี 123-4-56789-0', '123-4-56789-0'],
    ['Name: AHMAD  |  Mobile: +60 11-2345 6789', '+60 11-2345 6789'],
    ['Wallet ID: 09171234500', '09171234500'],
  ])('reads %j as the subject %j', (text, number) => expect(titleSubject([{ line: 2, text }])?.number).toBe(number));

  it.each([
    ['Period: 01/03/2025 - 31/03/2025'],
    ['Reference 9000123400'],
    ['Account No: 0071001234567, Account No: 0071009988776'],
  ])('finds no single subject in %j', (text) => expect(titleSubject([{ line: 1, text }])).toBeUndefined());
});

describe('fileNameAccount', () => {
  it.each([
    ['saoke_VCB_0071001234567.csv', '0071001234567'], ['mutasi-7001-234-567.csv', '7001234567'], ['stmt 514011223344 (2).xlsx.csv', '514011223344'],
    ['rekening 7001234567 - 0x5aeda56215b167893e80b4fe645ba6d5bab767de.csv', '7001234567'], ['sao kê.0071001234567.csv', '0071001234567'],
  ])('reads the account in %j', (name, number) => expect(fileNameAccount(name)).toBe(number));
  it.each([['statement_20250301.csv'], ['cdr_20250301093000.csv'], ['two_0071001234567_0071009988776.csv'], ['batch3.csv'], ['ref_12345678.csv'],
    // digits inside a longer token: a contract address, a hex hash, a code glued to letters
    ['export-tokenholders-0xdac17f958d2ee523a2206206994597c13d831ec7-transfers.csv'], ['tx_9f3a2206206994597b.csv'], ['INV2024000123456A.csv'],
    ['mutasi_BCA7001234567.csv']])(
    'reads none in %j', (name) => expect(fileNameAccount(name)).toBeUndefined());
});

describe('a statement whose own account is written only above the header', () => {
  it('reads every row against the account on the title line, and says so in the ledger', () => {
    const { prepared, ledger } = read('saoke.csv', `VIETCOMBANK\nSố tài khoản / Account No: 0071001234567\nChủ tài khoản: TRAN THI B\n\n${BODY}`);
    expect(prepared.classification.kind).toBe('statement');
    expect(prepared.classification.columns.find((column) => column.header === SUBJECT_ACCOUNT_COLUMN)?.role).toBe('account');
    expect([ledger.rows, ledger.imported]).toEqual([2, 2]);
    expect(ledger.notes).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'subject-from-title', params: expect.objectContaining({ line: 2, number: '0071001234567' }) })]));
  });

  it('reads the account from the file name when nothing above the header names one, and says so', () => {
    const { ledger } = read('saoke_VCB_0071001234567.csv', BODY);
    expect([ledger.rows, ledger.imported]).toEqual([2, 2]);
    expect(ledger.notes).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'subject-from-file-name', params: expect.objectContaining({ number: '0071001234567' }) })]));
  });

  it('takes the mapping\'s subjectNumber over the title and the name', () => {
    const mapping = JSON.stringify({ type: 'simpul-mapping', version: 1, files: { 'saoke_VCB_0071001234567.csv': { subjectNumber: '0071005550000' } } });
    const { prepared, ledger } = read('saoke_VCB_0071001234567.csv', `Account No: 0071001234567\n${BODY}`, mapping);
    expect([...prepared.table.rows].every((row) => row[row.length - 1] === '0071005550000')).toBe(true);
    expect(ledger.notes).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'subject-stated' })]));
  });

  it('reads an e-wallet history labelled by its mobile number as that wallet\'s statement, not a CDR', () => {
    const { prepared, ledger } = read('history.csv', 'Touch n Go eWallet Transaction History\nName: AHMAD  |  Mobile: +60 11-2345 6789\n\n' +
      'Date,Status,Transaction Type,Reference,Description,Amount (RM),Wallet Balance\n' +
      '03/03/2025 14:22,Success,DuitNow Transfer,9000123400,Received from LIM 0123887766,"+RM 4,500.00","RM 4,620.00"\n' +
      '04/03/2025 09:10,Success,DuitNow Transfer,9000123401,Transfer to MAYBANK 514011223344,"-RM 4,000.00","RM 620.00"\n');
    expect(prepared.table.headers).not.toContain('Target MSISDN (from title)');
    expect(prepared.classification.kind).toBe('statement');
    expect([ledger.rows, ledger.imported]).toEqual([2, 2]);
  });

  it('adds nothing when the rows already carry the account', () => {
    const { prepared } = read('mutasi_7001234567.csv', 'No. Rekening: 7001234567\nNo. Rekening,Tanggal,Keterangan,Mutasi,Saldo\n7001234567,01/03/2025,TRSF,"100,00 CR","900,00"\n7001234567,02/03/2025,TRSF,"50,00 DB","850,00"\n');
    expect(prepared.table.headers).not.toContain(SUBJECT_ACCOUNT_COLUMN);
  });
});

describe('the mapping written back', () => {
  it('states the statement\'s own account as subjectNumber, and reading with it gives the same rows', async () => {
    const { detectedMapping } = await import('../../src/core/ingest/detectedMapping.ts');
    const { mappingText } = await import('../../src/core/ingest/mappingWriter.ts');
    const first = read('saoke_VCB_0071001234567.csv', BODY);
    const mapping = detectedMapping([first.prepared]);
    expect(mapping.files['saoke_VCB_0071001234567.csv']?.subjectNumber).toBe('0071001234567');
    const again = read('saoke_VCB_0071001234567.csv', BODY, mappingText(mapping));
    expect([...again.prepared.table.rows]).toEqual([...first.prepared.table.rows]);
    expect(again.ledger.imported).toBe(2);
  });
});
