// XML text that every parser accepts: escaped markup, characters illegal in XML 1.0 dropped.

// NOTE: XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes; NUL, other C0
// controls, lone surrogates and U+FFFE/U+FFFF make a strict parser (networkx, Gephi) refuse the whole file.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Any character `xmlText` changes: a value with none of them is written as it is (most are). */
const NEEDS_WORK = /[^\u0020-\u0021\u0023-\u0025\u0028-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]/;

/** Escapes `& < > " '` and drops illegal characters; tab, LF and CR become references so attributes keep them. */
export function xmlText(value: string | number | boolean): string {
  // A number or a flag is written with digits, letters, `.`, `+` and `-` only: nothing to escape.
  if (typeof value !== 'string') return String(value);
  const text = value;
  if (!NEEDS_WORK.test(text)) return text;
  return text
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

const NAME_CHAR = /[A-Za-z0-9._-]/;

// NOTE: GraphML's `attr.name` is an NMTOKEN, and libxml2 reads NMTOKENs by XML 1.0's older character tables, in
// which a Burmese currency word or a space is not allowed. Anything outside ASCII letters, digits, `.`, `_` and
// `-` is written as `_xHHHH_`, the escape .NET's XmlConvert.EncodeName uses, so `amount_US D` reads back
// unambiguously as `amount_US_x0020_D`; plain ISO codes (`amount_USD`) are untouched.
/** A name safe as an XML NMTOKEN: characters other than `A-Z a-z 0-9 . _ -` become `_xHHHH_`. */
export function xmlNameToken(name: string): string {
  let out = '';
  for (const char of name) out += NAME_CHAR.test(char) ? char : `_x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}_`;
  return out === '' ? '_' : out;
}
