// Remarks and aliases written into a name cell: `Pham Quoc Bao (arrested)` is a person and a note about him,
// `Wang Weitao (王伟涛)` and `Somchai Jaidee [a.k.a. Ko Som]` are a person and another name of his.

/** A name cell read apart: the name, and what a closing bracket added to it (a remark, or an alias). */
export interface NameCell {
  name: string;
  remark?: string;
  alias?: string;
}

// NOTE: what makes a bracket an alias is positive evidence, never its look alone: a marker (`a.k.a.`, `alias`,
// `als.`, `dit`, `t/n`), quotes (`("Tina")`), or a script other than the name's (a Latin name with its Chinese,
// Thai or Burmese writing). Anything else in brackets is a remark (`arrested`, `deceased 2024`, `DPO`, `Lao Ban`):
// kept beside the person as written, never in the name, where it would stop the name matching other files.
const ALIAS_MARK = /^(?:a\.?\s?k\.?\s?a\.?|alias|als\.?|also known as|nickname|nick|dit|t\/n|aka)\s*[:.-]?\s+/iu;
const QUOTED = /^["'“”‘’«»「」『』](.+?)["'“”‘’«»「」『』]$/u;
const BRACKETED = /^(.*?\S)(\s*)(?:\(([^()]+)\)|\[([^[\]]+)\]|（([^（）]+)）)$/u;

/** The script of a text's letters (`Latin`, `Han`, `Thai`…), or undefined when it mixes scripts or has no letter. */
function scriptOf(text: string): string | undefined {
  const scripts = new Set<string>();
  for (const letter of text.match(/\p{L}/gu) ?? []) {
    const script = SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'other';
    scripts.add(script);
    if (scripts.size > 1) return undefined;
  }
  return scripts.values().next().value;
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u], ['Han', /\p{Script=Han}/u], ['Thai', /\p{Script=Thai}/u], ['Myanmar', /\p{Script=Myanmar}/u],
  ['Khmer', /\p{Script=Khmer}/u], ['Lao', /\p{Script=Lao}/u], ['Arabic', /\p{Script=Arabic}/u], ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hangul', /\p{Script=Hangul}/u], ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** A name cell read apart: a closing bracket's text is an alias where the cell says so (see ALIAS_MARK), else a remark. */
export function readNameCell(cell: string): NameCell {
  const text = cell.trim();
  const match = BRACKETED.exec(text);
  const name = match?.[1]?.trim();
  const inner = (match?.[3] ?? match?.[4] ?? match?.[5])?.trim();
  // NOTE: a cell that is only a bracket, or whose part before it has no letter (`(arrested)`, `12 (x)`), is not a name with a remark.
  if (!name || !inner || !/\p{L}/u.test(name)) return { name: text };
  // NOTE: a Latin bracket glued to the word before it (`=HYPERLINK("http://evil","x")`, `f(x)`) is part of that word, not
  // a remark written after a name — unless it holds another script (`Wang Weitao(王伟涛)`), or is a full-width bracket,
  // which CJK text writes without a space.
  const glued = match?.[2] === '' && match?.[5] === undefined;
  if (glued && !(scriptOf(name) && scriptOf(inner) && scriptOf(name) !== scriptOf(inner))) return { name: text };
  const marked = ALIAS_MARK.exec(inner);
  if (marked) return { name, alias: unquote(inner.slice(marked[0].length)) };
  const quoted = QUOTED.exec(inner);
  if (quoted?.[1]) return { name, alias: quoted[1].trim() };
  const own = scriptOf(name);
  const other = scriptOf(inner);
  if (own && other && own !== other) return { name, alias: inner };
  return { name, remark: inner };
}

function unquote(text: string): string {
  return QUOTED.exec(text.trim())?.[1]?.trim() ?? text.trim();
}
