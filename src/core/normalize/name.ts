// People's names as written, cleaned of invisible characters, and a lower-case key for matching them.

// Bidi embeddings/overrides/isolates and marks, zero-width space, word joiner and BOM: invisible, and they
// make two identical-looking names differ. NOTE: ZWNJ/ZWJ (U+200C/D) are kept; some scripts need them.
const INVISIBLE = /[\u200b\u200e\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A name as a person wrote it, made comparable: NFC, whitespace (tabs, newlines, no-break spaces)
 * collapsed to single spaces and trimmed, control characters and bidi override/isolate characters
 * (U+202A–U+202E, U+2066–U+2069) removed. Any script is kept as written; case is kept.
 */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Key for matching people without an id: {@link normalizeName}, then a locale-independent lower-case
 * (`toLowerCase`, never `toLocaleLowerCase`, so a Turkish or Lithuanian browser gives the same key).
 */
export function nameKey(raw: string): string {
  return normalizeName(raw).toLowerCase();
}

/**
 * The key of a person (or place) known only by a name: `name:` and its {@link nameKey}. NOTE: the one
 * place such keys are made, so a name read by any reader gives the same key, and build-time resolution
 * of references written as names (resolve/caseBuilder.ts) can find it.
 */
export function keyFromName(raw: string): string {
  return `name:${nameKey(raw)}`;
}

/** True for a key made by {@link keyFromName}. */
export function isNameKey(key: string): boolean {
  return key.startsWith('name:');
}
