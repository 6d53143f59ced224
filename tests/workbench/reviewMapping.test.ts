// One mapping writer: what the browser saves, the CLI reads back to the same reading, and writes back the same.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, main } from '../../src/cli/main.ts';
import { detectedMapping } from '../../src/core/ingest/detectedMapping.ts';
import { parseMapping, type MappingFile } from '../../src/core/ingest/mapping.ts';
import { mappingText } from '../../src/core/ingest/mappingWriter.ts';
import { prepareCase, type InputFile, type PreparedOutcome } from '../../src/core/ingest/prepareFile.ts';
import { reviewPrepared, type FileReview } from '../../src/core/workbench/fileReview.ts';
import { applyMappingEdit } from '../../src/core/workbench/mappingEdits.ts';
import { mappingFromReviews } from '../../src/core/workbench/reviewMapping.ts';
import { captureOutput, csv } from '../helpers.ts';

captureOutput();

const row = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

/** Invented: a headerless telco export, a `;` subscriber list, a tab-separated transfer file, a one-target CDR named in its title. */
const FILES: InputFile[] = [
  csv('telco_export.txt', `${row(8, (i) => `6281234567${i}${i},6281398765${i}${i},2024-03-0${i + 1} 10:0${i}:00,${30 + i}`)}\n`),
  csv('pelanggan.csv', `msisdn;nama;alamat\n${row(6, (i) => `08123456780${i};Orang ${i};Jl. Mawar ${i}`)}\n`),
  csv('target_cdr.csv', 'Smart Axiata - call records\nTarget: +855 12 345 678\n\nB Party,Date,Time,Duration,Direction\n' +
    '+66812345670,01/03/2024,09:12:01,65,OUT\n012 987 654,01/03/2024,10:40:12,12,IN\n+959421234567,02/03/2024,22:01:45,301,OUT\n'),
  csv('mutasi.tsv', `from_acct\tto_acct\tamount\tdate\n${row(6, (i) => `12345678${i}${i}\t98765432${i}${i}\t${100 + i}.50\t0${i + 1}/03/2024`)}\n`),
];

function reviewsOf(outcomes: PreparedOutcome[]): FileReview[] {
  return outcomes.map((outcome) => (outcome.ok ? reviewPrepared(outcome.prepared, 0) : { ok: false, name: outcome.name, bytes: 0, error: { code: outcome.error.code, message: outcome.error.message } }));
}

/** What a reading is, for comparison: kind, roles, country, date format, delimiter, header line. */
function readingOf(review: FileReview) {
  if (!review.ok) return { name: review.name, error: review.error.code };
  return {
    name: review.name, kind: review.kind, roles: review.columns.map((column) => [column.header, column.role ?? null]),
    country: review.defaultCountry ?? null, dateFormat: review.dateFormat, delimiter: review.delimiter, headerless: review.headerless,
    target: review.targetNumber ?? null,
  };
}

/** The browser's choices: a kind, a country, one column kept as an attribute. */
function browserMapping(): { mapping: MappingFile; reviews: FileReview[] } {
  let edits: MappingFile | undefined;
  edits = applyMappingEdit(edits, { file: 'pelanggan.csv', field: 'kind', value: 'subscribers' });
  edits = applyMappingEdit(edits, { file: 'pelanggan.csv', field: 'column', header: 'alamat', value: 'attribute' });
  edits = applyMappingEdit(edits, { file: 'telco_export.txt', field: 'kind', value: 'calls' });
  edits = applyMappingEdit(edits, { file: 'telco_export.txt', field: 'defaultCountry', value: 'ID' });
  const reviews = reviewsOf(prepareCase(FILES, { mapping: edits }));
  return { mapping: mappingFromReviews(reviews, edits), reviews };
}

describe('the one mapping writer', () => {
  it('keeps header: false, the delimiter and a stated attribute in the browser\'s saved mapping', () => {
    const { mapping, reviews } = browserMapping();
    expect(reviews.every((review) => review.ok)).toBe(true);
    const saved = JSON.parse(mappingText(mapping)) as MappingFile;
    expect(saved.files['telco_export.txt']).toMatchObject({ kind: 'calls', header: false, defaultCountry: 'ID', delimiter: ',' });
    expect(saved.files['pelanggan.csv']).toMatchObject({ kind: 'subscribers', delimiter: ';', columns: { alamat: 'attribute' } });
    expect(saved.files['pelanggan.csv']).not.toHaveProperty('header');
    expect(saved.files['mutasi.tsv']).toMatchObject({ delimiter: '\t', dateFormat: 'dmy' });
    expect(saved.files['target_cdr.csv']).toMatchObject({ kind: 'calls', targetNumber: '+855 12 345 678' });
  });

  it('reads the browser\'s mapping in the CLI parser to the very same reading of every file', () => {
    const { mapping, reviews } = browserMapping();
    const parsed = parseMapping(mappingText(mapping), 'simpul-mapping.json');
    const again = reviewsOf(prepareCase(FILES, { mapping: parsed }));
    expect(again.map(readingOf)).toEqual(reviews.map(readingOf));
    // Every column stated: nothing is left to detection.
    for (const review of again) if (review.ok) expect(review.columns.every((column) => column.role === undefined || column.by === 'mapping')).toBe(true);
  });

  it('writes the same mapping from the CLI\'s detection as from the browser\'s review of the same reading', () => {
    const { mapping } = browserMapping();
    const parsed = parseMapping(mappingText(mapping));
    const prepared = prepareCase(FILES, { mapping: parsed }).flatMap((outcome) => (outcome.ok ? [outcome.prepared] : []));
    expect(mappingText(detectedMapping(prepared))).toBe(mappingText(mapping));
  });

  it('round-trips through the CLI: --mapping the browser\'s file, --write-mapping gives it back unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-review-mapping-'));
    for (const file of FILES) writeFileSync(join(dir, file.name), file.bytes);
    const { mapping } = browserMapping();
    writeFileSync(join(dir, 'browser.json'), mappingText(mapping));
    const code = await main(['analyze', ...FILES.map((file) => join(dir, file.name)),
      '--mapping', join(dir, 'browser.json'), '--write-mapping', join(dir, 'cli.json')]);
    expect(code).toBe(EXIT_OK);
    expect(readFileSync(join(dir, 'cli.json'), 'utf8')).toBe(mappingText(mapping));
  });

  it('keeps what was stated for a file it could not read, and drops files no longer in the review', () => {
    const stated: MappingFile = { type: 'simpul-mapping', version: 1, defaults: { dateFormat: 'dmy' }, files: {
      'broken.csv': { kind: 'links', columns: { a: 'source' } }, 'removed.csv': { kind: 'people' },
    } };
    const reviews: FileReview[] = [{ ok: false, name: 'broken.csv', bytes: 3, error: { code: 'NOT_A_CSV', message: 'x' } }];
    expect(mappingFromReviews(reviews, stated)).toEqual({ type: 'simpul-mapping', version: 1, defaults: { dateFormat: 'dmy' }, files: { 'broken.csv': { kind: 'links', columns: { a: 'source' } } } });
  });
});
