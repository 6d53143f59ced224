// A trainee's answers file, and the class's answers combined by the trainer (JSON in, CSV out).

import { SIMPUL_VERSION } from '../version.ts';
import type { TaskScore, Verdict } from './score.ts';

export const ANSWERS_TYPE = 'simpul-training-answers';

export interface TaskAnswer {
  task: string;
  /** Entity ids named, or the members' ids of the chosen cluster are not kept: the cluster's id as shown. */
  picked: string[];
  cluster?: string;
  verdict: Verdict;
  points: number;
}

export interface AnswersFile {
  trainee: string;
  scenario: string;
  seed: number;
  answeredAt: string;
  answers: TaskAnswer[];
  points: number;
  max: number;
}

/** The versioned envelope a trainee hands to the trainer. */
export function answersDocument(file: AnswersFile): object {
  return { type: ANSWERS_TYPE, version: 1, generator: `simpul ${SIMPUL_VERSION}`, ...file };
}

export function taskAnswer(task: string, picked: readonly string[], score: TaskScore, cluster?: string): TaskAnswer {
  return { task, picked: [...picked], ...(cluster !== undefined ? { cluster } : {}), verdict: score.verdict, points: score.points };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads one trainee's file; anything else (another export, a truncated file) is refused with the reason. */
export function readAnswersFile(json: unknown): { ok: true; value: AnswersFile } | { ok: false; problem: string } {
  const root = record(json);
  if (!root || root.type !== ANSWERS_TYPE || root.version !== 1) return { ok: false, problem: `not a ${ANSWERS_TYPE} version 1 file` };
  const { trainee, scenario, seed, answeredAt, points, max } = root;
  if (typeof trainee !== 'string' || typeof scenario !== 'string' || typeof seed !== 'number' || typeof answeredAt !== 'string'
    || typeof points !== 'number' || typeof max !== 'number' || !Array.isArray(root.answers)) return { ok: false, problem: 'trainee, scenario, score or answers missing' };
  const answers: TaskAnswer[] = [];
  for (const raw of root.answers) {
    const item = record(raw);
    const verdict = item?.verdict;
    if (!item || typeof item.task !== 'string' || !Array.isArray(item.picked) || typeof item.points !== 'number'
      || (verdict !== 'found' && verdict !== 'partly' && verdict !== 'missed')) return { ok: false, problem: 'an answer is incomplete' };
    answers.push({ task: item.task, picked: item.picked.filter((id): id is string => typeof id === 'string'), ...(typeof item.cluster === 'string' ? { cluster: item.cluster } : {}), verdict, points: item.points });
  }
  return { ok: true, value: { trainee, scenario, seed, answeredAt, answers, points, max } };
}

function cell(value: string | number): string {
  const text = String(value);
  // NOTE: a trainee's name is typed by a person: never let a spreadsheet read it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The class's answers as one CSV: a row per trainee and task, then each trainee's total. */
export function classAnswersCsv(files: readonly AnswersFile[]): string {
  const rows: (string | number)[][] = [['trainee', 'scenario', 'seed', 'task', 'verdict', 'points', 'answered_at']];
  const sorted = [...files].sort((a, b) => (a.trainee < b.trainee ? -1 : a.trainee > b.trainee ? 1 : a.answeredAt < b.answeredAt ? -1 : 1));
  for (const file of sorted) {
    for (const answer of file.answers) rows.push([file.trainee, file.scenario, file.seed, answer.task, answer.verdict, answer.points, file.answeredAt]);
    rows.push([file.trainee, file.scenario, file.seed, 'total', `${file.points}/${file.max}`, file.points, file.answeredAt]);
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
