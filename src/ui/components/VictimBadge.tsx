// Marks a victim so nobody reads them as a suspect: protective colour, plain words.
import { useWords } from '../i18n/I18nProvider.tsx';

export function VictimBadge() {
  const { t } = useWords();
  return <span className="badge victim" data-testid="victim-badge" title={t('victim.title')}>{t('victim.badge')}</span>;
}
