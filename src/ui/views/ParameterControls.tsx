// The analysis parameters in the header, built from the algorithm registry; re-running keeps the resolved case.
import { useEffect, useMemo, useState } from 'react';
import { LOUVAIN, louvainValues, parseParameterText, type LouvainValues, type ParameterValue } from '../../core/analysis/registry.ts';
import type { RunParameters } from '../../worker/protocol.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const ANALYSIS = LOUVAIN;

export function ParameterControls({ parameters, modularity, busy, onRerun }: {
  parameters: RunParameters; modularity?: number; busy: boolean; onRerun: (parameters: LouvainValues) => void;
}) {
  const { t, coded } = useWords();
  const current = useMemo(() => louvainValues(parameters), [parameters]);
  const [texts, setTexts] = useState<Record<string, string>>(() => toTexts(current));
  useEffect(() => setTexts(toTexts(current)), [current]);
  let next: LouvainValues | undefined;
  let problem: string | undefined;
  try {
    const read: Record<string, ParameterValue> = {};
    for (const parameter of ANALYSIS.parameters) read[parameter.id] = parseParameterText(ANALYSIS, parameter, texts[parameter.id] ?? '');
    next = louvainValues(read);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const changed = next !== undefined && ANALYSIS.parameters.some((parameter) => next?.[parameter.id as keyof LouvainValues] !== current[parameter.id as keyof LouvainValues]);
  return (
    <form className="parameters" title={ANALYSIS.description}
      onSubmit={(event) => {
        event.preventDefault();
        if (next && changed) onRerun(next);
      }}>
      <span className="param-label">{coded('analysis', ANALYSIS.id, undefined, ANALYSIS.label)}</span>
      {ANALYSIS.parameters.map((parameter) => (
        <label key={parameter.id} title={parameter.description}>
          {coded('parameter', parameter.id, undefined, parameter.label).toLowerCase()}
          {parameter.kind === 'time' ? (
            <input className={`date${problem?.includes(`${parameter.label} `) ? ' invalid' : ''}`} data-testid={`param-${parameter.id}`} type="text"
              placeholder="YYYY-MM-DD" size={10} value={texts[parameter.id] ?? ''}
              onChange={(event) => setTexts({ ...texts, [parameter.id]: event.target.value })} />
          ) : (
            <input className={`num${problem?.includes(`${parameter.label} `) ? ' invalid' : ''}`} data-testid={`param-${parameter.id}`} type="number"
              min={parameter.min} max={parameter.max} step={parameter.step} value={texts[parameter.id] ?? ''}
              onChange={(event) => setTexts({ ...texts, [parameter.id]: event.target.value })} />
          )}
        </label>
      ))}
      {modularity !== undefined ? <span className="muted small" title={t('parameters.modularity')}>Q {modularity.toFixed(3)}</span> : null}
      <button type="submit" className="button small" disabled={!changed || busy} data-testid="rerun" title={problem ?? t('parameters.rerunTitle')}>
        {busy ? t('parameters.running') : t('parameters.rerun')}
      </button>
    </form>
  );
}

function toTexts(values: LouvainValues): Record<string, string> {
  return Object.fromEntries(ANALYSIS.parameters.map((parameter) => [parameter.id, String(values[parameter.id as keyof LouvainValues])]));
}
