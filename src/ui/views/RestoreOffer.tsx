// The start page's offer to pick up the case autosaved in this browser, or to wipe it.
import { useState } from 'react';
import type { StoredCaseInfo } from '../storage/caseStore.ts';
import { formatBytes } from '../format/numbers.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { WipeConfirm } from './CaseMenu.tsx';

export function RestoreOffer({ info, restoring, onRestore, onDiscard }: { info: StoredCaseInfo; restoring: boolean; onRestore: () => void; onDiscard: () => void }) {
  const { t, date } = useWords();
  const [confirming, setConfirming] = useState(false);
  // NOTE: the save time is shown in the computer's own time zone, so it matches the clock on the wall.
  const saved = new Date(info.savedAt);
  const local = Number.isNaN(saved.getTime()) ? '' : new Date(saved.getTime() - saved.getTimezoneOffset() * 60_000).toISOString();
  const when = local ? date(local, true) : info.savedAt;
  return (
    <div className="restore-offer" data-testid="restore-offer">
      <div className="restore-text">
        <p className="restore-title">{t('restore.title')}</p>
        <p className="muted small">{info.summary ? t('restore.detailSummary', { when, size: formatBytes(info.size), summary: info.summary }) : t('restore.detail', { when, size: formatBytes(info.size) })}</p>
      </div>
      <button type="button" className="button primary" data-testid="restore-case" disabled={restoring} onClick={onRestore}>
        {restoring ? t('restore.opening') : t('restore.restore')}
      </button>
      <button type="button" className="button" data-testid="discard-case" onClick={() => setConfirming(true)}>{t('restore.discard')}</button>
      {confirming ? <WipeConfirm onConfirm={() => { setConfirming(false); onDiscard(); }} onCancel={() => setConfirming(false)} /> : null}
    </div>
  );
}
