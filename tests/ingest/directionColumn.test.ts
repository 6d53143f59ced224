// A column of direction marks (DR/CR, D/K, Debet/Kredit, Masuk/Keluar, IN/OUT) says which way each amount went,
// whatever its header: a statement that wrote `15,000.00 | DR` paid the money out, it did not receive it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

const MAYBANK = 'tests/ingest/corpus/penyata_maybank_drcr.csv';

function statement(header: string, marks: [string, string]): string {
  return 'Account No,Date,Description,Amount,' + header + ',Balance\n' +
    `1640-1234-9999,01/03/2024,TRANSFER TO 514012345678,"40,000.00",${marks[0]},"40,000.00"\n` +
    `1640-1234-9999,02/03/2024,CASH DEPOSIT,"30,000.00",${marks[1]},"70,000.00"\n` +
    `1640-1234-9999,03/03/2024,TRANSFER TO 514012345678,"15,000.00",${marks[0]},"55,000.00"\n` +
    `1640-1234-9999,04/03/2024,TRANSFER FROM 7012223334,"5,000.00",${marks[1]},"60,000.00"\n` +
    `1640-1234-9999,05/03/2024,TRANSFER TO 514012345678,"1,000.00",${marks[0]},"59,000.00"\n`;
}

describe('a direction column', () => {
  it.each([
    ['DR/CR', ['DR', 'CR']], ['Dr/Cr', ['Dr', 'Cr']], ['D/K', ['D', 'K']], ['D/C', ['D', 'C']], ['Db/Cr', ['Db', 'Cr']],
    ['Debit/Credit', ['Debit', 'Credit']], ['Debet/Kredit', ['Debet', 'Kredit']], ['Masuk/Keluar', ['Keluar', 'Masuk']],
    ['IN/OUT', ['OUT', 'IN']], ['DR/CR Indicator', ['DR', 'CR']],
    // By the values alone, under a header that says nothing of them or names another role.
    ['Flag', ['DR', 'CR']], ['Mutasi', ['DB', 'CR']], ['Jenis', ['D', 'K']], ['Tanda', ['Dr.', 'Cr.']],
  ] as [string, [string, string]][])('%j over %j is read as the direction of each amount', (header, marks) => {
    const [outcome] = prepareCase([csv('stmt.csv', statement(header, marks))]);
    if (!outcome?.ok) throw new Error('not read');
    expect(outcome.prepared.classification.columns.find((column) => column.header === header)?.role).toBe('direction');
    const result = runPipeline([csv('stmt.csv', statement(header, marks))], { stabilityRuns: 0 });
    const transfers = result.model.links.filter((link) => link.type === 'transferred');
    const out = transfers.find((link) => link.target === 'account:514012345678');
    expect(out?.source).toBe('account:164012349999');
    expect(out?.amounts).toEqual({ unspecified: 56000 });
    const ledger = result.ledger.find((entry) => entry.file === 'stmt.csv');
    expect(ledger?.warnings.filter((warning) => warning.code === 'amount-no-direction')).toEqual([]);
  });

  it('reads the Maybank statement’s DR rows as money paid out of 164012349999', () => {
    const result = runPipeline([{ name: 'Maybank_Penyata_164012349999.csv', bytes: new Uint8Array(readFileSync(MAYBANK)) }], { stabilityRuns: 0 });
    const transfers = result.model.links.filter((link) => link.type === 'transferred');
    const toLim = transfers.find((link) => link.target === 'account:514012345678');
    expect(toLim?.source).toBe('account:164012349999');
    expect(transfers.some((link) => link.source === 'account:514012345678')).toBe(false);
    const ledger = result.ledger.find((entry) => entry.file === 'Maybank_Penyata_164012349999.csv');
    expect(ledger?.imported).toBe(ledger?.rows);
    expect(ledger?.warnings.filter((warning) => warning.code === 'amount-no-direction')).toEqual([]);
  });
});
