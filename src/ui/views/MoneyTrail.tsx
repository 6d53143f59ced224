// Follow the money from the selected account or person: hop by hop in time order, to the accounts where it ends.
import { useMemo, useState } from 'react';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { roundMoney } from '../../core/model/order.ts';
import { followMoney } from '../../core/workbench/moneyTrail.ts';
import { trailEndsCsv } from '../../core/workbench/moneyTrailCsv.ts';
import type { FileZones } from '../../core/workbench/timeline.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { downloadText } from '../format/download.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const ROWS_SHOWN = 200;

/** The end accounts' amounts added up, per currency. */
function endTotals(ends: readonly { amounts: Record<string, number> }[]): Record<string, number> {
  const totals: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const end of ends) for (const [currency, amount] of Object.entries(end.amounts)) totals[currency] = roundMoney((totals[currency] ?? 0) + amount);
  return totals;
}

export function MoneyTrail({ index, startId, zones, onSelect, onDraw }: {
  index: CaseIndex; startId?: string; zones: FileZones; onSelect: (id: string) => void; onDraw: (title: string, ids: string[]) => void;
}) {
  const { t, money, coded, label: say } = useWords();
  const [direction, setDirection] = useState<'forward' | 'back'>('forward');
  const start = startId ? index.entity.get(startId) : undefined;
  const usable = start && (start.type === 'account' || start.type === 'person');
  const trail = useMemo(() => (usable && startId ? followMoney(index.model, startId, { direction, zones }) : undefined), [index, startId, direction, zones, usable]);
  if (!start || !usable || !trail) {
    return <div className="money-trail" data-testid="money-trail"><EmptyState title={t('bench.trail.pickTitle')}>{t('bench.trail.pick')}</EmptyState></div>;
  }
  const label = (id: string) => { const entity = index.entity.get(id); return entity ? say(entity) : id; };
  const list = (amounts: Record<string, number>) => Object.entries(amounts).map(([currency, amount]) => money(amount, currency)).join(' · ') || '—';
  return (
    <div className="money-trail" data-testid="money-trail" data-start={start.id}>
      <header>
        <h2 className="entity-label">{t('bench.trail.title', { label: say(start) })}</h2>
        <div className="segmented" role="group" aria-label={t('bench.trail.direction')}>
          <button type="button" aria-pressed={direction === 'forward'} data-testid="trail-forward" onClick={() => setDirection('forward')}>{t('bench.trail.forward')}</button>
          <button type="button" aria-pressed={direction === 'back'} data-testid="trail-back" onClick={() => setDirection('back')}>{t('bench.trail.back')}</button>
        </div>
        <p className="muted small" data-testid="trail-summary">
          {t('bench.trail.summary', { accounts: trail.accounts.length, rows: trail.rows.length, ends: trail.ends.length })}
          {' · '}{t(direction === 'forward' ? 'bench.trail.leftStart' : 'bench.trail.enteredStart', { amounts: list(trail.firstHop) })}
          {' · '}{t(direction === 'forward' ? 'bench.trail.reachedEnds' : 'bench.trail.fromEnds', { amounts: list(endTotals(trail.ends)) })}
          {' · '}{t('bench.trail.allHops', { amounts: list(trail.amounts) })}
          {trail.undated > 0 ? ` · ${t('bench.trail.undated', { count: trail.undated })}` : ''}
          {trail.truncated ? ` · ${t('bench.trail.truncated')}` : ''}
        </p>
        <p className="muted small">{t('bench.trail.rule')}</p>
        <div className="entity-actions">
          <button type="button" className="button small" data-testid="trail-draw" onClick={() => onDraw(t('bench.trail.drawTitle', { label: say(start) }), [...new Set([start.id, ...trail.accounts.map((item) => item.id)])])}>{t('bench.trail.draw')}</button>
          <button type="button" className="button small" data-testid="trail-export" disabled={trail.ends.length === 0}
            onClick={() => downloadText(`money-trail-${start.key.replace(/[^\w-]+/g, '_')}-ends.csv`, trailEndsCsv(index.model, trail), 'text/csv')}>{t('bench.trail.export')}</button>
        </div>
      </header>
      <section>
        <h3>{direction === 'forward' ? t('bench.trail.endsForward') : t('bench.trail.endsBack')} ({trail.ends.length})</h3>
        <table className="trail-ends small" data-testid="trail-ends">
          <thead><tr><th>{t('bench.trail.account')}</th><th>{t('bench.trail.hop')}</th><th>{t('bench.trail.amount')}</th><th>{t('bench.trail.evidence')}</th></tr></thead>
          <tbody>
            {trail.ends.map((end) => (
              <tr key={end.id} data-testid="trail-end" data-entity={end.id}>
                <td><button type="button" className="link-button" onClick={() => onSelect(end.id)}>{label(end.id)}</button>
                  <span className="muted"> {coded('bench.trail.kind', end.kind, undefined, end.kind)}{end.holders.length ? ` · ${end.holders.map(label).join(', ')}` : ''}</span></td>
                <td>{end.hop}</td>
                <td className="money">{list(end.amounts)}</td>
                <td className="mono">{end.rows.slice(0, 4).map((row) => `${row.file}:${row.line}`).join(', ')}{end.rows.length > 4 ? ` +${end.rows.length - 4}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{t('bench.trail.steps')} ({trail.rows.length})</h3>
        <table className="trail-rows small" data-testid="trail-rows">
          <thead><tr><th>{t('bench.trail.hop')}</th><th>{t('bench.trail.when')}</th><th>{t('bench.trail.fromTo')}</th><th>{t('bench.trail.amount')}</th><th>{t('bench.trail.row')}</th></tr></thead>
          <tbody>
            {trail.rows.slice(0, ROWS_SHOWN).map((row) => (
              <tr key={`${row.file}:${row.line}:${row.linkId}`} data-testid="trail-row" data-hop={row.hop} data-at={row.at} data-to={row.to} data-file={row.file}>
                <td>{row.hop}</td>
                <td className="mono">{row.time?.replace('T', ' ') ?? '—'}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onSelect(row.from)}>{label(row.from)}</button> → <button type="button" className="link-button" onClick={() => onSelect(row.to)}>{label(row.to)}</button>
                </td>
                <td className="money">{row.amount !== undefined ? money(row.amount, row.currency ?? '') : '—'}</td>
                <td className="mono">{row.file}:{row.line}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {trail.rows.length > ROWS_SHOWN ? <p className="muted small">{t('bench.trail.more', { count: trail.rows.length - ROWS_SHOWN })}</p> : null}
      </section>
    </div>
  );
}
