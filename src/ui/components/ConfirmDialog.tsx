// An in-page confirmation (never window.confirm): a modal card with the consequence spelled out.
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useWords } from '../i18n/I18nProvider.tsx';

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, testId }: {
  title: string; children: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void; testId: string;
}) {
  const { t } = useWords();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [onCancel]);
  // NOTE: in a portal, so a dialog opened from the header does not take on the header's colours.
  return createPortal(
    <div className="overlay" role="presentation">
      <div className="confirm-card" role="alertdialog" aria-modal="true" aria-labelledby={`${testId}-title`} data-testid={testId}>
        <h2 id={`${testId}-title`}>{title}</h2>
        <div className="confirm-body">{children}</div>
        <div className="confirm-actions">
          <button type="button" className="button" ref={cancel} onClick={onCancel} data-testid={`${testId}-cancel`}>{t('common.cancel')}</button>
          <button type="button" className="button danger" onClick={onConfirm} data-testid={`${testId}-confirm`}>{confirmLabel}</button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
