// The header: name, case summary, parameters, search, and room for the Export menu.
import type { ReactNode } from 'react';

export function AppHeader({ summary, children, onNewCase }: { summary?: string; children?: ReactNode; onNewCase?: () => void }) {
  return (
    <header className="app-header">
      <div className="brand"><span className="brand-mark" aria-hidden="true">◎</span> Simpul</div>
      {summary ? <div className="case-summary muted small">{summary}</div> : null}
      <div className="header-tools">{children}</div>
      <span className="offline-note" title="No network requests are made: your files stay on this computer">🔒 offline</span>
      {onNewCase ? <button type="button" className="button small" data-testid="new-case" onClick={onNewCase}>New case</button> : null}
    </header>
  );
}
