// The header: name, case summary, parameters, search, room for the Export menu, and the language.
import type { ReactNode } from 'react';
import { useWords } from '../i18n/I18nProvider.tsx';
import { LanguageSelect } from '../i18n/LanguageSelect.tsx';

export function AppHeader({ summary, children, onNewCase }: { summary?: string; children?: ReactNode; onNewCase?: () => void }) {
  const { t } = useWords();
  return (
    <header className="app-header">
      <div className="brand"><span className="brand-mark" aria-hidden="true">◎</span> {t('app.name')}</div>
      {summary ? <div className="case-summary muted small">{summary}</div> : null}
      <div className="header-tools">{children}</div>
      <span className="offline-note" title={t('app.offlineTitle')}>{t('app.offline')}</span>
      <LanguageSelect />
      {onNewCase ? <button type="button" className="button small" data-testid="new-case" onClick={onNewCase}>{t('app.newCase')}</button> : null}
    </header>
  );
}
