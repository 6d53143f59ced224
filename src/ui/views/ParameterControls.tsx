// The analysis parameters in the header, built from the algorithm registry; re-running keeps the resolved case.
import { useEffect, useMemo, useState } from 'react';
import { findAnalysis, resolveParameters } from '../../core/analysis/registry.ts';
import type { RunParameters } from '../../worker/protocol.ts';

const ANALYSIS = findAnalysis('louvain');

export function ParameterControls({ parameters, modularity, busy, onRerun }: {
  parameters: RunParameters; modularity?: number; busy: boolean; onRerun: (parameters: RunParameters) => void;
}) {
  const current = useMemo<Record<string, number>>(() => ({ seed: parameters.seed, resolution: parameters.resolution }), [parameters]);
  const [texts, setTexts] = useState<Record<string, string>>(() => toTexts(current));
  useEffect(() => setTexts(toTexts(current)), [current]);
  if (!ANALYSIS) return null;
  let next: Record<string, number> | undefined;
  let problem: string | undefined;
  try {
    next = resolveParameters(ANALYSIS, Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, text.trim() === '' ? Number.NaN : Number(text)])));
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const changed = next !== undefined && Object.keys(next).some((id) => next?.[id] !== current[id]);
  return (
    <form className="parameters" title={ANALYSIS.description}
      onSubmit={(event) => {
        event.preventDefault();
        if (next && changed) onRerun({ seed: next.seed ?? parameters.seed, resolution: next.resolution ?? parameters.resolution });
      }}>
      <span className="param-label">{ANALYSIS.label}</span>
      {ANALYSIS.parameters.map((parameter) => (
        <label key={parameter.id} title={parameter.description}>
          {parameter.label.toLowerCase()}
          <input className={`num${problem?.includes(parameter.label) ? ' invalid' : ''}`} data-testid={`param-${parameter.id}`} type="number"
            min={parameter.min} max={parameter.max} step={parameter.step} value={texts[parameter.id] ?? ''}
            onChange={(event) => setTexts({ ...texts, [parameter.id]: event.target.value })} />
        </label>
      ))}
      {modularity !== undefined ? <span className="muted small" title="Modularity of the partition (higher: clearer clusters)">Q {modularity.toFixed(3)}</span> : null}
      <button type="submit" className="button small" disabled={!changed || busy} data-testid="rerun" title={problem ?? 'Run the clustering again with these values'}>
        {busy ? 'Running…' : 'Re-run'}
      </button>
    </form>
  );
}

function toTexts(values: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, String(value)]));
}
