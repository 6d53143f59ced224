// Lets the investigator overrule hub detection for one entity; the clustering re-runs with the correction.
import type { HubChoice } from '../../core/workbench/hubOverrides.ts';

export function HubCorrection({ isHub, choice, onChoice }: { isHub: boolean; choice: HubChoice; onChoice: (choice: HubChoice) => void }) {
  if (choice !== 'auto') {
    return (
      <button type="button" className="button small" data-testid="hub-auto" onClick={() => onChoice('auto')}
        title="Drop your correction and let the rule decide again (re-runs the clustering)">
        Undo hub correction
      </button>
    );
  }
  return isHub ? (
    <button type="button" className="button small" data-testid="hub-never" onClick={() => onChoice('not-hub')}
      title="This is not noise: keep it in the clustering (re-runs the clustering)">
      Not a hub
    </button>
  ) : (
    <button type="button" className="button small" data-testid="hub-force" onClick={() => onChoice('hub')}
      title="Set it aside as noise, like a call centre or a bank hotline (re-runs the clustering)">
      Treat as hub
    </button>
  );
}
