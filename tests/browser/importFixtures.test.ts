// Importing hand-written files through the file input: review, ledger with line numbers, search, paths.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles, runAnalysis, screenshot } from './harness.ts';
import { browserSession } from './session.ts';

const FIXTURES = 'tests/browser/fixtures';
const FILES = ['people.csv', 'subscribers.csv', 'calls.csv', 'transfers.csv', 'account_holders.csv', 'notes.csv'].map((name) => `${FIXTURES}/${name}`);

describe('importing files with bad rows', () => {
  const session = browserSession();

  it('reviews each file, reads a national number beside its E.164 form, and explains the unreadable file', async () => {
    const { page } = session.watched;
    await importFiles(page, session.harness.url, FILES);
    await page.locator('[data-testid="file-card"]').nth(FILES.length - 1).waitFor();
    const calls = page.locator('[data-testid="file-card"][data-file="calls.csv"]');
    await expect(calls.getByTestId('kind-select').inputValue()).resolves.toBe('calls');
    await expect(calls.locator('td').filter({ hasText: '0812-3456-7890' }).first().textContent()).resolves.toContain('+62 812-3456-7890'.replace('-', ' ').replace('-', ' '));
    const notes = page.locator('[data-testid="file-card"][data-file="notes.csv"]');
    await expect(notes.getByTestId('file-error').textContent()).resolves.toMatch(/\S/);
    await screenshot(page, 'import-review');
  });

  it('re-reads a file when a choice changes, and saves and loads the mapping file', async () => {
    const { page } = session.watched;
    const calls = () => page.locator('[data-testid="file-card"][data-file="calls.csv"]');
    await calls().getByTestId('country-select').selectOption('TH');
    await page.waitForFunction(() => document.querySelector('[data-file="calls.csv"] [data-testid="country-select"]') instanceof HTMLSelectElement
      && (document.querySelector('[data-file="calls.csv"] [data-testid="country-select"]') as HTMLSelectElement).value === 'TH'
      && !document.querySelector('[data-file="calls.csv"] tbody')?.textContent?.includes('+62 812'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-mapping').click()]);
    const saved: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(saved).toMatchObject({ type: 'simpul-mapping', version: 1, files: { 'calls.csv': { kind: 'calls', defaultCountry: 'TH' } } });
    await page.getByTestId('mapping-input').setInputFiles(`${FIXTURES}/mapping.json`);
    await page.waitForFunction(() => document.querySelector('[data-file="calls.csv"] tbody')?.textContent?.includes('+62 812'));
    await expect(calls().getByTestId('country-select').inputValue()).resolves.toBe('ID');
  });

  it('lists rejected rows with their line numbers in the ledger', async () => {
    const { page } = session.watched;
    await runAnalysis(page);
    await page.getByTestId('tab-ledger').click();
    const ledger = page.getByTestId('ledger');
    await ledger.waitFor();
    const lines = await ledger.locator('[data-testid="ledger-rejected-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-line')));
    expect(lines).toEqual(expect.arrayContaining(['6', '7', '4']));
    // The reason in words, its code kept for support (not shown as the raw code).
    await expect(ledger.locator('[data-file="notes.csv"] [data-code]').first().getAttribute('data-code')).resolves.toBe('UNCLASSIFIABLE_FILE');
    await expect(ledger.locator('[data-file="notes.csv"]').first().textContent()).resolves.toContain('held out: kind unclear');
    await screenshot(page, 'ledger');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFfile,line,reason')).toBe(true);
    expect(csv).toContain('calls.csv,6,');
  });

  it('finds a phone written differently from how it is stored', async () => {
    const { page } = session.watched;
    await page.getByTestId('search-input').fill('0066 81 234 5678');
    await page.getByTestId('search-input').press('Enter');
    const panel = page.getByTestId('entity-panel');
    await page.waitForSelector('[data-testid="entity-panel"][data-entity="phone:+66812345678"]');
    await expect(panel.getByTestId('provenance').textContent()).resolves.toContain('subscribers.csv:3');
    await page.getByTestId('search-input').fill('0812 3456 7890');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForSelector('[data-testid="entity-panel"][data-entity="phone:+6281234567890"]');
    await expect(panel.getByTestId('variants').textContent()).resolves.toContain('0812-3456-7890');
    await screenshot(page, 'search-entity');
  });

  it('shows the victim badge, never a suspect look, on a victim', async () => {
    const { page } = session.watched;
    await page.getByTestId('search-input').fill('Siti Rahmawati');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForSelector('[data-testid="entity-panel"][data-entity="person:P003"]');
    await expect(page.getByTestId('entity-panel').getByTestId('victim-badge').count()).resolves.toBe(1);
  });

  it('suggests, and does not merge, the same person under two ids', async () => {
    const { page } = session.watched;
    await page.getByTestId('search-input').fill('P005');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForSelector('[data-testid="entity-panel"][data-entity="person:P005"]');
    const suggestions = page.getByTestId('entity-panel').getByTestId('possible-duplicates');
    await expect(suggestions.textContent()).resolves.toMatch(/LESTARI Dewi.*strong.*same passport C1112223/);
    await suggestions.getByRole('button', { name: 'LESTARI Dewi' }).click();
    await page.waitForSelector('[data-testid="entity-panel"][data-entity="person:P006"]');
    await expect(page.getByTestId('entity-panel').getByTestId('possible-duplicates').textContent()).resolves.toContain('Dewi Lestari');
  });

  it('finds the shortest path between two people and lists it step by step', async () => {
    const { page } = session.watched;
    await page.getByTestId('tab-path').click();
    await page.getByTestId('path-from').fill('Budi');
    await page.getByTestId('path-from').press('Enter');
    await page.getByTestId('path-to').fill('Aung Kyaw');
    await page.getByTestId('path-to').press('Enter');
    await page.getByTestId('path-find').click();
    const steps = page.getByTestId('path-result').getByTestId('path-step');
    await steps.first().waitFor();
    const texts = await steps.allTextContents();
    expect(texts[0]).toContain('Budi Santoso');
    expect(texts[texts.length - 1]).toContain('Aung Kyaw');
    await page.getByTestId('graph').waitFor();
    await screenshot(page, 'path');
  });

  it('expands a node to its neighbours and hides it again', async () => {
    const { page } = session.watched;
    await page.getByTestId('search-input').fill('959791234567');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForSelector('[data-testid="entity-panel"][data-entity="phone:+959791234567"]');
    const count = () => page.evaluate(() => (window as unknown as { __simpulCy: { nodes(): { length: number } } }).__simpulCy.nodes().length);
    const before = await count();
    await page.getByTestId('tab-entity').click();
    await page.getByTestId('expand-node').click();
    await page.waitForFunction((n) => (window as unknown as { __simpulCy: { nodes(): { length: number } } }).__simpulCy.nodes().length > n, before);
    await page.getByTestId('hide-node').click();
    await page.waitForFunction(() => (window as unknown as { __simpulCy: { $id(id: string): { length: number } } }).__simpulCy.$id('phone:+959791234567').length === 0);
  });

  it('re-runs the clustering with another seed from the header', async () => {
    const { page } = session.watched;
    await page.getByTestId('param-seed').fill('7');
    await page.getByTestId('rerun').click();
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('[data-testid="param-seed"]')?.value === '7')
      && document.querySelector<HTMLButtonElement>('[data-testid="rerun"]')?.disabled === true
      && document.querySelectorAll('[data-testid="cluster-item"]').length > 0);
    await screenshot(page, 'rerun');
  });

  it('made no request beyond the local server and logged no error', () => {
    expect(session.watched.foreignRequests).toEqual([]);
    expect(session.watched.consoleErrors).toEqual([]);
  });
});
