// A file the import could not read or could not be sure of: why, what to check, its first rows as written, and the kind picker.
import { FILE_KINDS, isFileKind } from '../../core/ingest/roles.ts';
import type { FileReviewFailed } from '../../core/workbench/fileReview.ts';
import type { MappingEdit } from '../../core/workbench/mappingEdits.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { formatBytes, formatCount } from '../format/numbers.ts';
import { errorDetail } from './LedgerView.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { isLegacyEncoding } from '../../core/ingest/legacyEncoding.ts';
import { MAPPING_EXAMPLE } from '../../core/ingest/classify.ts';

// NOTE: the core's message ends with the mapping lines that would read the file as its closest kind; the card
// shows the reasoning as evidence and the lines apart, for a person who wants to save them in a mapping file.

export function HeldOutCard({ review, onEdit, onRemove }: { review: FileReviewFailed; onEdit: (edit: MappingEdit) => void; onRemove: () => void }) {
  const { t, coded } = useWords();
  const heldOut = review.error.code === 'UNCLASSIFIABLE_FILE';
  const message = review.error.message.startsWith(`${review.name}: `) ? review.error.message.slice(review.name.length + 2) : review.error.message;
  const cut = message.indexOf(MAPPING_EXAMPLE);
  const recorded = cut >= 0 ? `${message.slice(0, cut)}.` : message;
  // NOTE: the reading's doubts by their codes, in the reader's language; the recorded English when one has no message.
  const said = (review.error.detail ?? []).map((item) => coded('readingReview', item.code, item.params, ''));
  const why = said.length > 0 && said.every(Boolean) ? `${said.join('; ')}.` : recorded;
  const lines = cut >= 0 ? message.slice(cut + MAPPING_EXAMPLE.length).replace(/\.$/, '') : undefined;
  const readings = review.error.code === 'UNSUPPORTED_ENCODING' && review.error.detail?.some((item) => item.code === 'not-utf8')
    ? review.error.detail.filter((item) => item.code === 'encoding-reading') : undefined;
  return (
    <article className={`file-card failed${heldOut ? ' held-out' : ''}`} data-testid="file-card" data-file={review.name} data-state={heldOut ? 'held-out' : 'failed'}>
      <header className="file-card-head">
        <h3 title={review.name}>{review.name}</h3>
        {review.table ? <span className="muted small">{t('review.rowsSize', { rows: formatCount(review.table.rowCount), size: formatBytes(review.bytes) })}</span> : null}
        <span className="badge error" title={review.error.code} data-code={review.error.code}>{coded('errorBadge', review.error.code, undefined, t('errorBadge.other'))}</span>
        <button type="button" className="link-button" onClick={onRemove}>{t('review.remove')}</button>
      </header>
      {heldOut ? (
        <div className="reading low" data-testid="file-reading">
          <strong className="flag" data-testid="low-confidence">⚠ {t('review.heldOut')}</strong>
          <p className="what-to-check" data-testid="what-to-check">{t('review.heldOutCheck')}</p>
          <label className="field inline kind-pick">{t('review.treatAs')}
            <select data-testid="kind-select" value="" onChange={(event) => isFileKind(event.target.value) && onEdit({ file: review.name, field: 'kind', value: event.target.value })}>
              <option value="">{t('review.chooseKind')}</option>
              {FILE_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kind.${kind}`)}</option>)}
            </select>
          </label>
          <div className="evidence small" data-testid="file-evidence">
            <span className="evidence-label">{t('review.evidence')}:</span> <span data-testid="file-error">{why}</span>
            {lines ? <details><summary>{t('review.mappingLines')}</summary><code className="mapping-lines">{lines}</code></details> : null}
          </div>
        </div>
      ) : readings ? (
        <EncodingChoice name={review.name} readings={readings} onEdit={onEdit} />
      ) : (
        <>
          {/* NOTE: said as the ledger view says it: the code's message in the reader's language, the reasons beside it. */}
          <p className="error-text" data-testid="file-error">{coded('error', review.error.code, undefined, review.error.message)}
            {coded('error', review.error.code, undefined, review.error.message) !== review.error.message ? <span className="muted small"> ({errorDetail(review.error, coded)})</span> : null}</p>
          <p className="muted small">{t('review.notImportedSource')}</p>
        </>
      )}
      {review.table ? (
        <div className="preview-scroll">
          <PreviewTable headers={review.table.headers} rows={review.table.preview} />
        </div>
      ) : null}
    </article>
  );
}

type Reading = NonNullable<FileReviewFailed['error']['detail']>[number];

/** A file that is not UTF-8: what each legacy encoding makes of it, and a button per reading. Nothing is read until a person chooses. */
function EncodingChoice({ name, readings, onEdit }: { name: string; readings: readonly Reading[]; onEdit: (edit: MappingEdit) => void }) {
  const { t } = useWords();
  return (
    <div className="reading low encoding-choice" data-testid="encoding-choice">
      <strong className="flag">⚠ {t('review.encodingTitle')}</strong>
      <p className="what-to-check">{readings.length > 0 ? t('review.encodingHelp') : t('review.encodingNone')}</p>
      <ol className="encoding-readings">
        {readings.map((reading) => {
          const encoding = reading.params.encoding;
          if (!isLegacyEncoding(encoding)) return null;
          return (
            <li key={encoding} data-testid="encoding-reading" data-encoding={encoding}>
              <div className="encoding-head">
                <span className="small">{t('review.encodingReading', { encoding: t(`review.encodingNames.${encoding}`), percent: reading.params.percent ?? 0 })}</span>
                <button type="button" className="button" data-testid="read-as" onClick={() => onEdit({ file: name, field: 'encoding', value: encoding })}>
                  {t('review.readAs', { encoding: t(`review.encodingNames.${encoding}`) })}
                </button>
              </div>
              <pre className="encoding-sample">{String(reading.params.sample ?? '')}</pre>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
