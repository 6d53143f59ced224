// The command line on tiny cases with broken files: the report's ledger accounts for every line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

interface ReportLedger { file: string; rows: number; imported: number; rejected: { line: number; code?: string }[]; assumptions: string[]; notes?: { code: string }[] }

async function analyse(files: Record<string, string>): Promise<{ code: number; ledger: ReportLedger[]; links: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-parse-'));
  const out = mkdtempSync(join(tmpdir(), 'simpul-parse-out-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const code = await main(['analyze', dir, '--out', out, '--default-country', 'ID']);
  vi.restoreAllMocks();
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { ledger: ReportLedger[]; links?: unknown[]; summary?: { links?: number } };
  return { code, ledger: report.ledger, links: report.summary?.links ?? report.links?.length ?? 0 };
}

const SUBSCRIBERS = 'msisdn,person_id,registered_name\n081311112222,P-1,Agus\n081322223333,P-2,Budi\n081333334444,P-3,Citra\n';

describe('simpul analyze on files that break the usual CSV', () => {
  it('reads a CR-only CDR with a title and an unclosed quote: every line accounted, the broken one named', async () => {
    const calls = ['PT TELEKOMUNIKASI CONTOH', 'Laporan CDR periode 01/03/2024 - 31/03/2024', '', 'A_NUMBER,B_NUMBER,START_TIME',
      '081311112222,081322223333,2024-03-01 08:00:00', '081322223333,"081333334444,2024-03-01 09:00:00',
      '081333334444,081311112222,2024-03-01 10:00:00', '081311112222,081333334444,2024-03-01 11:00:00'].join('\r');
    const { code, ledger } = await analyse({ 'cdr.csv': `${calls}\r`, 'subscribers.csv': SUBSCRIBERS });
    expect(code).toBe(0);
    const entry = ledger.find((item) => item.file === 'cdr.csv');
    expect(entry).toMatchObject({ rows: 4, imported: 3 });
    expect(entry?.rejected).toEqual([expect.objectContaining({ line: 6, code: 'unclosed-quote' })]);
    expect(entry?.assumptions.join('\n')).toMatch(/lines 1–2 above the header .* skipped; the header is line 4/);
  });

  it('keeps every row of a file whose header has a "" in it, instead of reading nothing', async () => {
    const { ledger } = await analyse({ 'cdr.csv': 'A_NUMBER,""B_NUMBER,START_TIME\n081311112222,081322223333,2024-03-01 08:00:00\n081322223333,081333334444,2024-03-01 09:00:00\n', 'subscribers.csv': SUBSCRIBERS });
    expect(ledger.find((item) => item.file === 'cdr.csv')).toMatchObject({ rows: 2, imported: 2, rejected: [] });
  });

  it('numbers the lines of a file mixing LF, CRLF and CR', async () => {
    const { ledger } = await analyse({
      'cdr.csv': 'A_NUMBER,B_NUMBER\n081311112222,081322223333\r\nN/A,\r081322223333,081333334444\nbad,row\n',
      'subscribers.csv': SUBSCRIBERS,
    });
    const entry = ledger.find((item) => item.file === 'cdr.csv');
    expect(entry).toMatchObject({ rows: 4, imported: 2 });
    expect(entry?.rejected.map((row) => row.line)).toEqual([3, 5]);
  });
});

describe('simpul analyze on a whitespace-separated edge list', () => {
  it('reads 12 77 3 rows with delimiter " " from the mapping: one link per line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-edges-'));
    const out = mkdtempSync(join(tmpdir(), 'simpul-edges-out-'));
    writeFileSync(join(dir, 'edges.txt'), '101 202 2\n101 303 1\n202   303 5\n\t12 77 3 \n');
    const mapping = join(out, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ type: 'simpul-mapping', version: 1, files: { 'edges.txt': {
      kind: 'links', delimiter: ' ', header: false, columns: { 'column 1': 'source', 'column 2': 'target', 'column 3': 'weight' },
    } } }));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await main(['analyze', dir, '--out', out, '--mapping', mapping]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { ledger: ReportLedger[] };
    expect(report.ledger[0]).toMatchObject({ file: 'edges.txt', rows: 4, imported: 4, rejected: [] });
  });
});
