// Where an entity came from: file and line numbers, so every node can be checked against the evidence.
import { useState } from 'react';
import type { SourceLines } from '../../core/model/types.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const SHOWN_LINES = 24;

export function Provenance({ sources }: { sources: SourceLines[] }) {
  const { t, number } = useWords();
  const [open, setOpen] = useState<string | null>(null);
  if (sources.length === 0) return <p className="muted small">{t('provenance.none')}</p>;
  return (
    <ul className="provenance" data-testid="provenance">
      {sources.map((source) => {
        const all = open === source.file;
        const lines = all ? source.lines : source.lines.slice(0, SHOWN_LINES);
        return (
          <li key={source.file}>
            <span className="mono file">{source.file}</span>
            <span className="muted small"> · {t('provenance.lines', { count: source.lines.length })}</span>
            <div className="lines mono">
              {lines.map((line) => `${source.file}:${line}`).join('  ')}
              {source.lines.length > SHOWN_LINES && !all ? (
                <button type="button" className="link-button" onClick={() => setOpen(source.file)}>{' '}{t('provenance.all', { count: number(source.lines.length) })}</button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
