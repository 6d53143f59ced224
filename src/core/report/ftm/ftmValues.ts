// FtM entity records and the value cleaning FtM's types expect (dates, lengths, empties).

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

// FtM's `text` type holds 65,000 characters; a hub's source list can be longer.
const TEXT_MAX = 60_000;
// `name` and `address` are capped at 384 and 250 characters by FtM; longer values are dropped on import.
const MAX_LENGTH = new Map([['name', 380], ['alias', 380], ['full', 250], ['recordId', 1000], ['transactionNumber', 1000]]);

/** An entity with its properties sorted, values distinct and non-empty, over-long values clipped. */
export function make(schema: string, id: string, properties: Record<string, string[]>): FtmEntity {
  const kept: Record<string, string[]> = {};
  for (const name of Object.keys(properties).sort()) {
    const given = properties[name] ?? [];
    if (given.length === 0) continue;
    const max = MAX_LENGTH.get(name);
    const only = given[0];
    if (given.length === 1 && only !== undefined) {
      // NOTE: most properties hold one value: no Set, no intermediate arrays.
      if (only !== '') kept[name] = [max === undefined ? only : clip(only, max)];
      continue;
    }
    const values = given.length === 1
      ? given.filter((value) => value !== '').map((value) => (max === undefined ? value : clip(value, max)))
      : [...new Set(given.map((value) => (max === undefined ? value : clip(value, max))))].filter((value) => value !== '');
    if (values.length > 0) kept[name] = values;
  }
  return { id, schema, properties: kept };
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

// NOTE: FtM dates are ISO prefixes without a zone (`2024-01-03T08:12:00`); Simpul keeps times as written
// in the data's zone, so the zone suffix is dropped rather than converted.
/** An ISO date or date-time as FtM's date type reads it, or nothing. */
export function ftmDate(value: string | undefined): string[] {
  const match = value ? /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?/.exec(value) : null;
  return match ? [match[0]] : [];
}

function clip(value: string, max: number): string {
  // A string no longer in UTF-16 units than the limit has no more characters than it either: nothing to count.
  if (value.length <= max) return value;
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}
