// Where an entity came from: file and line numbers, so every node can be checked against the evidence.
import { useState } from 'react';
import type { SourceLines } from '../../core/model/types.ts';

const SHOWN_LINES = 24;

export function Provenance({ sources }: { sources: SourceLines[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (sources.length === 0) return <p className="muted small">No source lines recorded.</p>;
  return (
    <ul className="provenance" data-testid="provenance">
      {sources.map((source) => {
        const all = open === source.file;
        const lines = all ? source.lines : source.lines.slice(0, SHOWN_LINES);
        return (
          <li key={source.file}>
            <span className="mono file">{source.file}</span>
            <span className="muted small"> · {source.lines.length} {source.lines.length === 1 ? 'line' : 'lines'}</span>
            <div className="lines mono">
              {lines.map((line) => `${source.file}:${line}`).join('  ')}
              {source.lines.length > SHOWN_LINES && !all ? (
                <button type="button" className="link-button" onClick={() => setOpen(source.file)}> … all {source.lines.length}</button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
