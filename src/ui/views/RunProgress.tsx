// Progress of a run, one bar per stage, and the Cancel button.
import { PIPELINE_STAGES, type PipelineProgress, type PipelineStage } from '../../core/pipeline.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

/** What the current stage works on, in words: the file being read or planned (or kept from the review). */
function detailOf(item: PipelineProgress | undefined, t: ReturnType<typeof useWords>['t']): string {
  const file = item?.detail;
  if (!item || !file) return '\u00a0';
  if (item.kept) return t('progress.kept', { file });
  if (item.stage === 'parse') return t('progress.reading', { file });
  if (item.stage === 'plan') return t('progress.planning', { file });
  return file;
}

/**
 * `delivery`: parts of the answer received on the page (the case and its analysis, after the last stage): a national
 * case takes seconds to arrive, shown as a last bar.
 */
export function RunProgress({ progress, delivery, onCancel, title }: {
  progress: Partial<Record<PipelineStage, PipelineProgress>>; delivery?: { done: number; total: number }; onCancel: () => void; title: string;
}) {
  const { t, number } = useWords();
  const reached = PIPELINE_STAGES.filter((stage) => progress[stage]);
  const current = reached[reached.length - 1];
  return (
    <main className="progress-view">
      <section className="progress-card" data-testid="progress" aria-live="polite">
        <h2>{title}</h2>
        <p className="muted small">{t('progress.background')}</p>
        <ol className="stages">
          {PIPELINE_STAGES.map((stage) => {
            const item = progress[stage];
            const laterReached = current ? PIPELINE_STAGES.indexOf(current) > PIPELINE_STAGES.indexOf(stage) : false;
            const fraction = item ? (item.total > 0 ? Math.min(1, item.done / item.total) : 1) : laterReached ? 1 : 0;
            const state = fraction >= 1 || laterReached ? 'done' : item ? 'active' : 'waiting';
            return (
              <li key={stage} className={`stage ${state}`} data-stage={stage}>
                <span className="stage-name">{t(`stage.${stage}`)}</span>
                <progress max={1} value={fraction} aria-label={t('progress.stageProgress', { stage: t(`stage.${stage}`) })} />
                <span className="stage-count">
                  {item && item.total > 1 ? t('progress.count', { done: number(Math.floor(item.done)), total: number(item.total) }) : state === 'done' ? t('progress.done') : ''}
                </span>
              </li>
            );
          })}
          {delivery ? (
            <li className={`stage ${delivery.done >= delivery.total ? 'done' : 'active'}`} data-stage="deliver">
              <span className="stage-name">{t('stage.deliver')}</span>
              <progress max={1} value={delivery.total > 0 ? delivery.done / delivery.total : 1} aria-label={t('progress.stageProgress', { stage: t('stage.deliver') })} />
              <span className="stage-count">{delivery.total > 1 ? t('progress.count', { done: number(delivery.done), total: number(delivery.total) }) : ''}</span>
            </li>
          ) : null}
        </ol>
        <p className="muted small stage-detail" data-testid="stage-detail">{current ? detailOf(progress[current], t) : '\u00a0'}</p>
        <button type="button" className="button" data-testid="cancel-run" onClick={onCancel}>{t('progress.cancel')}</button>
      </section>
    </main>
  );
}
