// The import review: one card per file, mapping load/save, and the button that starts the run.
import type { FileReview } from '../../core/workbench/fileReview.ts';
import type { MappingEdit } from '../../core/workbench/mappingEdits.ts';
import type { MappingFile } from '../../core/ingest/mapping.ts';
import type { PipelineProgress } from '../../core/pipeline.ts';
import { mappingFromReviews } from '../../core/workbench/reviewMapping.ts';
import { mappingText } from '../../core/ingest/mappingWriter.ts';
import { downloadText } from '../format/download.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { FilePicker } from '../components/FilePicker.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { FileCard } from './FileCard.tsx';

export interface ImportReviewProps {
  reviews: FileReview[];
  fileCount: number;
  preparing: boolean;
  /** How far the worker has read (files, and the share of the current one). */
  reading?: PipelineProgress;
  /** Planning each file read (numbering plan, dates): the second half of the reading bar. */
  planning?: PipelineProgress;
  mapping?: MappingFile;
  onEdit: (edit: MappingEdit) => void;
  onRemove: (name: string) => void;
  onAddFiles: (files: File[]) => void;
  onLoadMapping: (file: File) => void;
  onRun: () => void;
  onCancel: () => void;
}

export function ImportReview(props: ImportReviewProps) {
  const { t } = useWords();
  const { reviews, preparing } = props;
  const readable = reviews.filter((review) => review.ok);
  const rows = readable.reduce((sum, review) => sum + (review.ok ? review.rowCount : 0), 0);
  const heldRows = reviews.reduce((sum, review) => sum + (!review.ok && review.table ? review.table.rowCount : 0), 0);
  const saveMapping = () => downloadText('simpul-mapping.json', mappingText(mappingFromReviews(reviews, props.mapping)), 'application/json');
  return (
    <main className="review-view"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        if (event.dataTransfer.files.length > 0) props.onAddFiles([...event.dataTransfer.files]);
      }}>
      <div className="review-bar">
        <div>
          <h2>{t('review.title')}</h2>
          <p className="muted small">
            {preparing && reviews.length < props.fileCount ? t('review.reading', { files: props.fileCount }) : t('review.counts', { files: reviews.length, rows })}
            {heldRows > 0 ? <span className="held-rows" data-testid="held-rows"> · ⚠ {t('review.heldRows', { rows: heldRows })}</span> : null}
            {preparing && reviews.length >= props.fileCount ? ` · ${t('review.rereading')}` : ''}
            {' '}— {t('review.hint')}
          </p>
          {preparing && props.reading ? <ReadingBar reading={props.reading} planning={props.planning} /> : null}
        </div>
        <div className="review-actions">
          <FilePicker label={t('review.addFiles')} onFiles={props.onAddFiles} />
          <FilePicker label={t('review.loadMapping')} accept=".json,application/json" testId="mapping-input" multiple={false}
            onFiles={(files) => files[0] && props.onLoadMapping(files[0])} />
          <button type="button" className="button" data-testid="save-mapping" onClick={saveMapping} disabled={readable.length === 0}>{t('review.saveMapping')}</button>
          {preparing ? <button type="button" className="button" data-testid="cancel-reading" onClick={props.onCancel}>{t('review.stop')}</button> : null}
          <button type="button" className="button primary" data-testid="run-analysis" onClick={props.onRun} disabled={preparing || readable.length === 0}>
            {t('review.run')}
          </button>
        </div>
      </div>
      <div className="review-cards" aria-busy={preparing}>
        {reviews.length === 0 && preparing ? <EmptyState title={t('review.readingTitle')}>{t('review.readingBody')}</EmptyState> : null}
        {reviews.length === 0 && !preparing ? <EmptyState title={t('review.noneTitle')}>{t('review.noneBody')}</EmptyState> : null}
        {reviews.map((review) => (
          <FileCard key={review.name} review={review} stated={props.mapping && Object.hasOwn(props.mapping.files, review.name) ? props.mapping.files[review.name] : undefined} onEdit={props.onEdit} onRemove={() => props.onRemove(review.name)} />
        ))}
      </div>
    </main>
  );
}

/** One bar for reading the files (its first half) and planning them (its second): it never stands still for a step. */
function ReadingBar({ reading, planning }: { reading: PipelineProgress; planning?: PipelineProgress }) {
  const { t } = useWords();
  const share = (item: PipelineProgress) => (item.total > 0 ? Math.min(1, item.done / item.total) : 0);
  const value = planning ? 0.5 + share(planning) / 2 : share(reading) / 2;
  const current = planning ?? reading;
  const percent = Math.floor(100 * share(current));
  return (
    <p className="muted small reading-progress">
      <progress data-testid="reading-progress" max={1} value={value} />
      {' '}{t(planning ? 'review.planningFile' : 'review.readingFile', { file: current.detail ?? '', percent })}
    </p>
  );
}
