// The dossier's workbench sections: cluster confidence and order, the timeline picture, and the money trail's end accounts.

import { inRankOrder } from '../../analysis/clusterRank.ts';
import { UNSTABLE_BELOW } from '../../analysis/stability.ts';
import { followMoney, type TrailEnd } from '../../workbench/moneyTrail.ts';
import { countsAtFirstTimes, formatInZone, guessZones, histogram, rowTimesInSteps, zoneLabel, type RowTimes } from '../../workbench/timeline.ts';
import { ROW_DETAIL_LIMIT } from '../../model/types.ts';
import { escapeHtml, nameText, table, userText } from './html.ts';
import { isMainCluster, type DossierContext } from './sections.ts';
import { clusterWhy } from '../../i18n/clusterWhy.ts';
import { wordsOf } from './words.ts';
import { sayCurrency } from '../../i18n/entityLabel.ts';
import { translateCode } from '../../i18n/translate.ts';

/** Entry points followed for the money-trail section at most (accounts sending money but receiving none). */
const TRAIL_STARTS = 300;

/** One sentence per cluster on how firmly it holds and why it ranks where it does; background clusters named. */
export function confidenceSection(context: DossierContext): string {
  const { report } = context;
  const runs = report.parameters.stabilityRuns;
  const clusters = inRankOrder(report.clusters.filter((cluster) => isMainCluster(cluster) && cluster.ranking));
  if (clusters.length === 0) return '';
  const w = wordsOf(context);
  const rows = clusters.map((cluster) => {
    const unstable = cluster.members.filter((member) => member.coMembership !== undefined && member.coMembership < UNSTABLE_BELOW);
    const names = `${unstable.slice(0, 8).map((member) => userText(w.label(member))).join(', ')}${unstable.length > 8 ? ', …' : ''}`;
    const sentence = cluster.stability === undefined ? w.h('dossier.confidence.notMeasured')
      : w.html('dossier.confidence.cameBack', {
        how: cluster.stability >= 0.9 ? 'whole' : cluster.stability >= UNSTABLE_BELOW ? 'mostly' : 'part', runs: runs ?? 0, stability: cluster.stability, unstable: unstable.length,
      }, { names });
    const why = cluster.ranking ? clusterWhy({ ...(cluster.hub ? { hub: true } : {}), size: cluster.size }, cluster.ranking, w.t, w.language) : '';
    return [
      escapeHtml(cluster.ranking?.rank ?? ''), `<a href="#cluster-${escapeHtml(cluster.id)}">${escapeHtml(cluster.id)}</a>`,
      cluster.ranking?.background ? `<span class="badge">${w.h('bench.cluster.background')}</span>` : '', escapeHtml(why), sentence,
    ];
  });
  return `<section id="confidence"><h2>${w.h('dossier.section.confidence')}</h2>
<p class="muted">${w.h('dossier.confidence.intro')}</p>
${table([w.h('dossier.col.rank'), w.h('dossier.col.cluster'), '', w.h('dossier.col.why'), w.h('dossier.col.confidence')], rows)}</section>`;
}

/** The whole case's calls and transfers as a bar chart (SVG), with the zones each file was read in. */
export function timelineSection(context: DossierContext): string {
  const zones = guessZones(context.model, context.report.ledger);
  const rows = rowTimesOf(context.model, zones);
  if (rows.length === 0) return '';
  const display = mostCommon([...zones.values()]);
  const bins = histogram(rows, display, 80);
  const width = 720;
  const height = 140;
  const max = Math.max(1, ...bins.calls.map((calls, i) => calls + (bins.transfers[i] ?? 0)));
  const barWidth = width / Math.max(1, bins.calls.length);
  const bars = bins.calls.map((calls, i) => {
    const transfers = bins.transfers[i] ?? 0;
    const hc = (calls / max) * height;
    const ht = (transfers / max) * height;
    const x = (i * barWidth).toFixed(1);
    const w = Math.max(1, barWidth - 1).toFixed(1);
    return `<rect x="${x}" y="${(height - hc).toFixed(1)}" width="${w}" height="${hc.toFixed(1)}" fill="#5b8fc7"/><rect x="${x}" y="${(height - hc - ht).toFixed(1)}" width="${w}" height="${ht.toFixed(1)}" fill="#e08a2b"/>`;
  }).join('');
  const first = bins.edges[0] ?? 0;
  const last = bins.edges[bins.edges.length - 1] ?? 0;
  const labels = [0, 0.5, 1].map((f) => `<text x="${Math.min(width - 64, f * width).toFixed(0)}" y="${height + 14}" font-size="10" fill="#555">${escapeHtml(formatInZone(first + f * (last - first), display, false))}</text>`).join('');
  const w = wordsOf(context);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height + 18}" width="100%" role="img" aria-label="${w.h('bench.timeline.chart')}">${bars}<line x1="0" x2="${width}" y1="${height}" y2="${height}" stroke="#999"/>${labels}</svg>`;
  let calls = 0;
  for (let index = 0; index < rows.length; index++) calls += rows.calls[index] ?? 0;
  const zoneRows = [...zones].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, minutes]) => [userText(file), escapeHtml(zoneLabel(minutes))]);
  return `<section id="timeline"><h2>${w.h('dossier.section.timeline')}</h2>
<p class="muted">${w.h('dossier.timeline.counts', { calls, transfers: rows.length - calls, unit: bins.unit, from: formatInZone(first, display), to: formatInZone(last, display), zone: zoneLabel(display) })}
${w.h('dossier.timeline.zones')}</p>
${countsAtFirstTimes(context.model) ? `<p class="warning">${w.h('bench.timeline.firstTimes', { limit: ROW_DETAIL_LIMIT })}</p>` : ''}
<figure class="timeline-figure">${svg}</figure>
${table([w.h('ledger.file'), w.h('dossier.timeline.zone')], zoneRows)}</section>`;
}

// NOTE: the chart needs each row's time and kind, in any order: as typed arrays (what the page's timeline reads), not a
// national case's million row objects sorted by time.
/** Every call's and transfer's time and kind, read at once. */
function rowTimesOf(model: DossierContext['model'], zones: ReturnType<typeof guessZones>): RowTimes {
  const steps = rowTimesInSteps(model, zones, undefined, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Money followed forward, in time order, from every account that sends money but receives none in the case
 * (where money enters it): the accounts where it ends, with the rows that brought it there.
 */
export function moneyTrailSection(context: DossierContext): string {
  const { model } = context;
  const zones = guessZones(model, context.report.ledger);
  const receives = new Set<string>();
  const sends = new Set<string>();
  for (const link of model.links) {
    if (link.type !== 'transferred') continue;
    sends.add(link.source);
    receives.add(link.target);
  }
  const starts = [...sends].filter((id) => !receives.has(id)).sort().slice(0, TRAIL_STARTS);
  if (starts.length === 0) return '';
  const ends = new Map<string, { end: TrailEnd; from: Set<string> }>();
  for (const start of starts) {
    for (const end of followMoney(model, start, { direction: 'forward', zones }).ends) {
      const known = ends.get(end.id);
      if (known) known.from.add(start);
      else ends.set(end.id, { end, from: new Set([start]) });
    }
  }
  if (ends.size === 0) return '';
  const label = (id: string) => { const entity = context.byId.get(id); return entity ? w.label(entity) : id; };
  const w = wordsOf(context);
  const rows = [...ends.values()].sort((a, b) => b.from.size - a.from.size || (a.end.id < b.end.id ? -1 : 1)).map(({ end, from }) => [
    `${nameText(label(end.id), w.t)} <span class="muted">${escapeHtml(translateCode(w.t, 'bench.trail.kind', end.kind, undefined, end.kind))}</span>`,
    end.holders.map((id) => nameText(label(id), w.t)).join(', '),
    Object.entries(end.amounts).map(([currency, amount]) => `${escapeHtml(w.num(amount, 2))} ${escapeHtml(sayCurrency(w.t, currency))}`).join('<br>'),
    escapeHtml(w.num(from.size)),
    `<span class="key">${end.rows.slice(0, 6).map((row) => userText(`${row.file}:${row.line}`)).join(', ')}${end.rows.length > 6 ? ` +${end.rows.length - 6}` : ''}</span>`,
  ]);
  return `<section id="money-trail"><h2>${w.h('dossier.section.money_trail')}</h2>
<p class="muted">${w.h('dossier.trail.intro', { count: starts.length })}</p>
${table([w.h('dossier.trail.end'), w.h('dossier.trail.heldBy'), w.h('dossier.trail.brought'), w.h('dossier.trail.reachedFrom'), w.h('dossier.trail.rows')], rows)}</section>`;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}
