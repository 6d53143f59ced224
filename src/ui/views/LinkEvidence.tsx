// A clicked link's evidence: its two ends and every source row behind it (file:line and the values read there).
import { Fragment } from 'react';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import type { LinkRow } from '../../core/model/types.ts';
import { formatSources } from '../../core/report/exporters/sourceRanges.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { formatDuration } from '../format/numbers.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const ROWS_SHOWN = 300;

/** What a row said beyond its time, amount and duration (its transaction id and other columns), when its file is not loaded. */
function rowSaid(row: LinkRow): string {
  const attributes = Object.entries(row.attributes ?? {}).map(([header, value]) => `${header}=${value}`);
  return [row.transactionId, ...attributes].filter(Boolean).join(' · ');
}

export function LinkEvidence({ index, linkId, onSelect, rawRows }: {
  index: CaseIndex; linkId?: string; onSelect: (id: string) => void;
  /** Raw cells of the rows, by `file:line`, when the source files are loaded in this session. */
  rawRows?: ReadonlyMap<string, { headers: string[]; cells: string[] }>;
}) {
  const { t, money } = useWords();
  const link = linkId ? index.model.links.find((item) => item.id === linkId) : undefined;
  if (!link) return <div className="link-evidence" data-testid="link-evidence"><EmptyState title={t('bench.link.pickTitle')}>{t('bench.link.pick')}</EmptyState></div>;
  const label = (id: string) => index.entity.get(id)?.label ?? id;
  const rows: LinkRow[] = link.rows ?? link.sources.flatMap((source) => source.lines.map((line) => ({ file: source.file, line })));
  return (
    <div className="link-evidence" data-testid="link-evidence" data-link={link.id}>
      <h2 className="entity-label">{t(`link.${link.type}`)}</h2>
      <p>
        <button type="button" className="link-button" onClick={() => onSelect(link.source)}>{label(link.source)}</button>
        {link.type === 'associated' || link.type === 'linked' ? ' — ' : ' → '}
        <button type="button" className="link-button" onClick={() => onSelect(link.target)}>{label(link.target)}</button>
      </p>
      <dl className="attributes small">
        <dt>{t('bench.link.rows')}</dt><dd>{link.count}</dd>
        {Object.keys(link.amounts).length > 0 ? <><dt>{t('bench.link.money')}</dt><dd>{Object.entries(link.amounts).map(([currency, amount]) => money(amount, currency)).join(' · ')}</dd></> : null}
        {link.durationSeconds > 0 ? <><dt>{t('bench.link.duration')}</dt><dd>{formatDuration(link.durationSeconds)}</dd></> : null}
        {link.firstTime ? <><dt>{t('bench.link.span')}</dt><dd>{link.firstTime.replace('T', ' ')} – {(link.lastTime ?? link.firstTime).replace('T', ' ')}</dd></> : null}
        {Object.entries(link.attributes ?? {}).map(([name, value]) => <Fragment key={name}><dt>{name}</dt><dd data-testid="link-attribute">{value}</dd></Fragment>)}
        <dt>{t('bench.link.sources')}</dt><dd className="mono">{formatSources(link.sources)}</dd>
      </dl>
      <table className="evidence-rows small" data-testid="evidence-rows">
        <thead><tr><th>{t('bench.link.fileLine')}</th><th>{t('bench.trail.when')}</th><th>{t('bench.trail.amount')}</th><th>{t('bench.link.duration')}</th><th>{t('bench.link.raw')}</th></tr></thead>
        <tbody>
          {rows.slice(0, ROWS_SHOWN).map((row) => {
            const raw = rawRows?.get(`${row.file}:${row.line}`);
            return (
              <tr key={`${row.file}:${row.line}`} data-testid="evidence-row">
                <td className="mono">{row.file}:{row.line}</td>
                <td className="mono">{row.time ? row.time.replace('T', ' ') : '—'}</td>
                <td>{row.amount !== undefined ? money(row.amount, row.currency ?? '') : '—'}</td>
                <td>{row.durationSeconds ? formatDuration(row.durationSeconds) : '—'}</td>
                <td className="mono raw">{raw ? raw.headers.map((header, i) => `${header}=${raw.cells[i] ?? ''}`).join(' · ') : rowSaid(row) || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > ROWS_SHOWN ? <p className="muted small">{t('bench.trail.more', { count: rows.length - ROWS_SHOWN })}</p> : null}
      {!rawRows ? <p className="muted small">{t('bench.link.noRaw')}</p> : null}
    </div>
  );
}
