// Neighbours by link type: counts, call time, money, first and last dates, direction.
import type { NeighbourGroup } from '../../core/workbench/neighbours.ts';
import { LINK_LABELS } from '../format/labels.ts';
import { formatCount, formatDuration, formatMoney, formatWhen } from '../format/numbers.ts';

const ARROWS = { out: '→', in: '←', both: '↔' } as const;

export function NeighbourList({ groups, onSelect }: { groups: NeighbourGroup[]; onSelect: (id: string) => void }) {
  if (groups.length === 0) return <p className="muted small">No links.</p>;
  return (
    <div className="neighbours" data-testid="neighbours">
      {groups.map((group) => (
        <details key={group.type} open={groups.length <= 3}>
          <summary>{LINK_LABELS[group.type]} <span className="muted">({group.total > group.rows.length ? `strongest ${group.rows.length} of ${formatCount(group.total)}` : group.total})</span></summary>
          <table className="neighbour-table">
            <tbody>
              {group.rows.map((row) => {
                const facts = [
                  `${formatCount(row.link.count)}×`,
                  formatDuration(row.link.durationSeconds),
                  formatMoney(row.link.amounts),
                  row.link.firstTime ? `${formatWhen(row.link.firstTime)} – ${formatWhen(row.link.lastTime)}` : '',
                ].filter(Boolean);
                return (
                  <tr key={row.link.id}>
                    <td className="dir" title={row.direction === 'out' ? 'from this entity' : row.direction === 'in' ? 'to this entity' : 'undirected'}>{ARROWS[row.direction]}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(row.id)}>{row.label}</button>
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
