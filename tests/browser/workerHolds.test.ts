// One copy of the case among the workers: the worker that ran the pipeline keeps the case, so the autosave, an export
// and a re-run send none of it back; only a worker restarted by Cancel is sent the case again (in slices), once.
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness.ts';
import { browserSession } from './session.ts';

interface Posted {
  /** Which worker (numbered as the page made them). */
  worker: number;
  op: string;
  /** The message carried a model (a whole case in one message). */
  model: boolean;
}

declare global {
  interface Window {
    __posted: Posted[];
  }
}

describe('the case held by one worker', () => {
  const session = browserSession();

  it('saves, exports and re-runs without sending the case back, and sends it once to a restarted worker', async () => {
    const { page, consoleErrors, foreignRequests } = session.watched;
    // Every message the page posts to a worker, with the worker it went to.
    await page.addInitScript(() => {
      window.__posted = [];
      let made = 0;
      const Native = window.Worker;
      window.Worker = class extends Native {
        private readonly number = ++made;
        override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
          const body = (typeof message === 'object' && message !== null ? message : {}) as { op?: unknown; model?: unknown };
          if (typeof body.op === 'string') window.__posted.push({ worker: this.number, op: body.op, model: body.model !== undefined });
          super.postMessage(message, options as Transferable[]);
        }
      };
    });
    await page.goto(session.harness.url);
    await page.getByTestId('open-sample').click();
    await page.getByTestId('run-analysis').waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled, undefined, { timeout: 60_000 });
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('cluster-list').waitFor({ timeout: 120_000 });
    // The autosave after the run: the case file is made where the case is.
    await page.waitForSelector('[data-testid="autosave-status"][data-state="saved"]', { timeout: 60_000 });
    const posted = () => page.evaluate(() => window.__posted.splice(0));
    const afterRun = await posted();
    const runner = afterRun.find((item) => item.op === 'run')?.worker;
    expect(runner).toBeDefined();
    expect(afterRun.filter((item) => item.op === 'serialize').map((item) => item.worker)).toEqual([runner]);
    expect(afterRun.filter((item) => item.op === 'basePart' || item.op === 'analysisPart')).toEqual([]);

    // An export: asked of the same worker, nothing of the case sent.
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-entities.csv').click()]);
    expect(download.suggestedFilename()).toBe('entities.csv');
    const exported = await posted();
    expect(exported.map((item) => [item.op, item.worker])).toEqual([['export', runner]]);

    // A re-run (a hub said not to be one) works on the case the worker holds: the request carries no model.
    await page.getByTestId('hubs-tab').click();
    await page.getByTestId('hub-list').locator('li').first().locator('button').click();
    await page.getByTestId('tab-entity').click();
    await page.getByTestId('hub-never').click();
    await page.getByTestId('hub-auto').waitFor({ timeout: 60_000 });
    await page.waitForSelector('[data-testid="autosave-status"][data-state="saved"]', { timeout: 60_000 });
    const rerun = await posted();
    expect(rerun.filter((item) => item.op === 'reanalyse')).toEqual([{ worker: runner, op: 'reanalyse', model: false }]);
    expect(rerun.filter((item) => item.op === 'basePart' || item.op === 'analysisPart')).toEqual([]);

    // A re-run cancelled: the worker is stopped with the case it held. The next save sends the case to the new worker
    // in slices (never one message), and the one after sends nothing again.
    await page.getByTestId('hub-auto').click();
    await page.getByTestId('cancel-run').click({ timeout: 10_000 });
    await page.getByTestId('export-menu').click();
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-clusters.csv').click()]);
    expect(again.suggestedFilename()).toBe('clusters.csv');
    const restarted = await posted();
    const fresh = restarted.find((item) => item.op === 'export')?.worker;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(runner);
    expect(restarted.filter((item) => item.op === 'basePart' && item.worker === fresh).length).toBeGreaterThan(1);
    expect(restarted.filter((item) => item.op === 'analysisPart' && item.worker === fresh).length).toBeGreaterThan(0);
    expect(restarted.some((item) => item.model)).toBe(false);
    await page.getByTestId('export-menu').click();
    await Promise.all([page.waitForEvent('download'), page.getByTestId('export-links.csv').click()]);
    const later = await posted();
    expect(later.filter((item) => item.op === 'export').map((item) => item.worker)).toEqual([fresh]);
    expect(later.filter((item) => item.op === 'basePart' || item.op === 'analysisPart')).toEqual([]);
    await screenshot(page, 'worker-holds-case');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
