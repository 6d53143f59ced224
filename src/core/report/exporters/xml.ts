// XML text that every parser accepts: escaped markup, characters illegal in XML 1.0 dropped.

// NOTE: XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes; NUL, other C0
// controls, lone surrogates and U+FFFE/U+FFFF make a strict parser (networkx, Gephi) refuse the whole file.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes `& < > " '` and drops illegal characters; tab, LF and CR become references so attributes keep them. */
export function xmlText(value: string | number | boolean): string {
  return String(value)
    .replace(ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
