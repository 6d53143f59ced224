// The money rows' ledger codes say in English exactly what the ledger recorded, and in Indonesian something else.
import { describe, expect, it } from 'vitest';
import { translateCode, translator } from '../../src/core/i18n/translate.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

const files = [
  csv('wallet.csv', 'Account No,Date,Status,Description,Amount (RM),Currency\n' +
    '011-2233 4455,03/03/2025 14:22,Success,Received,"+RM 1,500.00",MYR\n011-2233 4455,04/03/2025 09:10,Failed,Transfer,"-RM 1,000.00",MYR\n' +
    '011-2233 4455,05/03/2025 09:10,Pending,Transfer,"-RM 100.00",MYR\n011-2233 4455,06/03/2025 09:10,Flagged,Transfer,"-RM 50.00",MYR\n' +
    '011-2233 4455,07/03/2025 09:10,Success,Transfer,"-RM 70.00",USD\n'),
  csv('saoke.csv', 'Số tài khoản,Ngày giao dịch,Diễn giải,Ghi nợ,Ghi có\n0071009876543,02/03/2025,NHAN TIEN,,"125.000.000,00"\n'),
];

describe('money ledger codes', () => {
  const { ledger } = runPipeline(files, { stabilityRuns: 0 });
  const said = ledger.flatMap((entry) => [
    ...entry.rejected.map((row) => ({ code: row.code, params: row.params, text: row.reason })),
    ...entry.warnings.map((row) => ({ code: row.code, params: row.params, text: row.message })),
    ...(entry.notes ?? []).map((note) => ({ code: note.code, params: note.params, text: note.text })),
  ]).filter((line) => /^(transaction|currency)-/.test(line.code ?? ''));

  it('has every new code in the case above', () => {
    expect([...new Set(said.map((line) => line.code))].sort()).toEqual([
      'currency-assumed', 'currency-disagrees', 'currency-read', 'transaction-not-completed', 'transaction-pending', 'transaction-status-unknown',
    ]);
  });

  it.each(['en', 'id'] as const)('says each in %s from its code (English: the text recorded)', (language) => {
    const t = translator(language);
    for (const line of said) {
      const text = translateCode(t, 'ledger.code', line.code, line.params, '');
      expect(text, line.code).not.toBe('');
      if (language === 'en') expect(text).toBe(line.text);
      else expect(text).not.toBe(line.text);
    }
  });
});
