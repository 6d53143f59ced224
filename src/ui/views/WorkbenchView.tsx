// The three-pane workbench: clusters and brokers left; overview / graph / map / ledger and the timeline centre;
// entity, path, money trail and link evidence right.
import { useMemo, useState } from 'react';
import { clusterActivity } from '../../core/workbench/clusterActivity.ts';
import { countsAtFirstTimes, formatInZone, guessZones, linksOutsideRange, rowTimesInSteps, tieSpansInSteps, zoneLabel, type RowTimes, type TieSpans, type TimeRange } from '../../core/workbench/timeline.ts';
import { useInSteps } from '../state/useInSteps.ts';
import { BrokerList, brokerDrawing } from './BrokerList.tsx';
import { Timeline } from './Timeline.tsx';
import { MapView } from './MapView.tsx';
import { MoneyTrail } from './MoneyTrail.tsx';
import { LinkEvidence } from './LinkEvidence.tsx';
import { isVictim } from '../../core/model/roles.ts';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { pathFinder } from '../../core/workbench/paths.ts';
import { pathPositions } from '../../core/workbench/pathLayout.ts';
import { hubChoiceOf, type HubChoice } from '../../core/workbench/hubOverrides.ts';
import type { HubOverrides } from '../../core/analysis/types.ts';
import type { SearchIndex } from '../../core/workbench/searchIndex.ts';
import { buildSubgraph } from '../../core/workbench/subgraph.ts';
import type { LedgerEntry } from '../../core/ingest/ledger.ts';
import type { GraphViewApi } from '../state/useGraphView.ts';
import { caseElements, type ColourBy } from '../graph/caseElements.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { ClusterMap } from '../graph/ClusterMap.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { formatCount } from '../format/numbers.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import type { Translate } from '../../core/i18n/translate.ts';
import { ClusterList } from './ClusterList.tsx';
import { HubList } from './HubList.tsx';
import { FilterBar } from './FilterBar.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import { PathFinder } from './PathFinder.tsx';
import { LedgerView } from './LedgerView.tsx';
import { GraphLegend } from './GraphLegend.tsx';
import { setClusterNote, setEntityNote, type CaseNotes } from '../../core/workspace/notes.ts';

const WEBGL_MIN_ELEMENTS = 1500;
const NO_ROWS: RowTimes = { times: new Float64Array(0), calls: new Uint8Array(0), length: 0 };

export function WorkbenchView({ index, search, ledger, graph, hubOverrides, onHubChoice, notes, onNotes }: {
  index: CaseIndex; search: SearchIndex; ledger: LedgerEntry[]; graph: GraphViewApi;
  hubOverrides?: HubOverrides; onHubChoice: (id: string, choice: HubChoice) => void;
  notes: CaseNotes; onNotes: (notes: CaseNotes) => void;
}) {
  const { t, number, label: sayLabel } = useWords();
  const { view } = graph;
  const [colourBy, setColourBy] = useState<ColourBy>('cluster');
  const [leftTab, setLeftTab] = useState<'clusters' | 'brokers' | 'hubs'>('clusters');
  const [zones, setZones] = useState<ReadonlyMap<string, number>>(() => guessZones(index.model, ledger));
  const [displayZone, setDisplayZone] = useState(() => mostCommon([...zones.values()]));
  const [range, setRange] = useState<TimeRange | null>(null);
  const [selectedLink, setSelectedLink] = useState<string | undefined>();
  const outside = useMemo(() => (range ? linksOutsideRange(index.model, zones, range) : undefined), [index, zones, range]);
  const openCluster = view.source?.clusterId ? index.cluster.get(view.source.clusterId) : undefined;
  // NOTE: the model's links arrive in parts: read again as they grow.
  const atFirstTimes = useMemo(() => countsAtFirstTimes(index.model), [index, index.model.links.length]);
  // NOTE: read in steps between the page's tasks: a national case's million call rows were a long task on opening.
  // A case that keeps no row times is charted as ties in contact, not as rows piled on each tie's first time.
  const timeline = useInSteps<RowTimes | TieSpans>(() => {
    const read = atFirstTimes ? tieSpansInSteps : rowTimesInSteps;
    if (!openCluster) return read(index.model, zones);
    const links = new Set<number>();
    for (const id of openCluster.memberIds) for (const linkIndex of index.linksOf.get(id) ?? []) links.add(linkIndex);
    return read(index.model, zones, links);
  }, [index, zones, openCluster, atFirstTimes]);
  const rangeLabel = range ? `${formatInZone(range.from, displayZone)} – ${formatInZone(range.to, displayZone)} ${zoneLabel(displayZone)}` : '';
  const activity = useMemo(() => (range && openCluster
    ? { clusterId: openCluster.id, value: clusterActivity(index, openCluster.memberIds, zones, range), label: rangeLabel }
    : undefined), [index, zones, range, openCluster, rangeLabel]);
  const [boxed, setBoxed] = useState<string[]>([]);
  // NOTE: folded per drawing: a new drawing that is capped again shows the whole notice.
  const [capFolded, setCapFolded] = useState<object | undefined>(undefined);
  const findPaths = useMemo(() => pathFinder(index), [index]);
  const hidden = useMemo(() => new Set(view.hidden), [view.hidden]);
  const pinned = useMemo(() => new Set(view.added), [view.added]);
  const subgraph = useMemo(
    () => buildSubgraph(index, graph.drawnIds, hidden, view.filters, pinned, (id) => {
      const entity = index.entity.get(id);
      return entity ? isVictim(entity) : false;
    }, outside),
    [index, graph.drawnIds, hidden, view.filters, pinned, outside],
  );
  const elements = useMemo(() => caseElements(subgraph, colourBy, sayLabel), [subgraph, colourBy, sayLabel]);
  // NOTE: the WebGL renderer draws every edge solid; below this size the canvas renderer is smooth and
  // keeps the dashed and dotted link styles that tell holds/uses and seen-at links apart.
  const webgl = elements.length > WEBGL_MIN_ELEMENTS;
  const highlighted = useMemo(() => {
    const ids = new Set<string>();
    for (const steps of view.path.paths) {
      steps.forEach((id, step) => {
        ids.add(id);
        const next = steps[step + 1];
        if (next) for (const edge of subgraph.edges) if ((edge.source === id && edge.target === next) || (edge.source === next && edge.target === id)) ids.add(edge.id);
      });
    }
    return view.centre === 'graph' && view.side === 'path' ? ids : new Set<string>();
  }, [view.path.paths, view.centre, view.side, subgraph]);
  const rejected = ledger.reduce((sum, entry) => sum + entry.rejected.length, 0);
  const unread = ledger.filter((entry) => entry.error).length;

  const showPath = () => {
    const ids = [...new Set(view.path.paths.flat())];
    const drawn = ids.every((id) => graph.drawnIds.has(id) && !hidden.has(id));
    if (!drawn) graph.showSelection('Path', ids, true, pathPositions(view.path.paths));
    graph.setCentre('graph');
  };

  return (
    <div className="workbench">
      <aside className="pane left" aria-label={t('workbench.clusters')}>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={leftTab === 'clusters'} onClick={() => setLeftTab('clusters')}>{t('workbench.clusters')}</button>
          <button type="button" role="tab" aria-selected={leftTab === 'brokers'} onClick={() => setLeftTab('brokers')} data-testid="brokers-tab">{t('bench.tabs.brokers')}</button>
          <button type="button" role="tab" aria-selected={leftTab === 'hubs'} onClick={() => setLeftTab('hubs')} data-testid="hubs-tab">{t('workbench.hubs', { count: index.analysis.hubs.length })}</button>
        </div>
        <div className="pane-scroll">
          {leftTab === 'clusters'
            ? <ClusterList index={index} selectedCluster={view.source?.clusterId} onOpen={graph.openCluster} onSelectEntity={graph.jumpTo}
              notes={notes.clusters} onNote={(id, text) => onNotes(setClusterNote(notes, id, text))} activity={activity} />
            : leftTab === 'brokers'
              ? <BrokerList index={index} selectedId={view.selectedId} onDraw={(broker) => {
                graph.showSelection(t('bench.brokers.drawTitle', { label: broker.label }), brokerDrawing(index, broker), false);
                graph.select(broker.id);
              }} />
              : <HubList index={index} onSelectEntity={graph.jumpTo} />}
        </div>
      </aside>
      <section className="pane centre" aria-label={t('workbench.graph')}>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view.centre === 'overview'} onClick={() => graph.setCentre('overview')} data-testid="tab-overview">{t('workbench.clusterMap')}</button>
          <button type="button" role="tab" aria-selected={view.centre === 'graph'} onClick={() => graph.setCentre('graph')} data-testid="tab-graph">
            {view.source ? t('workbench.graphOf', { title: sourceTitle(view.source.title, t) }) : t('workbench.graph')}
          </button>
          <button type="button" role="tab" aria-selected={view.centre === 'map'} onClick={() => graph.setCentre('map')} data-testid="tab-map">{t('bench.tabs.map')}</button>
          <button type="button" role="tab" aria-selected={view.centre === 'ledger'} onClick={() => graph.setCentre('ledger')} data-testid="tab-ledger">
            {t('workbench.ledger')}{rejected > 0 ? <span className="badge warn">{t('workbench.rejected', { count: rejected })}</span> : null}
            {unread > 0 ? <span className="badge error">{t('workbench.notRead', { count: unread })}</span> : null}
          </button>
        </div>
        {view.centre === 'overview' ? (
          <div className="overview-stage">
            <ClusterMap index={index} showHubs={view.filters.showHubs} selectedCluster={view.source?.clusterId} onOpen={graph.openCluster} />
            <WholeCaseButton graph={graph} />
          </div>
        ) : null}
        {view.centre === 'ledger' ? <div className="pane-scroll"><LedgerView ledger={ledger} /></div> : null}
        {view.centre === 'map' ? (
          <div className="pane-scroll">
            <MapView index={index} clusterId={view.source?.clusterId} activeCountries={view.filters.countries} onCountry={(code) => {
              const next = new Set(view.filters.countries);
              if (next.has(code)) next.delete(code);
              else next.add(code);
              graph.setFilters({ ...view.filters, countries: next });
            }} />
          </div>
        ) : null}
        {view.centre === 'graph' ? (
          <div className="graph-area">
            <FilterBar filters={view.filters} countries={index.countries} onChange={graph.setFilters} colourBy={colourBy} onColourBy={setColourBy} />
            {view.source ? (
              <div className="graph-stage">
                <GraphCanvas key={webgl ? 'webgl' : 'canvas'} preferWebgl={webgl} positions={view.source.positions} elements={elements} selectedId={view.selectedId} highlighted={highlighted} onSelect={graph.select} onExpand={graph.expand} onMultiSelect={setBoxed}
                  onSelectLink={(id) => { setSelectedLink(id); graph.setSide('link'); }} />
                {view.source.total !== undefined ? (
                  <div className={`graph-cap small${capFolded === view.source ? ' folded' : ''}`} data-testid="drawing-cap" role="status" data-drawn={view.source.ids.length} data-total={view.source.total} data-cap={graph.maxDrawn}>
                    {t('workbench.capped', { drawn: number(view.source.ids.length), total: number(view.source.total), cap: number(graph.maxDrawn) })}
                    {/* NOTE: inside a cluster, "open a cluster" is no way to narrow down; the notice folds to its first line so it does not hide the drawing. */}
                    {capFolded === view.source ? null : <>{' '}{t(view.source.clusterId === undefined ? 'workbench.narrow' : 'workbench.narrowCluster')}</>}
                    {' '}<button type="button" className="link-button" data-testid="drawing-cap-fold" onClick={() => setCapFolded(capFolded === view.source ? undefined : view.source ?? undefined)}>
                      {t(capFolded === view.source ? 'workbench.capMore' : 'workbench.capLess')}</button>
                  </div>
                ) : null}
                <div className="graph-status muted small" data-testid="graph-status">
                  {t('workbench.drawn', { entities: subgraph.nodes.length, links: subgraph.edges.length })}
                  {subgraph.filteredOut > 0 ? ` · ${t('workbench.filteredOut', { count: number(subgraph.filteredOut) })}` : ''}
                  {view.hidden.length > 0 ? <> · {t('workbench.hidden', { count: view.hidden.length })} <button type="button" className="link-button" onClick={graph.unhideAll}>{t('workbench.show')}</button></> : null}
                  {boxed.length >= 2 ? (
                    <> · <button type="button" className="link-button" data-testid="draw-selected" onClick={() => { graph.showSelection('Selection', boxed); setBoxed([]); }}>
                      {t('workbench.drawSelected', { count: boxed.length })}</button></>
                  ) : ` · ${t('workbench.graphHint')}`}
                </div>
                <GraphLegend />
                {subgraph.nodes.length === 0 ? <div className="graph-empty"><EmptyState title={t('workbench.nothingTitle')}>{t('workbench.nothingBody')}</EmptyState></div> : null}
              </div>
            ) : (
              <EmptyState title={t('workbench.chooseTitle')}>
                {t('workbench.chooseBody')}
                <p><WholeCaseButton graph={graph} /></p>
              </EmptyState>
            )}
          </div>
        ) : null}
        {view.centre !== 'ledger' ? (
          <Timeline rows={timeline.value ?? NO_ROWS} counting={timeline.pending} title={openCluster ? openCluster.id : t('bench.timeline.wholeCase')} range={range} onRange={setRange}
            zones={zones} onZone={(file, minutes) => setZones(new Map([...zones, [file, minutes]]))} displayZone={displayZone} onDisplayZone={setDisplayZone} />
        ) : null}
      </section>
      <aside className="pane right" aria-label={t('workbench.details')}>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view.side === 'entity'} onClick={() => graph.setSide('entity')} data-testid="tab-entity">{t('workbench.entity')}</button>
          <button type="button" role="tab" aria-selected={view.side === 'path'} onClick={() => graph.setSide('path')} data-testid="tab-path">{t('workbench.path')}</button>
          <button type="button" role="tab" aria-selected={view.side === 'money'} onClick={() => graph.setSide('money')} data-testid="tab-money">{t('bench.tabs.money')}</button>
          <button type="button" role="tab" aria-selected={view.side === 'link'} onClick={() => graph.setSide('link')} data-testid="tab-link">{t('bench.tabs.link')}</button>
        </div>
        <div className="pane-scroll">
          {view.side === 'entity' ? (
            <EntityPanel index={index} id={view.selectedId} note={view.selectedId ? notes.entities[view.selectedId] ?? '' : ''}
              onNote={(id, text) => onNotes(setEntityNote(notes, id, text))} hubChoice={view.selectedId ? hubChoiceOf(hubOverrides, view.selectedId) : 'auto'} actions={{
              onHubChoice,
              onSelect: graph.jumpTo, onExpand: graph.expand, onHide: graph.hide, onOpenCluster: graph.openCluster,
              onPathEnd: (end, id) => { graph.setPath({ ...view.path, [end]: id, paths: [], searched: false }); graph.setSide('path'); },
            }} outside={outside} onMoneyTrail={() => graph.setSide('money')} />
          ) : view.side === 'money' ? (
            <MoneyTrail index={index} startId={view.selectedId} zones={zones} onSelect={graph.jumpTo}
              onDraw={(title, ids) => graph.showSelection(title, ids, true)} />
          ) : view.side === 'link' ? (
            <LinkEvidence index={index} linkId={selectedLink} onSelect={graph.jumpTo} />
          ) : (
            <PathFinder index={index} search={search} path={view.path} onChange={graph.setPath} onSelect={graph.jumpTo} onShow={showPath}
              onFind={(from, to, throughHubs) => {
                const paths = findPaths(from, to, throughHubs);
                graph.setPath({ from, to, paths, searched: true });
                if (paths.length > 0) {
                  const ids = [...new Set(paths.flat())];
                  if (!ids.every((id) => graph.drawnIds.has(id) && !hidden.has(id))) graph.showSelection('Path', ids, true, pathPositions(paths));
                  else graph.setCentre('graph');
                }
              }} />
          )}
        </div>
      </aside>
    </div>
  );
}

function WholeCaseButton({ graph }: { graph: GraphViewApi }) {
  const { t } = useWords();
  const tooBig = graph.wholeCaseSize > graph.maxDrawn;
  return (
    <button type="button" className="button small whole-case" data-testid="show-whole-case" onClick={graph.showWholeCase}
      title={tooBig ? t('workbench.wholeTooBig', { count: graph.wholeCaseSize, cap: formatCount(graph.maxDrawn) }) : t('workbench.wholeTitle')}>
      {t('workbench.whole', { count: formatCount(graph.wholeCaseSize) })}
    </button>
  );
}

/** The drawing's title in the reader's language (the view state keeps the English one it was made with). */
function sourceTitle(title: string, t: Translate): string {
  const cluster = /^Cluster (\S+)$/.exec(title);
  if (cluster) return t('workbench.titleCluster', { id: cluster[1] ?? '' });
  if (title === 'Selection') return t('workbench.titleSelection');
  if (title === 'Path') return t('workbench.titlePath');
  if (title === 'Whole case') return t('workbench.titleWhole');
  return title;
}

/** The zone most files were written in (the display default). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}
