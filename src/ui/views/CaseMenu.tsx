// The Case menu: new, save to disk, open from disk, and erase everything this browser keeps.
import { useRef, useState } from 'react';
import { HeaderMenu, MenuItem } from '../components/HeaderMenu.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';

export function CaseMenu({ busy, onNew, onSave, onOpen, onWipe }: {
  busy: boolean; onNew: () => void; onSave: () => void; onOpen: (file: File) => void; onWipe: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <HeaderMenu label="Case" testId="case-menu" busy={busy}>
        {(close) => (
          <>
            <MenuItem testId="save-case" label="Save case" detail="Everything to reopen it: *.simpul.json" disabled={busy} onChoose={() => { close(); onSave(); }} />
            <MenuItem testId="open-case" label="Open case…" detail="A file saved with Save case" disabled={busy} onChoose={() => { close(); input.current?.click(); }} />
            <MenuItem testId="new-case" label="New case" detail="Back to the start (this case stays autosaved)" onChoose={() => { close(); onNew(); }} />
            <MenuItem testId="wipe-case" label="Wipe case…" detail="Erase everything this browser keeps" onChoose={() => { close(); setConfirming(true); }} />
          </>
        )}
      </HeaderMenu>
      <input ref={input} className="visually-hidden" type="file" accept=".json,application/json" data-testid="open-case-input" tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onOpen(file);
        }} />
      {confirming ? <WipeConfirm onConfirm={() => { setConfirming(false); onWipe(); }} onCancel={() => setConfirming(false)} /> : null}
    </>
  );
}

/** The wipe confirmation, also used from the start page. */
export function WipeConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog title="Wipe this case from the browser?" confirmLabel="Wipe everything" testId="wipe-confirm" onConfirm={onConfirm} onCancel={onCancel}>
      <p>The case on screen and the copy autosaved in this browser are erased. Files saved with “Save case” and
        exports on disk are not touched.</p>
    </ConfirmDialog>
  );
}
