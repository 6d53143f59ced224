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
import { ENTITY_LABELS } from '../format/labels.ts';
import { formatDecimal, plural } from '../format/numbers.ts';
import { NeighbourList } from './NeighbourList.tsx';
import { Provenance } from './Provenance.tsx';
import { HubCorrection } from './HubCorrection.tsx';
import type { HubChoice } from '../../core/workbench/hubOverrides.ts';
import { NoteField } from '../components/NoteField.tsx';
import { PossibleDuplicates } from './PossibleDuplicates.tsx';

export interface EntityActions {
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onHide: (id: string) => void;
  onPathEnd: (end: 'from' | 'to', id: string) => void;
  onOpenCluster: (id: string) => void;
  onHubChoice: (id: string, choice: HubChoice) => void;
}

export function EntityPanel({ index, id, actions, hubChoice, note, onNote }: {
  index: CaseIndex; id?: string; actions: EntityActions; hubChoice: HubChoice; note: string; onNote: (id: string, text: string) => void;
}) {
  const entity = id ? index.entity.get(id) : undefined;
  if (!entity) {
    return (
      <div className="entity-panel" data-testid="entity-panel">
        <EmptyState title="No entity selected">Click a node in the graph, a key player in the list, or search for a name or number.</EmptyState>
      </div>
    );
  }
  const victim = isVictim(entity);
  const clusterId = index.analysis.clusterOf[entity.id];
  const scores = index.analysis.scores[entity.id];
  const hub = index.analysis.hubs.find((item) => item.id === entity.id);
  const { groups, total } = neighbourGroups(index, entity.id);
  const attributes = Object.entries(entity.attributes).filter(([, value]) => value !== '');
  return (
    <div className={`entity-panel${victim ? ' is-victim' : ''}`} data-testid="entity-panel" data-entity={entity.id}>
      <header className="entity-head">
        <div className="entity-type"><EntityIcon type={entity.type} /> {ENTITY_LABELS[entity.type]}</div>
        <h2 className="entity-label" data-testid="entity-label">{entity.label}</h2>
        <div className="entity-badges">
          {victim ? <VictimBadge /> : null}
          {hub ? <span className="badge hub" title={hub.reason}>hub — set aside</span> : null}
          {entity.country ? <CountryChip code={entity.country} /> : null}
          {clusterId ? <button type="button" className="chip link" onClick={() => actions.onOpenCluster(clusterId)}>cluster {clusterId}</button> : null}
        </div>
        <p className="entity-key mono" title="Canonical key">{entity.key}</p>
      </header>
      <div className="entity-actions">
        <button type="button" className="button small" data-testid="expand-node" onClick={() => actions.onExpand(entity.id)}>Expand neighbours</button>
        <button type="button" className="button small" data-testid="hide-node" onClick={() => actions.onHide(entity.id)}>Hide</button>
        <button type="button" className="button small" onClick={() => actions.onPathEnd('from', entity.id)}>Path from</button>
        <button type="button" className="button small" onClick={() => actions.onPathEnd('to', entity.id)}>Path to</button>
        <HubCorrection isHub={Boolean(hub)} choice={hubChoice} onChoice={(choice) => actions.onHubChoice(entity.id, choice)} />
      </div>
      <div className="entity-body">
        <NoteField key={entity.id} testId="entity-note" label="Your note" value={note} onChange={(text) => onNote(entity.id, text)}
          placeholder="What you know or suspect about this entity; kept with the case and printed in the dossier" />
        {hub ? <p className="note">{hub.reason}</p> : null}
        {victim ? <p className="note protect">Recorded as a victim in the sources. Victims are never ranked as key players or brokers.</p> : null}
        <PossibleDuplicates index={index} id={entity.id} onSelect={actions.onSelect} />
        <section>
          <h3>Written in the sources as</h3>
          <ul className="variants" data-testid="variants">{entity.variants.map((variant) => <li key={variant} className="mono">{variant}</li>)}</ul>
        </section>
        {attributes.length > 0 || entity.country ? (
          <section>
            <h3>Attributes</h3>
            <dl className="attributes">
              {entity.country ? <><dt>country</dt><dd>{countryName(entity.country)} ({entity.country})</dd></> : null}
              {attributes.map(([name, value]) => <Fragment key={name}><dt>{name}</dt><dd>{value}</dd></Fragment>)}
            </dl>
          </section>
        ) : null}
        {scores && !victim ? (
          <section>
            <h3>Scores</h3>
            <dl className="attributes">
              <dt>weighted degree</dt><dd>{formatDecimal(scores.weightedDegree)}</dd>
              <dt>PageRank</dt><dd>{scores.pagerank.toFixed(4)}</dd>
              <dt>betweenness</dt><dd>{scores.betweenness.toFixed(4)}</dd>
            </dl>
          </section>
        ) : null}
        <section>
          <h3>Neighbours <span className="muted">({plural(total, 'link')})</span></h3>
          <NeighbourList groups={groups} onSelect={actions.onSelect} />
        </section>
        <section>
          <h3>Provenance</h3>
          <Provenance sources={entity.sources} />
        </section>
      </div>
    </div>
  );
}
