// What makes the dossier an exhibit: the fingerprints of every input file and of the findings, the generator
// and its parameters, and a legend for every shape and line style in the pictures.

import { LINK_TYPES } from '../../model/types.ts';
import { EDGE_STYLES, legendSvg } from './clusterSvg.ts';
import { escapeHtml, table, userText } from './html.ts';
import type { DossierContext } from './sections.ts';
import { wordsOf } from './words.ts';

export function evidenceSection(context: DossierContext): string {
  const { report } = context;
  const w = wordsOf(context);
  const rows = report.ledger.map((entry) => [
    `<span class="nowrap">${userText(entry.file)}</span>`, escapeHtml(w.num(entry.rows)),
    entry.sha256 ? `<span class="key hash">${escapeHtml(entry.sha256)}</span>` : `<span class="muted">${w.h('dossier.exhibit.notRecorded')}</span>`,
  ]);
  const parameters = Object.entries(report.parameters).map(([name, value]) => `${escapeHtml(name)} = ${userText(String(value))}`).join('; ');
  return `<section id="evidence"><h2>${w.h('dossier.section.evidence')}</h2>
<p>${w.html('dossier.exhibit.fingerprints', {}, { sha256sum: '<span class="key">sha256sum FILE</span>', certutil: '<span class="key">certutil -hashfile FILE SHA256</span>' })}</p>
${table([w.h('ledger.file'), w.h('ledger.rows'), 'SHA-256'], rows)}
<p>${w.html('dossier.exhibit.findings', {}, { file: '<span class="key">report.json</span>', hash: `<span class="key hash">${escapeHtml(context.reportSha256)}</span>` })}</p>
<p>${w.html('dossier.exhibit.generatedBy', { version: report.generator.version, when: context.generatedAt }, { parameters })}</p>
</section>`;
}

export function legendSection(context: DossierContext): string {
  const w = wordsOf(context);
  const rows = LINK_TYPES.map((type) => [
    `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="12" viewBox="0 0 60 12" role="img" aria-label="${escapeHtml(w.t(`link.${type}`))}"><line x1="2" y1="6" x2="58" y2="6" ${EDGE_STYLES[type]}/></svg>`,
    // NOTE: the code as links.csv and the graph files write it, so a reader can match them.
    escapeHtml(type), w.h(`dossier.exhibit.meaning.${type}`),
  ]);
  return `<section id="legend"><h2>${w.h('dossier.section.legend')}</h2>
<p>${w.h('dossier.exhibit.shapes')}</p><div class="legend">${legendSvg(w)}</div>
<p>${w.h('dossier.exhibit.lines')}</p>${table([w.h('dossier.exhibit.line'), w.h('dossier.exhibit.linkType'), w.h('dossier.exhibit.meaningCol')], rows)}</section>`;
}
