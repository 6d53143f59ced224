// The short human summary the CLI prints after a run.

import { countryName } from '../core/normalize/country.ts';
import type { Report } from '../core/report/reportModel.ts';

/** A few lines: what was read, what was rejected, the clusters that matter, hubs and brokers. */
export function summarise(report: Report): string {
  const { summary } = report;
  const lines = [
    `Simpul ${report.generator.version} — seed ${report.parameters.seed}, resolution ${report.parameters.resolution}`,
    `Read ${summary.files} files, ${summary.rows} rows (${summary.rejectedRows} rejected: see report.json "ledger").`,
    `Resolved ${summary.entities} entities and ${summary.links} links into ${summary.clusters} clusters ` +
      `(modularity ${summary.modularity.toFixed(3)}; ${summary.crossBorderClusters} cross-border).`,
  ];
  const sizeable = report.clusters.filter((cluster) => !cluster.hub && cluster.size >= 3).slice(0, 10);
  if (sizeable.length > 0) lines.push('', 'Largest clusters:');
  for (const cluster of sizeable) {
    const countries = cluster.countries.join(' ') || '—';
    const players = cluster.keyPlayers.slice(0, 3).map((player) => player.label).join(', ');
    lines.push(`  ${cluster.id.padEnd(4)} ${String(cluster.size).padStart(4)} members  ${cluster.crossBorder ? 'cross-border' : 'one country '}  ${countries.padEnd(18)} key: ${players}`);
  }
  if (report.hubs.length > 0) {
    lines.push('', 'Hubs set aside (noise):');
    for (const hub of report.hubs) lines.push(`  ${hub.type} ${hub.label}: ${hub.reason}`);
  }
  if (report.brokers.length > 0) {
    lines.push('', 'Top brokers:');
    for (const broker of report.brokers.slice(0, 5)) {
      lines.push(`  ${broker.type} ${broker.label}${broker.country ? ` (${countryName(broker.country)})` : ''} — bridges ${broker.clusters.join(', ')} (score ${broker.score})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
