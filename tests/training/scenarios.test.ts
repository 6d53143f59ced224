// The training scenarios: read by the importer with nothing rejected, every answer present in the analysed case,
// the bundled folders exactly what the generator writes, and a fresh seed a fresh variant of the same structure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { readAnswerKey, readScenario } from '../../src/core/training/scenario.ts';
import { scoreCluster, scoreEntities } from '../../src/core/training/score.ts';
import { SCENARIOS } from '../../sample-data/generator/scenarios/index.ts';
import { answerKeyJson, scenarioJson } from '../../sample-data/generator/scenarios/write.ts';
import type { BuiltScenario } from '../../sample-data/generator/scenarios/types.ts';

function analyse(built: BuiltScenario) {
  const encoder = new TextEncoder();
  return runPipeline(built.files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) })), {});
}

describe.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('scenario %s', (_id, scenario) => {
  const built = scenario.build(scenario.bundledSeed);
  const result = analyse(built);

  it('has a briefing in both languages, 4 to 6 tasks and at least three files in different habits', () => {
    expect(built.briefing.en.length).toBeGreaterThan(200);
    expect(built.briefing.id.length).toBeGreaterThan(200);
    expect(built.tasks.length).toBeGreaterThanOrEqual(4);
    expect(built.tasks.length).toBeLessThanOrEqual(6);
    expect(built.files.length).toBeGreaterThanOrEqual(3);
  });

  it('is imported whole: every row of every file, none rejected', () => {
    for (const entry of result.ledger) {
      expect(entry.error, entry.file).toBeUndefined();
      expect(entry.rejected, entry.file).toEqual([]);
      expect(entry.imported, entry.file).toBe(entry.rows);
      expect(entry.rows, entry.file).toBeGreaterThan(0);
    }
    expect(result.ledger.map((entry) => entry.file).sort()).toEqual(built.files.map((file) => file.name).sort());
  });

  it('names in its answer key only entities the workbench shows, and each task can be answered in full', () => {
    const present = new Set(result.model.entities.map((entity) => entity.id));
    for (const task of built.tasks) {
      for (const id of [...task.key.expected, ...task.key.forbidden]) expect(present.has(id), `${task.id}: ${id}`).toBe(true);
      const key = { task: task.id, ...task.key };
      if (task.answer === 'cluster') {
        const best = result.analysis.clusters.map((cluster) => scoreCluster(key, cluster.memberIds)).find((score) => score.verdict === 'found');
        expect(best, `${task.id}: no cluster holds ${task.key.expected.join(', ')}`).toBeDefined();
      } else {
        expect(scoreEntities(key, task.key.expected).verdict).toBe('found');
      }
    }
  });

  it('is bundled exactly as the generator writes it', () => {
    const dir = join('sample-data/scenarios', scenario.id);
    expect(existsSync(dir)).toBe(true);
    for (const file of built.files) expect(readFileSync(join(dir, file.name), 'utf8'), file.name).toBe(file.text);
    const tasks = readScenario(JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')));
    const key = readAnswerKey(JSON.parse(readFileSync(join(dir, 'answer-key.json'), 'utf8')));
    expect(tasks.ok && key.ok).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(scenarioJson(built))));
    expect(JSON.parse(readFileSync(join(dir, 'answer-key.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(answerKeyJson(built))));
  });

  it.each([1, 2, 3])('keeps every task answerable in the fresh variant with seed +%i', (offset) => {
    const fresh = scenario.build(scenario.bundledSeed + offset * 101);
    const analysed = analyse(fresh);
    expect(analysed.ledger.flatMap((entry) => entry.rejected)).toEqual([]);
    const present = new Set(analysed.model.entities.map((entity) => entity.id));
    for (const task of fresh.tasks) {
      for (const id of task.key.expected) expect(present.has(id), `${task.id}: ${id}`).toBe(true);
      if (task.answer !== 'cluster') continue;
      const key = { task: task.id, ...task.key };
      expect(analysed.analysis.clusters.some((cluster) => scoreCluster(key, cluster.memberIds).verdict === 'found'), `${task.id} seed ${fresh.seed}`).toBe(true);
    }
  });

  it('makes a fresh variant from another seed: other names and numbers, the same structure', () => {
    const fresh = scenario.build(scenario.bundledSeed + 1000);
    expect(fresh.files.map((file) => file.name)).toEqual(built.files.map((file) => file.name));
    expect(fresh.tasks.map((task) => [task.id, task.answer, task.key.expected.length])).toEqual(built.tasks.map((task) => [task.id, task.answer, task.key.expected.length]));
    expect(fresh.files.map((file) => file.text)).not.toEqual(built.files.map((file) => file.text));
    expect(scenario.build(scenario.bundledSeed).files).toEqual(built.files);
  });
});
