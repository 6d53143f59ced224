// Filters for the drill-down: entity types, countries, minimum link weight, hubs; and the colour toggle.
import { ENTITY_TYPES, type EntityType } from '../../core/model/types.ts';
import type { GraphFilters } from '../../core/workbench/subgraph.ts';
import { CountryChip } from '../components/CountryChip.tsx';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';
import type { ColourBy } from '../graph/caseElements.ts';

export function FilterBar({ filters, countries, onChange, colourBy, onColourBy }: {
  filters: GraphFilters; countries: string[]; onChange: (filters: GraphFilters) => void; colourBy: ColourBy; onColourBy: (by: ColourBy) => void;
}) {
  const { t } = useWords();
  const toggleType = (type: EntityType) => {
    const types = new Set(filters.types);
    if (types.has(type)) types.delete(type);
    else types.add(type);
    onChange({ ...filters, types });
  };
  const toggleCountry = (code: string) => {
    const next = new Set(filters.countries);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    onChange({ ...filters, countries: next });
  };
  return (
    <div className="filter-bar" data-testid="filter-bar">
      <div className="filter-group" role="group" aria-label={t('filters.types')}>
        {ENTITY_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={filters.types.has(type)} onChange={() => toggleType(type)} data-testid={`filter-type-${type}`} />
            <EntityIcon type={type} /> {t(`filters.plural.${type}`)}
          </label>
        ))}
      </div>
      <div className="filter-group countries" role="group" aria-label={t('filters.countries')}>
        {countries.slice(0, 12).map((code) => (
          <CountryChip key={code} code={code} active={filters.countries.has(code)} onClick={() => toggleCountry(code)} />
        ))}
      </div>
      <label className="field inline small">{t('filters.minWeight')}
        <input type="number" min={0} max={50} step={0.5} value={filters.minWeight} className="num"
          data-testid="filter-min-weight" onChange={(event) => onChange({ ...filters, minWeight: Math.max(0, Number(event.target.value) || 0) })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.showHubs} onChange={() => onChange({ ...filters, showHubs: !filters.showHubs })} data-testid="filter-hubs" /> {t('filters.hubs')}
      </label>
      <div className="segmented" role="group" aria-label={t('filters.colourBy')}>
        <button type="button" aria-pressed={colourBy === 'cluster'} onClick={() => onColourBy('cluster')}>{t('filters.byCluster')}</button>
        <button type="button" aria-pressed={colourBy === 'country'} onClick={() => onColourBy('country')}>{t('filters.byCountry')}</button>
      </div>
    </div>
  );
}
