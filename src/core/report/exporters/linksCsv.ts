// links.csv: one row per aggregated link, with counts, call time, money per currency, dates and provenance.

import type { CaseModel, Entity } from '../../model/types.ts';
import { toCsv } from '../csv.ts';
import { formatSources } from './sourceRanges.ts';

/** One row per link in model order; one `amount_<CUR>` column per currency seen anywhere, sorted. */
export function linksCsv(model: CaseModel): string {
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const currencies = [...new Set(model.links.flatMap((link) => Object.keys(link.amounts)))].sort();
  const headers = [
    'type', 'source_type', 'source_key', 'source_label', 'target_type', 'target_key', 'target_label', 'label',
    'count', 'duration_s', ...currencies.map((currency) => `amount_${currency}`), 'first', 'last', 'sources',
  ];
  const side = (id: string) => {
    const entity: Entity | undefined = byId.get(id);
    return entity ? [entity.type, entity.key, entity.label] : ['', id, ''];
  };
  const rows = model.links.map((link) => [
    link.type, ...side(link.source), ...side(link.target), link.label ?? '',
    link.count, link.durationSeconds, ...currencies.map((currency) => link.amounts[currency]),
    link.firstTime ?? '', link.lastTime ?? '', formatSources(link.sources),
  ]);
  return toCsv(headers, rows);
}
