// The start page's offer to pick up the case autosaved in this browser, or to wipe it.
import { useState } from 'react';
import type { StoredCaseInfo } from '../storage/caseStore.ts';
import { formatBytes } from '../format/numbers.ts';
import { WipeConfirm } from './CaseMenu.tsx';

export function RestoreOffer({ info, restoring, onRestore, onDiscard }: { info: StoredCaseInfo; restoring: boolean; onRestore: () => void; onDiscard: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const saved = new Date(info.savedAt);
  const when = Number.isNaN(saved.getTime()) ? info.savedAt : saved.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="restore-offer" data-testid="restore-offer">
      <div className="restore-text">
        <p className="restore-title">Continue the last case?</p>
        <p className="muted small">Autosaved in this browser {when} · {formatBytes(info.size)}{info.summary ? ` · ${info.summary}` : ''}</p>
      </div>
      <button type="button" className="button primary" data-testid="restore-case" disabled={restoring} onClick={onRestore}>
        {restoring ? 'Opening…' : 'Restore case'}
      </button>
      <button type="button" className="button" data-testid="discard-case" onClick={() => setConfirming(true)}>Discard</button>
      {confirming ? <WipeConfirm onConfirm={() => { setConfirming(false); onDiscard(); }} onCancel={() => setConfirming(false)} /> : null}
    </div>
  );
}
