// The algorithms the UI offers, described so it can build their controls and the worker run them.

import { SimpulError } from '../model/errors.ts';
import type { CaseModel } from '../model/types.ts';
import { analyzeCase } from './analyzeCase.ts';
import type { AnalysisProgress, AnalysisResult, HubOverrides } from './types.ts';

/** One numeric control. */
export interface NumberParameter {
  id: string;
  label: string;
  description: string;
  kind: 'integer' | 'float';
  default: number;
  min: number;
  max: number;
  /** Slider step for the UI. */
  step: number;
}

/** What a run gets besides its parameter values. */
export interface RunContext {
  hubOverrides?: HubOverrides;
  onProgress?: AnalysisProgress;
}

/** An algorithm the UI can list, configure and run (Gephi Lite's descriptor pattern). */
export interface AnalysisDescriptor {
  id: string;
  label: string;
  description: string;
  parameters: readonly NumberParameter[];
  run(model: CaseModel, values: Readonly<Record<string, number>>, context?: RunContext): AnalysisResult;
}

const louvain: AnalysisDescriptor = {
  id: 'louvain',
  label: 'Clusters (Louvain)',
  description: 'Groups entities that are more tightly linked to each other than to the rest, after setting hubs aside.',
  parameters: [
    {
      id: 'seed',
      label: 'Seed',
      description: 'Same seed, same clusters: record it to reproduce a result.',
      kind: 'integer',
      default: 42,
      min: 0,
      max: 2 ** 32 - 1,
      step: 1,
    },
    {
      id: 'resolution',
      label: 'Resolution',
      description: 'Higher gives more, smaller clusters; lower gives fewer, larger ones.',
      kind: 'float',
      default: 1,
      min: 0.1,
      max: 5,
      step: 0.1,
    },
  ],
  run(model, values, context = {}) {
    return analyzeCase(
      model,
      { seed: values.seed ?? 42, resolution: values.resolution ?? 1, hubOverrides: context.hubOverrides },
      context.onProgress,
    );
  },
};

/** Every algorithm on offer, in the order the UI lists them. */
export const ANALYSES: readonly AnalysisDescriptor[] = [louvain];

/** The descriptor with this id, or undefined. */
export function findAnalysis(id: string): AnalysisDescriptor | undefined {
  return ANALYSES.find((descriptor) => descriptor.id === id);
}

/** Default value of every parameter. */
export function defaultParameters(descriptor: AnalysisDescriptor): Record<string, number> {
  return Object.fromEntries(descriptor.parameters.map((parameter) => [parameter.id, parameter.default]));
}

/**
 * Checks values that crossed a boundary (a worker message, a saved case): missing ones take their
 * default, unknown keys are ignored.
 *
 * @throws SimpulError `ARGUMENT_INVALID` naming the parameter when a value is not a number of the
 * right kind or lies outside its range.
 */
export function resolveParameters(descriptor: AnalysisDescriptor, raw: unknown): Record<string, number> {
  const input: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  const values: Record<string, number> = {};
  for (const parameter of descriptor.parameters) {
    const value = Object.hasOwn(input, parameter.id) ? input[parameter.id] : parameter.default;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (parameter.kind === 'float' || Number.isInteger(value)) &&
      value >= parameter.min &&
      value <= parameter.max;
    if (!ok) {
      throw new SimpulError(
        'ARGUMENT_INVALID',
        `${descriptor.label}: ${parameter.label} must be ${parameter.kind === 'integer' ? 'a whole number' : 'a number'} from ${parameter.min} to ${parameter.max}, got ${JSON.stringify(value) ?? String(value)}.`,
      );
    }
    values[parameter.id] = value;
  }
  return values;
}
