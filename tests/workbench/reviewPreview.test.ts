import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/core/ingest/importFile.ts';
import type { MappingFile } from '../../src/core/ingest/mapping.ts';
import { prepareCase } from '../../src/core/ingest/prepareFile.ts';
import { CaseBuilder } from '../../src/core/resolve/caseBuilder.ts';
import { reviewPrepared, type FileReviewOk } from '../../src/core/workbench/fileReview.ts';

/** The review of one file, and the keys the import gives each line (entity type:key per line). */
function previewAndImport(name: string, text: string, files: MappingFile['files'] = {}) {
  const mapping: MappingFile = { type: 'simpul-mapping', version: 1, files };
  const [outcome] = prepareCase([{ name, bytes: new TextEncoder().encode(text) }], { mapping });
  if (!outcome?.ok) throw new Error(`not prepared: ${outcome?.ok === false ? outcome.error.message : 'nothing'}`);
  const review = reviewPrepared(outcome.prepared, text.length);
  const builder = new CaseBuilder();
  importFile(outcome.prepared, builder);
  const keysByLine = new Map<number, Set<string>>();
  for (const entity of builder.build().entities) {
    if (entity.type !== 'phone' && entity.type !== 'account') continue;
    for (const source of entity.sources) {
      for (const line of source.lines) {
        const keys = keysByLine.get(line) ?? new Set<string>();
        keys.add(entity.key);
        keysByLine.set(line, keys);
      }
    }
  }
  return { review, keysByLine };
}

function previewKeys(review: FileReviewOk): Map<number, Set<string>> {
  return new Map(review.preview.map((row) => [row.line, new Set(row.cells.flatMap((cell) => cell.keys ?? []))]));
}

const rows = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

describe('the review preview reads cells as the import does', () => {
  const cases: { what: string; name: string; text: string; files?: MappingFile['files']; expectFirst?: string }[] = [
    {
      what: 'bare Indonesian numbers whose trunk 0 a spreadsheet dropped (not Japanese +81)',
      name: 'cdr_id.csv',
      text: `caller,callee,date\n${rows(6, (i) => `8123456789${i},8129876543${i},2024-01-0${i + 1} 10:00`)}\n`,
      files: { 'cdr_id.csv': { kind: 'calls', defaultCountry: 'ID' } },
      expectFirst: '+6281234567890',
    },
    {
      what: 'numbers in a row whose own country column names the plan',
      name: 'subs.csv',
      text: `msisdn,name,country\n${rows(6, (i) => `081234567${i}${i},Person ${i},${i % 2 === 0 ? 'Thailand' : 'Indonesia'}`)}\n`,
      files: { 'subs.csv': { kind: 'subscribers', columns: { msisdn: 'phone', name: 'person_name', country: 'country' } } },
    },
    {
      what: 'numbers wrapped in quotes and Excel apostrophes',
      name: 'calls_quoted.csv',
      text: `a_number,b_number,time\n${rows(6, (i) => `'6281234567${i}${i}','+66 81 234 56${i}${i}',2024-02-0${i + 1} 09:00`)}\n`,
      files: { 'calls_quoted.csv': { kind: 'calls' } },
      expectFirst: '+628123456700',
    },
    {
      what: 'a holder list naming two accounts in one cell',
      name: 'holders.csv',
      text: `account,holder,bank\n${rows(6, (i) => `1234567${i}${i} / 9876543${i}${i},Holder ${i},BCA`)}\n`,
      files: { 'holders.csv': { kind: 'account_holders', columns: { account: 'account', holder: 'person_name', bank: 'bank' } } },
    },
  ];

  it.each(cases)('$what', ({ name, text, files, expectFirst }) => {
    const { review, keysByLine } = previewAndImport(name, text, files);
    const shown = previewKeys(review);
    expect(shown.size).toBeGreaterThan(0);
    for (const [line, keys] of shown) {
      expect(keys.size, `line ${line} shows no identifier`).toBeGreaterThan(0);
      expect([...keys].sort(), `line ${line}`).toEqual([...(keysByLine.get(line) ?? [])].sort());
    }
    if (expectFirst) expect(review.preview[0]?.cells[0]?.keys).toEqual([expectFirst]);
  });

  it('shows a bare ID number in national form with its country, not as +81', () => {
    const { review } = previewAndImport('cdr_id.csv', cases[0]?.text ?? '', cases[0]?.files);
    const cell = review.preview[0]?.cells[0];
    expect(cell?.country).toBe('ID');
    expect(cell?.normalised).toMatch(/^\+62 /);
  });

  it('reads only the first column of a role; a second one is kept as written, as the import keeps it', () => {
    const text = `caller,callee,other\n${rows(6, (i) => `+6281234567${i}${i},+6281298765${i}${i},+6281311111${i}${i}`)}\n`;
    const { review, keysByLine } = previewAndImport('two_b.csv', text, { 'two_b.csv': { kind: 'calls', columns: { caller: 'phone_a', callee: 'phone_b', other: 'phone_b' } } });
    expect(review.preview[0]?.cells[2]?.keys).toBeUndefined();
    expect([...(keysByLine.get(2) ?? [])]).not.toContain('+62813111110' + '0');
  });
});
