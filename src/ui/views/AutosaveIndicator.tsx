// Whether the case on screen is kept in this browser: "autosaved 14:02", "saving…", or that it failed.
import type { AutosaveStatus } from '../state/useAutosave.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

export function AutosaveIndicator({ status }: { status: AutosaveStatus }) {
  const { t } = useWords();
  const time = status.savedAt?.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const text = status.state === 'failed' ? t('autosave.failed') : status.state === 'saved' && time ? t('autosave.saved', { time }) : t('autosave.saving');
  return (
    <span className={`autosave-status ${status.state}`} data-testid="autosave-status" data-state={status.state} data-saved-revision={status.savedRevision}
      data-revision={status.revision} title={t('autosave.title')}>
      {text}
    </span>
  );
}
