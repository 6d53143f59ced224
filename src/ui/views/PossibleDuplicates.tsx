// "Possibly the same as": suggestions a person confirms against the sources; Simpul never merges them.
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { possibleDuplicatesOf } from '../../core/workbench/entityDuplicates.ts';

export function PossibleDuplicates({ index, id, onSelect }: { index: CaseIndex; id: string; onSelect: (id: string) => void }) {
  const suggestions = possibleDuplicatesOf(index.model, id);
  if (suggestions.length === 0) return null;
  return (
    <section data-testid="possible-duplicates">
      <h3>Possibly the same as</h3>
      <ul className="possible-duplicates">
        {suggestions.map((item) => (
          <li key={item.other}>
            <button type="button" className="link-button" onClick={() => onSelect(item.other)}>
              {index.entity.get(item.other)?.label ?? item.other}
            </button>
            {' '}<span className={`badge ${item.strength}`}>{item.strength}</span>
            <div className="muted small">{item.reasons.join('; ')}</div>
          </li>
        ))}
      </ul>
      <p className="muted small">Not merged: check the sources before treating them as one person.</p>
    </section>
  );
}
