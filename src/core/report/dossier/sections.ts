// The dossier's sections: case summary, cross-border table, one section per cluster, small clusters and hubs.

import type { AnalysisResult } from '../../analysis/types.ts';
import { isVictim } from '../../model/roles.ts';
import type { CaseModel, Entity, Link } from '../../model/types.ts';
import { countryName, flagEmoji } from '../../normalize/country.ts';
import type { CaseNotes } from '../../workspace/notes.ts';
import { linesPerFile } from '../exporters/sourceRanges.ts';
import type { Report, ReportCluster } from '../reportModel.ts';
import type { DossierOptions } from './buildDossierHtml.ts';
import { clusterSvg, legendSvg } from './clusterSvg.ts';
import { escapeHtml, moneyText, nameText, table, userText } from './html.ts';

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
}

/** Clusters given their own page: more than one member and not a hub. */
export function isMainCluster(cluster: ReportCluster): boolean {
  return !cluster.hub && cluster.size > 1;
}

export function summarySection(report: Report, generatedAt: string): string {
  const s = report.summary;
  const facts: [string, string][] = [
    ['Files', String(s.files)], ['Rows read', String(s.rows)], ['Rows rejected', String(s.rejectedRows)],
    ['Entities', String(s.entities)], ['Links', String(s.links)], ['Clusters', String(s.clusters)],
    ['Cross-border clusters', String(s.crossBorderClusters)], ['Modularity', String(s.modularity)],
    ['Algorithm', report.parameters.algorithm], ['Seed', String(report.parameters.seed)], ['Resolution', String(report.parameters.resolution)],
    ['Simpul version', report.generator.version], ['Generated', generatedAt],
  ];
  const factRows = facts.map(([name, value]) => [escapeHtml(name), userText(value)]);
  const files = report.ledger.map((entry) => [
    userText(entry.file), userText(entry.kind ?? '—'), num(entry.rows), num(entry.imported), num(entry.rejected.length),
    entry.error ? userText(entry.error.message) : '',
  ]);
  return `<section id="summary"><h2>Case summary</h2>${table(['Fact', 'Value'], factRows)}
<h3>Files</h3>${table(['File', 'Kind', 'Rows', 'Imported', 'Rejected', 'Problem'], files)}
<p class="muted">Same files, parameters and seed give the same clusters: re-run Simpul ${escapeHtml(report.generator.version)} with seed ${escapeHtml(report.parameters.seed)} to reproduce.</p></section>`;
}

export function crossBorderSection(report: Report): string {
  const clusters = report.clusters.filter(isMainCluster);
  const countries = [...new Set(clusters.flatMap((cluster) => cluster.countries))].sort();
  if (clusters.length === 0) return '';
  const headers = ['Cluster', 'Members', ...countries.map((code) => `<span title="${escapeHtml(countryName(code))}">${flagEmoji(code)} ${escapeHtml(code)}</span>`)];
  const rows = clusters.map((cluster) => {
    const counts = new Map<string, number>();
    for (const member of cluster.members) if (member.country) counts.set(member.country, (counts.get(member.country) ?? 0) + 1);
    const badge = cluster.crossBorder ? ' <span class="badge cross">cross-border</span>' : '';
    return [`<a href="#cluster-${escapeHtml(cluster.id)}">${escapeHtml(cluster.id)}</a>${badge}`, num(cluster.size), ...countries.map((code) => num(counts.get(code) ?? 0, true))];
  });
  return `<section id="cross-border"><h2>Across borders</h2><p class="muted">Members with a known country, per cluster.</p>${table(headers, rows)}</section>`;
}

export function clusterSection(cluster: ReportCluster, context: DossierContext): string {
  const { analysis, byId, notes } = context;
  const profile = analysis.clusters.find((candidate) => candidate.id === cluster.id);
  const memberIds = profile?.memberIds ?? [];
  const internal = context.internalLinks.get(cluster.id) ?? [];
  const countries = cluster.countries.map((code) => `${flagEmoji(code)} ${escapeHtml(code)}`).join(', ') || '—';
  const members = memberIds.flatMap((id) => {
    const entity = byId.get(id);
    return entity ? [memberRow(entity)] : [];
  });
  const keyPlayers = cluster.keyPlayers.map((player) => [escapeHtml(player.type), `<span class="key">${userText(player.key)}</span>`, nameText(player.label), num(player.score)]);
  const brokers = context.report.brokers.filter((broker) => broker.clusters.includes(cluster.id))
    .map((broker) => [escapeHtml(broker.type), nameText(broker.label), escapeHtml(broker.clusters.join(', ')), num(broker.score)]);
  const money = [['In (from outside)', moneyText(cluster.moneyIn)], ['Out (to outside)', moneyText(cluster.moneyOut)], ['Within', moneyText(cluster.moneyInternal)]];
  const evidence = [...linesPerFile([...memberIds.map((id) => byId.get(id)?.sources ?? []), ...internal.map((link) => link.sources)])]
    .map(([file, lines]) => [userText(file), num(lines)]);
  const picture = clusterSvg(memberIds, byId, internal, analysis, `Cluster ${cluster.id}`);
  const capped = picture.drawn < picture.total
    ? `<p class="warning">The picture shows the ${picture.drawn} strongest of ${picture.total} members (by weighted degree); the table lists them all.</p>` : '';
  const clusterNote = notes.clusters[cluster.id];
  const entityNotes = memberIds.flatMap((id) => {
    const note = notes.entities[id];
    const entity = byId.get(id);
    return note && entity ? [`<li>${userText(entity.label)} <span class="muted">(${escapeHtml(entity.type)} ${userText(entity.key)})</span><div class="note">${userText(note)}</div></li>`] : [];
  });
  return `<section class="cluster" id="cluster-${escapeHtml(cluster.id)}">
<h2>Cluster ${escapeHtml(cluster.id)} — ${num(cluster.size)} members${cluster.crossBorder ? ' <span class="badge cross">cross-border</span>' : ''}</h2>
<p>Countries: ${countries}. First activity: ${userText(cluster.firstActivity ?? '—')}; last activity: ${userText(cluster.lastActivity ?? '—')}.</p>
${clusterNote ? `<h3>Analyst note</h3><div class="note">${userText(clusterNote)}</div>` : ''}
<figure>${picture.svg}<figcaption>${legendSvg()}</figcaption></figure>${capped}
<h3>Key players</h3>${keyPlayers.length > 0 ? table(['Type', 'Key', 'Name', 'Score'], keyPlayers) : '<p class="muted">None ranked.</p>'}
<h3>Brokers touching this cluster</h3>${brokers.length > 0 ? table(['Type', 'Name', 'Bridges', 'Score'], brokers) : '<p class="muted">None.</p>'}
<h3>Money</h3>${table(['Flow', 'Amount per currency'], money)}
<h3>Members</h3>${table(['Type', 'Key', 'Name', 'Country', 'Role'], members)}
${entityNotes.length > 0 ? `<h3>Notes on members</h3><ul>${entityNotes.join('')}</ul>` : ''}
<h3>Where the evidence came from</h3>${table(['File', 'Lines'], evidence)}
</section>`;
}

export function smallClustersSection(report: Report, notes: CaseNotes): string {
  const small = report.clusters.filter((cluster) => !isMainCluster(cluster));
  if (small.length === 0 && report.hubs.length === 0) return '';
  const rows = small.flatMap((cluster) => cluster.members.map((member) => [
    escapeHtml(cluster.id), cluster.hub ? '<span class="badge hub">hub</span>' : '', escapeHtml(member.type),
    `<span class="key">${userText(member.key)}</span>`, nameText(member.label), userText(notes.clusters[cluster.id] ?? ''),
  ]));
  const hubs = report.hubs.map((hub) => [escapeHtml(hub.type), userText(hub.label), userText(hub.reason)]);
  return `<section class="cluster" id="small"><h2>Hubs and single-member clusters</h2>
${hubs.length > 0 ? `<h3>Hubs set aside as noise</h3>${table(['Type', 'Name', 'Why'], hubs)}` : ''}
${rows.length > 0 ? table(['Cluster', '', 'Type', 'Key', 'Name', 'Note'], rows) : ''}</section>`;
}

function memberRow(entity: Entity): string[] {
  const role = entity.type === 'person'
    ? isVictim(entity) ? '<span class="badge victim">victim</span>' : userText(entity.attributes.role ?? entity.attributes.status ?? '')
    : '';
  return [escapeHtml(entity.type), `<span class="key">${userText(entity.key)}</span>`, nameText(entity.label), userText(entity.country ?? ''), role];
}

function num(value: number, blankZero = false): string {
  return blankZero && value === 0 ? '' : escapeHtml(value.toLocaleString('en-US'));
}
