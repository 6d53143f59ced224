// Aliases written into a name cell: `DEWI LESTARI als. MAMI DEWI` is one person, Dewi Lestari, also called Mami Dewi.

/**
 * Words that introduce another name of the same person, in the languages of the region's police and
 * rescue lists: Indonesian/Malay `als.`/`alias`, English `a.k.a.`/`aka`/`also known as`, Filipino `alyas`,
 * Vietnamese `bí danh`, Thai `ชื่อเล่น` (nickname) and `หรือ` (or), Chinese `又名`/`别名`/`化名`.
 * NOTE: a marker counts only as a whole word between spaces (or brackets/commas), so `Alias` as a given name at the
 * start, `Kalsum` or `Salsabila` are never split; a marker with no name on either side is no alias.
 */
const WORD_MARKERS = [
  'als\\.?', 'alias:?', 'alyas:?', 'a\\.\\s?k\\.\\s?a\\.?:?', 'aka:?', 'a/k/a', 'also known as', 'bí danh:?', 'bi danh:?',
  'ชื่อเล่น:?', 'หรือ', '又名', '别名', '化名',
];
// NOTE: `@` between spaces is the Malaysian/Myanmar alias mark (`Ahmad bin Ali @ Mat Rempit`); an `@` with no space
// on each side is an e-mail address or a handle (`ali@mail.my`, `@matrempit`), never an alias.
const MARKER = new RegExp(`(?:^|[\\s,(])(?:${WORD_MARKERS.join('|')})(?=[\\s]|$)|\\s@(?=\\s)`, 'giu');

/** What a name cell says: the person's name, and the other names written after alias markers (in order, no repeats). */
export interface NameAliases {
  name: string;
  aliases: string[];
}

/**
 * Splits a name cell at alias markers: the first part is the name, each later part an alias.
 * `RUDI HARTONO als. BANG RUDI als. PAK HAR` → `RUDI HARTONO` + [`BANG RUDI`, `PAK HAR`]. A cell whose parts before
 * or after a marker have no letter (`als. X`, `Dewi als.`) is returned whole, with no alias.
 */
export function splitAliases(cell: string): NameAliases {
  const text = cell.trim();
  const parts: string[] = [];
  let start = 0;
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  if (parts.length === 0) return { name: text, aliases: [] };
  parts.push(text.slice(start));
  const cleaned = parts.map(cleanPart);
  if (cleaned.some((part) => !/\p{L}/u.test(part))) return { name: text, aliases: [] };
  const [name = text, ...rest] = cleaned;
  const aliases: string[] = [];
  for (const alias of rest) if (alias.toLowerCase() !== name.toLowerCase() && !aliases.some((seen) => seen.toLowerCase() === alias.toLowerCase())) aliases.push(alias);
  return { name, aliases };
}

/** A part between markers without the punctuation around it: `(BANG RUDI)` → `BANG RUDI`, `Pak Har,` → `Pak Har`. */
function cleanPart(part: string): string {
  let text = part.trim().replace(/^[\s,;:(]+|[\s,;:]+$/gu, '');
  // A bracket opened before the marker (`Zhang Wei (a.k.a. Boss Zhang)`) closes after the alias.
  if (text.endsWith(')') && !text.includes('(')) text = text.slice(0, -1).trim();
  return text;
}

/** Joins an alias column's value and the aliases read from the name, without repeats: `Bang Rudi; Pak Har`. */
export function joinAliases(column: string | undefined, aliases: readonly string[]): string | undefined {
  const all: string[] = [];
  for (const value of [...(column ? column.split(/\s*;\s*/) : []), ...aliases]) {
    const trimmed = value.trim();
    if (trimmed !== '' && !all.some((seen) => seen.toLowerCase() === trimmed.toLowerCase())) all.push(trimmed);
  }
  return all.length > 0 ? all.join('; ') : undefined;
}
