// Lets the investigator overrule hub detection for one entity; the clustering re-runs with the correction.
import type { HubChoice } from '../../core/workbench/hubOverrides.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

export function HubCorrection({ isHub, choice, onChoice }: { isHub: boolean; choice: HubChoice; onChoice: (choice: HubChoice) => void }) {
  const { t } = useWords();
  if (choice !== 'auto') {
    return (
      <button type="button" className="button small" data-testid="hub-auto" onClick={() => onChoice('auto')}
        title={t('hubs.undoTitle')}>
        {t('hubs.undo')}
      </button>
    );
  }
  return isHub ? (
    <button type="button" className="button small" data-testid="hub-never" onClick={() => onChoice('not-hub')}
      title={t('hubs.notHubTitle')}>
      {t('hubs.notHub')}
    </button>
  ) : (
    <button type="button" className="button small" data-testid="hub-force" onClick={() => onChoice('hub')}
      title={t('hubs.forceTitle')}>
      {t('hubs.force')}
    </button>
  );
}
