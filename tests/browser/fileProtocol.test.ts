// The built app opened straight from disk (file://), as from a USB stick on an offline laptop.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness.ts';
import { browserSession } from './session.ts';

const PAGE = pathToFileURL(resolve('dist/index.html')).href;

describe('opening dist/index.html from disk', () => {
  const session = browserSession((url) => url === PAGE);

  it('runs the sample case with the workers, without a server', async () => {
    const { page } = session.watched;
    await page.goto(PAGE);
    await page.getByTestId('open-sample').click();
    await page.getByTestId('file-card').first().waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('cluster-list').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('cluster-item').count()).toBeGreaterThan(1);
    await page.getByTestId('cluster-item').first().locator('.cluster-open').click();
    await page.waitForFunction(() => ((window as unknown as { __simpulCy?: { nodes(): { length: number } } }).__simpulCy?.nodes().length ?? 0) > 3);
    await page.waitForFunction(() => !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out'));
    await screenshot(page, 'file-protocol-graph');
  });

  it('made no request beyond its own file and logged no error', () => {
    expect(session.watched.foreignRequests).toEqual([]);
    expect(session.watched.consoleErrors).toEqual([]);
  });
});
