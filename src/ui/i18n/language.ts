// The interface language: chosen in the header, remembered in this browser, followed by <html lang>.
import { isLanguage, pickLanguage, type Language } from '../../core/i18n/languages.ts';

const STORAGE_KEY = 'simpul.language';

/** The remembered language, else the browser's preferred one we have, else English. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage blocked (file:// in some browsers, private mode): fall through
  }
  return pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** Remembers the language and tells the page (screen readers, hyphenation, the browser's spell checker). */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered: the choice still holds for this tab
  }
}
