// The training panel beside the workbench: the scenario's tasks, answered with the selected entity or the open
// cluster; each answer is checked against the answer key (found / partly / missed, with the reason) and scored.
import { useState } from 'react';
import { answersDocument, taskAnswer } from '../../core/training/answers.ts';
import type { TrainingTask } from '../../core/training/scenario.ts';
import { scoreCluster, scoreEntities, totalScore } from '../../core/training/score.ts';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { EntityIcon } from '../components/EntityIcon.tsx';
import { downloadText } from '../format/download.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { inLanguage, useWorkshop, type TaskState } from './WorkshopContext.tsx';

export function TrainingPanel({ index, selectedId, openCluster }: { index: CaseIndex; selectedId?: string; openCluster?: string }) {
  const { t, language } = useWords();
  const workshop = useWorkshop();
  const [open, setOpen] = useState(0);
  const [collapsed, setCollapsed] = useState(false);
  const session = workshop.session;
  if (!session) return null;
  const { scenario, key } = session.bundled;
  const scores = scenario.tasks.map((task) => session.tasks.get(task.id)?.score);
  const total = totalScore(scores, scenario.tasks.length);
  const check = (task: TrainingTask, state: TaskState) => {
    const taskKey = key.answers.find((answer) => answer.task === task.id);
    if (!taskKey) return;
    const members = state.cluster !== undefined ? index.analysis.clusters.find((cluster) => cluster.id === state.cluster)?.memberIds : undefined;
    const score = task.answer === 'cluster' ? scoreCluster(taskKey, members) : scoreEntities(taskKey, state.picked);
    workshop.updateTask(task.id, (current) => ({ ...current, score }));
  };
  const exportAnswers = () => {
    const answers = scenario.tasks.flatMap((task) => {
      const state = session.tasks.get(task.id);
      return state?.score ? [taskAnswer(task.id, state.picked, state.score, state.cluster)] : [];
    });
    const trainee = session.trainee.trim() || 'trainee';
    const document = answersDocument({ trainee, scenario: scenario.id, seed: scenario.seed, answeredAt: new Date().toISOString(), answers, ...total });
    const safe = trainee.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 40);
    downloadText(`simpul-answers-${scenario.id}-${safe}.json`, `${JSON.stringify(document, null, 2)}\n`, 'application/json');
  };
  return (
    <aside className={`training-panel${collapsed ? ' collapsed' : ''}`} data-testid="training-panel" data-scenario={scenario.id} aria-label={t('training.title')}>
      <header className="training-panel-head">
        <button type="button" className="link-button" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed}>
          {collapsed ? '▸' : '▾'} {t('training.panel', { title: inLanguage(scenario.title, language) })}
        </button>
        <span className="training-score" data-testid="training-score" data-points={total.points} data-max={total.max}>{t('training.score', { points: total.points, max: total.max })}</span>
      </header>
      {collapsed ? null : (
        <div className="training-body">
          <ol className="training-tasks">
            {scenario.tasks.map((task, number) => {
              const state = session.tasks.get(task.id) ?? { picked: [] };
              const score = state.score;
              return (
                <li key={task.id} className={`training-task${number === open ? ' open' : ''}`} data-testid="training-task" data-task={task.id} data-verdict={score?.verdict ?? ''}>
                  <button type="button" className="training-task-head" onClick={() => setOpen(number)}>
                    <span className="muted small">{t('training.task', { number: number + 1 })}</span>
                    {score ? <span className={`badge verdict-${score.verdict}`}>{t(`training.verdict.${score.verdict}`)}</span> : null}
                    <span className="training-question">{inLanguage(task.question, language)}</span>
                  </button>
                  {number === open ? (
                    <TaskAnswerEditor task={task} state={state} index={index} selectedId={selectedId} openCluster={openCluster}
                      onChange={(change) => workshop.updateTask(task.id, (current) => ({ ...change(current), score: undefined }))}
                      onCheck={() => check(task, state)} />
                  ) : null}
                  {score && number === open ? (
                    <div className={`training-verdict verdict-${score.verdict}`} data-testid="training-verdict" data-verdict={score.verdict} aria-live="polite">
                      <strong>{t(`training.verdict.${score.verdict}`)}</strong> {t(`training.reason.${score.reason}`, score.params)}
                      {score.verdict !== 'found' ? <p className="muted small">{t('training.why', { text: inLanguage(task.explanation, language) })}</p> : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {scores.every(Boolean) ? <p className="training-finished" data-testid="training-finished">{t('training.finished', total)}</p> : null}
          <div className="training-foot">
            <label className="small">{t('training.trainee')}{' '}
              <input type="text" data-testid="training-trainee" value={session.trainee} placeholder={t('training.traineePlaceholder')} onChange={(event) => workshop.setTrainee(event.currentTarget.value)} />
            </label>
            <button type="button" className="button small" data-testid="training-export" onClick={exportAnswers}>{t('training.export')}</button>
            <button type="button" className="link-button small" data-testid="training-leave" onClick={workshop.leave}>{t('training.leave')}</button>
          </div>
        </div>
      )}
    </aside>
  );
}

function TaskAnswerEditor({ task, state, index, selectedId, openCluster, onChange, onCheck }: {
  task: TrainingTask; state: TaskState; index: CaseIndex; selectedId?: string; openCluster?: string;
  onChange: (change: (state: TaskState) => TaskState) => void; onCheck: () => void;
}) {
  const { t } = useWords();
  const answered = task.answer === 'cluster' ? state.cluster !== undefined : state.picked.length > 0;
  return (
    <div className="training-answer">
      {task.answer === 'cluster' ? (
        <>
          <button type="button" className="button small" data-testid="training-use-cluster" disabled={openCluster === undefined}
            title={openCluster === undefined ? t('training.noCluster') : undefined}
            onClick={() => { if (openCluster !== undefined) onChange((current) => ({ ...current, cluster: openCluster })); }}>
            {t('training.useCluster')}
          </button>
          {state.cluster !== undefined ? <span className="chip" data-testid="training-answer-chip">{t('training.chosenCluster', { cluster: state.cluster })}</span> : <span className="muted small">{t('training.empty')}</span>}
        </>
      ) : (
        <>
          <button type="button" className="button small" data-testid="training-add-selected" disabled={!selectedId || state.picked.includes(selectedId)}
            title={selectedId ? undefined : t('training.nothingSelected')}
            onClick={() => { if (selectedId) onChange((current) => ({ ...current, picked: [...current.picked.filter((id) => id !== selectedId), selectedId] })); }}>
            {t('training.addSelected')}
          </button>
          {state.picked.length === 0 ? <span className="muted small">{t('training.empty')}</span> : null}
          <ul className="training-picked">
            {state.picked.map((id) => {
              const entity = index.entity.get(id);
              const label = entity?.label ?? id;
              return (
                <li key={id} className="chip" data-testid="training-answer-chip" data-entity={id}>
                  {entity ? <EntityIcon type={entity.type} /> : null} {label}
                  <button type="button" className="link-button" aria-label={t('training.remove', { name: label })}
                    onClick={() => onChange((current) => ({ ...current, picked: current.picked.filter((item) => item !== id) }))}>×</button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <button type="button" className="button primary small" data-testid="training-check" disabled={!answered} onClick={onCheck}>{t('training.check')}</button>
    </div>
  );
}
