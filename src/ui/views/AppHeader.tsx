// The header: name, case summary, parameters, search, room for the Export menu, the language, the tour and training.
import type { ReactNode } from 'react';
import { useWords } from '../i18n/I18nProvider.tsx';
import { HeaderMenu, MenuItem } from '../components/HeaderMenu.tsx';
import { LanguageSelect } from '../i18n/LanguageSelect.tsx';
import { useWorkshop } from '../training/WorkshopContext.tsx';

export function AppHeader({ summary, children, onNewCase }: { summary?: string; children?: ReactNode; onNewCase?: () => void }) {
  const { t } = useWords();
  const workshop = useWorkshop();
  return (
    <header className="app-header">
      <div className="brand"><span className="brand-mark" aria-hidden="true">◎</span> {t('app.name')}</div>
      {summary ? <div className="case-summary muted small">{summary}</div> : null}
      <div className="header-tools">{children}</div>
      {/* NOTE: beside the workbench's tools only the lock shows (its title says it); the start page has room for the word. */}
      <span className="offline-note" title={t('app.offlineTitle')}>{children ? '🔒' : t('app.offline')}</span>
      <HeaderMenu label={children ? '?' : t('app.help')} title={t('app.help')} testId="help-menu">
        {(close) => (
          <>
            <MenuItem testId="open-tour" label={t('app.tour')} detail={t('app.tourTitle')} onChoose={() => { close(); workshop.openTour(); }} />
            <MenuItem testId="open-training" label={t('app.training')} detail={t('app.trainingTitle')} onChoose={() => { close(); workshop.openTraining(); }} />
          </>
        )}
      </HeaderMenu>
      <LanguageSelect />
      {onNewCase ? <button type="button" className="button small" data-testid="new-case" onClick={onNewCase}>{t('app.newCase')}</button> : null}
    </header>
  );
}
