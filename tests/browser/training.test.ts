// Training mode end to end: pick a scenario, read the briefing, open its case, answer every task by selecting
// entities and a cluster in the workbench, see found / partly with the reason, finish with a score, export the
// answers; and the guided tour, skippable and reopenable, in Indonesian.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAnswerKey, readScenario } from '../../src/core/training/scenario.ts';
import { readAnswersFile } from '../../src/core/training/answers.ts';
import { runAnalysis, screenshot } from './harness.ts';
import { browserSession } from './session.ts';
import type { Page } from 'playwright-core';

const SCENARIO = 'id-kupang-ring';
const DIR = `sample-data/scenarios/${SCENARIO}`;

function loaded<T>(result: { ok: true; value: T } | { ok: false; problem: string }): T {
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

const scenario = loaded(readScenario(JSON.parse(readFileSync(`${DIR}/scenario.json`, 'utf8'))));
const key = loaded(readAnswerKey(JSON.parse(readFileSync(`${DIR}/answer-key.json`, 'utf8'))));

/** Selects an entity the way a trainee does: search its id or number, Enter jumps to it. */
async function selectEntity(page: Page, id: string): Promise<void> {
  await page.getByTestId('search-input').fill(id.slice(id.indexOf(':') + 1));
  await page.getByTestId('search-input').press('Enter');
  await page.waitForSelector(`[data-testid="entity-panel"][data-entity="${id}"]`);
}

function task(page: Page, id: string) {
  return page.locator(`[data-testid="training-task"][data-task="${id}"]`);
}

describe('training mode', () => {
  const session = browserSession();

  it('lists the bundled scenarios and shows a briefing', async () => {
    const { page } = session.watched;
    await page.goto(session.harness.url);
    await page.getByTestId('help-menu').click();
    await page.getByTestId('open-training').click();
    await page.getByTestId('training-picker').waitFor();
    expect(await page.getByTestId('training-scenario').count()).toBeGreaterThanOrEqual(3);
    await page.locator(`[data-testid="training-scenario"][data-scenario="${SCENARIO}"]`).click();
    await expect(page.getByTestId('training-briefing').textContent()).resolves.toContain('Kupang');
    await screenshot(page, 'training-briefing');
  });

  it('opens the scenario’s case: every row imported', async () => {
    const { page } = session.watched;
    await page.getByTestId('training-start').click();
    await page.locator('[data-testid="file-card"]').nth(scenario.files.length - 1).waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
    await runAnalysis(page);
    await page.getByTestId('training-panel').waitFor();
    await expect(page.getByTestId('training-score').getAttribute('data-max')).resolves.toBe(String(scenario.tasks.length * 2));
  });

  it('says partly, with the reason, when an answer is incomplete, then found once it is complete', async () => {
    const { page } = session.watched;
    const first = scenario.tasks.find((item) => item.answer === 'entities' && (key.answers.find((answer) => answer.task === item.id)?.expected.length ?? 0) > 1);
    if (!first) throw new Error('the scenario has no task with several expected entities');
    const expected = key.answers.find((answer) => answer.task === first.id)?.expected ?? [];
    await task(page, first.id).locator('.training-task-head').click();
    await selectEntity(page, expected[0] ?? '');
    await task(page, first.id).getByTestId('training-add-selected').click();
    await task(page, first.id).getByTestId('training-check').click();
    await expect(task(page, first.id).getByTestId('training-verdict').getAttribute('data-verdict')).resolves.toBe('partly');
    await expect(task(page, first.id).getByTestId('training-verdict').textContent()).resolves.toContain(`1 of ${expected.length}`);
    await screenshot(page, 'training-partly');
    for (const id of expected.slice(1)) {
      await selectEntity(page, id);
      await task(page, first.id).getByTestId('training-add-selected').click();
    }
    await task(page, first.id).getByTestId('training-check').click();
    await expect(task(page, first.id).getByTestId('training-verdict').getAttribute('data-verdict')).resolves.toBe('found');
  });

  it('answers every task, clusters by the open cluster, and shows the full score', async () => {
    const { page } = session.watched;
    for (const item of scenario.tasks) {
      if ((await task(page, item.id).getAttribute('data-verdict')) === 'found') continue;
      const expected = key.answers.find((answer) => answer.task === item.id)?.expected ?? [];
      await task(page, item.id).locator('.training-task-head').click();
      if (item.answer === 'cluster') {
        // Jumping to an entity opens its cluster: the answer is the cluster on screen.
        await selectEntity(page, expected[0] ?? '');
        await task(page, item.id).getByTestId('training-use-cluster').click();
      } else {
        for (const id of expected) {
          await selectEntity(page, id);
          await task(page, item.id).getByTestId('training-add-selected').click();
        }
      }
      await task(page, item.id).getByTestId('training-check').click();
      await expect(task(page, item.id).getAttribute('data-verdict')).resolves.toBe('found');
    }
    await page.getByTestId('training-finished').waitFor();
    await expect(page.getByTestId('training-score').getAttribute('data-points')).resolves.toBe(String(scenario.tasks.length * 2));
    await screenshot(page, 'training-finished');
  });

  it('exports the trainee’s answers for the trainer', async () => {
    const { page } = session.watched;
    await page.getByTestId('training-trainee').fill('Ipda Dewi');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('training-export').click()]);
    expect(download.suggestedFilename()).toBe(`simpul-answers-${SCENARIO}-Ipda-Dewi.json`);
    const file = loaded(readAnswersFile(JSON.parse(readFileSync(await download.path(), 'utf8'))));
    expect(file.trainee).toBe('Ipda Dewi');
    expect(file.points).toBe(file.max);
    expect(file.answers.map((answer) => answer.verdict)).toEqual(scenario.tasks.map(() => 'found'));
  });

  it('runs the guided tour in Indonesian, skippable and reopenable from the header', async () => {
    const { page } = session.watched;
    await page.getByTestId('language-select').selectOption('id');
    await page.getByTestId('help-menu').click();
    await page.getByTestId('open-tour').click();
    await expect(page.getByTestId('tour').textContent()).resolves.toContain('Selamat datang di Simpul');
    await page.getByTestId('tour-next').click();
    await page.getByTestId('tour-next').click();
    await page.getByTestId('tour-next').click();
    await expect(page.getByTestId('tour').getAttribute('data-step')).resolves.toBe('clusters');
    await screenshot(page, 'tour-id');
    await page.getByTestId('tour-skip').click();
    expect(await page.getByTestId('tour').count()).toBe(0);
    await page.getByTestId('help-menu').click();
    await page.getByTestId('open-tour').click();
    await expect(page.getByTestId('tour').getAttribute('data-step')).resolves.toBe('welcome');
    for (let step = 0; step < 6; step++) await page.getByTestId('tour-next').click();
    await page.getByTestId('tour-done').click();
    expect(await page.getByTestId('tour').count()).toBe(0);
    await screenshot(page, 'training-id');
  });

  it('made no console error and no request off the machine', () => {
    expect(session.watched.consoleErrors).toEqual([]);
    expect(session.watched.foreignRequests).toEqual([]);
  });
});
