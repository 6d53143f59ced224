// A header dropdown: a button that opens a list of actions; closes on a choice, Escape or a click elsewhere.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function HeaderMenu({ label, title, testId, busy, children }: {
  label: string; title?: string; testId: string; busy?: boolean;
  /** The items, given a `close` to call once one is chosen. */
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="header-menu" ref={root}>
      <button type="button" className="button small" aria-haspopup="menu" aria-expanded={open} data-testid={testId} title={title} aria-label={title} onClick={() => setOpen(!open)}>
        {busy ? <span className="spinner" aria-hidden="true" /> : null}{label} ▾
      </button>
      {open ? <div className="menu-popover" role="menu">{children(() => setOpen(false))}</div> : null}
    </div>
  );
}

/** One action in a HeaderMenu. */
export function MenuItem({ label, detail, testId, disabled, title, onChoose }: {
  label: string; detail?: string; testId: string; disabled?: boolean; title?: string; onChoose: () => void;
}) {
  return (
    <button type="button" role="menuitem" className="menu-item" data-testid={testId} disabled={disabled} title={title} onClick={onChoose}>
      <span className="menu-label">{label}</span>
      {detail ? <span className="menu-detail">{detail}</span> : null}
    </button>
  );
}
