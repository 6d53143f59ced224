// One file in the import review: its kind, columns with roles, country and date format, first rows read both ways.
import type { DateFormat } from '../../core/normalize/date.ts';
import { FILE_KINDS, isFileKind } from '../../core/ingest/roles.ts';
import { DATE_FORMATS, type FileMapping } from '../../core/ingest/mapping.ts';
import { LEGACY_ENCODINGS } from '../../core/ingest/legacyEncoding.ts';
import { LOW_CONFIDENCE } from '../../core/ingest/classify.ts';
import { countryName, flagEmoji } from '../../core/normalize/country.ts';
import type { FileReview, FileReviewOk } from '../../core/workbench/fileReview.ts';
import type { MappingEdit } from '../../core/workbench/mappingEdits.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { formatBytes, formatCount } from '../format/numbers.ts';
import { HeldOutCard } from './HeldOutCard.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { isWeakColumn, RoleSelect } from './RoleSelect.tsx';

const COUNTRY_CHOICES = ['ID', 'MY', 'TH', 'MM', 'KH', 'LA', 'VN', 'PH', 'SG', 'CN', 'TW', 'KR', 'IN', 'BD', 'LK', 'NP'];

export function FileCard({ review, stated, onEdit, onRemove }: { review: FileReview; stated?: FileMapping; onEdit: (edit: MappingEdit) => void; onRemove: () => void }) {
  const { t, coded, region } = useWords();
  if (!review.ok) return <HeldOutCard review={review} onEdit={onEdit} onRemove={onRemove} />;
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
          {stated?.kind ? <span className="field-note">{t('review.kindChosen')}</span> : null}
        </label>
        <label className="field">{t('review.country')}
          <select data-testid="country-select" value={review.defaultCountry ?? ''}
            onChange={(event) => onEdit({ file: review.name, field: 'defaultCountry', value: event.target.value || undefined })}>
            <option value="">{t('review.none')}</option>
            {countries.map((code) => <option key={code} value={code}>{flagEmoji(code)} {code} — {region(code) ?? countryName(code)}</option>)}
          </select>
          <span className="field-note">{t(`review.countrySource.${review.countrySource}`)}</span>
        </label>
        <label className="field">{t('review.dateFormat')}
          <select data-testid="date-select" value={review.dateFormat}
            onChange={(event) => onEdit({ file: review.name, field: 'dateFormat', value: DATE_FORMATS.find((format) => format === event.target.value) as DateFormat | undefined })}>
            {DATE_FORMATS.map((format) => <option key={format} value={format}>{t(`review.date.${format}`)}</option>)}
          </select>
        </label>
        {review.encoding ? (
          <label className="field">{t('review.encoding')}
            <select data-testid="encoding-select" value={review.encoding}
              onChange={(event) => onEdit({ file: review.name, field: 'encoding', value: LEGACY_ENCODINGS.find((encoding) => encoding === event.target.value) })}>
              {LEGACY_ENCODINGS.map((encoding) => <option key={encoding} value={encoding}>{t(`review.encodingNames.${encoding}`)}</option>)}
            </select>
            <span className="field-note">{t('review.encodingChosen')}</span>
          </label>
        ) : null}
      </div>
      <Reading review={review} kindStated={stated?.kind !== undefined} />
      {review.assumptions.length > 0 ? (
        <ul className="assumptions">{review.assumptions.map((text) => {
          const note = review.notes?.find((item) => item.text === text);
          return <li key={text} data-label={t('review.assumed')}>{note ? coded('ledger.code', note.code, note.params, text) : text}</li>;
        })}</ul>
      ) : null}
      <div className="preview-scroll">
        <PreviewTable headers={review.columns.map((column) => column.header)} rows={review.preview} columnHead={(index) => {
          const column = review.columns[index];
          return column ? <RoleSelect kind={review.kind} column={column} onChange={(value) => onEdit({ file: review.name, field: 'column', header: column.header, value })} /> : null;
        }} />
      </div>
    </article>
  );
}

/** How sure the reading is, why, and — when doubtful — what a person should check. */
function Reading({ review, kindStated }: { review: FileReviewOk; kindStated: boolean }) {
  const { t, evidence, review: toCheck } = useWords();
  const weak = review.columns.filter(isWeakColumn).map((column) => `“${column.header}”`).join(', ');
  const low = review.needsReview !== undefined || review.confidence < LOW_CONFIDENCE;
  const check = !low ? undefined
    : kindStated ? (weak ? t('review.checkColumns', { columns: weak }) : undefined)
    : weak ? t('review.checkKindAndColumns', { kind: t(`kind.${review.kind}`), columns: weak })
    : t('review.checkKindOnly', { kind: t(`kind.${review.kind}`) });
  return (
    <div className={`reading${low ? ' low' : ''}`} data-testid="file-reading" data-confidence={review.confidence}>
      <strong>{t('review.confidence', { percent: Math.round(review.confidence * 100) })}</strong>
      {low && (!kindStated || check) ? <span className="badge warn" data-testid="low-confidence">⚠ {t('review.lowFlag')}</span> : null}
      {check ? <p className="what-to-check" data-testid="what-to-check">{check}</p> : null}
      <ul className="evidence small muted" data-testid="file-evidence">
        {[...(low && review.needsReview ? [toCheck(review) ?? review.needsReview] : []), ...evidence(review.evidence, review.evidenceCodes)].map((line) => <li key={line}>{line}</li>)}
      </ul>
    </div>
  );
}
