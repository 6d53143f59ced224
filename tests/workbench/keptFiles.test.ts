// The review's reading kept for the run: reused only for the same bytes, mapping and case context, and never changed by reuse.
import { describe, expect, it } from 'vitest';
import type { MappingFile } from '../../src/core/ingest/mapping.ts';
import { prepareCase, type PreparedOutcome, type PrepareProgress } from '../../src/core/ingest/prepareFile.ts';
import { KeptFiles, type KeyedInput } from '../../src/core/workbench/keptFiles.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { csv } from '../helpers.ts';

const rows = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

/** Invented: a field team's people, their associations (referring to them), a partner agency's people under other ids, a CDR. */
const TEXTS: Record<string, string> = {
  'persons.csv': `person_id,full_name,nationality\n${rows(8, (i) => `P-00${i},Orang ${i},ID`)}\n`,
  'associations.csv': `person_a,person_b,relation\n${rows(7, (i) => `P-00${i},P-00${i + 1},associate`)}\n`,
  'partner_persons.csv': `person_id,full_name,nationality\n${rows(5, (i) => `AG-9${i},Partner ${i},TH`)}\n`,
  'cdr.csv': `A_NUMBER,B_NUMBER,START_TIME,DURATION\n${rows(40, (i) => `0812345678${i % 10},0813987654${(i * 3) % 10},2024-03-0${1 + (i % 9)} 10:00:00,${30 + i}`)}\n`,
};

let nextKey = 1;
function keyed(name: string, text = TEXTS[name] ?? ''): KeyedInput {
  return { ...csv(name, text), key: nextKey++ };
}

/** Prepares and records which files were read (parsed) and planned afresh, as prepareCase reports it. */
function prepareRecorded(inputs: KeyedInput[], kept: KeptFiles | undefined, mapping?: MappingFile) {
  const fresh = { parse: new Set<string>(), plan: new Set<string>() };
  const outcomes = prepareCase(inputs, { ...(mapping ? { mapping } : {}), ...(kept ? { reuse: kept.reuse(inputs, mapping) } : {}) },
    (progress: PrepareProgress) => {
      if (!progress.kept && progress.done < progress.total) fresh[progress.step].add(progress.file);
    });
  return { outcomes, parsed: [...fresh.parse].sort(), planned: [...fresh.plan].sort() };
}

/** What a plan is, for comparison (the table by its rows, so a kept table and a fresh one compare alike). */
function planOf(outcome: PreparedOutcome) {
  if (!outcome.ok) return { name: outcome.name, error: outcome.error.code };
  const { table, ...rest } = outcome.prepared;
  return { ...rest, file: table.file, headers: table.headers, rows: table.rows };
}

const ALL = Object.keys(TEXTS).sort();

describe('KeptFiles', () => {
  it('lets a second preparation of the same files read and plan nothing again, with the same plans as a fresh one', () => {
    const inputs = ALL.map((name) => keyed(name));
    const kept = new KeptFiles();
    const review = prepareRecorded(inputs, kept);
    expect(review.parsed).toEqual(ALL);
    expect(review.planned).toEqual(ALL);
    const again = prepareRecorded(inputs, kept);
    expect(again.parsed).toEqual([]);
    expect(again.planned).toEqual([]);
    const fresh = prepareRecorded(inputs, undefined);
    expect(again.outcomes.map(planOf)).toEqual(fresh.outcomes.map(planOf));
  });

  it('does not let the warnings prepareCase adds pile up on a kept plan', () => {
    const inputs = ALL.map((name) => keyed(name));
    const kept = new KeptFiles();
    const warningsOf = (outcomes: PreparedOutcome[]) => outcomes.flatMap((outcome) => (outcome.ok ? outcome.prepared.fileWarnings : []));
    const first = warningsOf(prepareRecorded(inputs, kept).outcomes);
    expect(first).toHaveLength(1); // the partner agency's people: nothing else uses their ids
    expect(warningsOf(prepareRecorded(inputs, kept).outcomes)).toEqual(first);
    expect(warningsOf(prepareRecorded(inputs, kept).outcomes)).toEqual(first);
  });

  it('reads a file again when its bytes are new (same name) or its mapping changed, and keeps the others', () => {
    const inputs = ALL.map((name) => keyed(name));
    const kept = new KeptFiles();
    prepareRecorded(inputs, kept);
    const replaced = inputs.map((input) => (input.name === 'cdr.csv' ? keyed('cdr.csv') : input));
    expect(prepareRecorded(replaced, kept).parsed).toEqual(['cdr.csv']);
    const mapping: MappingFile = { type: 'simpul-mapping', version: 1, files: { 'persons.csv': { kind: 'people' } } };
    expect(prepareRecorded(replaced, kept, mapping).parsed).toEqual(['persons.csv']);
  });

  it('plans every file again when the case context changed (another file now defines ids), from the kept tables', () => {
    const kept = new KeptFiles();
    const withoutPeople = ALL.filter((name) => name !== 'persons.csv').map((name) => keyed(name));
    prepareRecorded(withoutPeople, kept);
    const whole = [...withoutPeople, keyed('persons.csv')];
    const run = prepareRecorded(whole, kept);
    expect(run.parsed).toEqual(['persons.csv']);
    expect(run.planned).toEqual(expect.arrayContaining(['associations.csv', 'persons.csv']));
    expect(run.outcomes.map(planOf)).toEqual(prepareRecorded(whole, undefined).outcomes.map(planOf));
  });

  it('gives a run from kept files the same case as a run that reads them', () => {
    const inputs = ALL.map((name) => keyed(name));
    const kept = new KeptFiles();
    prepareRecorded(inputs, kept);
    const reused = runPipeline(inputs, { reuse: kept.reuse(inputs, undefined) });
    const read = runPipeline(inputs, {});
    expect(reused.model).toEqual(read.model);
    expect(reused.ledger).toEqual(read.ledger);
    expect(reused.analysis.clusterOf).toEqual(read.analysis.clusterOf);
  });
});
