// Money rows: a status that says the money did not move, the currency however the file writes it, the sign beside it.
import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

function run(name: string, text: string) {
  const result = runPipeline([csv(name, text)], { stabilityRuns: 0 });
  const entry = result.ledger.find((candidate) => candidate.file === name);
  if (!entry) throw new Error(`${name} has no ledger entry`);
  const transfers = result.model.links.filter((link) => link.type === 'transferred');
  return { entry, transfers, model: result.model };
}

function roleOf(name: string, text: string, header: string) {
  const [outcome] = prepareCase([csv(name, text)]);
  if (!outcome?.ok) throw new Error(`${name} not read`);
  return { kind: outcome.prepared.classification.kind, role: outcome.prepared.classification.columns.find((column) => column.header === header)?.role };
}

// An invented e-wallet history in the shape a Malaysian wallet exports: status, signed amounts with the currency mark.
const wallet = (status: string, amountHeader = 'Amount (RM)', cell = '-RM 2,000.00') => 'Account No,Date,Status,Transaction Type,Reference,Description,' + amountHeader + ',Wallet Balance\n' +
  '011-2233 4455,03/03/2025 14:22,Success,DuitNow Transfer,7000000100,Received from 0129988776,"+RM 1,500.00","RM 1,620.00"\n' +
  '011-2233 4455,04/03/2025 09:10,Success,DuitNow Transfer,7000000101,Transfer to MAYBANK 512233445566,"-RM 1,000.00","RM 620.00"\n' +
  `011-2233 4455,08/03/2025 10:00,${status},DuitNow Transfer,7000000102,Transfer to MAYBANK 512233445566,"${cell}","RM 620.00"\n` +
  '011-2233 4455,08/03/2025 10:02,Success,DuitNow Transfer,7000000103,Transfer to MAYBANK 512233445566,"-RM 300.00","RM 320.00"\n';

describe('a statement row whose status says the money did not move', () => {
  it.each([
    ['Failed', 'transaction-not-completed'], ['Gagal', 'transaction-not-completed'], ['Declined', 'transaction-not-completed'],
    ['Reversed', 'transaction-not-completed'], ['Dibatalkan', 'transaction-not-completed'], ['Thất bại', 'transaction-not-completed'],
    ['ล้มเหลว', 'transaction-not-completed'], ['Pending', 'transaction-pending'], ['Diproses', 'transaction-pending'],
  ])('rejects the %j row (%s), and the money trail leaves it out', (status, code) => {
    const { entry, transfers } = run('wallet.csv', wallet(status));
    expect(entry.rows).toBe(4);
    expect(entry.imported).toBe(3);
    expect(entry.rejected).toEqual([expect.objectContaining({ line: 4, code, params: { status, header: 'Status' } })]);
    const out = transfers.find((link) => link.target === 'account:512233445566');
    expect(out?.amounts).toEqual({ MYR: 1300 });
    expect(out?.count).toBe(2);
  });

  it('counts a row whose status is success as money', () => {
    const { entry, transfers } = run('wallet.csv', wallet('Berhasil'));
    expect(entry.imported).toBe(4);
    expect(transfers.find((link) => link.target === 'account:512233445566')?.amounts).toEqual({ MYR: 3300 });
  });

  it('keeps a row with a status it does not know, with a warning that names it', () => {
    const { entry } = run('wallet.csv', wallet('Flagged'));
    expect(entry.imported).toBe(4);
    expect(entry.warnings).toEqual([expect.objectContaining({ line: 4, code: 'transaction-status-unknown', params: { status: 'Flagged', header: 'Status' } })]);
  });
});

describe('a transfers file with a status column', () => {
  const transfers = 'TXN_ID,DATE,FROM_ACCOUNT,TO_ACCOUNT,AMOUNT,CURRENCY,STATUS\n' +
    'T-1,2025-03-01,5270011223,5270099887,1500000,IDR,BERHASIL\nT-2,2025-03-02,5270011223,5270099887,2500000,IDR,GAGAL\n' +
    'T-3,2025-03-03,5270011223,5270099887,700000,IDR,SUKSES\nT-4,2025-03-04,5270011223,5270099887,900000,IDR,TERTUNDA\n';

  it('reads STATUS as the transaction\'s status, not a person\'s', () => {
    expect(roleOf('trf.csv', transfers, 'STATUS')).toEqual({ kind: 'transfers', role: 'transaction_status' });
  });

  it('rejects the failed and the pending transfer, each with its own code', () => {
    const { entry, transfers: links } = run('trf.csv', transfers);
    expect(entry.rejected.map((row) => [row.line, row.code])).toEqual([[3, 'transaction-not-completed'], [5, 'transaction-pending']]);
    expect(links[0]?.amounts).toEqual({ IDR: 2200000 });
  });

  it('leaves a people list\'s status a person\'s status (a victim stays a victim)', () => {
    const people = 'person_id,name,nationality,status\nP-1,Ana Reyes,Philippines,victim\nP-2,Wang Li,China,suspect\nP-3,Sri Wahyuni,Indonesia,korban\n';
    expect(roleOf('people.csv', people, 'status')).toEqual({ kind: 'people', role: 'status' });
    const { model } = run('people.csv', people);
    expect(model.entities.find((entity) => entity.key === 'P-1')?.attributes.status).toBe('victim');
  });
});

describe('the currency of a money row', () => {
  it.each([
    // [amount header, amount cell, currency, reading that won]
    ['Amount (RM)', '-RM 2,000.00', 'MYR', 'cell'],
    ['Amount (RM)', '-2,000.00', 'MYR', 'header'],
    ['Amount', '-RM 2,000.00', 'MYR', 'cell'],
    ['Jumlah (Rp)', '-2.000.000', 'IDR', 'header'],
    ['Amount', '-฿2,000.00', 'THB', 'cell'],
    ['Amount USD', '-2,000.00', 'USD', 'header'],
  ])('with header %j and cell %j is %s, read from the %s', (header, cell, currency, source) => {
    const text = `Account No,Date,Description,${header}\n5270011223,2025-03-01,DuitNow,"${cell}"\n5270011223,2025-03-02,ATM,"${cell}"\n`;
    const { transfers, entry } = run('stmt.csv', text);
    expect(transfers.map((link) => Object.keys(link.amounts).join())).toEqual([currency, currency]);
    expect(entry.notes).toContainEqual(expect.objectContaining({ code: 'currency-read', params: expect.objectContaining({ currency, source, count: 2 }) }));
  });

  it('prefers the currency column, and warns when a cell mark says otherwise', () => {
    const text = 'Account No,Date,Amount,Currency\n5270011223,2025-03-01,"+RM 1,500.00",USD\n5270011223,2025-03-02,"-250.00",USD\n';
    const { entry, transfers } = run('stmt.csv', text);
    expect(transfers.every((link) => Object.keys(link.amounts).join() === 'USD')).toBe(true);
    expect(entry.warnings).toEqual([expect.objectContaining({ line: 2, code: 'currency-disagrees', params: expect.objectContaining({ currency: 'USD', other: 'MYR' }) })]);
  });

  it('assumes VND for a Vietnamese bank statement with no currency written, and says so', () => {
    const text = 'Số tài khoản,STT,Ngày giao dịch,Diễn giải,Ghi nợ,Ghi có,Số dư\n' +
      '0071009876543,1,02/03/2025,NHAN TIEN TU TK 1903111222333,,"125.000.000,00","130.000.000,00"\n' +
      '0071009876543,2,08/03/2025,CK DEN TK 1903444555666,"20.000.000,00",,"110.000.000,00"\n';
    expect(roleOf('saoke.csv', text, 'Ghi nợ')).toEqual({ kind: 'statement', role: 'debit' });
    expect(roleOf('saoke.csv', text, 'Ghi có').role).toBe('credit');
    expect(roleOf('saoke.csv', text, 'Số dư').role).toBe('balance');
    const { entry, transfers } = run('saoke.csv', text);
    expect(entry.imported).toBe(2);
    expect(transfers.map((link) => link.amounts)).toEqual(expect.arrayContaining([{ VND: 125000000 }, { VND: 20000000 }]));
    expect(entry.notes).toContainEqual(expect.objectContaining({ code: 'currency-assumed', params: { currency: 'VND', count: 2 } }));
  });

  it('assumes nothing for an English statement with no currency written', () => {
    const { transfers, entry } = run('stmt.csv', 'Account No,Date,Description,Debit,Credit,Balance\n5270011223,2025-03-01,ATM,"250.00",,"750.00"\n');
    expect(transfers[0]?.amounts).toEqual({ unspecified: 250 });
    expect(entry.notes?.some((note) => note.code.startsWith('currency-') && note.code !== 'currency-unknown')).toBeFalsy();
    expect(entry.notes?.find((note) => note.code === 'currency-unknown')?.params).toEqual({ count: 1 });
  });
});

describe('the sign written beside a currency mark', () => {
  it.each([['+RM 1,500.00', 'in'], ['RM +1,500.00', 'in'], ['-RM 1,500.00', 'out'], ['RM -1,500.00', 'out'], ['+ 1,500.00', 'in']])(
    'reads %j as money %s, with no warning', (cell, direction) => {
      const { entry, transfers } = run('stmt.csv', `Account No,Date,Description,Amount\n5270011223,2025-03-01,DuitNow,"${cell}"\n`);
      expect(entry.warnings).toEqual([]);
      const own = 'account:5270011223';
      expect(direction === 'in' ? transfers[0]?.target : transfers[0]?.source).toBe(own);
    });

  it('still warns when no sign, mark or column says the direction', () => {
    const { entry } = run('stmt.csv', 'Account No,Date,Description,Amount\n5270011223,2025-03-01,DuitNow,"RM 1,500.00"\n');
    expect(entry.warnings.map((warning) => warning.code)).toEqual(['amount-no-direction']);
  });
});
