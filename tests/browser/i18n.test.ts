// Bahasa Indonesia end to end: the switch, <html lang>, the choice kept over a reload, the workbench and ledger.
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles, runAnalysis, screenshot, SCREENSHOTS } from './harness.ts';
import { browserSession } from './session.ts';

const FIXTURES = 'tests/browser/fixtures';
const FILES = [...['people.csv', 'subscribers.csv', 'calls.csv', 'transfers.csv', 'account_holders.csv'].map((name) => `${FIXTURES}/${name}`),
  `${FIXTURES}/i18n/calls_broken_quote.csv`];

describe('the interface in Bahasa Indonesia', () => {
  const session = browserSession();

  it('switches the start page to Indonesian and sets <html lang="id">', async () => {
    const { page } = session.watched;
    await page.goto(session.harness.url);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.getByTestId('language-select').selectOption('id');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('id');
    await expect(page.locator('.start-card').textContent()).resolves.toContain('tidak ada berkas, nama atau nomor yang keluar dari komputer ini');
    await expect(page.getByTestId('open-sample').textContent()).resolves.toBe('Buka kasus contoh');
  });

  it('keeps the language over a reload', async () => {
    const { page } = session.watched;
    await page.reload();
    await expect(page.getByTestId('language-select').inputValue()).resolves.toBe('id');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('id');
    await screenshot(page, 'i18n-start-id');
  });

  it('shows the workbench and the ledger in Indonesian', async () => {
    const { page } = session.watched;
    await importFiles(page, session.harness.url, FILES);
    await runAnalysis(page);
    await expect(page.locator('.case-summary').textContent()).resolves.toMatch(/\d+ berkas · \d+ entitas · \d+ hubungan · \d+ klaster/);
    await expect(page.getByTestId('case-menu').textContent()).resolves.toContain('Kasus');
    await screenshot(page, 'i18n-workbench-id');
    await page.getByTestId('tab-ledger').click();
    const ledger = page.getByTestId('ledger');
    await ledger.waitFor();
    await expect(ledger.textContent()).resolves.toContain('Alasan penolakan');
    await expect(ledger.textContent()).resolves.toMatch(/baris diimpor · \d+ ditolak/);
    // The parser's reason, by its code: the broken quote on line 3.
    const broken = ledger.locator('[data-testid="ledger-rejected-row"][data-line="3"]').first();
    await expect(broken.textContent()).resolves.toContain('tanda kutip yang membuka kolom ke-1');
    // The reading notes by their codes, labelled in Indonesian: no English assumption line is left.
    await expect(ledger.locator('.assumptions li').first().getAttribute('data-label')).resolves.toBe('diasumsikan');
    await expect(ledger.locator('.assumptions').allTextContents()).resolves.not.toEqual(expect.arrayContaining([expect.stringMatching(/read as|phone numbers|dates|the file/)]));
    await screenshot(page, 'i18n-ledger-id');
  });

  it('exports the dossier in Indonesian', async () => {
    const { page } = session.watched;
    await page.getByTestId('export-menu').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report.html').click()]);
    const html = readFileSync(await file.path(), 'utf8');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<h2>Ringkasan kasus</h2>');
    expect(html).toContain('Berkas perkara (dossier)');
    expect(html).not.toContain('Case summary');
  });

  it('says why a broker ranks in Indonesian on the sample case, and exports a dossier without the English sections', async () => {
    const { page } = session.watched;
    await page.goto(session.harness.url);
    await page.getByTestId('open-sample').click();
    await page.getByTestId('file-card').first().waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
    await runAnalysis(page);
    await expect(page.getByTestId('tab-ledger').textContent()).resolves.toMatch(/baris ditolak/);
    await expect(page.getByTestId('cluster-list').textContent()).resolves.toMatch(/\d+ klaster · \d+ lintas negara/);
    await screenshot(page, 'i18n-sample-workbench-id');
    await page.getByTestId('brokers-tab').click();
    const broker = page.getByTestId('broker-item').first();
    await broker.waitFor();
    const why = await broker.locator('.broker-why').textContent();
    expect(why).toMatch(/^Mengikat \d+ klaster lebih kuat daripada kebetulan/);
    expect(why).not.toMatch(/\b(Ties|clusters|beyond chance|expected)\b/);
    await screenshot(page, 'i18n-sample-brokers-id');
    await page.getByTestId('export-menu').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report.html').click()]);
    const html = readFileSync(await file.path(), 'utf8');
    expect(html).toContain('<h2>Mengapa perantara dan pemain kunci ini</h2>');
    expect(html).toContain('Jejak uang: di mana uang berakhir');
    expect(html).not.toMatch(/Why these brokers|Money trail|Which clusters matter first|Evidence files and fingerprints/);
    // The dossier as a reader sees it, for a person to look at (test-results/screenshots).
    const dossier = await page.context().newPage();
    await dossier.setContent(html);
    await dossier.setViewportSize({ width: 1100, height: 1400 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await dossier.screenshot({ path: `${SCREENSHOTS}/i18n-dossier-id.png` });
    await dossier.evaluate(() => document.getElementById('why')?.scrollIntoView());
    await dossier.screenshot({ path: `${SCREENSHOTS}/i18n-dossier-why-id.png` });
    await dossier.evaluate(() => document.getElementById('confidence')?.scrollIntoView());
    await dossier.screenshot({ path: `${SCREENSHOTS}/i18n-dossier-confidence-id.png` });
    await dossier.close();
  });

  it('made no console error and no request off the machine', () => {
    expect(session.watched.consoleErrors).toEqual([]);
    expect(session.watched.foreignRequests).toEqual([]);
  });
});
