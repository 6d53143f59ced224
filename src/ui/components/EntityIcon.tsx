// A small glyph per entity type, matching the node shapes in the graph.
import type { EntityType } from '../../core/model/types.ts';
import { ENTITY_LABELS } from '../format/labels.ts';

const GLYPHS: Record<EntityType, string> = { person: '●', phone: '▲', account: '■', location: '⬟', device: '◆' };

export function EntityIcon({ type }: { type: EntityType }) {
  return <span className={`entity-icon type-${type}`} title={ENTITY_LABELS[type]} aria-label={ENTITY_LABELS[type]}>{GLYPHS[type]}</span>;
}
