// What a scenario definition produces: the case's CSV texts, the briefing, the tasks and their answer key.

import type { Localised, TaskKey, TrainingTask } from '../../../src/core/training/scenario.ts';

export interface ScenarioTask extends TrainingTask {
  key: Omit<TaskKey, 'task'>;
}

export interface BuiltScenario {
  id: string;
  seed: number;
  title: Localised;
  summary: Localised;
  /** Markdown, one per language. */
  briefing: Localised;
  files: { name: string; text: string }[];
  tasks: ScenarioTask[];
}

export interface ScenarioDefinition {
  id: string;
  /** The seed of the bundled variant; a trainer passes another for a fresh one. */
  bundledSeed: number;
  build(seed: number): BuiltScenario;
}
