// The dossier's "why" section: each broker's bridges and role, each key player's reasons, each cluster's countries.

import type { Report } from '../reportModel.ts';
import { escapeHtml, nameText, table, userText } from './html.ts';

/** Clusters that are not hubs and have three members or more, the ones a reader will look at. */
const shown = (report: Report) => report.clusters.filter((cluster) => !cluster.hub && cluster.size >= 3);

/**
 * Brokers with the clusters they bridge beyond chance, their role and why; then, per cluster, its
 * countries' shares and roles and why its top key players rank. Empty when the report has none of these
 * (an analysis saved before they existed).
 */
export function playersSection(report: Report): string {
  const brokers = report.brokers.filter((broker) => broker.why !== undefined).slice(0, 10).map((broker) => [
    `${nameText(broker.label)} <span class="muted">(${escapeHtml(broker.type)} <span class="key">${userText(broker.key)}</span>)</span>`,
    escapeHtml(broker.clusters.join(', ')),
    escapeHtml(broker.role ?? '—'),
    userText(broker.why ?? ''),
  ]);
  const clusters = shown(report).slice(0, 20).flatMap((cluster) => {
    const shares = (cluster.countryShares ?? []).map((share) =>
      `${userText(share.country)} ${Math.round(share.share * 100)}% (${share.people} people, ${share.phones} phones, ${share.accounts} accounts)`);
    const players = cluster.keyPlayers.filter((player) => player.why !== undefined).slice(0, 3)
      .map((player) => `<li>${nameText(player.label)}: ${userText(player.why ?? '')}</li>`);
    if (shares.length === 0 && players.length === 0) return [];
    const venues = (cluster.venues ?? []).map((venue) => userText(venue.label));
    return [`<h3>${escapeHtml(cluster.id)} — ${cluster.crossBorder ? 'cross-border' : 'one country'}</h3>
<p>Countries of its people, phones and accounts: ${shares.join('; ') || '—'}.${venues.length > 0 ? ` Places and service numbers (listed apart, never key players): ${venues.join(', ')}.` : ''}</p>
${players.length > 0 ? `<ul>${players.join('')}</ul>` : ''}`];
  });
  if (brokers.length === 0 && clusters.length === 0) return '';
  return `<section id="why"><h2>Why these brokers and key players</h2>
<p class="muted">A broker is tied to two clusters or more beyond what its number of ties would give by chance (configuration model, Poisson test); its role follows Gould &amp; Fernandez from the direction of its calls and transfers. A cluster is cross-border when at least two of its people, phones and accounts, and 10% of them, come from a second country.</p>
${brokers.length > 0 ? table(['Broker', 'Bridges', 'Role', 'Why'], brokers) : ''}
${clusters.join('\n')}</section>`;
}
