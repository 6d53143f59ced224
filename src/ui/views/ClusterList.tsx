// The cluster list in investigative order (background last): confidence, why it ranks there, countries, make-up, money, time span and key players.
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { ClusterProfile } from '../../core/analysis/types.ts';
import { ENTITY_TYPES } from '../../core/model/types.ts';
import { clusterTally } from '../../core/workbench/clusterTally.ts';
import { orderedClusters, type CaseIndex } from '../../core/workbench/caseIndex.ts';
import { CountryChip } from '../components/CountryChip.tsx';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { formatCount } from '../format/numbers.ts';
import { clusterColour } from '../graph/palette.ts';
import { NoteField } from '../components/NoteField.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';
import { clusterWhy } from '../format/clusterWhy.ts';
import type { ClusterActivity } from '../../core/workbench/clusterActivity.ts';
import { UNSTABLE_BELOW } from '../../core/analysis/stability.ts';
import { visibleText } from '../format/visibleText.ts';

const PAGE = 30;

export function ClusterList({ index, selectedCluster, onOpen, onSelectEntity, notes, onNote, activity }: {
  index: CaseIndex; selectedCluster?: string; onOpen: (id: string) => void; onSelectEntity: (id: string) => void;
  notes: Record<string, string>; onNote: (id: string, text: string) => void;
  /** The open cluster's activity in the brushed time range, when one is brushed. */
  activity?: { clusterId: string; value: ClusterActivity; label: string };
}) {
  const { t } = useWords();
  const clusters = useMemo(() => orderedClusters(index.analysis, false), [index]);
  const tally = useMemo(() => clusterTally(index.analysis.clusters), [index]);
  const [shown, setShown] = useState(PAGE);
  // NOTE: the items are memoised (opening a cluster re-rendered every one, wording each ranking: a long task at a
  // quarter of the national case); the parent's note handler is new on each render, so items get a stable one.
  const noteHandler = useRef(onNote);
  noteHandler.current = onNote;
  const onItemNote = useCallback((id: string, text: string) => noteHandler.current(id, text), []);
  const singles = clusters.filter((cluster) => cluster.size === 1).length;
  if (clusters.length === 0) {
    return <div className="empty-state"><p className="empty-title">{t('clusters.noneTitle')}</p><p className="empty-body">{t('clusters.noneBody')}</p></div>;
  }
  return (
    <div className="cluster-list" data-testid="cluster-list">
      <p className="list-caption muted small">
        {t('clusters.caption', { clusters: tally.clusters, crossBorder: tally.crossBorder })}
        {tally.hubs > 0 ? ` · ${t('clusters.hubsApart', { hubs: tally.hubs, listed: tally.listed })}` : ''}
        {singles > 0 ? ` · ${t('clusters.singles', { count: singles })}` : ''}
      </p>
      <ul>
        {clusters.slice(0, shown).map((cluster) => (
          <ClusterItem key={cluster.id} cluster={cluster} active={cluster.id === selectedCluster} onOpen={onOpen} onSelectEntity={onSelectEntity}
            note={notes[cluster.id] ?? ''} onNote={onItemNote} activity={activity?.clusterId === cluster.id ? activity : undefined} />
        ))}
      </ul>
      {clusters.length > shown ? (
        <button type="button" className="link-button more" onClick={() => setShown(shown + PAGE)}>{t('clusters.more', { count: Math.min(PAGE, clusters.length - shown) })}</button>
      ) : null}
    </div>
  );
}

const ClusterItem = memo(function ClusterItem({ cluster, active, onOpen, onSelectEntity, note, onNote, activity }: {
  cluster: ClusterProfile; active: boolean; onOpen: (id: string) => void; onSelectEntity: (id: string) => void;
  note: string; onNote: (id: string, text: string) => void; activity?: { value: ClusterActivity; label: string };
}) {
  const { t, language, why, label } = useWords();
  const background = cluster.ranking?.background === true;
  return (
    <li className={`cluster-item${active ? ' active' : ''}${background ? ' background' : ''}`} data-testid="cluster-item" data-cluster={cluster.id}
      data-rank={cluster.ranking?.rank} data-background={background ? 'true' : undefined}>
      <button type="button" className="cluster-open" onClick={() => onOpen(cluster.id)} aria-label={t('clusters.open', { id: cluster.id })}>
        <span className="cluster-swatch" style={{ background: clusterColour(cluster.id) }} aria-hidden="true" />
        <span className="cluster-name">{cluster.id}</span>
        <span className="cluster-size">{formatCount(cluster.size)}</span>
        {background ? <span className="badge background" data-testid="background-badge">{t('bench.cluster.background')}</span>
          : cluster.crossBorder ? <span className="badge cross">{t('clusters.crossBorder')}</span> : null}
        {note && !active ? <span className="note-mark" title={note} aria-label={t('clusters.hasNote')}>✎</span> : null}
      </button>
      {cluster.stability !== undefined ? <ConfidenceBar value={cluster.stability} /> : null}
      {cluster.ranking ? <p className="cluster-why muted small" data-testid="cluster-why">{t('bench.cluster.rank', { rank: cluster.ranking.rank, why: clusterWhy(cluster, cluster.ranking, t, language) })}</p> : null}
      <div className="cluster-countries">
        {cluster.countries.map((code) => <CountryChip key={code} code={code} />)}
      </div>
      <div className="cluster-makeup muted small">
        {ENTITY_TYPES.filter((type) => cluster.membersByType[type] > 0).map((type) => (
          <span key={type} className="makeup-item"><EntityIcon type={type} /> {t(`entity.count.${type}`, { count: cluster.membersByType[type] })}</span>
        ))}
      </div>
      <ClusterMoney cluster={cluster} />
      {activity ? <WindowActivity activity={activity.value} label={activity.label} /> : null}
      {cluster.keyPlayers.length > 0 ? (
        <ol className="key-players">
          {cluster.keyPlayers.slice(0, 3).map((player) => (
            <li key={player.id}>
              <button type="button" className="link-button" onClick={() => onSelectEntity(player.id)} title={[t('clusters.playerTitle', { key: player.key, score: player.score.toFixed(3) }), why(player)].filter(Boolean).join('\n')}>
                <EntityIcon type={player.type} /> {visibleText(label(player))}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {active ? (
        <NoteField testId="cluster-note" label={t('clusters.noteLabel', { id: cluster.id })} value={note} onChange={(text) => onNote(cluster.id, text)}
          placeholder={t('clusters.notePlaceholder')} />
      ) : note ? <p className="cluster-note-preview muted small" data-testid="cluster-note-preview">{note}</p> : null}
    </li>
  );
});

/** How firmly the clustering holds the group: share of re-runs it came back in, as a bar. */
function ConfidenceBar({ value }: { value: number }) {
  const { t } = useWords();
  const level = value >= 0.9 ? 'firm' : value >= UNSTABLE_BELOW ? 'fair' : 'weak';
  return (
    <div className={`confidence ${level}`} data-testid="confidence" data-value={value} title={t('bench.cluster.confidenceTitle')}>
      <span className="confidence-label small">{t('bench.cluster.confidence', { percent: Math.round(value * 100) })}</span>
      <span className="confidence-track"><span className="confidence-fill" style={{ width: `${Math.round(value * 100)}%` }} /></span>
    </div>
  );
}

/** Money in / out / within per currency, and the first and last activity. */
function ClusterMoney({ cluster }: { cluster: ClusterProfile }) {
  const { t, money } = useWords();
  const list = (amounts: Record<string, number>) => Object.entries(amounts).map(([currency, amount]) => money(amount, currency)).join(' · ');
  const rows: [string, Record<string, number>][] = [[t('bench.cluster.moneyIn'), cluster.moneyIn], [t('bench.cluster.moneyOut'), cluster.moneyOut], [t('bench.cluster.moneyWithin'), cluster.moneyInternal]];
  const shown = rows.filter(([, amounts]) => Object.keys(amounts).length > 0);
  if (shown.length === 0 && !cluster.firstActivity) return null;
  return (
    <dl className="cluster-money small" data-testid="cluster-money">
      {shown.map(([label, amounts]) => <div key={label}><dt>{label}</dt><dd>{list(amounts)}</dd></div>)}
      {cluster.firstActivity ? <div><dt>{t('bench.cluster.active')}</dt><dd>{cluster.firstActivity.replace('T', ' ')} – {(cluster.lastActivity ?? '').replace('T', ' ')}</dd></div> : null}
    </dl>
  );
}

/** The open cluster inside the brushed time range. */
function WindowActivity({ activity, label }: { activity: ClusterActivity; label: string }) {
  const { t, money } = useWords();
  const list = (amounts: Record<string, number>) => Object.entries(amounts).map(([currency, amount]) => money(amount, currency)).join(' · ') || '—';
  return (
    <div className="window-activity small" data-testid="cluster-window">
      <strong>{t('bench.cluster.inWindow', { range: label })}</strong>
      {activity.ties ? (
        <span data-testid="cluster-window-ties">{t('bench.cluster.windowTies', { calls: activity.ties.calls, transfers: activity.ties.transfers })}</span>
      ) : null}
      {activity.calls + activity.transfers > 0 || !activity.ties ? (
        <>
          <span data-testid="cluster-window-counts">{t('bench.cluster.windowCounts', { calls: activity.calls, transfers: activity.transfers })}</span>
          <span>{t('bench.cluster.moneyIn')}: {list(activity.moneyIn)} · {t('bench.cluster.moneyOut')}: {list(activity.moneyOut)}</span>
        </>
      ) : null}
    </div>
  );
}
