// The algorithms on offer, described once: the CLI flags, the UI controls, the worker's validation, the
// case file and the report all read their parameters from here (Gephi Lite's descriptor pattern).

import { SimpulError } from '../model/errors.ts';
import type { CaseModel } from '../model/types.ts';
import { analyzeCase } from './analyzeCase.ts';
import type { AnalysisProgress, AnalysisResult, HubOverrides } from './types.ts';

interface ParameterBase {
  id: string;
  label: string;
  description: string;
  /** The command-line flag, e.g. `--seed`. */
  flag: string;
}

/** One numeric control. */
export interface NumberParameter extends ParameterBase {
  kind: 'integer' | 'float';
  default: number;
  min: number;
  max: number;
  /** Slider step for the UI. */
  step: number;
}

/** A point in time, as written in the data (`2024-03-01` or `2024-03-01T08:00`); '' leaves the end open. */
export interface TimeParameter extends ParameterBase {
  kind: 'time';
  default: '';
}

export type AnalysisParameter = NumberParameter | TimeParameter;
export type ParameterValue = number | string;

/** What a run gets besides its parameter values. */
export interface RunContext {
  hubOverrides?: HubOverrides;
  onProgress?: AnalysisProgress;
}

/** An algorithm the UI can list, configure and run. */
export interface AnalysisDescriptor {
  id: string;
  label: string;
  description: string;
  parameters: readonly AnalysisParameter[];
  run(model: CaseModel, values: Readonly<Record<string, ParameterValue>>, context?: RunContext): AnalysisResult;
}

/** The Louvain analysis's values, typed; always obtained through `louvainValues`. */
export interface LouvainValues {
  seed: number;
  resolution: number;
  /** Louvain runs (other seeds) behind each cluster's stability; 0 skips the measure. */
  stabilityRuns: number;
  /** Time window: only rows from `from` to `to` (inclusive, as written in the data) are analysed. */
  from: string;
  to: string;
}

const LOUVAIN_PARAMETERS: readonly AnalysisParameter[] = [
  {
    id: 'seed', flag: '--seed', label: 'Seed', kind: 'integer', default: 42, min: 0, max: 2 ** 32 - 1, step: 1,
    description: 'Same seed, same clusters: record it to reproduce a result.',
  },
  {
    id: 'resolution', flag: '--resolution', label: 'Resolution', kind: 'float', default: 1, min: 0.1, max: 5, step: 0.1,
    description: 'Higher gives more, smaller clusters; lower gives fewer, larger ones.',
  },
  {
    id: 'stabilityRuns', flag: '--stability-runs', label: 'Stability runs', kind: 'integer', default: 20, min: 0, max: 100, step: 1,
    description: 'Clusterings with other seeds behind each cluster\'s confidence; 0 skips the measure.',
  },
  {
    id: 'from', flag: '--from', label: 'From', kind: 'time', default: '',
    description: 'Analyse only rows on or after this date (YYYY-MM-DD, or with a time); empty: from the start.',
  },
  {
    id: 'to', flag: '--to', label: 'To', kind: 'time', default: '',
    description: 'Analyse only rows on or before this date (a date alone includes the whole day); empty: to the end.',
  },
];

const louvain: AnalysisDescriptor = {
  id: 'louvain',
  label: 'Clusters (Louvain)',
  description: 'Groups entities that are more tightly linked to each other than to the rest, after setting hubs aside.',
  parameters: LOUVAIN_PARAMETERS,
  run(model, values, context = {}) {
    return analyzeCase(model, { ...louvainValues(values), hubOverrides: context.hubOverrides }, context.onProgress);
  },
};

/** Every algorithm on offer, in the order the UI lists them. */
export const ANALYSES: readonly AnalysisDescriptor[] = [louvain];

/** The clustering every run uses. */
export const LOUVAIN: AnalysisDescriptor = louvain;

/** The descriptor with this id, or undefined. */
export function findAnalysis(id: string): AnalysisDescriptor | undefined {
  return ANALYSES.find((descriptor) => descriptor.id === id);
}

/** Default value of every parameter. */
export function defaultParameters(descriptor: AnalysisDescriptor): Record<string, ParameterValue> {
  return Object.fromEntries(descriptor.parameters.map((parameter) => [parameter.id, parameter.default]));
}

const TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

/** What the parameter accepts, in words, for messages. */
export function describeRange(parameter: AnalysisParameter): string {
  if (parameter.kind === 'time') return 'a date YYYY-MM-DD (optionally with THH:mm[:ss]) or empty';
  return `${parameter.kind === 'integer' ? 'a whole number' : 'a number'} from ${parameter.min} to ${parameter.max}`;
}

function accepts(parameter: AnalysisParameter, value: unknown): value is ParameterValue {
  if (parameter.kind === 'time') return typeof value === 'string' && (value === '' || (TIME.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)))));
  return typeof value === 'number' && Number.isFinite(value)
    && (parameter.kind === 'float' || Number.isSafeInteger(value))
    && value >= parameter.min && value <= parameter.max;
}

function invalid(descriptor: AnalysisDescriptor, parameter: AnalysisParameter, shown: string): SimpulError {
  return new SimpulError('ARGUMENT_INVALID', `${descriptor.label}: ${parameter.label} must be ${describeRange(parameter)}, got ${shown}.`);
}

/**
 * Reads a value typed by a person (a CLI flag, a form field). Text is read exactly: "99999999999999999999"
 * is refused, not rounded to 1e20 and accepted.
 *
 * @throws SimpulError `ARGUMENT_INVALID` naming the parameter, its range and the text given.
 */
export function parseParameterText(descriptor: AnalysisDescriptor, parameter: AnalysisParameter, text: string): ParameterValue {
  const trimmed = text.trim();
  if (parameter.kind === 'time') {
    if (!accepts(parameter, trimmed)) throw invalid(descriptor, parameter, JSON.stringify(text));
    return trimmed;
  }
  const pattern = parameter.kind === 'integer' ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  const value = pattern.test(trimmed) ? Number(trimmed) : Number.NaN;
  // NOTE: an integer beyond 2^53 reads as a neighbouring number; only text that reads back the same is taken.
  const exact = parameter.kind === 'float' || String(value) === trimmed.replace(/^\+/, '').replace(/^(-?)0+(?=\d)/, '$1');
  if (!exact || !accepts(parameter, value)) throw invalid(descriptor, parameter, JSON.stringify(text));
  return value;
}

/**
 * Checks values that crossed a boundary (a worker message, a saved case, the UI): missing ones take
 * their default, unknown keys are ignored.
 *
 * @throws SimpulError `ARGUMENT_INVALID` naming the parameter when a value is not of the right kind or
 * lies outside its range.
 */
export function resolveParameters(descriptor: AnalysisDescriptor, raw: unknown): Record<string, ParameterValue> {
  const input: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  const values: Record<string, ParameterValue> = {};
  for (const parameter of descriptor.parameters) {
    const value = Object.hasOwn(input, parameter.id) && input[parameter.id] !== undefined ? input[parameter.id] : parameter.default;
    if (!accepts(parameter, value)) throw invalid(descriptor, parameter, JSON.stringify(value) ?? String(value));
    values[parameter.id] = value;
  }
  const from = values.from;
  const to = values.to;
  if (typeof from === 'string' && typeof to === 'string' && from !== '' && to !== '' && to < from) {
    throw new SimpulError('ARGUMENT_INVALID', `${descriptor.label}: the time window ends (${to}) before it starts (${from}).`);
  }
  return values;
}

/** The Louvain values, checked and typed (see `resolveParameters`). */
export function louvainValues(raw: unknown): LouvainValues {
  const values = resolveParameters(louvain, raw);
  const number = (id: string): number => (typeof values[id] === 'number' ? values[id] : 0);
  const text = (id: string): string => (typeof values[id] === 'string' ? values[id] : '');
  return { seed: number('seed'), resolution: number('resolution'), stabilityRuns: number('stabilityRuns'), from: text('from'), to: text('to') };
}
