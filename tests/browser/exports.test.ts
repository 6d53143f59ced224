// The Export menu: every export downloads; a dossier made from hostile names shows them as text and runs nothing;
// CSV cells that look like formulas are neutralised; the graph downloads as PNG and SVG.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importFiles, runAnalysis, screenshot, tapNode } from './harness.ts';
import { browserSession } from './session.ts';

const FIXTURES = 'tests/browser/fixtures/hostile';
const FILES = ['people.csv', 'subscribers.csv', 'calls.csv'].map((name) => `${FIXTURES}/${name}`);
const EXPORT_NAMES = ['report.html', 'report.json', 'case.xlsx', 'entities.csv', 'links.csv', 'clusters.csv', 'graph.graphml', 'graph.gexf', 'graph-gexf1.2.gexf', 'entities.ftm.json', 'neo4j.zip'];
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil","x")';
const SCRATCH = 'test-results/exports';
const NOTE = 'Seen at <b>the border</b> & paid in USDT';

async function download(page: Page, testId: string): Promise<{ name: string; path: string }> {
  await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  // Saved under its own name, so the dossier opens from disk as HTML (a browser would do the same).
  const path = `${SCRATCH}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('exports', () => {
  const session = browserSession();
  const files = new Map<string, string>();

  beforeAll(async () => {
    mkdirSync(SCRATCH, { recursive: true });
  });

  it('downloads every export from the menu, each named as listed and not empty', async () => {
    const { page } = session.watched;
    await importFiles(page, session.harness.url, FILES);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
    await runAnalysis(page);
    await page.getByTestId('cluster-item').first().locator('.cluster-open').click();
    const personId = await page.evaluate(async () => {
      const win = window as unknown as { __simpulCy?: { nodes(selector: string): { id(): string }[] } };
      while ((win.__simpulCy?.nodes('[type = "person"]').length ?? 0) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      return win.__simpulCy?.nodes('[type = "person"]')[0]?.id() ?? '';
    });
    await tapNode(page, personId);
    await page.getByTestId('entity-note').fill(NOTE);
    await page.getByTestId('export-menu').click();
    await screenshot(page, 'export-menu');
    await page.keyboard.press('Escape');
    for (const name of EXPORT_NAMES) {
      const file = await download(page, `export-${name}`);
      expect(file.name).toBe(name);
      const text = readFileSync(file.path, 'utf8');
      expect(text.length).toBeGreaterThan(20);
      files.set(name, file.path);
    }
    expect(JSON.parse(readFileSync(files.get('report.json') ?? '', 'utf8'))).toMatchObject({ type: 'simpul-report' });
  });

  it('shows hostile names in the dossier as text: no dialog, no request, nothing run', async () => {
    const context = await session.harness.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const dossier = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    dossier.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    dossier.on('pageerror', (error) => errors.push(error.message));
    const url = pathToFileURL(resolve(files.get('report.html') ?? '')).href;
    dossier.on('request', (request) => { if (request.url() !== url && !request.url().startsWith('data:')) requests.push(request.url()); });
    await dossier.goto(url);
    await dossier.waitForTimeout(300);
    const body = await dossier.locator('body').innerText();
    expect(body).toContain(SCRIPT);
    expect(body).toContain(IMG);
    expect(body).toContain(FORMULA);
    expect(body).toContain(NOTE);
    // The override never reaches the page raw (ingest drops it from names; the dossier would show it as [U+202E]).
    expect(body).toContain('gnp.exe');
    expect(body).not.toContain('\u202E');
    expect(await dossier.locator('script').count()).toBe(0);
    expect(await dossier.locator('img[src="x"]').count()).toBe(0);
    await screenshot(dossier, 'dossier-hostile');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('neutralises formula-like cells in the CSV exports', () => {
    for (const name of ['entities.csv', 'clusters.csv']) {
      const csv = readFileSync(files.get(name) ?? '', 'utf8');
      expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
      expect(csv.split(/\r?\n/).some((line) => line.split(',').some((cell) => /^"?=/.test(cell)))).toBe(false);
    }
  });

  it('downloads the drawn graph as PNG and as SVG with the names escaped', async () => {
    const { page } = session.watched;
    await page.getByTestId('tab-overview').click();
    await page.getByTestId('show-whole-case').click();
    await page.waitForFunction(() => ((window as unknown as { __simpulCy?: { nodes(): { length: number } } }).__simpulCy?.nodes().length ?? 0) >= 8);
    const png = await download(page, 'export-graph.png');
    expect(png.name).toBe('graph.png');
    expect([...readFileSync(png.path).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const svg = await download(page, 'export-graph.svg');
    expect(svg.name).toBe('graph.svg');
    const text = readFileSync(svg.path, 'utf8');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('gnp.exe');
    expect(text).not.toContain('\u202E');
    expect(text).not.toMatch(/<script|<img|<foreignObject|href=/i);
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, active: doc.querySelectorAll('script, img, foreignObject, [onerror], [onload]').length, labels: [...doc.querySelectorAll('text')].map((node) => node.textContent) };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed.active).toBe(0);
    expect(parsed.labels).toContain(SCRIPT);
    await screenshot(page, 'graph-hostile');
  });

  it('made no request beyond the local server and logged no error', () => {
    expect(session.watched.foreignRequests).toEqual([]);
    expect(session.watched.consoleErrors).toEqual([]);
  });
});
