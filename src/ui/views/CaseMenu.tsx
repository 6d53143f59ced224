// The Case menu: new, save to disk, open from disk, and erase everything this browser keeps.
import { useRef, useState } from 'react';
import { HeaderMenu, MenuItem } from '../components/HeaderMenu.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';

export function CaseMenu({ busy, onNew, onSave, onOpen, onWipe }: {
  busy: boolean; onNew: () => void; onSave: () => void; onOpen: (file: File) => void; onWipe: () => void;
}) {
  const { t } = useWords();
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <HeaderMenu label={t('caseMenu.label')} testId="case-menu" busy={busy}>
        {(close) => (
          <>
            <MenuItem testId="save-case" label={t('caseMenu.save')} detail={t('caseMenu.saveDetail')} disabled={busy} onChoose={() => { close(); onSave(); }} />
            <MenuItem testId="open-case" label={t('caseMenu.open')} detail={t('caseMenu.openDetail')} disabled={busy} onChoose={() => { close(); input.current?.click(); }} />
            <MenuItem testId="new-case" label={t('caseMenu.new')} detail={t('caseMenu.newDetail')} onChoose={() => { close(); onNew(); }} />
            <MenuItem testId="wipe-case" label={t('caseMenu.wipe')} detail={t('caseMenu.wipeDetail')} onChoose={() => { close(); setConfirming(true); }} />
          </>
        )}
      </HeaderMenu>
      <input ref={input} className="visually-hidden" type="file" accept=".json,.gz,application/json,application/gzip" data-testid="open-case-input" tabIndex={-1}
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
  const { t } = useWords();
  return (
    <ConfirmDialog title={t('wipe.title')} confirmLabel={t('wipe.confirm')} testId="wipe-confirm" onConfirm={onConfirm} onCancel={onCancel}>
      <p>{t('wipe.body')}</p>
    </ConfirmDialog>
  );
}
