// The drill-down never hands cytoscape more than it can draw: on the canvas renderer (no graphics card) a drawing holds
// MAX_DRAWN_CANVAS entities, says so and how to narrow down; an expansion stays under the cap; a cluster drawn alone is whole.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_CANVAS } from '../../src/ui/state/useGraphView.ts';
import { en } from '../../src/core/i18n/en.ts';
import { screenshot } from './harness.ts';
import { browserSession } from './session.ts';

/** Invented: a CDR of `rows` calls among `subscribers` numbers in groups of 30 (clusters to find), national A numbers. */
function cdr(rows: number, subscribers: number): string {
  let state = 11;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const phone = (index: number) => `0813${String(20_000_000 + ((index * 7919) % 70_000_000)).padStart(8, '0')}`;
  const lines = ['A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION'];
  for (let row = 0; row < rows; row++) {
    const a = Math.floor(random() * subscribers);
    const b = random() < 0.9 ? Math.floor(a / 30) * 30 + Math.floor(random() * 30) : Math.floor(random() * subscribers);
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    lines.push(`${phone(a)},${phone(b)},MOC,2024-04-${day} ${String(Math.floor(random() * 24)).padStart(2, '0')}:40:00,${Math.floor(random() * 600)}`);
  }
  return `${lines.join('\n')}\n`;
}

type CyWindow = Window & { __simpulCy?: { nodes(): { length: number; map<T>(f: (node: { id(): string }) => T): T[] }; $id(id: string): { emit(event: string): void } } };

describe('drawing cap on the canvas renderer', () => {
  const session = browserSession();

  it('draws the strongest entities up to the cap, says how to narrow down, and a cluster alone in full', async () => {
    const { page, consoleErrors, foreignRequests } = session.watched;
    const dir = join(tmpdir(), 'simpul-cap-test');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'cdr_cap_900.csv');
    writeFileSync(file, cdr(3000, 900));
    await page.goto(`${session.harness.url}?renderer=canvas`);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled, undefined, { timeout: 60_000 });
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('show-whole-case').waitFor({ timeout: 60_000 });

    // The whole case is more than a drawing holds: the strongest MAX_DRAWN_CANVAS are drawn, and the page says so.
    await page.getByTestId('show-whole-case').click();
    const cap = page.getByTestId('drawing-cap');
    await cap.waitFor();
    expect(Number(await cap.getAttribute('data-cap'))).toBe(MAX_DRAWN_CANVAS);
    expect(Number(await cap.getAttribute('data-drawn'))).toBe(MAX_DRAWN_CANVAS);
    expect(Number(await cap.getAttribute('data-total'))).toBeGreaterThan(MAX_DRAWN_CANVAS);
    expect(await cap.textContent()).toContain(en.workbench.narrow);
    const drawn = () => page.evaluate(() => (window as CyWindow).__simpulCy?.nodes().length ?? 0);
    await page.waitForFunction((wanted) => ((window as CyWindow).__simpulCy?.nodes().length ?? 0) >= wanted
      && !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out'), MAX_DRAWN_CANVAS, { timeout: 60_000 });
    expect(await drawn()).toBe(MAX_DRAWN_CANVAS);
    await screenshot(page, 'drawing-cap-canvas');
    // The notice folds to its first line, so it does not hide the drawing, and opens again.
    await page.getByTestId('drawing-cap-fold').click();
    expect(await cap.textContent()).not.toContain(en.workbench.narrow);
    expect(await cap.textContent()).toContain(MAX_DRAWN_CANVAS.toLocaleString('en'));
    await page.getByTestId('drawing-cap-fold').click();
    expect(await cap.textContent()).toContain(en.workbench.narrow);

    // Expanding a node of a full drawing adds nothing past the cap.
    const first = await page.evaluate(() => (window as CyWindow).__simpulCy?.nodes().map((node) => node.id())[0] ?? '');
    await page.evaluate((id) => (window as CyWindow).__simpulCy?.$id(id).emit('dbltap'), first);
    await page.waitForTimeout(300);
    expect(await drawn()).toBeLessThanOrEqual(MAX_DRAWN_CANVAS);

    // Narrowed to one cluster: drawn whole, no cap notice.
    await page.getByTestId('cluster-item').first().locator('.cluster-open').click();
    const size = Number((await page.getByTestId('cluster-item').first().locator('.cluster-size').textContent())?.replace(/\D/g, ''));
    expect(size).toBeLessThan(MAX_DRAWN_CANVAS);
    await page.waitForFunction((wanted) => (window as CyWindow).__simpulCy?.nodes().length === wanted
      && !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out'), size, { timeout: 60_000 });
    expect(await cap.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, 180_000);
});
