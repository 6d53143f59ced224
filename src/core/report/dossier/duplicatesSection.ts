// The dossier's "possible duplicates" section: pairs a person should check, with the reasons, never merged.

import type { Report } from '../reportModel.ts';
import { escapeHtml, table, userText } from './html.ts';

/** One row per suggested pair, strong ones first (the report's order); empty when there are none. */
export function possibleDuplicatesSection(report: Report): string {
  const pairs = report.possibleDuplicates;
  if (pairs.length === 0) return '';
  const who = (side: Report['possibleDuplicates'][number]['a']): string =>
    `${userText(side.label)} <span class="muted">(${escapeHtml(side.type)} <span class="key">${userText(side.key)}</span>)</span>`;
  const rows = pairs.map((pair) => [
    escapeHtml(pair.strength), who(pair.a), who(pair.b), pair.reasons.map(userText).join('; '),
  ]);
  return `<section id="possible-duplicates"><h2>Possible duplicates to check</h2>
<p class="muted">Entities that may be one person under two keys. Simpul has not merged them: confirm against the sources before treating them as one.</p>
${table(['Strength', 'Entity', 'May be the same as', 'Reasons'], rows)}</section>`;
}
