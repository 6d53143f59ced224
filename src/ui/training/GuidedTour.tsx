// A short guided tour of the screens, in the interface language: skippable, reopenable from the header.
// A step whose screen is showing outlines it; the others just explain.
import { useEffect, useState } from 'react';
import { useWords } from '../i18n/I18nProvider.tsx';
import { useWorkshop } from './WorkshopContext.tsx';

const STEPS: readonly { id: string; target?: string }[] = [
  { id: 'welcome' },
  { id: 'files', target: '.drop-zone' },
  { id: 'review', target: '[data-testid="file-card"]' },
  { id: 'clusters', target: '[data-testid="cluster-list"]' },
  { id: 'graph', target: '[data-testid="entity-panel"]' },
  { id: 'ledger', target: '[data-testid="tab-ledger"]' },
  { id: 'exports', target: '[data-testid="export-menu"]' },
];

export function GuidedTour() {
  const { t } = useWords();
  const { closeTour } = useWorkshop();
  const [number, setNumber] = useState(0);
  const step = STEPS[number] ?? STEPS[0];
  const last = number === STEPS.length - 1;
  useEffect(() => {
    const target = step?.target ? document.querySelector(step.target) : null;
    target?.classList.add('tour-highlight');
    return () => target?.classList.remove('tour-highlight');
  }, [step]);
  useEffect(() => {
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeTour();
    };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [closeTour]);
  if (!step) return null;
  return (
    <section className="tour-card" role="dialog" aria-labelledby="tour-title" data-testid="tour" data-step={step.id}>
      <p className="muted small">{t('tour.step', { number: number + 1, total: STEPS.length })}</p>
      <h2 id="tour-title">{t(`tour.steps.${step.id}.title`)}</h2>
      <p>{t(`tour.steps.${step.id}.body`)}</p>
      <div className="tour-actions">
        <button type="button" className="link-button" data-testid="tour-skip" onClick={closeTour}>{t('tour.skip')}</button>
        <span className="spacer" />
        {number > 0 ? <button type="button" className="button small" data-testid="tour-back" onClick={() => setNumber(number - 1)}>{t('common.back')}</button> : null}
        {last
          ? <button type="button" className="button primary small" data-testid="tour-done" onClick={closeTour}>{t('tour.done')}</button>
          : <button type="button" className="button primary small" data-testid="tour-next" onClick={() => setNumber(number + 1)}>{t('common.next')}</button>}
      </div>
    </section>
  );
}
