// The dossier's sections: case summary, cross-border table, one section per cluster, small clusters and hubs.

import type { AnalysisResult } from '../../analysis/types.ts';
import { inRankOrder } from '../../analysis/clusterRank.ts';
import { isVictim } from '../../model/roles.ts';
import type { CaseModel, Entity, Link, SourceLines } from '../../model/types.ts';
import { countryName, flagEmoji } from '../../normalize/country.ts';
import type { CaseNotes } from '../../workspace/notes.ts';
import { DistinctLines } from '../exporters/sourceRanges.ts';
import type { Report, ReportCluster } from '../reportModel.ts';
import type { DossierOptions } from './buildDossierHtml.ts';
import { clusterSvg, legendSvg } from './clusterSvg.ts';
import { escapeHtml, nameText, table, userText } from './html.ts';
import { translateCode, type Translate } from '../../i18n/translate.ts';
import { dossierWords, wordsOf, type DossierWords } from './words.ts';
import { sayCurrency } from '../../i18n/entityLabel.ts';

// NOTE: headings and labels come from the catalogues (src/core/i18n); data and analysts' words stay as written.

export interface DossierContext {
  report: Report;
  analysis: AnalysisResult;
  byId: ReadonlyMap<string, Entity>;
  internalLinks: ReadonlyMap<string, Link[]>;
  notes: CaseNotes;
  generatedAt: string;
  /** The case reference and classification marking the analyst chose. */
  options: DossierOptions;
  /** SHA-256 of report.json as exported beside this dossier. */
  reportSha256: string;
  /** The resolved case (the timeline and money-trail sections read its rows). */
  model: CaseModel;
  /** The dossier's language; English when absent. */
  t?: Translate;
  /** Counts each cluster's evidence lines, reusing its marks from one cluster to the next. */
  distinctLines?: DistinctLines;
}

/** Clusters given their own page: more than one member and not a hub. */
export function isMainCluster(cluster: ReportCluster): boolean {
  return !cluster.hub && cluster.size > 1;
}

export function summarySection(report: Report, generatedAt: string, w: DossierWords = dossierWords()): string {
  const { t } = w;
  const num = (value: number) => escapeHtml(w.num(value));
  const s = report.summary;
  const facts: [string, string][] = [
    [t('dossier.fact.files'), w.num(s.files)], [t('dossier.fact.rows'), w.num(s.rows)], [t('dossier.fact.rejected'), w.num(s.rejectedRows)],
    [t('dossier.fact.entities'), w.num(s.entities)], [t('dossier.fact.links'), w.num(s.links)], [t('dossier.fact.clusters'), w.num(s.clusters)],
    [t('dossier.fact.crossBorder'), w.num(s.crossBorderClusters)], [t('dossier.fact.modularity'), w.num(s.modularity, 6)],
    [t('dossier.fact.algorithm'), report.parameters.algorithm], [t('dossier.fact.seed'), String(report.parameters.seed)], [t('dossier.fact.resolution'), String(report.parameters.resolution)],
    [t('dossier.fact.version'), report.generator.version], [t('dossier.fact.generated'), generatedAt],
  ];
  const factRows = facts.map(([name, value]) => [escapeHtml(name), userText(value)]);
  const files = report.ledger.map((entry) => [
    userText(entry.file), entry.kind ? escapeHtml(w.kind(entry.kind)) : '—', num(entry.rows), num(entry.imported), num(entry.rejected.length),
    entry.error ? escapeHtml(translateCode(t, 'error', entry.error.code, undefined, entry.error.message)) : '',
  ]);
  const h = (key: string) => escapeHtml(t(key));
  return `<section id="summary"><h2>${h('dossier.summary')}</h2>${table([h('dossier.col.fact'), h('dossier.col.value')], factRows)}
<h3>${h('dossier.files')}</h3>${table([h('ledger.file'), h('ledger.kind'), h('ledger.rows'), h('ledger.imported'), h('ledger.rejected'), h('dossier.col.problem')], files)}
<p class="muted">${escapeHtml(t('dossier.reproduce', { version: report.generator.version, seed: String(report.parameters.seed) }))}</p></section>`;
}

export function crossBorderSection(report: Report, w: DossierWords = dossierWords()): string {
  const { t } = w;
  const num = (value: number, blankZero = false) => (blankZero && value === 0 ? '' : escapeHtml(w.num(value)));
  const clusters = inRankOrder(report.clusters.filter(isMainCluster));
  const countries = [...new Set(clusters.flatMap((cluster) => cluster.countries))].sort();
  if (clusters.length === 0) return '';
  const headers = [escapeHtml(t('dossier.col.cluster')), escapeHtml(t('dossier.col.members')), ...countries.map((code) => `<span title="${escapeHtml(countryName(code))}">${flagEmoji(code)} ${escapeHtml(code)}</span>`)];
  const rows = clusters.map((cluster) => {
    const counts = new Map<string, number>();
    for (const member of cluster.members) if (member.country) counts.set(member.country, (counts.get(member.country) ?? 0) + 1);
    const badge = cluster.crossBorder ? ` <span class="badge cross">${escapeHtml(t('clusters.crossBorder'))}</span>` : '';
    return [`<a href="#cluster-${escapeHtml(cluster.id)}">${escapeHtml(cluster.id)}</a>${badge}`, num(cluster.size), ...countries.map((code) => num(counts.get(code) ?? 0, true))];
  });
  return `<section id="cross-border"><h2>${escapeHtml(t('dossier.acrossBorders'))}</h2><p class="muted">${escapeHtml(t('dossier.acrossBordersNote'))}</p>${table(headers, rows)}</section>`;
}

/**
 * One cluster's page. `unpictured`, when given, says the cluster gets no picture: only the first `limit` of the
 * dossier's `total` clusters are drawn.
 */
export function clusterSection(cluster: ReportCluster, context: DossierContext, unpictured?: { limit: number; total: number }): string {
  const { analysis, byId, notes } = context;
  const w = wordsOf(context);
  const { t } = w;
  const h = (key: string) => escapeHtml(t(key));
  const num = (value: number, digits = 0) => escapeHtml(w.num(value, digits));
  const profile = clusterIndex(analysis).get(cluster.id);
  const memberIds = profile?.memberIds ?? [];
  const internal = context.internalLinks.get(cluster.id) ?? [];
  const countries = cluster.countries.map((code) => `${flagEmoji(code)} ${escapeHtml(code)}`).join(', ') || '—';
  const members = memberIds.flatMap((id) => {
    const entity = byId.get(id);
    return entity ? [memberRow(entity, w)] : [];
  });
  const keyPlayers = cluster.keyPlayers.map((player) => [escapeHtml(w.type(player.type)), `<span class="key">${userText(player.key)}</span>`, nameText(w.label(player), w.t), num(player.score, 3)]);
  const brokers = (brokerIndex(context.report).get(cluster.id) ?? [])
    .map((broker) => [escapeHtml(w.type(broker.type)), nameText(w.label(broker), w.t), escapeHtml(broker.clusters.join(', ')), num(broker.score, 3)]);
  const money = [[h('dossier.money.in'), moneyText(cluster.moneyIn, w)], [h('dossier.money.out'), moneyText(cluster.moneyOut, w)], [h('dossier.money.within'), moneyText(cluster.moneyInternal, w)]];
  const evidence = [...(context.distinctLines ?? new DistinctLines()).count(evidenceOf(memberIds, byId, internal))]
    .map(([file, lines]) => [userText(file), num(lines)]);
  const picture = unpictured ? undefined : clusterSvg(memberIds, byId, internal, analysis, t('workbench.titleCluster', { id: cluster.id }), w);
  const capped = picture && picture.drawn < picture.total
    ? `<p class="warning">${escapeHtml(t('dossier.capped', { drawn: picture.drawn, total: picture.total }))}</p>` : '';
  const figure = picture
    ? `<figure>${picture.svg}<figcaption>${legendSvg(w)}</figcaption></figure>${capped}`
    : `<p class="muted">${escapeHtml(t('dossier.noPicture', { limit: unpictured?.limit ?? 0, total: unpictured?.total ?? 0 }))}</p>`;
  const clusterNote = notes.clusters[cluster.id];
  const entityNotes = memberIds.flatMap((id) => {
    const note = notes.entities[id];
    const entity = byId.get(id);
    return note && entity ? [`<li>${userText(w.label(entity))} <span class="muted">(${escapeHtml(w.type(entity.type))} ${userText(entity.key)})</span><div class="note">${userText(note)}</div></li>`] : [];
  });
  return `<section class="cluster" id="cluster-${escapeHtml(cluster.id)}">
<h2>${escapeHtml(t('dossier.clusterHeading', { id: cluster.id, count: cluster.size }))}${cluster.crossBorder ? ` <span class="badge cross">${h('clusters.crossBorder')}</span>` : ''}</h2>
<p>${h('dossier.countries')}: ${countries}. ${h('dossier.firstActivity')}: ${userText(cluster.firstActivity ?? '—')}; ${h('dossier.lastActivity')}: ${userText(cluster.lastActivity ?? '—')}.</p>
${clusterNote ? `<h3>${h('dossier.analystNote')}</h3><div class="note">${userText(clusterNote)}</div>` : ''}
${figure}
<h3>${h('dossier.keyPlayers')}</h3>${keyPlayers.length > 0 ? table([h('dossier.col.type'), h('dossier.col.key'), h('dossier.col.name'), h('dossier.col.score')], keyPlayers) : `<p class="muted">${h('dossier.noneRanked')}</p>`}
<h3>${h('dossier.brokers')}</h3>${brokers.length > 0 ? table([h('dossier.col.type'), h('dossier.col.name'), h('dossier.col.bridges'), h('dossier.col.score')], brokers) : `<p class="muted">${h('dossier.none')}</p>`}
<h3>${h('dossier.money.title')}</h3>${table([h('dossier.col.flow'), h('dossier.col.amount')], money)}
<h3>${h('dossier.members')}</h3>${table([h('dossier.col.type'), h('dossier.col.key'), h('dossier.col.name'), h('dossier.col.country'), h('dossier.col.role')], members)}
${entityNotes.length > 0 ? `<h3>${h('dossier.memberNotes')}</h3><ul>${entityNotes.join('')}</ul>` : ''}
<h3>${h('dossier.evidence')}</h3>${table([h('ledger.file'), h('dossier.col.lines')], evidence)}
</section>`;
}

export function smallClustersSection(report: Report, notes: CaseNotes, w: DossierWords = dossierWords()): string {
  const { t } = w;
  const small = report.clusters.filter((cluster) => !isMainCluster(cluster));
  if (small.length === 0 && report.hubs.length === 0) return '';
  const rows = small.flatMap((cluster) => cluster.members.map((member) => [
    escapeHtml(cluster.id), cluster.hub ? `<span class="badge hub">${escapeHtml(t('dossier.hubBadge'))}</span>` : '', escapeHtml(w.type(member.type)),
    `<span class="key">${userText(member.key)}</span>`, nameText(w.label(member), w.t), userText(notes.clusters[cluster.id] ?? ''),
  ]));
  const hubs = report.hubs.map((hub) => [escapeHtml(w.type(hub.type)), userText(w.label(hub)), escapeHtml(w.reason(hub))]);
  const h = (key: string) => escapeHtml(t(key));
  return `<section class="cluster" id="small"><h2>${h('dossier.small')}</h2>
${hubs.length > 0 ? `<h3>${h('dossier.hubs')}</h3>${table([h('dossier.col.type'), h('dossier.col.name'), h('dossier.col.why')], hubs)}` : ''}
${rows.length > 0 ? table([h('dossier.col.cluster'), '', h('dossier.col.type'), h('dossier.col.key'), h('dossier.col.name'), h('dossier.col.note')], rows) : ''}</section>`;
}

// NOTE: each cluster's section looked its profile and its brokers up by scanning every cluster and broker,
// quadratic on a case of thousands of clusters; both are indexed once per analysis and report.
const clusterIndexes = new WeakMap<AnalysisResult, Map<string, AnalysisResult['clusters'][number]>>();
const brokerIndexes = new WeakMap<Report, Map<string, Report['brokers']>>();

function clusterIndex(analysis: AnalysisResult): Map<string, AnalysisResult['clusters'][number]> {
  let index = clusterIndexes.get(analysis);
  if (!index) {
    index = new Map();
    for (const cluster of analysis.clusters) if (!index.has(cluster.id)) index.set(cluster.id, cluster);
    clusterIndexes.set(analysis, index);
  }
  return index;
}

function brokerIndex(report: Report): Map<string, Report['brokers']> {
  let index = brokerIndexes.get(report);
  if (!index) {
    index = new Map();
    for (const broker of report.brokers) {
      for (const id of new Set(broker.clusters)) {
        const list = index.get(id);
        if (list) list.push(broker);
        else index.set(id, [broker]);
      }
    }
    brokerIndexes.set(report, index);
  }
  return index;
}

/** The provenance of a cluster's members, then of its internal links. */
function* evidenceOf(memberIds: readonly string[], byId: ReadonlyMap<string, Entity>, internal: readonly Link[]): Iterable<readonly SourceLines[]> {
  for (const id of memberIds) yield byId.get(id)?.sources ?? [];
  for (const link of internal) yield link.sources;
}

function memberRow(entity: Entity, w: DossierWords): string[] {
  const role = entity.type === 'person'
    ? isVictim(entity) ? `<span class="badge victim">${escapeHtml(w.t('dossier.victim'))}</span>` : userText(entity.attributes.role ?? entity.attributes.status ?? '')
    : '';
  return [escapeHtml(w.type(entity.type)), `<span class="key">${userText(entity.key)}</span>`, nameText(w.label(entity), w.t), userText(entity.country ?? ''), role];
}

/** `THB 1,200 · USD 40` in the dossier's digits, or an em dash. */
function moneyText(amounts: Record<string, number>, w: DossierWords): string {
  const currencies = Object.keys(amounts).sort();
  if (currencies.length === 0) return '—';
  return currencies.map((currency) => `${currency === 'unspecified' ? escapeHtml(sayCurrency(w.t, currency)) : userText(currency)} ${escapeHtml(w.num(amounts[currency] ?? 0, 2))}`).join(' · ');
}
