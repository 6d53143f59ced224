// One file in the import review: its kind, columns with roles, country and date format, first rows read both ways.
import type { DateFormat } from '../../core/normalize/date.ts';
import { COLUMN_ROLES, FILE_KINDS, isColumnRole, isFileKind } from '../../core/ingest/roles.ts';
import { DATE_FORMATS } from '../../core/ingest/mapping.ts';
import { LOW_CONFIDENCE } from '../../core/ingest/classify.ts';
import { countryName, flagEmoji } from '../../core/normalize/country.ts';
import type { FileReview } from '../../core/workbench/fileReview.ts';
import type { MappingEdit } from '../../core/workbench/mappingEdits.ts';
import { roleLabel } from '../format/labels.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { formatBytes, formatCount } from '../format/numbers.ts';
import { PreviewTable } from './PreviewTable.tsx';

const COUNTRY_CHOICES = ['ID', 'MY', 'TH', 'MM', 'KH', 'LA', 'VN', 'PH', 'SG', 'CN', 'TW', 'KR', 'IN', 'BD', 'LK', 'NP'];

export function FileCard({ review, onEdit, onRemove }: { review: FileReview; onEdit: (edit: MappingEdit) => void; onRemove: () => void }) {
  const { t, coded } = useWords();
  if (!review.ok) {
    return (
      <article className="file-card failed" data-testid="file-card" data-file={review.name}>
        <header className="file-card-head">
          <h3>{review.name}</h3>
          <span className="badge error">{review.error.code}</span>
          <button type="button" className="link-button" onClick={onRemove}>{t('review.remove')}</button>
        </header>
        <p className="error-text" data-testid="file-error">{review.error.message}</p>
        <p className="muted small">{t('review.notImported')}</p>
        {review.error.code === 'UNCLASSIFIABLE_FILE' ? (
          <label className="field inline">{t('review.treatAs')}
            <select value="" onChange={(event) => isFileKind(event.target.value) && onEdit({ file: review.name, field: 'kind', value: event.target.value })}>
              <option value="">{t('review.chooseKind')}</option>
              {FILE_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kind.${kind}`)}</option>)}
            </select>
          </label>
        ) : null}
      </article>
    );
  }
  const countries = review.defaultCountry && !COUNTRY_CHOICES.includes(review.defaultCountry) ? [review.defaultCountry, ...COUNTRY_CHOICES] : COUNTRY_CHOICES;
  return (
    <article className="file-card" data-testid="file-card" data-file={review.name}>
      <header className="file-card-head">
        <h3 title={review.name}>{review.name}</h3>
        <span className="muted small">{t('review.fileFacts', { rows: formatCount(review.rowCount), size: formatBytes(review.bytes), delimiter: review.delimiter === '\t' ? t('review.tab') : review.delimiter })}</span>
        <button type="button" className="link-button" onClick={onRemove}>{t('review.remove')}</button>
      </header>
      <div className="file-settings">
        <label className="field">{t('review.kind')}
          <select data-testid="kind-select" value={review.kind}
            onChange={(event) => isFileKind(event.target.value) && onEdit({ file: review.name, field: 'kind', value: event.target.value })}>
            {FILE_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kind.${kind}`)}</option>)}
          </select>
        </label>
        <label className="field">{t('review.country')}
          <select data-testid="country-select" value={review.defaultCountry ?? ''}
            onChange={(event) => onEdit({ file: review.name, field: 'defaultCountry', value: event.target.value || undefined })}>
            <option value="">{t('review.none')}</option>
            {countries.map((code) => <option key={code} value={code}>{flagEmoji(code)} {code} — {countryName(code)}</option>)}
          </select>
          <span className="field-note">{t(`review.countrySource.${review.countrySource}`)}</span>
        </label>
        <label className="field">{t('review.dateFormat')}
          <select data-testid="date-select" value={review.dateFormat}
            onChange={(event) => onEdit({ file: review.name, field: 'dateFormat', value: DATE_FORMATS.find((format) => format === event.target.value) as DateFormat | undefined })}>
            {DATE_FORMATS.map((format) => <option key={format} value={format}>{t(`review.date.${format}`)}</option>)}
          </select>
        </label>
      </div>
      <div className={`reading${review.needsReview || review.confidence < LOW_CONFIDENCE ? ' low' : ''}`} data-testid="file-reading"
        data-confidence={review.confidence}>
        <strong>{t('review.confidence', { percent: Math.round(review.confidence * 100) })}</strong>
        {review.needsReview || review.confidence < LOW_CONFIDENCE
          ? <span className="badge warn" data-testid="low-confidence"> ⚠ {review.needsReview ?? t('review.checkKind')}</span> : null}
        <ul className="evidence small muted" data-testid="file-evidence">{review.evidence.map((line) => <li key={line}>{line}</li>)}</ul>
      </div>
      {review.assumptions.length > 0 ? (
        <ul className="assumptions">{review.assumptions.map((text) => <li key={text}>{text}</li>)}</ul>
      ) : null}
      <div className="preview-scroll">
        <PreviewTable review={review} roleSelect={(index) => {
          const column = review.columns[index];
          if (!column) return null;
          return (
            <select className={`role-select by-${column.by}`} data-testid="role-select" value={column.role ?? ''} title={[column.by === 'none' ? t('review.roleNotSet') : t('review.roleFrom', { by: column.by }), ...(column.evidence ?? [])].join('\n')}
              data-confidence={column.confidence}
              onChange={(event) => onEdit({ file: review.name, field: 'column', header: column.header, value: isColumnRole(event.target.value) ? event.target.value : undefined })}>
              <option value="">{t('review.attribute')}</option>
              {COLUMN_ROLES.map((role) => <option key={role} value={role}>{coded('review.role', role, undefined, roleLabel(role))}</option>)}
            </select>
          );
        }} />
      </div>
    </article>
  );
}
