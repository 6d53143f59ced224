// Writes a built scenario as its folder: the CSVs, briefing.en.md / briefing.id.md, scenario.json, answer-key.json.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWER_KEY_TYPE, SCENARIO_TYPE } from '../../../src/core/training/scenario.ts';
import type { BuiltScenario } from './types.ts';

const GENERATOR = 'sample-data/scenarios.ts';

/** The scenario.json record (no answers in it: trainees may open it). */
export function scenarioJson(built: BuiltScenario): object {
  return {
    type: SCENARIO_TYPE, version: 1, generator: GENERATOR, id: built.id, seed: built.seed, title: built.title, summary: built.summary,
    files: built.files.map((file) => file.name),
    tasks: built.tasks.map(({ id, answer, question, explanation }) => ({ id, answer, question, explanation })),
  };
}

export function answerKeyJson(built: BuiltScenario): object {
  return {
    type: ANSWER_KEY_TYPE, version: 1, generator: GENERATOR, scenario: built.id, seed: built.seed,
    answers: built.tasks.map((task) => ({ task: task.id, expected: task.key.expected, forbidden: task.key.forbidden })),
  };
}

/** Replaces the folder's generated files (CSVs, briefings, JSON) with this build. */
export function writeScenario(dir: string, built: BuiltScenario): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (/\.(csv|md|json)$/.test(name)) rmSync(join(dir, name));
  for (const file of built.files) writeFileSync(join(dir, file.name), file.text);
  writeFileSync(join(dir, 'briefing.en.md'), `${built.briefing.en}\n`);
  writeFileSync(join(dir, 'briefing.id.md'), `${built.briefing.id}\n`);
  writeFileSync(join(dir, 'scenario.json'), `${JSON.stringify(scenarioJson(built), null, 2)}\n`);
  writeFileSync(join(dir, 'answer-key.json'), `${JSON.stringify(answerKeyJson(built), null, 2)}\n`);
}
