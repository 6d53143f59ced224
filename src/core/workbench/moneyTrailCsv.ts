// The end accounts of a money trail as CSV: what an anti-scam centre sends a bank to freeze, with the rows behind each.

import type { CaseModel } from '../model/types.ts';
import { toCsv } from '../report/csv.ts';
import type { MoneyTrail } from './moneyTrail.ts';

/** One row per end account: key, label, kind, bank, holders, hop, money per currency, first and last row, evidence. */
export function trailEndsCsv(model: CaseModel, trail: MoneyTrail): string {
  const entities = new Map(model.entities.map((entity) => [entity.id, entity]));
  const currencies = [...new Set(trail.ends.flatMap((end) => Object.keys(end.amounts)))].sort();
  const headers = ['account', 'label', 'kind', 'bank', 'country', 'holders', 'hop', ...currencies.map((currency) => `amount_${currency}`), 'first', 'last', 'evidence'];
  const rows = trail.ends.map((end) => {
    const entity = entities.get(end.id);
    const times = end.rows.flatMap((row) => (row.time ? [row.time] : [])).sort();
    return [
      entity?.key ?? end.id, entity?.label ?? '', end.kind, entity?.attributes.bank ?? '', entity?.country ?? '',
      end.holders.map((id) => entities.get(id)?.label ?? id).join(' | '), end.hop,
      ...currencies.map((currency) => end.amounts[currency] ?? ''),
      times[0] ?? '', times[times.length - 1] ?? '',
      end.rows.map((row) => `${row.file}:${row.line}`).join('; '),
    ];
  });
  return toCsv(headers, rows);
}
