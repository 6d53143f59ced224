// Partner hashes: one tab exports its identifiers as keyed hashes; a second tab, another case, loads that file
// with the same passphrase and sees the shared entities; with a wrong passphrase, none.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importFiles, runAnalysis, screenshot, watchedPage } from './harness.ts';
import { browserSession } from './session.ts';

const SCRATCH = 'test-results/hash-match';
const MAIN = ['people.csv', 'subscribers.csv', 'calls.csv'].map((name) => `tests/browser/fixtures/${name}`);
const PARTNER = ['people.csv', 'calls.csv'].map((name) => `tests/browser/fixtures/partner/${name}`);
const PASSPHRASE = 'Mekong river 2025, blue kettle';

async function openCase(page: Page, url: string, files: string[]): Promise<void> {
  await importFiles(page, url, files);
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
  await runAnalysis(page);
}

async function match(page: Page, file: string, passphrase: string): Promise<void> {
  await page.getByTestId('share-passphrase').fill(passphrase);
  await page.getByTestId('share-file').setInputFiles(file);
  await page.getByTestId('share-match').click();
  await page.locator('[data-testid="share-result"], [data-testid="share-wrong-passphrase"], [data-testid="share-message"]').first().waitFor({ timeout: 30_000 });
}

describe('partner hashes', () => {
  const session = browserSession();

  it('matches a partner\'s hash list with the agreed passphrase, and nothing with another', async () => {
    mkdirSync(SCRATCH, { recursive: true });
    const { page: partner } = session.watched;
    await openCase(partner, session.harness.url, PARTNER);
    await partner.getByTestId('match-hashes').click();
    await partner.getByTestId('share-passphrase').fill(PASSPHRASE);
    const [download] = await Promise.all([partner.waitForEvent('download'), partner.getByTestId('share-export').click()]);
    const path = `${SCRATCH}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe('keyed-hashes.json');

    const second = await watchedPage(session.harness);
    const page = second.page;
    await openCase(page, session.harness.url, MAIN);
    await page.getByTestId('match-hashes').click();
    await match(page, path, PASSPHRASE);
    const rows = await page.getByTestId('share-row').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toContain('+66812345678');
    expect(rows.join('\n')).toMatch(/passport.*Aung Kyaw/);
    await screenshot(page, 'hash-match');

    await match(page, path, 'Mekong river 2024, blue kettle');
    await page.getByTestId('share-wrong-passphrase').waitFor();
    expect(await page.getByTestId('share-row').count()).toBe(0);
    expect([...session.watched.foreignRequests, ...second.foreignRequests]).toEqual([]);
    expect(second.consoleErrors).toEqual([]);
  }, 120_000);
});
