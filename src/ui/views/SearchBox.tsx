// Search by name, id, account or phone number in any format; Enter jumps to the best hit.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchIndex } from '../../core/workbench/searchIndex.ts';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { VictimBadge } from '../components/VictimBadge.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';
import { visibleText } from '../format/visibleText.ts';

export function SearchBox({ index, onJump }: { index: SearchIndex | null; onJump: (id: string) => void }) {
  const { t, label } = useWords();
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // "/" focuses the search from anywhere but a text field, as in most investigation tools.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // NOTE: one scan per search: Enter asked for the best hit and the list asked again, two passes over every entity.
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => setHits([]), [index]);
  const jump = (id: string) => {
    setOpen(false);
    onJump(id);
  };
  return (
    <div className="search-box" onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false); }}>
      <input
        ref={input}
        type="search"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        value={query}
        disabled={!index}
        aria-label={t('search.label')}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            const found = index && query.trim() ? index.search(query, 12) : [];
            setSubmitted(query);
            setHits(found);
            setOpen(true);
            const best = found[0];
            if (best && best.score >= 80) jump(best.id);
          } else if (event.key === 'Escape') setOpen(false);
        }}
      />
      {open && submitted ? (
        <ul className="search-results" data-testid="search-results" role="listbox">
          {hits.length === 0 ? <li className="muted small pad">{t('search.nothing', { query: submitted })}</li> : null}
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => jump(hit.id)} data-testid="search-hit" data-entity={hit.id}>
                <EntityIcon type={hit.type} /> <span className="hit-label">{visibleText(label(hit))}</span>{hit.victim ? <> <VictimBadge /></> : null}
                <span className="muted small"> {hit.key !== hit.label ? hit.key : ''} · {hit.matched}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
