// The dossier's "why" section: each broker's bridges and role, each key player's reasons, each cluster's countries.

import { inRankOrder } from '../../analysis/clusterRank.ts';
import type { Report } from '../reportModel.ts';
import { escapeHtml, nameText, table, userText } from './html.ts';
import type { DossierWords } from './words.ts';
import { clusterReach, type ClusterReach } from '../../analysis/countryShares.ts';

/** The catalogue's select word for a cluster's reach (`dossier.players.heading`). */
const REACH_WORD: Record<ClusterReach, string> = { 'cross-border': 'yes', 'one-country': 'no', 'mainly-one-country': 'mainly', 'too-few-actors': 'few' };
import { dossierWords } from './words.ts';

/** Clusters that are not hubs and have three members or more, the ones a reader will look at. */
const shown = (report: Report) => inRankOrder(report.clusters.filter((cluster) => !cluster.hub && cluster.size >= 3));

/**
 * Brokers with the clusters they bridge beyond chance, their role and why; then, per cluster, its
 * countries' shares and roles and why its top key players rank. Empty when the report has none of these
 * (an analysis saved before they existed).
 */
export function playersSection(report: Report, w: DossierWords = dossierWords()): string {
  const brokers = report.brokers.filter((broker) => broker.why !== undefined || broker.whyCode !== undefined).slice(0, 10).map((broker) => [
    `${nameText(w.label(broker), w.t)} <span class="muted">(${escapeHtml(w.type(broker.type))} <span class="key">${userText(broker.key)}</span>)</span>`,
    escapeHtml(broker.clusters.join(', ')),
    broker.role ? w.h(`bench.brokers.role.${broker.role}`) : '—',
    escapeHtml(w.why(broker)),
  ]);
  const clusters = shown(report).slice(0, 20).flatMap((cluster) => {
    const shares = (cluster.countryShares ?? []).map((share) => w.html('dossier.players.share', {
      percent: Math.round(share.share * 100), people: share.people, phones: share.phones, accounts: share.accounts,
    }, { country: userText(share.country) }));
    const players = cluster.keyPlayers.filter((player) => player.why !== undefined || player.whyCode !== undefined).slice(0, 3)
      .map((player) => `<li>${nameText(w.label(player), w.t)}: ${escapeHtml(w.why(player))}</li>`);
    if (shares.length === 0 && players.length === 0) return [];
    const venues = (cluster.venues ?? []).map((venue) => userText(venue.label));
    return [`<h3>${w.h('dossier.players.heading', { id: cluster.id, crossBorder: cluster.crossBorder ? 'yes' : REACH_WORD[clusterReach(cluster.countryShares ?? [])] })}</h3>
<p>${w.html('dossier.players.countries', {}, { shares: shares.join('; ') || '—' })}${venues.length > 0 ? ` ${w.html('dossier.players.venues', {}, { venues: venues.join(', ') })}` : ''}</p>
${players.length > 0 ? `<ul>${players.join('')}</ul>` : ''}`];
  });
  if (brokers.length === 0 && clusters.length === 0) return '';
  return `<section id="why"><h2>${w.h('dossier.section.why')}</h2>
<p class="muted">${w.h('dossier.players.intro')}</p>
${brokers.length > 0 ? table([w.h('dossier.col.broker'), w.h('dossier.col.bridges'), w.h('dossier.col.role'), w.h('dossier.col.why')], brokers) : ''}
${clusters.join('\n')}</section>`;
}
