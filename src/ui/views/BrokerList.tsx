// Brokers: who ties which clusters together, and why; a click draws the broker with the clusters it bridges.
import { useMemo, useState } from 'react';
import type { Broker } from '../../core/analysis/types.ts';
import { isVictim } from '../../core/model/roles.ts';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { clusterColour } from '../graph/palette.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

/** Members drawn per bridged cluster at most, so the drawing stays readable. */
const MEMBERS_PER_CLUSTER = 400;

/** The ids to draw for a broker: itself, the identifiers whose ties it carries, and the clusters it bridges (first two). */
export function brokerDrawing(index: CaseIndex, broker: Broker): string[] {
  const ids = [broker.id, ...(broker.identifiers ?? [])];
  for (const clusterId of broker.clusters.slice(0, 2)) ids.push(...(index.cluster.get(clusterId)?.memberIds.slice(0, MEMBERS_PER_CLUSTER) ?? []));
  return [...new Set(ids)];
}

export function BrokerList({ index, selectedId, onDraw }: { index: CaseIndex; selectedId?: string; onDraw: (broker: Broker) => void }) {
  const { t, why, label } = useWords();
  const [withPlaces, setWithPlaces] = useState(false);
  // NOTE: victims are never listed (the analysis already leaves them out; this is the second lock); places and
  // hubs (service numbers) only when asked: a transit airport "bridges" everyone and names nobody.
  const brokers = useMemo(() => index.analysis.brokers.filter((broker) => {
    const entity = index.entity.get(broker.id);
    if (!entity || isVictim(entity)) return false;
    return withPlaces || (broker.type !== 'location' && !index.hubIds.has(broker.id));
  }), [index, withPlaces]);
  return (
    <div className="broker-list" data-testid="broker-list">
      <p className="list-caption muted small">{t('bench.brokers.caption')}</p>
      <label className="check small"><input type="checkbox" checked={withPlaces} onChange={() => setWithPlaces(!withPlaces)} data-testid="brokers-with-places" /> {t('bench.brokers.withPlaces')}</label>
      {brokers.length === 0 ? <p className="muted small">{t('bench.brokers.none')}</p> : (
        <ol>
          {brokers.map((broker, rank) => (
            <li key={broker.id} className={`broker-item${broker.id === selectedId ? ' active' : ''}`} data-testid="broker-item" data-entity={broker.id}>
              <button type="button" className="broker-open" onClick={() => onDraw(broker)} title={t('bench.brokers.draw')}>
                <span className="broker-rank">{rank + 1}</span> <EntityIcon type={broker.type} /> <strong>{label(broker)}</strong>
                <span className="muted small"> {broker.key !== broker.label ? broker.key : ''}</span>
              </button>
              <div className="broker-clusters small">
                {broker.clusters.map((clusterId) => (
                  <span key={clusterId} className="chip"><span className="cluster-swatch" style={{ background: clusterColour(clusterId) }} aria-hidden="true" />{clusterId}</span>
                ))}
                <span className="muted"> · {t('bench.brokers.score', { score: broker.score })}</span>
                {broker.role ? <span className="muted"> · {t(`bench.brokers.role.${broker.role}`)}</span> : null}
              </div>
              <p className="broker-why small muted">{why(broker) ?? t('bench.brokers.measure')}</p>
              {broker.bridges?.length ? (
                <ul className="broker-bridges small">
                  {broker.bridges.slice(0, 3).map((bridge) => (
                    <li key={bridge.cluster}>{t('bench.brokers.bridge', { cluster: bridge.cluster, weight: bridge.weight, expected: bridge.expected, partners: bridge.partners })}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
