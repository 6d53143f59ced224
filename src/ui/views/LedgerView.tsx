// The row ledger: per file imported and rejected, rejected rows with line and reason, downloadable as CSV.
import { useState } from 'react';
import type { LedgerEntry } from '../../core/ingest/ledger.ts';
import { rejectedRowsCsv } from '../../core/workbench/rejectedCsv.ts';
import { downloadText } from '../format/download.ts';
import { KIND_LABELS } from '../format/labels.ts';
import { formatCount } from '../format/numbers.ts';

const SHOWN = 200;

export function LedgerView({ ledger }: { ledger: LedgerEntry[] }) {
  const rejected = ledger.reduce((sum, entry) => sum + entry.rejected.length, 0);
  const failed = ledger.filter((entry) => entry.error).length;
  return (
    <div className="ledger-view" data-testid="ledger">
      <div className="ledger-bar">
        <p>
          <strong>{formatCount(ledger.reduce((sum, entry) => sum + entry.imported, 0))}</strong> rows imported ·{' '}
          <strong>{formatCount(rejected)}</strong> rejected{failed > 0 ? ` · ${failed} ${failed === 1 ? 'file' : 'files'} not read` : ''}
        </p>
        <button type="button" className="button small" data-testid="download-rejected" disabled={rejected === 0 && failed === 0}
          onClick={() => downloadText('simpul-rejected-rows.csv', rejectedRowsCsv(ledger), 'text/csv;charset=utf-8')}>
          Download rejected rows (CSV)
        </button>
      </div>
      <table className="ledger-table">
        <thead>
          <tr><th>File</th><th>Kind</th><th className="num">Rows</th><th className="num">Imported</th><th className="num">Rejected</th><th className="num">Warnings</th></tr>
        </thead>
        <tbody>
          {ledger.map((entry) => (
            <tr key={entry.file} className={entry.error ? 'failed' : entry.rejected.length > 0 ? 'has-rejected' : ''} data-testid="ledger-file" data-file={entry.file}>
              <td className="mono">{entry.file}</td>
              <td>{entry.error ? <span className="badge error">{entry.error.code}</span> : entry.kind ? KIND_LABELS[entry.kind] : ''}</td>
              <td className="num">{formatCount(entry.rows)}</td>
              <td className="num">{formatCount(entry.imported)}</td>
              <td className="num">{formatCount(entry.rejected.length)}</td>
              <td className="num">{formatCount(entry.warnings.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ledger.filter((entry) => entry.error || entry.rejected.length > 0 || entry.warnings.length > 0 || entry.assumptions.length > 0).map((entry) => (
        <LedgerDetail key={entry.file} entry={entry} />
      ))}
    </div>
  );
}

function LedgerDetail({ entry }: { entry: LedgerEntry }) {
  const [all, setAll] = useState(false);
  const rows = all ? entry.rejected : entry.rejected.slice(0, SHOWN);
  return (
    <section className="ledger-detail">
      <h3 className="mono">{entry.file}</h3>
      {entry.error ? <p className="error-text">{entry.error.message}</p> : null}
      {entry.assumptions.length > 0 ? <ul className="assumptions">{entry.assumptions.map((text) => <li key={text}>{text}</li>)}</ul> : null}
      {rows.length > 0 ? (
        <table className="rejected-table">
          <thead><tr><th className="num">Line</th><th>Why it was rejected</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} data-testid="ledger-rejected-row" data-line={row.line}>
                <td className="num mono">{row.line}</td><td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {entry.rejected.length > SHOWN && !all ? <button type="button" className="link-button" onClick={() => setAll(true)}>Show all {formatCount(entry.rejected.length)}</button> : null}
      {entry.warnings.length > 0 ? (
        <details className="warnings">
          <summary>{formatCount(entry.warnings.length)} rows kept with a warning</summary>
          <ul>{entry.warnings.slice(0, SHOWN).map((warning, i) => <li key={`${warning.line}-${i}`}><span className="mono">line {warning.line}</span> {warning.message}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}
