// A mapping that names a column the file does not have is an error, never silently ignored: the person meant a column.

import { SimpulError } from '../model/errors.ts';
import type { FileMapping } from './mapping.ts';

/** Throws MAPPING_UNKNOWN_COLUMN when the mapping states a role for a header the file does not have. */
export function checkMappedColumns(file: string, headers: readonly string[], mapping: FileMapping): void {
  const missing = Object.keys(mapping.columns ?? {}).filter((name) => !headers.includes(name));
  const first = missing[0];
  if (first === undefined) return;
  const hints = missing.map((name) => {
    const near = closestHeader(name, headers);
    return `"${name}"${near ? ` (did you mean "${near}"?)` : ''}`;
  });
  throw new SimpulError('MAPPING_UNKNOWN_COLUMN',
    `${file}: the mapping names ${missing.length === 1 ? 'a column' : 'columns'} the file's header does not have: ${hints.join(', ')}. ` +
    `The header has ${headers.map((header) => JSON.stringify(header)).join(', ')}. Fix the name in the mapping (as written in the file), or set headerLine if the header is another line.`,
    { file });
}

/** The header nearest to `name` by edit distance (case and spacing ignored), when it is close enough to be a typo. */
export function closestHeader(name: string, headers: readonly string[]): string | undefined {
  const want = fold(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const header of headers) {
    const distance = editDistance(want, fold(header));
    if (distance < bestDistance) {
      best = header;
      bestDistance = distance;
    }
  }
  // NOTE: more than a third of the name changed is another column, not a typo.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(want.length / 3)) ? best : undefined;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s_\-.]+/g, ' ').trim();
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
