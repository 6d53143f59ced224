// Everything known about one entity: identity, how it was written, where it came from, and who it touches.
import { Fragment } from 'react';
import { isVictim } from '../../core/model/roles.ts';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { neighbourGroups } from '../../core/workbench/neighbours.ts';
import { countryName } from '../../core/normalize/country.ts';
import { CountryChip } from '../components/CountryChip.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { VictimBadge } from '../components/VictimBadge.tsx';
import { formatDecimal } from '../format/numbers.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { sayAttribute } from '../../core/i18n/entityLabel.ts';
import { NeighbourList } from './NeighbourList.tsx';
import { Provenance } from './Provenance.tsx';
import { HubCorrection } from './HubCorrection.tsx';
import type { HubChoice } from '../../core/workbench/hubOverrides.ts';
import { NoteField } from '../components/NoteField.tsx';
import { PossibleDuplicates } from './PossibleDuplicates.tsx';
import { UNSTABLE_BELOW } from '../../core/analysis/stability.ts';
import { visibleText } from '../format/visibleText.ts';

export interface EntityActions {
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onHide: (id: string) => void;
  onPathEnd: (end: 'from' | 'to', id: string) => void;
  onOpenCluster: (id: string) => void;
  onHubChoice: (id: string, choice: HubChoice) => void;
}

export function EntityPanel({ index, id, actions, hubChoice, note, onNote, outside, onMoneyTrail }: {
  index: CaseIndex; id?: string; actions: EntityActions; hubChoice: HubChoice; note: string; onNote: (id: string, text: string) => void;
  /** Links left out by a brushed time range: the neighbour list shows only what happened in the range. */
  outside?: ReadonlySet<number>;
  onMoneyTrail?: () => void;
}) {
  const { t, reason, label } = useWords();
  const entity = id ? index.entity.get(id) : undefined;
  if (!entity) {
    return (
      <div className="entity-panel" data-testid="entity-panel">
        <EmptyState title={t('entityPanel.noneTitle')}>{t('entityPanel.noneBody')}</EmptyState>
      </div>
    );
  }
  const victim = isVictim(entity);
  const clusterId = index.analysis.clusterOf[entity.id];
  const scores = index.analysis.scores[entity.id];
  const hub = index.analysis.hubs.find((item) => item.id === entity.id);
  const { groups, total } = neighbourGroups(index, entity.id, undefined, outside);
  const coMembership = index.analysis.coMembership?.[entity.id];
  const attributes = Object.entries(entity.attributes).filter(([, value]) => value !== '');
  return (
    <div className={`entity-panel${victim ? ' is-victim' : ''}`} data-testid="entity-panel" data-entity={entity.id}>
      <header className="entity-head">
        <div className="entity-type"><EntityIcon type={entity.type} /> {t(`entity.${entity.type}`)}</div>
        <h2 className="entity-label" data-testid="entity-label">{visibleText(label(entity))}</h2>
        <div className="entity-badges">
          {victim ? <VictimBadge /> : null}
          {hub ? <span className="badge hub" title={reason(hub)}>{t('entityPanel.hub')}</span> : null}
          {entity.country ? <CountryChip code={entity.country} /> : null}
          {clusterId ? <button type="button" className="chip link" onClick={() => actions.onOpenCluster(clusterId)}>{t('entityPanel.cluster', { id: clusterId })}</button> : null}
          {coMembership !== undefined && !hub ? (
            <span className={`badge ${coMembership < UNSTABLE_BELOW ? 'unstable' : 'stable'}`} data-testid="co-membership"
              title={t('bench.entity.coMembershipTitle', { runs: index.analysis.parameters.stabilityRuns ?? 0 })}>
              {coMembership < UNSTABLE_BELOW ? t('bench.entity.unstable', { percent: Math.round(coMembership * 100) }) : t('bench.entity.stable', { percent: Math.round(coMembership * 100) })}
            </span>
          ) : null}
        </div>
        <p className="entity-key mono" title={t('entityPanel.key')}>{visibleText(entity.key)}</p>
      </header>
      <div className="entity-actions">
        <button type="button" className="button small" data-testid="expand-node" onClick={() => actions.onExpand(entity.id)}>{t('entityPanel.expand')}</button>
        {onMoneyTrail && (entity.type === 'account' || entity.type === 'person') ? (
          <button type="button" className="button small" data-testid="follow-money" onClick={onMoneyTrail}>{t('bench.entity.followMoney')}</button>
        ) : null}
        <button type="button" className="button small" data-testid="hide-node" onClick={() => actions.onHide(entity.id)}>{t('entityPanel.hide')}</button>
        <button type="button" className="button small" onClick={() => actions.onPathEnd('from', entity.id)}>{t('entityPanel.pathFrom')}</button>
        <button type="button" className="button small" onClick={() => actions.onPathEnd('to', entity.id)}>{t('entityPanel.pathTo')}</button>
        <HubCorrection isHub={Boolean(hub)} choice={hubChoice} onChoice={(choice) => actions.onHubChoice(entity.id, choice)} />
      </div>
      <div className="entity-body">
        <NoteField key={entity.id} testId="entity-note" label={t('entityPanel.note')} value={note} onChange={(text) => onNote(entity.id, text)}
          placeholder={t('entityPanel.notePlaceholder')} />
        {hub ? <p className="note">{reason(hub)}</p> : null}
        {victim ? <p className="note protect">{t('entityPanel.victim')}</p> : null}
        <PossibleDuplicates index={index} id={entity.id} onSelect={actions.onSelect} />
        <section>
          <h3>{t('entityPanel.variants')}</h3>
          <ul className="variants" data-testid="variants">{entity.variants.map((variant) => <li key={variant} className="mono">{visibleText(variant)}</li>)}</ul>
        </section>
        {attributes.length > 0 || entity.country ? (
          <section>
            <h3>{t('entityPanel.attributes')}</h3>
            <dl className="attributes">
              {entity.country ? <><dt>{t('entityPanel.country')}</dt><dd>{countryName(entity.country)} ({entity.country})</dd></> : null}
              {attributes.map(([name, value]) => { const said = sayAttribute(t, name, value); return <Fragment key={name}><dt>{visibleText(said.name)}</dt><dd>{visibleText(said.value)}</dd></Fragment>; })}
            </dl>
          </section>
        ) : null}
        {scores && !victim ? (
          <section>
            <h3>{t('entityPanel.scores')}</h3>
            <dl className="attributes">
              <dt>{t('entityPanel.weightedDegree')}</dt><dd>{formatDecimal(scores.weightedDegree)}</dd>
              <dt>PageRank</dt><dd>{scores.pagerank.toFixed(4)}</dd>
              <dt>{t('entityPanel.betweenness')}</dt><dd>{scores.betweenness.toFixed(4)}</dd>
            </dl>
          </section>
        ) : null}
        <section>
          <h3>{t('entityPanel.neighbours')} <span className="muted">({t('entityPanel.links', { count: total })})</span></h3>
          <NeighbourList groups={groups} onSelect={actions.onSelect} />
        </section>
        <section>
          <h3>{t('entityPanel.provenance')}</h3>
          <Provenance sources={entity.sources} />
        </section>
      </div>
    </div>
  );
}
