// The scenario picker: each bundled scenario with its briefing, the button that opens its case, and the
// trainer's corner where the class's answers files are combined into one CSV.
import { useState } from 'react';
import { classAnswersCsv, readAnswersFile, type AnswersFile } from '../../core/training/answers.ts';
import { FilePicker } from '../components/FilePicker.tsx';
import { downloadText } from '../format/download.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { bundledScenarios, type BundledScenario } from './bundled.ts';
import { inLanguage, useWorkshop } from './WorkshopContext.tsx';

export function TrainingPicker({ onOpenCase }: { onOpenCase: (bundled: BundledScenario) => void }) {
  const { t, language } = useWords();
  const workshop = useWorkshop();
  const scenarios = bundledScenarios();
  const [chosen, setChosen] = useState<BundledScenario>();
  return (
    <div className="overlay" role="presentation">
      <section className="training-picker" role="dialog" aria-modal="true" aria-labelledby="training-title" data-testid="training-picker">
        <header className="training-picker-head">
          <h2 id="training-title">{t('training.title')}</h2>
          <button type="button" className="link-button" data-testid="training-close" onClick={workshop.closeTraining}>{t('training.close')}</button>
        </header>
        {chosen ? (
          <div className="training-briefing" data-testid="training-briefing" data-scenario={chosen.scenario.id}>
            <button type="button" className="link-button" onClick={() => setChosen(undefined)}>← {t('training.back')}</button>
            <h3>{t('training.briefing')}</h3>
            <Markdown text={inLanguage(chosen.briefing, language)} />
            <p className="muted small">{t('training.files', { count: chosen.scenario.files.length })} · {t('training.tasks', { count: chosen.scenario.tasks.length })} · {t('training.seed', { seed: chosen.scenario.seed })}</p>
            <button type="button" className="button primary" data-testid="training-start" onClick={() => { workshop.begin(chosen); onOpenCase(chosen); }}>{t('training.start')}</button>
          </div>
        ) : (
          <>
            <p className="muted">{t('training.intro')}</p>
            <h3>{t('training.pick')}</h3>
            <ul className="scenario-list">
              {scenarios.map((item) => (
                <li key={item.scenario.id}>
                  <button type="button" className="scenario-card" data-testid="training-scenario" data-scenario={item.scenario.id} onClick={() => setChosen(item)}>
                    <span className="scenario-title">{inLanguage(item.scenario.title, language)}</span>
                    <span className="muted small">{inLanguage(item.scenario.summary, language)}</span>
                    <span className="muted small">{t('training.files', { count: item.scenario.files.length })} · {t('training.tasks', { count: item.scenario.tasks.length })}</span>
                  </button>
                </li>
              ))}
            </ul>
            <ClassAnswers />
          </>
        )}
      </section>
    </div>
  );
}

/** The trainer's corner: load every trainee's answers file, see the scores, save one CSV. */
function ClassAnswers() {
  const { t } = useWords();
  const [files, setFiles] = useState<AnswersFile[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const load = async (chosen: File[]) => {
    const read: AnswersFile[] = [];
    const problems: string[] = [];
    for (const file of chosen) {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        json = undefined;
      }
      const result = readAnswersFile(json);
      if (result.ok) read.push(result.value);
      else problems.push(t('training.classRefused', { file: file.name, problem: result.problem }));
    }
    setFiles((current) => [...current, ...read]);
    setRefused(problems);
  };
  return (
    <details className="class-answers" data-testid="class-answers">
      <summary>{t('training.classTitle')}</summary>
      <p className="muted small">{t('training.classHint')}</p>
      <FilePicker label={t('training.classLoad')} onFiles={(chosen) => void load(chosen)} accept=".json,application/json" testId="class-answers-input" small />
      {refused.map((line) => <p key={line} className="error-text small">{line}</p>)}
      {files.length > 0 ? (
        <>
          <ul className="small">{files.map((file, i) => <li key={`${file.trainee}-${i}`}>{t('training.classRow', { trainee: file.trainee, scenario: file.scenario, points: file.points, max: file.max })}</li>)}</ul>
          <button type="button" className="button small" data-testid="class-answers-export"
            onClick={() => downloadText('simpul-class-answers.csv', classAnswersCsv(files), 'text/csv;charset=utf-8')}>{t('training.classExport')}</button>
        </>
      ) : null}
    </details>
  );
}

/** The briefing's small Markdown: `# title` lines and paragraphs, as text (never as HTML). */
function Markdown({ text }: { text: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <div className="markdown">
      {blocks.map((block, i) => (block.startsWith('# ') ? <h4 key={i}>{block.slice(2)}</h4> : <p key={i}>{block}</p>))}
    </div>
  );
}
