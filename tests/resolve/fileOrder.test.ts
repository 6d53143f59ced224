// Results never depend on file order or names (issue 14 item 4): the sample case, reordered and renamed.
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/readInputs.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { buildReport } from '../../src/core/report/reportModel.ts';
import type { InputFile } from '../../src/core/ingest/prepareFile.ts';

function report(inputs: readonly InputFile[]): string {
  const result = runPipeline(inputs, { seed: 42 });
  return JSON.stringify(buildReport(result.model, result.analysis, result.ledger, { generatorVersion: 'test', generatedAt: 'now' }));
}

/** Every array of records citing files, sorted: renaming changes where a file sorts, not what is said of it. */
function canonical(json: string): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(walk);
      const cites = items.every((item) => typeof item === 'object' && item !== null && 'file' in item);
      return cites ? items.map((item) => JSON.stringify(item)).sort() : items;
    }
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    return value;
  };
  return walk(JSON.parse(json));
}

describe('file order and names', () => {
  it('give the same report for the sample case read in reverse order under other names', () => {
    const inputs = readInputs(['sample-data/case']);
    // Names that sort the other way round (z… first becomes a… last), and a shuffled reading order.
    const renamed = new Map(inputs.map((input, i) => [input.name, `${String.fromCharCode(122 - i)}-export-${i}.${input.name.split('.').pop()}`]));
    const shuffled = [...inputs].reverse().map((input) => ({ ...input, name: renamed.get(input.name) ?? input.name }));
    let back = report(shuffled);
    for (const [original, name] of renamed) back = back.split(name).join(original);
    expect(canonical(back)).toEqual(canonical(report(inputs)));
  });
});
