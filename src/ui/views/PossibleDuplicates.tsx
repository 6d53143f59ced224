// "Possibly the same as": suggestions a person confirms against the sources; Simpul never merges them.
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { possibleDuplicatesOf } from '../../core/workbench/entityDuplicates.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

export function PossibleDuplicates({ index, id, onSelect }: { index: CaseIndex; id: string; onSelect: (id: string) => void }) {
  const { t, coded } = useWords();
  const suggestions = possibleDuplicatesOf(index.model, id);
  if (suggestions.length === 0) return null;
  return (
    <section data-testid="possible-duplicates">
      <h3>{t('duplicates.title')}</h3>
      <ul className="possible-duplicates">
        {suggestions.map((item) => (
          <li key={item.other}>
            <button type="button" className="link-button" onClick={() => onSelect(item.other)}>
              {index.entity.get(item.other)?.label ?? item.other}
            </button>
            {' '}<span className={`badge ${item.strength}`}>{t(`duplicates.strength.${item.strength}`)}</span>
            <div className="muted small">{item.reasons.map((reason, i) => {
              const code = item.reasonCodes?.length === item.reasons.length ? item.reasonCodes[i] : undefined;
              return code ? coded('duplicates.reason', code.code, code.params, reason) : reason;
            }).join('; ')}</div>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('duplicates.notMerged')}</p>
    </section>
  );
}
