// FtM entity records and the value cleaning FtM's types expect (dates, lengths, empties), written as JSON lines.

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

// FtM's `text` type holds 65,000 characters; a hub's source list can be longer.
const TEXT_MAX = 60_000;
// `name` and `address` are capped at 384 and 250 characters by FtM; longer values are dropped on import.
const MAX_LENGTH = new Map([['name', 380], ['alias', 380], ['full', 250], ['recordId', 1000], ['transactionNumber', 1000]]);

// NOTE: a national case has a million links, each an FtM entity or more: building each as an object of arrays,
// sorting its keys and stringifying it was most of this export's time and garbage. An entity is written straight
// into its JSON line instead, property by property; the line is what JSON.stringify of the same entity gives
// ({id, schema, properties} with properties sorted by name, values distinct and non-empty, over-long ones clipped).
/** One FtM entity written as its JSON line: `start`, its properties (callers give them in name order), `line`. */
export class FtmLine {
  private head = '';
  private readonly names: string[] = [];
  private readonly parts: string[] = [];
  private ordered = true;

  start(schema: string, id: string): this {
    this.head = `{"id":${JSON.stringify(id)},"schema":${JSON.stringify(schema)},"properties":{`;
    this.names.length = 0;
    this.parts.length = 0;
    this.ordered = true;
    return this;
  }

  /** A property with one value; nothing when the value is absent or empty. */
  one(name: string, value: string | undefined | null): this {
    if (value === undefined || value === null || value === '') return this;
    const max = MAX_LENGTH.get(name);
    return this.put(name, `[${JSON.stringify(max === undefined ? value : clip(value, max))}]`);
  }

  /** A property with its values, distinct and non-empty, first seen first; nothing when none is left. */
  many(name: string, values: readonly string[]): this {
    if (values.length <= 1) return this.one(name, values[0]);
    const max = MAX_LENGTH.get(name);
    const kept = [...new Set(values.map((value) => (max === undefined ? value : clip(value, max))))].filter((value) => value !== '');
    return kept.length === 0 ? this : this.put(name, JSON.stringify(kept));
  }

  /** The entity's JSON line, newline included. */
  line(): string {
    if (this.ordered) return `${this.head}${this.parts.join(',')}}}\n`;
    let body = '';
    const order = this.names.map((_, index) => index).sort((a, b) => compare(this.names[a] ?? '', this.names[b] ?? ''));
    for (let index = 0; index < this.parts.length; index++) body += `${index === 0 ? '' : ','}${this.parts[order[index] ?? 0]}`;
    return `${this.head}${body}}}\n`;
  }

  private put(name: string, json: string): this {
    const last = this.names[this.names.length - 1];
    if (last !== undefined && compare(last, name) >= 0) this.ordered = false;
    this.names.push(name);
    this.parts.push(`"${name}":${json}`);
    return this;
  }
}

/** Array.prototype.sort's default order (UTF-16 code units), which JSON.stringify of a sorted record follows. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function list(value: string | undefined | null): string[] {
  return value ? [value] : [];
}

export function lowerCountry(code: string | undefined): string | undefined {
  return code ? code.toLowerCase() : undefined;
}

/** Free text clipped to what FtM's text type keeps. */
export function ftmText(value: string): string {
  return clip(value, TEXT_MAX);
}

const FTM_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?/;

// NOTE: FtM dates are ISO prefixes without a zone (`2024-01-03T08:12:00`); Simpul keeps times as written
// in the data's zone, so the zone suffix is dropped rather than converted.
/** An ISO date or date-time as FtM's date type reads it, or nothing. */
export function ftmDate(value: string | undefined): string | undefined {
  const match = value ? FTM_DATE.exec(value) : null;
  return match ? match[0] : undefined;
}

function clip(value: string, max: number): string {
  // A string no longer in UTF-16 units than the limit has no more characters than it either: nothing to count.
  if (value.length <= max) return value;
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}
