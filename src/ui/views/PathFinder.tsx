// Shortest paths between two entities, highlighted in the graph and listed step by step.
import { useState } from 'react';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import type { SearchIndex } from '../../core/workbench/searchIndex.ts';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';
import { VictimBadge } from '../components/VictimBadge.tsx';
import { isVictim } from '../../core/model/roles.ts';

export interface PathState {
  from?: string;
  to?: string;
  paths: string[][];
  searched: boolean;
}

export function PathFinder({ index, search, path, onChange, onFind, onSelect, onShow }: {
  index: CaseIndex; search: SearchIndex; path: PathState; onChange: (path: PathState) => void;
  onFind: (from: string, to: string, throughHubs: boolean) => void; onSelect: (id: string) => void; onShow: () => void;
}) {
  const { t } = useWords();
  const [throughHubs, setThroughHubs] = useState(false);
  return (
    <div className="path-finder" data-testid="path-finder">
      <EndPicker label={t('path.from')} testId="path-from" value={path.from} index={index} search={search} onPick={(id) => onChange({ ...path, from: id, paths: [], searched: false })} />
      <EndPicker label={t('path.to')} testId="path-to" value={path.to} index={index} search={search} onPick={(id) => onChange({ ...path, to: id, paths: [], searched: false })} />
      <label className="check small"><input type="checkbox" checked={throughHubs} onChange={() => setThroughHubs(!throughHubs)} /> {t('path.throughHubs')}</label>
      <div className="row-actions">
        <button type="button" className="button primary small" data-testid="path-find" disabled={!path.from || !path.to}
          onClick={() => path.from && path.to && onFind(path.from, path.to, throughHubs)}>{t('path.find')}</button>
        {path.paths.length > 0 ? <button type="button" className="button small" onClick={onShow}>{t('path.show')}</button> : null}
      </div>
      <div data-testid="path-result" className="path-result">
        {path.searched && path.paths.length === 0 ? (
          <EmptyState title={t('path.notConnected')}>{throughHubs ? t('path.noChain') : t('path.noChainHubs')}</EmptyState>
        ) : null}
        {path.paths.map((steps, pathIndex) => (
          <ol key={pathIndex} className="path-steps">
            <li className="path-title muted small">{t('path.title', { number: pathIndex + 1, steps: steps.length - 1 })}</li>
            {steps.map((id, stepIndex) => {
              const entity = index.entity.get(id);
              const next = steps[stepIndex + 1];
              const types = next ? linkTypesBetween(index, id, next).map((type) => t(`link.${type}`)) : [];
              return (
                <li key={`${id}-${stepIndex}`} className="path-step" data-testid="path-step">
                  <button type="button" className="link-button" onClick={() => onSelect(id)}>
                    {entity ? <EntityIcon type={entity.type} /> : null} {entity?.label ?? id}
                  </button>
                  {entity && isVictim(entity) ? <VictimBadge /> : null}
                  {next ? <div className="path-link muted small">↓ {types.join(', ')}</div> : null}
                </li>
              );
            })}
          </ol>
        ))}
      </div>
    </div>
  );
}

function linkTypesBetween(index: CaseIndex, a: string, b: string): string[] {
  // Link types, not words: the caller translates them.
  const types = new Set<string>();
  for (const linkIndex of index.linksOf.get(a) ?? []) {
    const link = index.model.links[linkIndex];
    if (link && ((link.source === a && link.target === b) || (link.source === b && link.target === a))) types.add(link.type);
  }
  return [...types];
}

function EndPicker({ label, testId, value, index, search, onPick }: {
  label: string; testId: string; value?: string; index: CaseIndex; search: SearchIndex; onPick: (id: string | undefined) => void;
}) {
  const { t } = useWords();
  const [query, setQuery] = useState('');
  const hits = query.trim().length >= 2 ? search.search(query, 8) : [];
  const entity = value ? index.entity.get(value) : undefined;
  return (
    <div className="end-picker">
      <span className="end-label">{label}</span>
      {entity ? (
        <div className="end-chosen" data-testid={`${testId}-chosen`}>
          <EntityIcon type={entity.type} /> {entity.label}
          <button type="button" className="link-button" onClick={() => onPick(undefined)} aria-label={t('path.clear', { end: label })}>{t('common.change')}</button>
        </div>
      ) : (
        <div className="end-search">
          <input type="search" data-testid={testId} placeholder={t('path.placeholder')} value={query} onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => { if (event.key === 'Enter' && hits[0]) { onPick(hits[0].id); setQuery(''); } }} />
          {hits.length > 0 ? (
            <ul className="search-results inline">
              {hits.map((hit) => (
                <li key={hit.id}><button type="button" onClick={() => { onPick(hit.id); setQuery(''); }}><EntityIcon type={hit.type} /> {hit.label}</button></li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </div>
  );
}
