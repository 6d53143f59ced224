// What the shapes and line styles mean.
import { ENTITY_TYPES, type LinkType } from '../../core/model/types.ts';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { ENTITY_LABELS, LINK_LABELS } from '../format/labels.ts';
import { LINK_STYLES } from '../graph/palette.ts';

const SHOWN_LINKS: LinkType[] = ['called', 'transferred', 'holds_account', 'seen_at', 'associated'];

export function GraphLegend() {
  return (
    <div className="graph-legend small" aria-label="Legend">
      {ENTITY_TYPES.map((type) => <span key={type}><EntityIcon type={type} /> {ENTITY_LABELS[type]}</span>)}
      {SHOWN_LINKS.map((type) => (
        <span key={type}>
          <svg width="22" height="8" aria-hidden="true"><line x1="1" y1="4" x2="21" y2="4" stroke={LINK_STYLES[type].colour} strokeWidth="2"
            strokeDasharray={LINK_STYLES[type].line === 'dashed' ? '5 3' : LINK_STYLES[type].line === 'dotted' ? '1.5 2.5' : undefined} /></svg>
          {' '}{type === 'holds_account' ? 'holds / uses' : LINK_LABELS[type]}
        </span>
      ))}
      <span><span className="legend-victim" /> victim</span>
    </div>
  );
}
