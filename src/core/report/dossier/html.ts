// Text into HTML that stays text: markup escaped, bidi controls shown, user strings isolated.

import { translateCode, type Translate } from '../../i18n/translate.ts';
import { latinLetters, scriptNames } from '../transliterate.ts';

// NOTE: names come from scraped social media. A U+202E (right-to-left override) in a name would reverse
// the rest of the line ("gnp.exe" read as "exe.png"); embeddings, overrides and isolates are therefore
// shown as visible code points, and each user string sits in its own <bdi> so it cannot reorder its neighbours.
// Invisible C0 controls (NUL, BEL, ESC…) are shown the same way: evidence should not hide characters.
// eslint-disable-next-line no-control-regex
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Escapes `& < > " '` for element content and quoted attribute values. */
export function escapeHtml(value: string | number): string {
  const text = String(value);
  if (!/[&<>"']/.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Bidi and C0 control characters as visible `[U+202E]` markers; other text unchanged. */
export function showBidiControls(value: string): string {
  return value.replace(HIDDEN_CONTROLS, (char) => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Text from the evidence (names, keys, roles, notes), escaped and isolated: `<bdi>…</bdi>`. */
export function userText(value: string): string {
  return `<bdi>${escapeHtml(showBidiControls(value))}</bdi>`;
}

/** Text from the evidence for an attribute or SVG `<text>`, where `<bdi>` cannot go. */
export function userAttr(value: string): string {
  return escapeHtml(showBidiControls(value));
}

/** A table from header cells and row cells, all already HTML. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], className = ''): string {
  const head = `<thead><tr>${headers.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}>${head}<tbody>\n${body}\n</tbody></table>`;
}

/** `THB 1,200 · USD 40`, or an em dash. */
export function moneyText(amounts: Record<string, number>): string {
  const currencies = Object.keys(amounts).sort();
  if (currencies.length === 0) return '—';
  return currencies.map((currency) => `${userText(currency)} ${escapeHtml((amounts[currency] ?? 0).toLocaleString('en-US'))}`).join(' · ');
}

// NOTE: a reader's printer or PDF viewer may have no font for Burmese, Thai, Khmer, Lao or Chinese, and
// embedding Noto fonts for them would add megabytes (Chinese alone) to a dossier that must stay one small offline
// file. So a name written only in another script is followed by its Latin letters (any-ascii, see
// transliterate.ts), which print with any font; names in the scripts that most often lack a font also carry
// their Unicode code points, exact and re-typeable into another database. A name that already has a Latin form
// beside it (`Wang Weitao (王伟涛)`) is printed as it is.
const FONT_RISK = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u3400-\u4DBF\u4E00-\u9FFF\uA9E0-\uA9FF\uAA60-\uAA7F\uF900-\uFAFF]|[\u{20000}-\u{2FFFF}]/u;

/**
 * A name from the evidence; one written only in another script carries its Latin letters (and code points) beside it,
 * the script named in the reader's language when `t` is given.
 */
export function nameText(value: string, t?: Translate): string {
  const latin = latinLetters(value);
  if (latin === undefined || /[A-Za-z]{2}/.test(value)) return userText(value);
  const points = [...value].filter((char) => FONT_RISK.test(char)).map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  const exact = points.length > 0 ? ` <span class="points">${escapeHtml(points.join(' '))}</span>` : '';
  return `${userText(value)} <span class="translit">[${escapeHtml(scriptNames(value).map((name) => (t ? translateCode(t, 'dossier.script', name, undefined, name) : name)).join('/'))}: <span class="latin">${escapeHtml(latin)}</span>${exact}]</span>`;
}

/** A label for a picture, where space is short: the Latin letters of a name written only in another script, else the name. */
export function pictureLabel(value: string): string {
  const latin = latinLetters(value);
  return latin === undefined || /[A-Za-z]{2}/.test(value) ? value : latin;
}
