// Neighbours by link type: counts, call time, money, first and last dates, direction.
import type { NeighbourGroup } from '../../core/workbench/neighbours.ts';
import { formatCount, formatDuration, formatMoney, formatWhen } from '../format/numbers.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { visibleText } from '../format/visibleText.ts';

const ARROWS = { out: '→', in: '←', both: '↔' } as const;

export function NeighbourList({ groups, onSelect }: { groups: NeighbourGroup[]; onSelect: (id: string) => void }) {
  const { t } = useWords();
  if (groups.length === 0) return <p className="muted small">{t('neighbours.none')}</p>;
  return (
    <div className="neighbours" data-testid="neighbours">
      {groups.map((group) => (
        <details key={group.type} open={groups.length <= 3}>
          <summary>{t(`link.${group.type}`)} <span className="muted">({group.total > group.rows.length ? t('neighbours.strongest', { shown: group.rows.length, total: formatCount(group.total) }) : group.total})</span></summary>
          <table className="neighbour-table">
            <tbody>
              {group.rows.map((row) => {
                const facts = [
                  t('neighbours.times', { count: formatCount(row.link.count) }),
                  formatDuration(row.link.durationSeconds),
                  formatMoney(row.link.amounts),
                  row.link.firstTime ? `${formatWhen(row.link.firstTime)} – ${formatWhen(row.link.lastTime)}` : '',
                ].filter(Boolean);
                return (
                  <tr key={row.link.id}>
                    <td className="dir" title={row.direction === 'out' ? t('neighbours.from') : row.direction === 'in' ? t('neighbours.to') : t('neighbours.undirected')}>{ARROWS[row.direction]}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(row.id)}>{visibleText(row.label)}</button>
                      <div className="muted small">{facts.join(' · ')}</div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
