// A problem the person can act on, with its code, shown above the current screen.
import type { Problem } from '../state/workbenchState.ts';

export function ProblemBanner({ problem, onDismiss }: { problem: Problem; onDismiss: () => void }) {
  return (
    <div className="problem-banner" role="alert" data-testid="error-banner">
      <span className="badge error">{problem.code}</span>
      <span>{problem.message}</span>
      <button type="button" className="link-button" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
