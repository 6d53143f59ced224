import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInformation } from '../../src/core/analysis/scoring.ts';

const partition = (labels: (string | number)[]) => new Map(labels.map((label, i) => [i, label]));

describe('normalizedMutualInformation', () => {
  it('is 1 for identical partitions, whatever the labels', () => {
    expect(normalizedMutualInformation(partition([0, 0, 1, 1, 2]), partition(['x', 'x', 'y', 'y', 'z']))).toBeCloseTo(1, 12);
  });

  it('is 0 when one partition says nothing about the other', () => {
    expect(normalizedMutualInformation(partition([0, 0, 1, 1]), partition([0, 1, 0, 1]))).toBeCloseTo(0, 12);
  });

  it('matches scikit-learn on a split cluster (0.8)', () => {
    expect(normalizedMutualInformation(partition([0, 0, 1, 1]), partition([0, 0, 1, 2]))).toBeCloseTo(0.8, 12);
  });

  it('compares only the keys both partitions hold', () => {
    const a = new Map([['p', 1], ['q', 1], ['r', 2], ['s', 2]]);
    const b = new Map([['p', 'A'], ['q', 'A'], ['r', 'B']]);
    expect(normalizedMutualInformation(a, b)).toBeCloseTo(1, 12);
  });

  it('treats empty and single-cluster partitions as agreeing', () => {
    expect(normalizedMutualInformation(new Map(), new Map())).toBe(1);
    expect(normalizedMutualInformation(partition([0, 0, 0]), partition([5, 5, 5]))).toBe(1);
  });
});

describe('adjustedRandIndex', () => {
  it('is 1 for identical partitions', () => {
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([1, 1, 0, 0]))).toBeCloseTo(1, 12);
  });

  it('matches scikit-learn on a split cluster (4/7)', () => {
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([0, 0, 1, 2]))).toBeCloseTo(4 / 7, 12);
  });

  it('goes negative for worse-than-chance agreement', () => {
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([0, 1, 0, 1]))).toBeCloseTo(-0.5, 12);
  });

  it('is 1 for degenerate inputs', () => {
    expect(adjustedRandIndex(new Map(), new Map())).toBe(1);
    expect(adjustedRandIndex(partition([0, 1, 2]), partition([3, 4, 5]))).toBe(1);
  });
});
