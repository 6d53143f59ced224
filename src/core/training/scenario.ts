// A training scenario as bundled or handed out: its tasks (scenario.json) and answer key (answer-key.json),
// read as untrusted JSON and validated record by record.

/** Text a trainee reads, in each complete interface language. */
export interface Localised {
  en: string;
  id: string;
}

/** How a task is answered: by picking entities, or by choosing one cluster. */
export type AnswerKind = 'entities' | 'cluster';

export interface TrainingTask {
  id: string;
  answer: AnswerKind;
  question: Localised;
  /** Shown with the verdict: where the answer was to be found. */
  explanation: Localised;
}

export interface TrainingScenario {
  id: string;
  seed: number;
  title: Localised;
  summary: Localised;
  /** The CSV files of the case, by name. */
  files: string[];
  tasks: TrainingTask[];
}

export interface TaskKey {
  task: string;
  /** Entity ids the answer must name; for a cluster task, entities the right cluster contains. */
  expected: string[];
  /** Entity ids that must not be named (victims, their accounts). */
  forbidden: string[];
}

export interface AnswerKey {
  scenario: string;
  seed: number;
  answers: TaskKey[];
}

export const SCENARIO_TYPE = 'simpul-training-scenario';
export const ANSWER_KEY_TYPE = 'simpul-training-answer-key';

type Result<T> = { ok: true; value: T } | { ok: false; problem: string };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length < 4000 ? value : undefined;
}

function localised(value: unknown): Localised | undefined {
  const item = record(value);
  const en = text(item?.en);
  const id = text(item?.id);
  return en && id ? { en, id } : undefined;
}

function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.filter((item): item is string => typeof item === 'string' && item.length > 0 && item.length < 400);
  return out.length === value.length ? out : undefined;
}

/** Reads scenario.json; a task that cannot be read makes the scenario unreadable (a trainee must see all tasks). */
export function readScenario(json: unknown): Result<TrainingScenario> {
  const root = record(json);
  if (!root || root.type !== SCENARIO_TYPE || root.version !== 1) return { ok: false, problem: `not a ${SCENARIO_TYPE} version 1` };
  const id = text(root.id);
  const title = localised(root.title);
  const summary = localised(root.summary);
  const files = strings(root.files);
  const seed = typeof root.seed === 'number' && Number.isInteger(root.seed) ? root.seed : undefined;
  if (!id || !title || !summary || !files || seed === undefined || !Array.isArray(root.tasks)) return { ok: false, problem: 'id, seed, title, summary, files or tasks missing' };
  const tasks: TrainingTask[] = [];
  for (const [index, raw] of root.tasks.entries()) {
    const item = record(raw);
    const taskId = text(item?.id);
    const question = localised(item?.question);
    const explanation = localised(item?.explanation);
    const answer = item?.answer === 'entities' || item?.answer === 'cluster' ? item.answer : undefined;
    if (!taskId || !question || !explanation || !answer) return { ok: false, problem: `task ${index + 1} is incomplete` };
    tasks.push({ id: taskId, answer, question, explanation });
  }
  return { ok: true, value: { id, seed, title, summary, files, tasks } };
}

/** Reads answer-key.json. */
export function readAnswerKey(json: unknown): Result<AnswerKey> {
  const root = record(json);
  if (!root || root.type !== ANSWER_KEY_TYPE || root.version !== 1) return { ok: false, problem: `not a ${ANSWER_KEY_TYPE} version 1` };
  const scenario = text(root.scenario);
  const seed = typeof root.seed === 'number' ? root.seed : undefined;
  if (!scenario || seed === undefined || !Array.isArray(root.answers)) return { ok: false, problem: 'scenario, seed or answers missing' };
  const answers: TaskKey[] = [];
  for (const [index, raw] of root.answers.entries()) {
    const item = record(raw);
    const task = text(item?.task);
    const expected = strings(item?.expected);
    const forbidden = strings(item?.forbidden ?? []);
    if (!task || !expected || expected.length === 0 || !forbidden) return { ok: false, problem: `answer ${index + 1} is incomplete` };
    answers.push({ task, expected, forbidden });
  }
  return { ok: true, value: { scenario, seed, answers } };
}
