// Provides the language, t() (react-i18next over core's catalogues) and Intl formatting to every view.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { countryNameIn, formatDate, formatMoney, formatNumber, withCountryNames } from '../../core/i18n/format.ts';
import { sayLabel } from '../../core/i18n/entityLabel.ts';
import type { Language } from '../../core/i18n/languages.ts';
import { sayCoded, type CodedText } from '../../core/i18n/coded.ts';
import { compiledTranslator, createI18n, translateCode, type MessageParams, type Translate } from '../../core/i18n/translate.ts';
import { applyLanguage, initialLanguage } from './language.ts';

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue>({ language: 'en', setLanguage: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const chosen = initialLanguage();
    applyLanguage(chosen);
    return chosen;
  });
  // One i18next instance for the page's life; changing language re-renders every useTranslation.
  const [i18n] = useState(() => createI18n(language, [initReactI18next]));
  const value = useMemo<LanguageContextValue>(() => ({
    language,
    setLanguage: (next) => {
      applyLanguage(next);
      void i18n.changeLanguage(next);
      setLanguageState(next);
    },
  }), [language, i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}

/** The current language and the way to change it. */
export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}

export interface Words {
  /** The message for a key in the current language (English when this language lacks it). */
  t: Translate;
  language: Language;
  /** A coded message (ledger reason, error) in the current language, or its recorded English text. */
  coded: (group: string, code: string | undefined, params: MessageParams | undefined, fallback: string) => string;
  /** A reason kept as code and figures (a broker's or key player's `whyCode`), or its recorded English `why`. */
  why: (item: { why?: string; whyCode?: CodedText }) => string | undefined;
  /** A hub's reason from its code and figures (`reasonCode`), or its recorded English. */
  reason: (item: { reason: string; reasonCode?: CodedText }) => string;
  /** Evidence lines of a file's or a column's reading, by their codes (`readingEvidence`) when they have them, else as recorded. */
  evidence: (lines: readonly string[], codes?: readonly CodedText[]) => string[];
  /** What to check in a file's reading, by its codes (`readingReview`), or the recorded English. */
  review: (item: { needsReview?: string; reviewNotes?: readonly { code: string; params: MessageParams }[] }) => string | undefined;
  /** A country's name in the current language (`PH` → `Filipina`), from Intl; undefined when Intl does not know it. */
  region: (code: string) => string | undefined;
  /** An entity's label as the reader reads it: the names Simpul made up (unknown counterparty, cash in/out) in their language. */
  label: (entity: { type: string; key: string; label: string }) => string;
  number: (value: number, fractionDigits?: number) => string;
  money: (amount: number, currency: string) => string;
  date: (iso: string, withTime?: boolean) => string;
}

/** Everything a view needs to speak the current language. */
// NOTE: the same catalogues and ICU messages as i18next, each compiled once: i18next's lookup cost up to ~1 ms a call
// in the page, and the cluster list's first rendering spent a quarter of a second in it. A message the compiled path
// cannot format (a tag-like text, a missing value) is left to i18next, which says it as before.
export function useWords(): Words {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(() => {
    const compiled = compiledTranslator(language);
    const translate: Translate = (key, params) => {
      try {
        return compiled(key, params);
      } catch {
        return t(key, params ?? {});
      }
    };
    return {
      t: translate,
      language,
      coded: (group, code, params, fallback) => translateCode(translate, group, code, params, fallback),
      why: (item) => (item.whyCode ? sayCoded(translate, 'why', item.whyCode, item.why ?? '') || item.why : item.why),
      reason: (item) => (item.reasonCode ? sayCoded(translate, 'why', item.reasonCode, item.reason) || item.reason : item.reason),
      evidence: (lines, codes) => lines.map((line, index) => (codes?.length === lines.length && codes[index] ? sayCoded(translate, 'readingEvidence', codes[index], line) || line : line)),
      review: (item) => {
        if (item.needsReview === undefined) return undefined;
        const said = (item.reviewNotes ?? []).map((note) => translateCode(translate, 'readingReview', note.code, withCountryNames(language, note.params), '')).filter(Boolean);
        return said.length > 0 && said.length === (item.reviewNotes ?? []).length ? said.join('; ') : item.needsReview;
      },
      region: (code) => countryNameIn(language, code),
      label: (entity) => sayLabel(translate, entity),
      number: (value, fractionDigits = 0) => formatNumber(language, value, fractionDigits),
      money: (amount, currency) => formatMoney(language, amount, currency),
      date: (iso, withTime = false) => formatDate(language, iso, withTime),
    };
  }, [t, language]);
}

