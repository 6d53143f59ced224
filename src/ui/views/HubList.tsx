// Hubs (service numbers, busy public places) set aside before clustering: listed apart, with the reason.
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';
import { visibleText } from '../format/visibleText.ts';

export function HubList({ index, onSelectEntity }: { index: CaseIndex; onSelectEntity: (id: string) => void }) {
  const { t, reason } = useWords();
  const hubs = index.analysis.hubs;
  if (hubs.length === 0) return <p className="muted small pad">{t('hubs.none')}</p>;
  return (
    <ul className="hub-list" data-testid="hub-list">
      {hubs.map((hub) => (
        <li key={hub.id}>
          <button type="button" className="link-button" onClick={() => onSelectEntity(hub.id)}><EntityIcon type={hub.type} /> {visibleText(hub.label)}</button>
          <p className="muted small">{reason(hub)}</p>
        </li>
      ))}
    </ul>
  );
}
