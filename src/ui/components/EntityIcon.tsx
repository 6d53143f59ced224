// A small glyph per entity type, matching the node shapes in the graph.
import type { EntityType } from '../../core/model/types.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const GLYPHS: Record<EntityType, string> = { person: '●', phone: '▲', account: '■', location: '⬟', device: '◆' };

export function EntityIcon({ type }: { type: EntityType }) {
  const { t } = useWords();
  const label = t(`entity.${type}`);
  return <span className={`entity-icon type-${type}`} title={label} aria-label={label}>{GLYPHS[type]}</span>;
}
