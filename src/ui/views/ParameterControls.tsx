// The analysis parameters (seed, resolution) in the header; re-running keeps the resolved case.
import { useEffect, useState } from 'react';
import type { RunParameters } from '../../worker/protocol.ts';

export function ParameterControls({ parameters, modularity, busy, onRerun }: {
  parameters: RunParameters; modularity?: number; busy: boolean; onRerun: (parameters: RunParameters) => void;
}) {
  const [seed, setSeed] = useState(String(parameters.seed));
  const [resolution, setResolution] = useState(String(parameters.resolution));
  useEffect(() => {
    setSeed(String(parameters.seed));
    setResolution(String(parameters.resolution));
  }, [parameters]);
  const next = { seed: Math.trunc(Number(seed)), resolution: Number(resolution) };
  const valid = Number.isFinite(next.seed) && Number.isFinite(next.resolution) && next.resolution > 0;
  const changed = valid && (next.seed !== parameters.seed || next.resolution !== parameters.resolution);
  return (
    <form className="parameters" onSubmit={(event) => { event.preventDefault(); if (valid) onRerun(next); }} title="Louvain community detection; the same seed gives the same clusters">
      <span className="param-label">Louvain</span>
      <label>seed <input className="num" data-testid="param-seed" value={seed} onChange={(event) => setSeed(event.target.value)} inputMode="numeric" /></label>
      <label>resolution <input className="num" data-testid="param-resolution" value={resolution} onChange={(event) => setResolution(event.target.value)} inputMode="decimal" /></label>
      {modularity !== undefined ? <span className="muted small" title="Modularity of the partition">Q {modularity.toFixed(3)}</span> : null}
      <button type="submit" className="button small" disabled={!changed || busy} data-testid="rerun">{busy ? 'Running…' : 'Re-run'}</button>
    </form>
  );
}
