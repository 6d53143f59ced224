// The dossier's "possible duplicates" section: pairs a person should check, with the reasons, never merged.

import type { Report } from '../reportModel.ts';
import { escapeHtml, nameText, table, userText } from './html.ts';
import { translateCode, translator, type Translate } from '../../i18n/translate.ts';

/** One row per suggested pair, strong ones first (the report's order); empty when there are none. */
export function possibleDuplicatesSection(report: Report, t: Translate = translator('en')): string {
  const pairs = report.possibleDuplicates;
  if (pairs.length === 0) return '';
  const who = (side: Report['possibleDuplicates'][number]['a']): string =>
    `${nameText(side.label, t)} <span class="muted">(${escapeHtml(translateCode(t, 'dossier.type', side.type, undefined, side.type))} <span class="key">${userText(side.key)}</span>)</span>`;
  const rows = pairs.map((pair) => [
    escapeHtml(translateCode(t, 'duplicates.strength', pair.strength, undefined, pair.strength)), who(pair.a), who(pair.b), pair.reasons.map((reason, index) => {
      const coded = pair.reasonCodes?.length === pair.reasons.length ? pair.reasonCodes[index] : undefined;
      return userText(coded ? translateCode(t, 'duplicates.reason', coded.code, coded.params, reason) : reason);
    }).join('; '),
  ]);
  const h = (key: string) => escapeHtml(t(key));
  return `<section id="possible-duplicates"><h2>${h('dossier.duplicates')}</h2>
<p class="muted">${h('dossier.duplicatesNote')}</p>
${table([h('dossier.col.strength'), h('dossier.col.entity'), h('dossier.col.sameAs'), h('dossier.col.reasons')], rows)}</section>`;
}
