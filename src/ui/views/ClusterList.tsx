// The cluster list: cross-border first, then by size; countries, make-up and top key players of each.
import { useMemo, useState } from 'react';
import type { ClusterProfile } from '../../core/analysis/types.ts';
import { ENTITY_TYPES } from '../../core/model/types.ts';
import { orderedClusters, type CaseIndex } from '../../core/workbench/caseIndex.ts';
import { CountryChip } from '../components/CountryChip.tsx';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { formatCount } from '../format/numbers.ts';
import { clusterColour } from '../graph/palette.ts';
import { NoteField } from '../components/NoteField.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';

const PAGE = 30;

export function ClusterList({ index, selectedCluster, onOpen, onSelectEntity, notes, onNote }: {
  index: CaseIndex; selectedCluster?: string; onOpen: (id: string) => void; onSelectEntity: (id: string) => void;
  notes: Record<string, string>; onNote: (id: string, text: string) => void;
}) {
  const { t, number } = useWords();
  const clusters = useMemo(() => orderedClusters(index.analysis, false), [index]);
  const [shown, setShown] = useState(PAGE);
  const singles = clusters.filter((cluster) => cluster.size === 1).length;
  if (clusters.length === 0) {
    return <div className="empty-state"><p className="empty-title">{t('clusters.noneTitle')}</p><p className="empty-body">{t('clusters.noneBody')}</p></div>;
  }
  return (
    <div className="cluster-list" data-testid="cluster-list">
      <p className="list-caption muted small">
        {t('clusters.caption', { clusters: number(clusters.length), crossBorder: clusters.filter((cluster) => cluster.crossBorder).length })}
        {singles > 0 ? ` · ${t('clusters.singles', { count: number(singles) })}` : ''}
      </p>
      <ul>
        {clusters.slice(0, shown).map((cluster) => (
          <ClusterItem key={cluster.id} cluster={cluster} active={cluster.id === selectedCluster} onOpen={onOpen} onSelectEntity={onSelectEntity}
            note={notes[cluster.id] ?? ''} onNote={onNote} />
        ))}
      </ul>
      {clusters.length > shown ? (
        <button type="button" className="link-button more" onClick={() => setShown(shown + PAGE)}>{t('clusters.more', { count: Math.min(PAGE, clusters.length - shown) })}</button>
      ) : null}
    </div>
  );
}

function ClusterItem({ cluster, active, onOpen, onSelectEntity, note, onNote }: {
  cluster: ClusterProfile; active: boolean; onOpen: (id: string) => void; onSelectEntity: (id: string) => void;
  note: string; onNote: (id: string, text: string) => void;
}) {
  const { t } = useWords();
  return (
    <li className={`cluster-item${active ? ' active' : ''}`} data-testid="cluster-item" data-cluster={cluster.id}>
      <button type="button" className="cluster-open" onClick={() => onOpen(cluster.id)} aria-label={t('clusters.open', { id: cluster.id })}>
        <span className="cluster-swatch" style={{ background: clusterColour(cluster.id) }} aria-hidden="true" />
        <span className="cluster-name">{cluster.id}</span>
        <span className="cluster-size">{formatCount(cluster.size)}</span>
        {cluster.crossBorder ? <span className="badge cross">{t('clusters.crossBorder')}</span> : null}
        {note && !active ? <span className="note-mark" title={note} aria-label={t('clusters.hasNote')}>✎</span> : null}
      </button>
      <div className="cluster-countries">
        {cluster.countries.map((code) => <CountryChip key={code} code={code} />)}
      </div>
      <div className="cluster-makeup muted small">
        {ENTITY_TYPES.filter((type) => cluster.membersByType[type] > 0).map((type) => (
          <span key={type} className="makeup-item"><EntityIcon type={type} /> {t(`entity.count.${type}`, { count: cluster.membersByType[type] })}</span>
        ))}
      </div>
      {cluster.keyPlayers.length > 0 ? (
        <ol className="key-players">
          {cluster.keyPlayers.slice(0, 3).map((player) => (
            <li key={player.id}>
              <button type="button" className="link-button" onClick={() => onSelectEntity(player.id)} title={t('clusters.playerTitle', { key: player.key, score: player.score.toFixed(3) })}>
                <EntityIcon type={player.type} /> {player.label}
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
}
