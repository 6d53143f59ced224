// The language menu in the header (test hook `language-select`, values `en`, `id`, `th`).
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../core/i18n/languages.ts';
import { useLanguage, useWords } from './I18nProvider.tsx';

export function LanguageSelect() {
  const { language, setLanguage } = useLanguage();
  const { t } = useWords();
  return (
    <select className="language-select small" data-testid="language-select" aria-label={t('app.language')} value={language}
      onChange={(event) => { if (isLanguage(event.currentTarget.value)) setLanguage(event.currentTarget.value); }}>
      {LANGUAGES.map((code) => <option key={code} value={code} lang={code}>{LANGUAGE_NAMES[code]}</option>)}
    </select>
  );
}
