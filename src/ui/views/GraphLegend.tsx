// What the shapes and line styles mean.
import { ENTITY_TYPES, type LinkType } from '../../core/model/types.ts';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';
import { LINK_STYLES } from '../graph/palette.ts';

const SHOWN_LINKS: LinkType[] = ['called', 'transferred', 'holds_account', 'seen_at', 'associated'];

export function GraphLegend() {
  const { t } = useWords();
  return (
    <div className="graph-legend small" aria-label={t('legend.label')}>
      {ENTITY_TYPES.map((type) => <span key={type}><EntityIcon type={type} /> {t(`entity.${type}`)}</span>)}
      {SHOWN_LINKS.map((type) => (
        <span key={type}>
          <svg width="22" height="8" aria-hidden="true"><line x1="1" y1="4" x2="21" y2="4" stroke={LINK_STYLES[type].colour} strokeWidth="2"
            strokeDasharray={LINK_STYLES[type].line === 'dashed' ? '5 3' : LINK_STYLES[type].line === 'dotted' ? '1.5 2.5' : undefined} /></svg>
          {' '}{type === 'holds_account' ? t('link.holdsOrUses') : t(`link.${type}`)}
        </span>
      ))}
      <span><span className="legend-victim" /> {t('victim.legend')}</span>
    </div>
  );
}
