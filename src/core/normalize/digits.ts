// Digits of any script to ASCII: Thai, Lao, Myanmar, Khmer, Arabic-Indic, fullwidth… all mean 0–9.

// NOTE: the zero of each decimal-digit block; the nine digits follow it in order (Unicode guarantees
// contiguous runs for \p{Nd}). Listed rather than computed so a reader sees which scripts are covered.
const ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0be6, // Tamil
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x1090, // Myanmar Shan
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // fullwidth
];

const NATIVE_DIGIT = /\p{Nd}/u;
const NATIVE_DIGITS = /\p{Nd}/gu;

function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return char;
  for (const zero of ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return char;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The text with every decimal digit of a listed script as its ASCII digit (`๐๘๑` → `081`, `၀၉` → `09`,
 * `０８１` → `081`), and fullwidth `＋`, `－`, `．`, `，`, `／`, `：` as their ASCII forms. Other
 * characters are unchanged. Used on identifiers, amounts and dates, never on names.
 */
export function foldDigits(text: string): string {
  // NOTE: the common case, plain ASCII, has nothing to fold (\p{Nd} matches ASCII digits too, so test it first).
  if (isAscii(text)) return text;
  if (!NATIVE_DIGIT.test(text) && !/[\uff0b\uff0c-\uff0f\uff1a]/.test(text)) return text;
  return text
    .replace(NATIVE_DIGITS, asciiDigit)
    .replace(/[\uff0b\uff0c-\uff0f\uff1a]/g, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) - 0xfee0));
}

// NOTE: one cell may name several identifiers (`0813-2222-3333 / 0878-4444-5555`, `…; …`, `… & …`, one per
// line); callers split only when every part reads on its own, so `123/456` that reads whole stays whole.
const SEVERAL = /\s*(?:[/;&|\n\r])\s*/;

/** The parts of a cell that may hold several identifiers; one part when there is no separator. */
export function splitIdentifiers(cell: string): string[] {
  // NOTE: an export may write several identifiers as JSON in one cell (`{"TRC20":"T…","ERC20":"0x…"}`, `["0812…"]`):
  // its string and number values are the parts (JSON.parse only; the keys name networks, not identifiers).
  const trimmed = cell.trim();
  if (/^[[{][\s\S]*[\]}]$/.test(trimmed)) {
    const leaves = jsonLeaves(trimmed);
    if (leaves) return leaves;
  }
  return cell.split(SEVERAL).filter((part) => part !== '');
}

function jsonLeaves(text: string): string[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const leaves: string[] = [];
  const walk = (item: unknown, depth: number): void => {
    if (depth > 4 || leaves.length > 50) return;
    if (typeof item === 'string' && item.trim() !== '') leaves.push(item.trim());
    else if (typeof item === 'number' && Number.isFinite(item)) leaves.push(String(item));
    else if (Array.isArray(item)) for (const entry of item) walk(entry, depth + 1);
    else if (item !== null && typeof item === 'object') for (const entry of Object.values(item)) walk(entry, depth + 1);
  };
  walk(value, 0);
  return leaves.length > 0 ? leaves : undefined;
}
