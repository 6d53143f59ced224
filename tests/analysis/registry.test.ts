import { describe, expect, it } from 'vitest';
import { ANALYSES, LOUVAIN, defaultParameters, findAnalysis, louvainValues, parseParameterText, resolveParameters } from '../../src/core/analysis/registry.ts';
import { parseArgs } from '../../src/cli/args.ts';
import { isSimpulError } from '../../src/core/model/errors.ts';
import { twoSyndicates } from './fixtures/twoSyndicates.ts';

const louvain = findAnalysis('louvain');

function codeOf(run: () => unknown): { code?: string; message: string } {
  try {
    run();
  } catch (error) {
    return { code: isSimpulError(error) ? error.code : undefined, message: error instanceof Error ? error.message : String(error) };
  }
  return { message: '' };
}

const parameter = (id: string) => {
  const found = LOUVAIN.parameters.find((item) => item.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('analysis registry', () => {
  it('offers Louvain with a seed (42), a resolution (1), 20 stability runs and an open time window', () => {
    expect(ANALYSES.map((d) => d.id)).toEqual(['louvain']);
    expect(louvain && defaultParameters(louvain)).toEqual({ seed: 42, resolution: 1, stabilityRuns: 20, from: '', to: '' });
    expect(louvain?.parameters.map((p) => [p.id, p.kind, p.flag])).toEqual([
      ['seed', 'integer', '--seed'], ['resolution', 'float', '--resolution'], ['stabilityRuns', 'integer', '--stability-runs'],
      ['from', 'time', '--from'], ['to', 'time', '--to'],
    ]);
  });

  it('runs the whole case analysis with the values given', () => {
    const result = louvain?.run(twoSyndicates().model, { seed: 7, resolution: 1.2, stabilityRuns: 2 });
    expect(result?.parameters).toEqual({ algorithm: 'louvain', seed: 7, resolution: 1.2, stabilityRuns: 2 });
  });

  it('fills missing values with defaults and ignores unknown keys', () => {
    expect(louvain && resolveParameters(louvain, { resolution: 2, colour: 'red' })).toMatchObject({ seed: 42, resolution: 2 });
    expect(louvainValues(undefined)).toEqual({ seed: 42, resolution: 1, stabilityRuns: 20, from: '', to: '' });
  });

  it.each([
    [{ seed: 1.5 }, /Seed must be a whole number/],
    [{ seed: -1 }, /Seed must be a whole number from 0/],
    [{ seed: 1e20 }, /Seed must be a whole number from 0 to 4294967295/],
    [{ resolution: '1' }, /Resolution must be a number from 0.1 to 5, got "1"/],
    [{ resolution: Number.NaN }, /Resolution/],
    [{ resolution: 50 }, /Resolution/],
    [{ stabilityRuns: 1000 }, /Stability runs must be a whole number from 0 to 100/],
    [{ from: '2024-13-01' }, /From must be a date/],
    [{ from: 20240101 }, /From must be a date/],
    [{ from: '2024-03-01', to: '2024-02-01' }, /ends \(2024-02-01\) before it starts/],
  ])('rejects %o with ARGUMENT_INVALID', (raw, message) => {
    const caught = codeOf(() => louvain && resolveParameters(louvain, raw));
    expect(caught.code).toBe('ARGUMENT_INVALID');
    expect(caught.message).toMatch(message);
  });
});

describe('parseParameterText', () => {
  it.each([
    ['seed', '7', 7],
    ['seed', ' 0042 ', 42],
    ['seed', '4294967295', 4294967295],
    ['resolution', '1.5', 1.5],
    ['resolution', '.5', 0.5],
    ['stabilityRuns', '0', 0],
    ['from', '2024-03-01', '2024-03-01'],
    ['to', '2024-03-01T08:30', '2024-03-01T08:30'],
    ['to', '', ''],
  ])('reads %s "%s" as %o', (id, text, expected) => {
    expect(parseParameterText(LOUVAIN, parameter(id), text)).toBe(expected);
  });

  it.each([
    ['seed', '99999999999999999999'],
    ['seed', '9007199254740993'],
    ['seed', '1e3'],
    ['seed', '12abc'],
    ['seed', ''],
    ['resolution', 'one'],
    ['resolution', '0'],
    ['from', '01/03/2024'],
  ])('refuses %s "%s" naming the range and the text', (id, text) => {
    const caught = codeOf(() => parseParameterText(LOUVAIN, parameter(id), text));
    expect(caught.code).toBe('ARGUMENT_INVALID');
    expect(caught.message).toContain(JSON.stringify(text));
  });
});

describe('CLI flags come from the registry', () => {
  it('refuses --seed 99999999999999999999 instead of running with 1e20', () => {
    const caught = codeOf(() => parseArgs(['analyze', 'x.csv', '--out', 'o', '--seed', '99999999999999999999']));
    expect(caught.code).toBe('ARGUMENT_INVALID');
    expect(caught.message).toMatch(/Seed must be a whole number from 0 to 4294967295, got "99999999999999999999"/);
    expect(caught.message).toMatch(/Usage:/);
  });

  it('reads every parameter flag into the parameters, with defaults for the rest', () => {
    const args = parseArgs(['analyze', 'x.csv', '--out', 'o', '--seed=7', '--stability-runs', '5', '--from', '2024-01-01']);
    expect(args.parameters).toEqual({ seed: 7, resolution: 1, stabilityRuns: 5, from: '2024-01-01', to: '' });
  });

  it('lists every registry flag in the usage line', () => {
    const caught = codeOf(() => parseArgs(['analyze']));
    for (const item of LOUVAIN.parameters) expect(caught.message).toContain(item.flag);
  });
});
