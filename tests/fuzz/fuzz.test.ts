import { describe, expect, it } from 'vitest';
import { checkFile } from '../../bench/fuzzCheck.ts';
import { fuzzFiles, seedFiles } from '../../bench/fuzzFiles.ts';
import { parseTable } from '../../src/core/ingest/parseTable.ts';
import { lineAccountingProblem } from '../../bench/fuzzCheck.ts';

describe('fuzz (a few hundred of the files `npm run fuzz` runs by the ten thousand)', () => {
  it('imports 300 generated and mutated files: no crash, no hang, balanced ledgers, every line accounted, every error with a line', () => {
    const files = fuzzFiles(300, 1414, seedFiles(process.cwd()));
    expect(files).toHaveLength(300);
    const findings = files.flatMap((file) => checkFile(file).findings.filter((finding) => finding.kind !== 'hangs'));
    expect(findings).toEqual([]);
  });

  it('saves every imported case and opens it again: the case file accepts what the import accepted', () => {
    const files = fuzzFiles(60, 2727, seedFiles(process.cwd()));
    const findings = files.flatMap((file) => checkFile(file, true).findings.filter((finding) => finding.kind !== 'hangs'));
    expect(findings).toEqual([]);
  });

  it('makes the same files from the same seed', () => {
    const seeds = seedFiles(process.cwd());
    expect(fuzzFiles(20, 7, seeds).map((file) => file.origin)).toEqual(fuzzFiles(20, 7, seeds).map((file) => file.origin));
  });

  it('can fail: a table that loses a line or counts one twice is caught', () => {
    const text = 'a,b\n1,2\n3,4\n';
    const table = parseTable(text, 'f.csv');
    expect(lineAccountingProblem(table, text)).toBeUndefined();
    expect(lineAccountingProblem({ ...table, lines: table.lines.slice(1), endLines: table.endLines.slice(1) }, text)).toMatch(/neither read, rejected nor blank/);
    expect(lineAccountingProblem({ ...table, endLines: [3, 3] }, text)).toMatch(/line 3 counted twice/);
    expect(lineAccountingProblem(table, `${text}5,6\n`)).toMatch(/parser counted 3 lines, the file has 4/);
  });
});
