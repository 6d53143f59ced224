// The case index built slice by slice as a run's model arrives is the index built at once.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { buildCaseIndex, CaseIndexParts } from '../../src/core/workbench/caseIndex.ts';
import { csv } from '../helpers.ts';

const rows = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

/** Invented: a CDR among 60 numbers in three groups, and a subscriber list giving some of them countries. */
const { model, analysis } = runPipeline([
  csv('cdr.csv', `A_NUMBER,B_NUMBER,START_TIME,DURATION\n${rows(400, (i) => `08123456${String(i % 60).padStart(3, '0')},08123456${String((i * 7 + Math.floor(i / 20)) % 60).padStart(3, '0')},2024-03-0${1 + (i % 9)} 10:00:00,${30 + i}`)}\n`),
  csv('subscribers.csv', `msisdn,name,nationality\n${rows(20, (i) => `08123456${String(i * 3).padStart(3, '0')},Orang ${i},${i % 2 ? 'ID' : 'TH'}`)}\n`),
]);

describe('CaseIndexParts', () => {
  it.each([1, 7, 1000])('gives the same index as indexing the whole model at once (slices of %i)', (slice) => {
    const parts = new CaseIndexParts();
    for (let start = 0; start < model.entities.length; start += slice) parts.addEntities(model.entities.slice(start, start + slice));
    for (let start = 0; start < model.links.length; start += slice) parts.addLinks(model.links.slice(start, start + slice));
    const copy = { entities: [...model.entities], links: [...model.links] };
    parts.register(copy);
    const sliced = buildCaseIndex(copy, analysis);
    const whole = buildCaseIndex(model, analysis);
    expect(sliced.entity).toEqual(whole.entity);
    expect(sliced.linksOf).toEqual(whole.linksOf);
    expect([...sliced.weights]).toEqual([...whole.weights]);
    expect(sliced.countries).toEqual(whole.countries);
    expect(whole.countries.length).toBeGreaterThan(0);
  });

  it('is not used for a model it does not hold every link of', () => {
    const parts = new CaseIndexParts();
    parts.addEntities(model.entities);
    parts.addLinks(model.links.slice(0, 3));
    const copy = { entities: [...model.entities], links: [...model.links] };
    parts.register(copy);
    expect(buildCaseIndex(copy, analysis).weights.length).toBe(model.links.length);
  });
});
