// Drawings fit their pane: the cluster map after its pane shrinks, a cluster opened after a larger drawing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { browserSession } from './session.ts';

type Box = { x1: number; y1: number; x2: number; y2: number };
type Cy = { width(): number; height(): number; nodes(): { length: number; map<T>(f: (node: { renderedBoundingBox(): Box }) => T): T[] } };
type Hooks = { __simpulCy?: Cy; __simpulClusterCy?: Cy };

/** How the drawing's nodes sit in its canvas: all inside, and how much of the canvas their box spans. */
async function placement(page: Page, hook: keyof Hooks): Promise<{ nodes: number; inside: boolean; spanX: number; spanY: number }> {
  return page.evaluate((name) => {
    const cy = (window as unknown as Hooks)[name as keyof Hooks];
    if (!cy) return { nodes: 0, inside: false, spanX: 0, spanY: 0 };
    const boxes = cy.nodes().map((node) => node.renderedBoundingBox());
    const x1 = Math.min(...boxes.map((box) => box.x1));
    const y1 = Math.min(...boxes.map((box) => box.y1));
    const x2 = Math.max(...boxes.map((box) => box.x2));
    const y2 = Math.max(...boxes.map((box) => box.y2));
    return { nodes: boxes.length, inside: x1 >= -1 && y1 >= -1 && x2 <= cy.width() + 1 && y2 <= cy.height() + 1, spanX: (x2 - x1) / cy.width(), spanY: (y2 - y1) / cy.height() };
  }, hook);
}

const settled = (page: Page, testId: string) => page.waitForFunction((id) => {
  const stage = document.querySelector(`[data-testid="${id}"]`);
  return stage !== null && !stage.classList.contains('laying-out');
}, testId);

describe('drawings fit their pane', () => {
  const session = browserSession();

  it('keeps every circle of the cluster map inside its pane when the pane shrinks', async () => {
    const { page } = session.watched;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(session.harness.url);
    await page.getByTestId('open-sample').click();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('cluster-map').waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => ((window as unknown as Hooks).__simpulClusterCy?.nodes().length ?? 0) > 0);
    await settled(page, 'cluster-map');
    expect(await placement(page, '__simpulClusterCy')).toMatchObject({ inside: true });
    // The panes below settle after the map is framed (the activity chart appears): the map's pane shrinks.
    await page.setViewportSize({ width: 1366, height: 640 });
    await page.waitForFunction(() => {
      const cy = (window as unknown as Hooks).__simpulClusterCy;
      return cy !== undefined && Math.abs(cy.height() - (document.querySelector('[data-testid="cluster-map"]')?.clientHeight ?? 0)) < 2;
    });
    await expect.poll(async () => (await placement(page, '__simpulClusterCy')).inside, { timeout: 5_000 }).toBe(true);
    await screenshot(page, 'drawing-fit-cluster-map');
  });

  it('frames a cluster opened after the whole case, instead of leaving it small at the old zoom', async () => {
    const { page } = session.watched;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('show-whole-case').first().click();
    await page.waitForFunction(() => ((window as unknown as Hooks).__simpulCy?.nodes().length ?? 0) > 100);
    await settled(page, 'graph');
    const whole = await placement(page, '__simpulCy');
    await page.getByTestId('cluster-item').first().locator('.cluster-open').click();
    await page.waitForFunction((count) => ((window as unknown as Hooks).__simpulCy?.nodes().length ?? count) < count, whole.nodes);
    await settled(page, 'graph');
    await expect.poll(async () => {
      const cluster = await placement(page, '__simpulCy');
      return cluster.inside && Math.max(cluster.spanX, cluster.spanY) > 0.5;
    }, { timeout: 10_000 }).toBe(true);
    await screenshot(page, 'drawing-fit-cluster');
  });
});
