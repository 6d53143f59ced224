// The bundled sample case end to end: start page, review, run, clusters, drill-down, entity with provenance.
import { describe, expect, it } from 'vitest';
import { screenshot, tapNode } from './harness.ts';
import { browserSession } from './session.ts';

describe('the sample case', () => {
  const session = browserSession();

  it('says what Simpul does and that nothing leaves the computer', async () => {
    const { page } = session.watched;
    await page.goto(session.harness.url);
    await expect(page.locator('.start-card').textContent()).resolves.toContain('leaves this computer');
    await screenshot(page, 'start');
  });

  it('opens the sample case for review, and a run can be cancelled', async () => {
    const { page } = session.watched;
    await page.getByTestId('open-sample').click();
    await page.getByTestId('file-card').first().waitFor();
    expect(await page.getByTestId('file-card').count()).toBeGreaterThan(5);
    await page.getByTestId('run-analysis').waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
    await screenshot(page, 'sample-review');
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('progress').waitFor();
    await page.getByTestId('cancel-run').click();
    await page.getByTestId('run-analysis').waitFor();
  });

  it('runs in the worker with progress per stage and lists the clusters, cross-border first', async () => {
    const { page } = session.watched;
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('progress').waitFor();
    await screenshot(page, 'progress');
    await page.getByTestId('cluster-list').waitFor({ timeout: 60_000 });
    const items = page.getByTestId('cluster-item');
    expect(await items.count()).toBeGreaterThan(1);
    await expect(items.first().locator('.badge.cross').count()).resolves.toBe(1);
    await page.getByTestId('cluster-map').waitFor();
    await page.waitForFunction(() => ((window as unknown as { __simpulClusterCy?: { nodes(): { length: number } } }).__simpulClusterCy?.nodes().length ?? 0) > 0);
    await screenshot(page, 'overview');
  });

  it('draws a cluster and shows an entity with its provenance', async () => {
    const { page } = session.watched;
    const first = page.getByTestId('cluster-item').first();
    await first.locator('.cluster-open').click();
    await page.getByTestId('graph').waitFor();
    await page.waitForFunction(() => ((window as unknown as { __simpulCy?: { nodes(): { length: number } } }).__simpulCy?.nodes().length ?? 0) > 3
      && !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out'));
    const nodeId = await page.evaluate(() => {
      const cy = (window as unknown as { __simpulCy: { nodes(selector: string): { id(): string }[] } }).__simpulCy;
      return cy.nodes('[type = "person"]')[0]?.id() ?? '';
    });
    expect(nodeId).not.toBe('');
    await tapNode(page, nodeId);
    await page.waitForSelector(`[data-testid="entity-panel"][data-entity="${nodeId}"]`);
    await expect(page.getByTestId('provenance').textContent()).resolves.toMatch(/\.csv:\d+/);
    await screenshot(page, 'graph-entity');
  });

  it('draws only the nodes selected together', async () => {
    const { page } = session.watched;
    await page.evaluate(() => {
      const cy = (window as unknown as { __simpulCy: { nodes(): { unselect(): void; slice(a: number, b: number): { select(): void } } } }).__simpulCy;
      cy.nodes().unselect();
      cy.nodes().slice(0, 3).select();
    });
    await page.getByTestId('draw-selected').click();
    await page.waitForFunction(() => (window as unknown as { __simpulCy: { nodes(): { length: number } } }).__simpulCy.nodes().length === 3);
  });

  it('draws the whole case, clusters grouped', async () => {
    const { page } = session.watched;
    await page.getByTestId('tab-overview').click();
    await page.getByTestId('show-whole-case').click();
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __simpulCy?: { nodes(): { length: number } } }).__simpulCy;
      return (cy?.nodes().length ?? 0) > 100 && !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out');
    });
    await expect(page.getByTestId('tab-graph').textContent()).resolves.toContain('Whole case');
    await screenshot(page, 'whole-case');
  });

  it('re-runs the clustering when the investigator says a hub is not one', async () => {
    const { page } = session.watched;
    await page.getByTestId('hubs-tab').click();
    const hubs = page.getByTestId('hub-list').locator('li');
    const before = await hubs.count();
    expect(before).toBeGreaterThan(0);
    await hubs.first().locator('button').click();
    await page.getByTestId('tab-entity').click();
    await page.getByTestId('hub-never').click();
    await page.getByTestId('hub-auto').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('hubs-tab').textContent()).resolves.toContain(`(${before - 1})`);
    await page.waitForFunction(() => !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out'));
    await screenshot(page, 'hub-correction');
  });

  it('made no request beyond the local server and logged no error', () => {
    expect(session.watched.foreignRequests).toEqual([]);
    expect(session.watched.consoleErrors).toEqual([]);
  });
});
