// The facts the exports share (link ends, clusters, the texts of scores and weights) and the evidence-line counter the
// dossier reuses: each must give what the straightforward per-export code gave, or the files change.
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { linkWeight } from '../../src/core/graph/linkWeight.ts';
import type { SourceLines } from '../../src/core/model/types.ts';
import { exportOne } from '../../src/core/report/exportAll.ts';
import { ExportFacts, PackedTexts } from '../../src/core/report/exportFacts.ts';
import { DistinctLines } from '../../src/core/report/exporters/sourceRanges.ts';
import { entitiesTable, linksTable } from '../../src/core/report/tables.ts';
import { tableCsv } from '../../src/core/report/csv.ts';
import { hostileCase, sampleCase } from './fixtures.ts';

/** The straightforward count: a Set of lines per file, files in code-unit order. */
function referenceLines(lists: readonly (readonly SourceLines[])[]): [string, number][] {
  const perFile = new Map<string, Set<number>>();
  for (const sources of lists) {
    for (const { file, lines } of sources) {
      const set = perFile.get(file) ?? new Set<number>();
      perFile.set(file, set);
      for (const line of lines) set.add(line);
    }
  }
  return [...perFile].map(([file, set]): [string, number] => [file, set.size]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('PackedTexts', () => {
  it('gives back every text as it was made, empty ones and block edges included', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 9000 }), (texts) => {
      const packed = new PackedTexts(texts.length, (index) => texts[index] ?? '');
      expect(texts.map((_, index) => packed.at(index))).toEqual(texts);
    }), { seed: 9, numRuns: 25 });
  });
});

describe('ExportFacts', () => {
  it('writes each score and weight as String(value), and finds each link\'s ends and each entity\'s cluster', () => {
    const { model, analysis } = sampleCase();
    const facts = new ExportFacts(model, analysis);
    model.entities.forEach((entity, index) => {
      const scores = analysis.scores[entity.id];
      expect([0, 1, 2].map((score) => facts.scoreText(index, score as 0 | 1 | 2)))
        .toEqual(scores ? [String(scores.weightedDegree), String(scores.pagerank), String(scores.betweenness)] : [undefined, undefined, undefined]);
      expect(facts.clusterAt(index)).toBe(analysis.clusterOf[entity.id]);
    });
    const { sources, targets } = facts.linkEnds();
    model.links.forEach((link, index) => {
      expect(facts.weightText(link)).toBe(String(linkWeight(link)));
      expect(model.entities[sources[index] ?? -1]?.id).toBe(link.source);
      expect(model.entities[targets[index] ?? -1]?.id).toBe(link.target);
    });
  });

  it('marks an end that is not in the case -1 and an entity the analysis did not score as having no scores', () => {
    const { model, analysis } = hostileCase();
    const lost = { ...model.links[0]!, source: 'person:not-here' };
    const facts = new ExportFacts({ ...model, links: [lost] }, { ...analysis, scores: {}, clusterOf: {} });
    expect(facts.linkEnds().sources[0]).toBe(-1);
    expect(facts.scoreText(0, 1)).toBeUndefined();
    expect(facts.clusterAt(0)).toBeUndefined();
  });

  it('writes the scores and weights the tables carry as bare numbers in CSV, as a number would be', () => {
    const { model, analysis } = sampleCase();
    const scored = model.entities.findIndex((entity) => (analysis.scores[entity.id]?.pagerank ?? 0) > 0);
    const entity = model.entities[scored]!;
    const row = tableCsv(entitiesTable(model, analysis)).split('\r\n')[scored + 1] ?? '';
    expect(row).toContain(`,${analysis.scores[entity.id]!.pagerank},`);
    const links = tableCsv(linksTable(model)).split('\r\n');
    expect(links[1]).toContain(`,${linkWeight(model.links[0]!)},`);
  });

  it('makes the scores and weights number cells of the workbook', { timeout: 30_000 }, async () => {
    const { model, analysis } = sampleCase();
    const bytes = Buffer.from(await exportOne('case.xlsx', sampleCase()) as Uint8Array);
    const entities = await readSheet(bytes, 'entities');
    const header = entities[0] as string[];
    model.entities.forEach((entity, index) => {
      expect(entities[index + 1]?.[header.indexOf('pagerank')]).toBe(analysis.scores[entity.id]?.pagerank ?? null);
    });
    const links = await readSheet(bytes, 'links');
    const weightAt = (links[0] as string[]).indexOf('weight');
    expect(links.slice(1).map((row) => row[weightAt])).toEqual(model.links.map(linkWeight));
  });
});

describe('DistinctLines', () => {
  const lists = fc.array(fc.array(fc.record({
    file: fc.constantFrom('a.csv', 'b.csv', 'B.csv'),
    lines: fc.array(fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(-1, 2.5, 2 ** 30)), { maxLength: 8 }),
  }), { maxLength: 4 }), { maxLength: 12 });

  it('counts each file\'s distinct lines as a Set would, one count after another with the same counter', () => {
    fc.assert(fc.property(fc.array(lists, { minLength: 1, maxLength: 4 }), (counts) => {
      const counter = new DistinctLines();
      for (const each of counts) expect([...counter.count(each)]).toEqual(referenceLines(each));
    }), { seed: 9, numRuns: 200 });
  });
});
