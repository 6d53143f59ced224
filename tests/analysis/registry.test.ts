import { describe, expect, it } from 'vitest';
import { ANALYSES, defaultParameters, findAnalysis, resolveParameters } from '../../src/core/analysis/registry.ts';
import { isSimpulError } from '../../src/core/model/errors.ts';
import { twoSyndicates } from './fixtures/twoSyndicates.ts';

const louvain = findAnalysis('louvain');

describe('analysis registry', () => {
  it('offers Louvain with a seed (42) and a resolution (1)', () => {
    expect(ANALYSES.map((d) => d.id)).toEqual(['louvain']);
    expect(louvain && defaultParameters(louvain)).toEqual({ seed: 42, resolution: 1 });
    expect(louvain?.parameters.map((p) => [p.id, p.kind])).toEqual([['seed', 'integer'], ['resolution', 'float']]);
  });

  it('runs the whole case analysis with the values given', () => {
    const result = louvain?.run(twoSyndicates().model, { seed: 7, resolution: 1.2 });
    expect(result?.parameters).toEqual({ algorithm: 'louvain', seed: 7, resolution: 1.2 });
  });

  it('fills missing values with defaults and ignores unknown keys', () => {
    expect(louvain && resolveParameters(louvain, { resolution: 2, colour: 'red' })).toEqual({ seed: 42, resolution: 2 });
    expect(louvain && resolveParameters(louvain, undefined)).toEqual({ seed: 42, resolution: 1 });
  });

  it.each([
    [{ seed: 1.5 }, /Seed must be a whole number/],
    [{ seed: -1 }, /Seed must be a whole number from 0/],
    [{ resolution: '1' }, /Resolution must be a number from 0.1 to 5, got "1"/],
    [{ resolution: Number.NaN }, /Resolution/],
    [{ resolution: 50 }, /Resolution/],
  ])('rejects %o with ARGUMENT_INVALID', (raw, message) => {
    let caught: unknown;
    try {
      if (louvain) resolveParameters(louvain, raw);
    } catch (error) {
      caught = error;
    }
    expect(isSimpulError(caught) && caught.code).toBe('ARGUMENT_INVALID');
    expect(String((caught as Error).message)).toMatch(message);
  });
});
