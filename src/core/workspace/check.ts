// Reading untrusted JSON into typed records: every check names the path a person can go and fix.

import { SimpulError } from '../model/errors.ts';

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

  /** A finite number; whole numbers stay within the safe integer range; `min`/`max` bound it. */
  number(value: unknown, at: string, rule: { integer?: boolean; min?: number; max?: number } = {}): number {
    if (typeof value !== 'number') this.fail(at, 'must be a number');
    if (!Number.isFinite(value)) this.fail(at, `is out of range (${value}): it must be a finite number`);
    if (rule.integer && !Number.isInteger(value)) this.fail(at, 'must be a whole number');
    if (rule.integer && !Number.isSafeInteger(value)) this.fail(at, `is out of range (${value}): whole numbers go up to ${Number.MAX_SAFE_INTEGER}`);
    if (rule.min !== undefined && value < rule.min) this.fail(at, `must be at least ${rule.min}, found ${value}`);
    if (rule.max !== undefined && value > rule.max) this.fail(at, `is out of range: it must be at most ${rule.max}, found ${value}`);
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

  // NOTE: keys come from data (column names, currencies, ids): a column called `prototype`, `constructor`
  // or `__proto__` is just a column. The record has no prototype, so no key can reach one.
  /** A JSON object used as a map (keys from data), as a null-prototype record; each value read by `read`. */
  map<T>(value: unknown, at: string, read: (item: unknown, at: string) => T): Record<string, T> {
    const result: Record<string, T> = Object.create(null) as Record<string, T>;
    for (const [key, item] of Object.entries(this.record(value, at))) result[key] = read(item, `${at}[${JSON.stringify(key)}]`);
    return result;
  }
}
