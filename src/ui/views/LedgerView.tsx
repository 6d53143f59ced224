// The row ledger: per file imported and rejected, rejected rows with line and reason, downloadable as CSV.
import { useState } from 'react';
import type { LedgerEntry } from '../../core/ingest/ledger.ts';
import { rejectedRowsCsv } from '../../core/workbench/rejectedCsv.ts';
import { downloadText } from '../format/download.ts';
import { useWords, type Words } from '../i18n/I18nProvider.tsx';

const SHOWN = 200;

export function LedgerView({ ledger }: { ledger: LedgerEntry[] }) {
  const { t, coded, number, language } = useWords();
  // NOTE: the downloaded CSV speaks the reader's language too (in English its header stays `file,line,reason`).
  const csvWords = {
    headers: [t('ledger.file'), t('ledger.line'), t('ledger.why')] as const,
    reason: (row: LedgerEntry['rejected'][number]) => coded('ledger.code', row.code, row.params, row.reason),
    error: (error: NonNullable<LedgerEntry['error']>) => `${coded('error', error.code, undefined, error.message)} (${errorDetail(error, coded)})`,
  };
  const rejected = ledger.reduce((sum, entry) => sum + entry.rejected.length, 0);
  const failed = ledger.filter((entry) => entry.error).length;
  return (
    <div className="ledger-view" data-testid="ledger">
      <div className="ledger-bar">
        <p>
          {t(failed > 0 ? 'ledger.summaryFailed' : 'ledger.summary', { imported: ledger.reduce((sum, entry) => sum + entry.imported, 0), rejected: number(rejected), failed })}
        </p>
        <button type="button" className="button small" data-testid="download-rejected" disabled={rejected === 0 && failed === 0}
          onClick={() => downloadText('simpul-rejected-rows.csv', rejectedRowsCsv(ledger, language === 'en' ? undefined : csvWords), 'text/csv;charset=utf-8')}>
          {t('ledger.download')}
        </button>
      </div>
      <table className="ledger-table">
        <thead>
          <tr><th>{t('ledger.file')}</th><th>{t('ledger.kind')}</th><th className="num">{t('ledger.rows')}</th><th className="num">{t('ledger.imported')}</th><th className="num">{t('ledger.rejected')}</th><th className="num">{t('ledger.warnings')}</th></tr>
        </thead>
        <tbody>
          {ledger.map((entry) => (
            <tr key={entry.file} className={entry.error || (entry.rows > 0 && entry.imported === 0) ? 'failed' : entry.rejected.length > 0 ? 'has-rejected' : ''} data-testid="ledger-file" data-file={entry.file}>
              <td className="mono">{entry.file}</td>
              <td>{entry.error ? <span className="badge error" title={entry.error.code} data-code={entry.error.code}>{coded('errorBadge', entry.error.code, undefined, t('errorBadge.other'))}</span> : entry.kind ? t(`kind.${entry.kind}`) : ''}</td>
              <td className="num">{number(entry.rows)}</td>
              <td className="num">{number(entry.imported)}</td>
              <td className="num">{number(entry.rejected.length)}</td>
              <td className="num">{number(entry.warnings.length)}</td>
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
  const { t, coded, number } = useWords();
  const [all, setAll] = useState(false);
  const rows = all ? entry.rejected : entry.rejected.slice(0, SHOWN);
  return (
    <section className="ledger-detail">
      <h3 className="mono">{entry.file}</h3>
      {entry.error ? <p className="error-text">{coded('error', entry.error.code, undefined, entry.error.message)}{coded('error', entry.error.code, undefined, entry.error.message) !== entry.error.message ? <span className="muted small"> ({errorDetail(entry.error, coded)})</span> : null}</p> : null}
      {entry.assumptions.length > 0 ? <ul className="assumptions">{entry.assumptions.map((text) => <li key={text} data-label={t('review.assumed')}>{assumptionText(entry, text, coded)}</li>)}</ul> : null}
      {rows.length > 0 ? (
        <table className="rejected-table">
          <thead><tr><th className="num">{t('ledger.line')}</th><th>{t('ledger.why')}</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} data-testid="ledger-rejected-row" data-line={row.line}>
                <td className="num mono">{row.line}</td><td>{coded('ledger.code', row.code, row.params, row.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {entry.rejected.length > SHOWN && !all ? <button type="button" className="link-button" onClick={() => setAll(true)}>{t('common.showAll', { count: number(entry.rejected.length) })}</button> : null}
      {entry.warnings.length > 0 ? (
        <details className="warnings">
          <summary>{t('ledger.warningRows', { count: entry.warnings.length })}</summary>
          <ul>{entry.warnings.slice(0, SHOWN).map((warning, i) => <li key={`${warning.line}-${i}`}><span className="mono">{t('ledger.lineNumber', { line: warning.line })}</span> {coded('ledger.code', warning.code, warning.params, warning.message)}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}

/** An assumption in the reader's language when its coded form has a message, else as recorded. */
function assumptionText(entry: LedgerEntry, text: string, coded: Words['coded']): string {
  const note = entry.notes?.find((item) => item.text === text);
  return note ? coded('ledger.code', note.code, note.params, text) : text;
}

/** Why a file was not read, by its codes in the reader's language when each has a message, else the recorded English. */
/** An unread file's reasons in the reader's language where they are coded, else as written. */
export function errorDetail(error: { message: string; detail?: readonly { code: string; params?: Record<string, string | number> }[] }, coded: Words['coded']): string {
  const said = (error.detail ?? []).map((item) => coded('readingReview', item.code, item.params, ''));
  return said.length > 0 && said.every(Boolean) ? said.join('; ') : error.message;
}
