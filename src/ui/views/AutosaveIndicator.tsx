// Whether the case on screen is kept in this browser: "autosaved 14:02", "saving…", or that it failed.
import type { AutosaveStatus } from '../state/useAutosave.ts';

export function AutosaveIndicator({ status }: { status: AutosaveStatus }) {
  const time = status.savedAt?.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const text = status.state === 'failed' ? 'not saved' : status.state === 'saved' && time ? `saved ${time}` : 'saving…';
  return (
    <span className={`autosave-status ${status.state}`} data-testid="autosave-status" data-state={status.state} data-saved-revision={status.savedRevision}
      data-revision={status.revision} title="The case is kept in this browser so it can be restored after closing the tab; Wipe case erases it">
      {text}
    </span>
  );
}
