// The start page: what Simpul does, that nothing leaves the computer, and the two ways in.
import { useState, type DragEvent } from 'react';
import { FilePicker } from '../components/FilePicker.tsx';
import { useWords } from '../i18n/I18nProvider.tsx';
import type { StoredCaseInfo } from '../storage/caseStore.ts';
import { useWorkshop } from '../training/WorkshopContext.tsx';
import { RestoreOffer } from './RestoreOffer.tsx';

export function StartView({ onFiles, onSample, sampleAvailable, onOpenCase, stored, restoring, onRestore, onDiscard }: {
  onFiles: (files: File[]) => void; onSample: () => void; sampleAvailable: boolean; onOpenCase: (file: File) => void;
  stored?: StoredCaseInfo; restoring: boolean; onRestore: () => void; onDiscard: () => void;
}) {
  const { t } = useWords();
  const workshop = useWorkshop();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (event.dataTransfer.files.length > 0) onFiles([...event.dataTransfer.files]);
  };
  return (
    <main className="start-view">
      <section className="start-card">
        <h1>{t('app.name')}</h1>
        <p className="lede">{t('start.lede')}</p>
        <p className="start-tour muted small">
          <button type="button" className="link-button" data-testid="start-tour" onClick={workshop.openTour}>{t('start.tour')}</button>
          {' · '}
          <button type="button" className="link-button" data-testid="start-training" onClick={workshop.openTraining}>{t('start.training')}</button>
        </p>
        {stored ? <RestoreOffer info={stored} restoring={restoring} onRestore={onRestore} onDiscard={onDiscard} /> : null}
        <p className="privacy"><span aria-hidden="true">🔒</span> {t('start.privacy')}</p>
        <div
          className={`drop-zone${over ? ' over' : ''}`}
          onDragOver={(event) => { event.preventDefault(); setOver(true); }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <p className="drop-title">{t('start.dropTitle')}</p>
          <p className="muted">{t('start.dropHint')}</p>
          <div className="start-actions">
            <FilePicker label={t('start.choose')} onFiles={onFiles} primary />
            <button type="button" className="button" data-testid="open-sample" onClick={onSample} disabled={!sampleAvailable}
              title={sampleAvailable ? t('start.sampleTitle') : t('start.noSample')}>
              {t('start.sample')}
            </button>
          </div>
          <p className="muted small start-open">
            {t('start.continueSaved')} <FilePicker label={t('start.openCase')} onFiles={(files) => { if (files[0]) onOpenCase(files[0]); }}
              accept=".json,.gz,application/json,application/gzip" testId="open-case-input" multiple={false} small />
          </p>
        </div>
        <p className="muted small">{t('start.footnote')}</p>
      </section>
    </main>
  );
}
