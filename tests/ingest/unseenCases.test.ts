// Done-when 2 of issue 7: three cases whose headers appear nowhere else (not in the sample case, not in the corpus)
// are read right with no mapping, and resolve to the same case and clusters as with a mapping written by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMapping, type MappingFile } from '../../src/core/ingest/mapping.ts';
import type { InputFile } from '../../src/core/ingest/prepareFile.ts';
import { analyseModel, buildCase, prepareFiles } from '../../src/core/pipeline.ts';
import { caseFacts, loadSmallCase, writeTable } from './smallCase.ts';

const CASES = ['unseen-vn-my', 'unseen-ph-agency', 'unseen-explorer-th'];

/** Roles that make entities and links: a miss here changes the case; other columns are attributes either way. */
const KEY_ROLES = new Set(['person_id', 'person_name', 'phone', 'phone_a', 'phone_b', 'account', 'account_from', 'account_to', 'counterparty',
  'location_id', 'location_name', 'person_a', 'person_b', 'datetime', 'date', 'time', 'duration', 'amount', 'currency', 'imei', 'imsi',
  'cell_id', 'call_type', 'direction', 'transaction_id', 'country', 'nationality', 'status', 'role']);

function inputsOf(folder: string): { files: InputFile[]; mapping: MappingFile } {
  const dir = join('tests/fixtures', folder);
  const names = readdirSync(dir).filter((name) => name !== 'mapping.json').sort();
  return {
    files: names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
    mapping: parseMapping(readFileSync(join(dir, 'mapping.json'), 'utf8')),
  };
}

function run(files: InputFile[], mapping?: MappingFile) {
  const { prepared, failed } = prepareFiles(files, mapping ? { mapping } : {});
  const { model } = buildCase(prepared);
  return { prepared, failed, facts: caseFacts({ model, analysis: analyseModel(model, { seed: 3, stabilityRuns: 0 }) }) };
}

const REFERENCE = run(loadSmallCase().map((table) => writeTable(table)));

describe.each(CASES)('the unseen case %s', (folder) => {
  const { files, mapping } = inputsOf(folder);
  const detected = run(files);
  const stated = run(files, mapping);

  it('has headers found nowhere in the sample case or the header corpus', () => {
    const seen = new Set<string>();
    for (const dir of ['sample-data/case', 'tests/ingest/corpus']) {
      for (const name of readdirSync(dir).filter((file) => /\.(csv|tsv|txt)$/.test(file))) {
        for (const header of readFileSync(join(dir, name), 'utf8').split(/\r?\n/).slice(0, 3).join('\n').split(/[,;\t|\n]/)) seen.add(header.trim().toLowerCase());
      }
    }
    const headers = Object.values(mapping.files).flatMap((file) => Object.keys(file.columns ?? {}));
    expect(headers.filter((header) => seen.has(header.toLowerCase()))).toEqual([]);
  });

  it('reads every file with no mapping, each as the kind and key columns the hand-written mapping states', () => {
    expect(detected.failed.map((entry) => entry.file)).toEqual([]);
    for (const file of detected.prepared) {
      const want = mapping.files[file.table.file];
      expect(file.classification.kind, file.table.file).toBe(want?.kind);
      const keys = file.classification.columns.flatMap((column) => {
        const stated = want?.columns?.[column.header];
        return stated && KEY_ROLES.has(stated) ? [`${column.header}: ${column.role ?? '(attribute)'}`] : [];
      });
      expect(keys, file.table.file).toEqual(keys.map((line) => `${line.split(': ')[0] ?? ''}: ${want?.columns?.[line.split(': ')[0] ?? ''] ?? ''}`));
    }
  });

  it('resolves to the same entities, links and clusters as with the mapping, and as the case in its sample headers', () => {
    expect(stated.failed).toEqual([]);
    expect(detected.facts.entities).toEqual(stated.facts.entities);
    expect(detected.facts.links).toEqual(stated.facts.links);
    expect(detected.facts.clusters).toEqual(stated.facts.clusters);
    expect(detected.facts.entities).toEqual(REFERENCE.facts.entities);
    expect(detected.facts.clusters).toEqual(REFERENCE.facts.clusters);
  });
});
