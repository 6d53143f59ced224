// The short human summary the CLI prints after a run.

import { countryNameIn, formatNumber, withCountryNames } from '../core/i18n/format.ts';
import { sayLabel } from '../core/i18n/entityLabel.ts';
import type { Language } from '../core/i18n/languages.ts';
import { sayCoded } from '../core/i18n/coded.ts';
import { translateCode, translator } from '../core/i18n/translate.ts';
import { countryName } from '../core/normalize/country.ts';
import { clusterReach } from '../core/analysis/countryShares.ts';
import { LOW_CONFIDENCE } from '../core/ingest/classify.ts';
import type { FileReading } from '../core/ingest/detectedMapping.ts';
import type { Report } from '../core/report/reportModel.ts';

/** A few lines, in `language`: how each file was read (and which were not), rejections, the clusters that matter, hubs and brokers. */
export function summarise(report: Report, language: Language = 'en', readings: readonly FileReading[] = []): string {
  const { summary } = report;
  const t = translator(language);
  const lines = [
    t('cli.header', { version: report.generator.version, seed: String(report.parameters.seed), resolution: String(report.parameters.resolution) }),
    // NOTE: counts printed as plain digits, as scripts that read this summary expect.
    t('cli.read', { files: summary.files, rows: summary.rows, rowCount: String(summary.rows), rejected: String(summary.rejectedRows) }),
    t('cli.resolved', { entities: summary.entities, links: summary.links, clusters: summary.clusters,
      modularity: formatNumber(language, summary.modularity, 3), crossBorder: summary.crossBorderClusters }),
  ];
  lines.push(...readingLines(report, readings, t, language));
  const sizeable = report.clusters.filter((cluster) => !cluster.hub && cluster.size >= 3).slice(0, 10);
  if (sizeable.length > 0) lines.push('', t('cli.largest'));
  for (const cluster of sizeable) {
    const countries = cluster.countries.join(' ') || '—';
    const players = cluster.keyPlayers.slice(0, 3).map((player) => sayLabel(t, player)).join(', ') || '—';
    // NOTE: a cluster with a few actors from a second country is not cross-border by the actor rule (see countryShares),
    // but calling it "one country" beside two country codes would contradict the line.
    const reach = t(`cli.reach.${cluster.crossBorder ? 'cross-border' : clusterReach(cluster.countryShares ?? [])}`);
    lines.push(`  ${cluster.id.padEnd(4)} ${t('cli.members', { count: cluster.size }).padStart(12)}  ${reach.padEnd(14)}  ${countries.padEnd(18)} ${t('cli.key', { players })}`);
    // Why: each country's share of the cluster's people, phones and accounts; why the first key player leads.
    const shares = (cluster.countryShares ?? []).map((share) => `${share.country} ${Math.round(share.share * 100)}%`).join(' · ');
    if (shares) lines.push(`       ${shares}`);
    const first = cluster.keyPlayers[0];
    const firstWhy = first?.whyCode ? sayCoded(t, 'why', first.whyCode, first.why) : first?.why;
    if (first && firstWhy) lines.push(`       ${sayLabel(t, first)} ${firstWhy}`);
    else if (!first) lines.push(`       ${t('cli.noKeyPlayer')}`);
  }
  if (report.hubs.length > 0) {
    lines.push('', t('cli.hubs'));
    for (const hub of report.hubs) {
      lines.push(`  ${translateCode(t, 'dossier.type', hub.type, undefined, hub.type)} ${sayLabel(t, hub)}: ${hub.reasonCode ? sayCoded(t, 'why', hub.reasonCode, hub.reason) : hub.reason}`);
    }
  }
  if (report.notHubs) {
    lines.push('', t('cli.notHubs'));
    for (const kept of report.notHubs) {
      lines.push(`  ${translateCode(t, 'dossier.type', kept.type, undefined, kept.type)} ${kept.label}: ${kept.reasonCode ? sayCoded(t, 'why', kept.reasonCode, kept.reason) : kept.reason}`);
    }
  }
  if (report.brokers.length > 0) {
    lines.push('', t('cli.brokers'));
    for (const broker of report.brokers.slice(0, 5)) {
      lines.push(`  ${translateCode(t, 'dossier.type', broker.type, undefined, broker.type)} ${sayLabel(t, broker)}${broker.country ? ` (${countryNameIn(language, broker.country) ?? countryName(broker.country)})` : ''} — ${t('cli.bridges', { clusters: broker.clusters.join(', '), score: formatNumber(language, broker.score, 3) })}`);
      const why = broker.whyCode ? sayCoded(t, 'why', broker.whyCode, broker.why) : broker.why;
      if (why) lines.push(`      ${broker.role ? `${t(`bench.brokers.role.${broker.role}`)}: ` : ''}${why}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Each file's kind and confidence; files a person should check; files not read, with what would fix them. */
function readingLines(report: Report, readings: readonly FileReading[], t: ReturnType<typeof translator>, language: Language): string[] {
  const lines: string[] = [];
  if (readings.length > 0) {
    lines.push('', t('cli.filesReadAs'));
    const entries = new Map(report.ledger.map((entry) => [entry.file, entry]));
    for (const reading of readings) {
      const entry = entries.get(reading.file);
      // NOTE: a file read as a kind whose every row was rejected gave nothing to the case: it must not pass for read.
      const nothing = entry !== undefined && entry.rows > 0 && entry.imported === 0;
      const flag = nothing ? `  ${t('cli.nothingImported')}` : reading.needsReview || reading.confidence < LOW_CONFIDENCE ? `  ${t('cli.check')}` : '';
      // NOTE: English prints the kind's code (`calls`), as scripts reading the summary expect; other languages its name.
      const kind = language === 'en' ? reading.kind : translateCode(t, 'kind', reading.kind, undefined, reading.kind);
      const imported = entry ? `  ${t('cli.imported', { imported: String(entry.imported), rows: String(entry.rows) })}` : '';
      lines.push(`  ${reading.file.padEnd(30)} ${kind.padEnd(16)} ${t('cli.confidence', { percent: String(Math.round(reading.confidence * 100)) })}${imported}${flag}`);
      const review = reading.reviewNotes?.map((note) => translateCode(t, 'readingReview', note.code, withCountryNames(language, note.params), '')).filter(Boolean).join('; ');
      if (reading.needsReview) lines.push(`      ${review || reading.needsReview}`);
      const first = nothing ? entry.rejected[0] : undefined;
      if (first) lines.push(`      ${t('cli.nothingImportedWhy', { line: String(first.line), reason: translateCode(t, 'ledger.code', first.code, first.params, first.reason) })}`);
    }
  }
  const unread = report.ledger.filter((entry) => entry.error);
  if (unread.length > 0) {
    lines.push('', t('cli.notRead'));
    for (const entry of unread) {
      const said = (entry.error?.detail ?? []).map((item) => translateCode(t, 'readingReview', item.code, item.params, ''));
      const message = said.length > 0 && said.every(Boolean) ? said.join('; ') : entry.error?.message ?? '';
      lines.push(`  ${t('cli.notReadFile', { file: entry.file, rows: String(entry.rows), message })}`);
    }
  }
  return lines;
}
