// Reading untrusted JSON into typed records: every check names the path a person can go and fix.

import { SimpulError } from '../model/errors.ts';

/** Keys that could reach an object's prototype when copied; refused anywhere in a case file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A checker bound to one file: failures become `CASE_FILE_INVALID` naming the file and the path. */
export class Check {
  readonly fileName: string;

  constructor(fileName: string) {
    this.fileName = fileName;
  }

  /** Throws CASE_FILE_INVALID: `<file>: <at> <message>`, or `<file> <message>` when `at` is empty. */
  fail(at: string, message: string): never {
    const where = at === '' ? this.fileName : `${this.fileName}: ${at}`;
    throw new SimpulError('CASE_FILE_INVALID', `${where} ${message}`, { file: this.fileName });
  }

  record(value: unknown, at: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(at, 'must be an object');
    return Object.fromEntries(Object.entries(value));
  }

  list(value: unknown, at: string, what = 'a list'): unknown[] {
    if (!Array.isArray(value)) this.fail(at, `must be ${what}`);
    return value;
  }

  string(value: unknown, at: string): string {
    if (typeof value !== 'string') this.fail(at, 'must be text');
    return value;
  }

  optionalString(value: unknown, at: string): string | undefined {
    return value === undefined ? undefined : this.string(value, at);
  }

  number(value: unknown, at: string, rule: { integer?: boolean; min?: number } = {}): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(at, 'must be a number');
    if (rule.integer && !Number.isInteger(value)) this.fail(at, 'must be a whole number');
    if (rule.min !== undefined && value < rule.min) this.fail(at, `must be at least ${rule.min}, found ${value}`);
    return value;
  }

  boolean(value: unknown, at: string): boolean {
    if (typeof value !== 'boolean') this.fail(at, 'must be true or false');
    return value;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined) this.fail(at, `must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}`);
    return found;
  }

  strings(value: unknown, at: string): string[] {
    return this.list(value, at, 'a list of text').map((item, i) => this.string(item, `${at}[${i}]`));
  }

  /** A JSON object used as a map; each value read by `read`, keys checked. */
  map<T>(value: unknown, at: string, read: (item: unknown, at: string) => T): Record<string, T> {
    const result: Record<string, T> = {};
    for (const [key, item] of Object.entries(this.record(value, at))) {
      if (FORBIDDEN_KEYS.has(key)) this.fail(`${at}["${key}"]`, 'is a forbidden key');
      result[key] = read(item, `${at}["${key}"]`);
    }
    return result;
  }
}

/** Walks parsed JSON once and refuses `__proto__`, `constructor` and `prototype` keys anywhere. */
export function refuseForbiddenKeys(check: Check, root: unknown): void {
  // NOTE: paths are built only for the failure; a large case has millions of values.
  interface Step { value: unknown; parent: Step | undefined; key: string }
  const pathOf = (step: Step | undefined): string => (step && step.parent ? `${pathOf(step.parent)}${step.key}` : '(top)');
  const stack: Step[] = [{ value: root, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const step = stack.pop();
    if (!step) break;
    const { value } = step;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, parent: step, key: `[${i}]` }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) check.fail(`${pathOf(step)}.${key}`, 'is a forbidden key (it could change how the program behaves)');
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: step, key: `.${key}` });
      }
    }
  }
}
