// Issue 7, "done when" 4: a file nobody could classify is flagged on its card with the evidence and what to check;
// choosing its kind on the card re-reads it, and the run imports its rows.
import { describe, expect, it } from 'vitest';
import { importFiles, runAnalysis, screenshot } from './harness.ts';
import { browserSession } from './session.ts';

const FIXTURES = 'tests/browser/fixtures/low-confidence';
const FILES = ['people.csv', 'subscribers.csv', 'export_0412.csv', 'short_0413.csv'].map((name) => `${FIXTURES}/${name}`);
/** Invented calls under meaningless headers (col1,col2,col3): phones or accounts? calls or links? */
const UNSURE = 'export_0412.csv';
/** Four rows under the same headers: too few to hold the file out, so it is read, and flagged. */
const SHORT = 'short_0413.csv';
/** A number that only the unsure file names. */
const ONLY_IN_UNSURE = '+6281299900104';

describe('import review: a low-confidence file', () => {
  const session = browserSession();
  const card = () => session.watched.page.locator(`[data-testid="file-card"][data-file="${UNSURE}"]`);

  it('flags the file on its card with the evidence, what to check and its first rows', async () => {
    const { page } = session.watched;
    await importFiles(page, session.harness.url, FILES);
    await page.locator('[data-testid="file-card"]').nth(FILES.length - 1).waitFor();
    await expect(card().getAttribute('data-state')).resolves.toBe('held-out');
    await expect(card().getByTestId('low-confidence').isVisible()).resolves.toBe(true);
    await expect(card().getByTestId('what-to-check').textContent()).resolves.toMatch(/choose the kind/);
    // The evidence names the guess and how sure it is.
    await expect(card().getByTestId('file-evidence').textContent()).resolves.toMatch(/\d+% sure.*calls/);
    // The guess as mapping lines, for a person who keeps a mapping file.
    await card().locator('summary').click();
    await expect(card().locator('.mapping-lines').textContent()).resolves.toContain('"kind":"calls"');
    // The person can see the values before choosing.
    await expect(card().locator('tbody tr').count()).resolves.toBe(6);
    await expect(card().locator('thead').textContent()).resolves.toContain('col1');
    await expect(page.getByTestId('held-rows').textContent()).resolves.toMatch(/8 rows not imported: choose the kind/);
    // The clear files carry no flag.
    await expect(page.locator('[data-testid="file-card"][data-file="people.csv"] [data-testid="low-confidence"]').count()).resolves.toBe(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    await card().scrollIntoViewIfNeeded();
    await screenshot(page, 'import-review-low-confidence-before');
  });

  it('flags a file it reads with low confidence: what to check, and the reading\'s evidence', async () => {
    const { page } = session.watched;
    const short = page.locator(`[data-testid="file-card"][data-file="${SHORT}"]`);
    await expect(short.getByTestId('kind-select').inputValue()).resolves.toBe('calls');
    await expect(short.getByTestId('low-confidence').isVisible()).resolves.toBe(true);
    await expect(short.getByTestId('what-to-check').textContent()).resolves.toMatch(/really a .*Call records/);
    await expect(short.getByTestId('file-evidence').textContent()).resolves.toMatch(/calls: phone_a \+ phone_b/);
    await short.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-review-low-confidence-read');
  });

  it('says the same in Indonesian', async () => {
    const { page } = session.watched;
    await page.getByTestId('language-select').selectOption('id');
    await expect(card().getByTestId('what-to-check').textContent()).resolves.toMatch(/pilih jenis berkasnya/);
    await card().scrollIntoViewIfNeeded();
    await screenshot(page, 'import-review-low-confidence-id');
    await page.getByTestId('language-select').selectOption('en');
    await expect(card().getByTestId('what-to-check').textContent()).resolves.toMatch(/choose the kind/);
  });

  it('re-reads the file for the kind picked on its card: phone A / phone B, the numbers read as imported', async () => {
    const { page } = session.watched;
    await card().getByTestId('kind-select').selectOption('calls');
    await page.waitForFunction((name) => document.querySelector(`[data-testid="file-card"][data-file="${name}"]`)?.getAttribute('data-state') === null
      && document.querySelector(`[data-testid="file-card"][data-file="${name}"] [data-testid="kind-select"]`) instanceof HTMLSelectElement, UNSURE);
    await expect(card().getByTestId('kind-select').inputValue()).resolves.toBe('calls');
    await expect(page.getByTestId('held-rows').count()).resolves.toBe(0);
    const roles = await card().getByTestId('role-select').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
    expect(roles).toEqual(['phone_a', 'phone_b', 'datetime']);
    await expect(card().locator('tbody').textContent()).resolves.toContain('+62 812 9990 0104');
    await card().scrollIntoViewIfNeeded();
    await screenshot(page, 'import-review-low-confidence-after');
  });

  it('offers every role, "(attribute)" included, for any column, and keeps the choice', async () => {
    const { page } = session.watched;
    const third = () => card().getByTestId('role-select').nth(2);
    const options = await third().locator('option').evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining(['attribute', 'phone_a', 'person_id', 'account_from', 'latitude', 'ignore']));
    await third().selectOption('attribute');
    await page.waitForFunction((name) => {
      const select = document.querySelectorAll(`[data-testid="file-card"][data-file="${name}"] [data-testid="role-select"]`)[2];
      return select instanceof HTMLSelectElement && select.value === 'attribute' && select.classList.contains('by-mapping');
    }, UNSURE);
    await third().selectOption('datetime');
    await page.waitForFunction((name) => {
      const select = document.querySelectorAll(`[data-testid="file-card"][data-file="${name}"] [data-testid="role-select"]`)[2];
      return select instanceof HTMLSelectElement && select.value === 'datetime';
    }, UNSURE);
  });

  it('imports the file: every row counted as imported, its numbers in the case', async () => {
    const { page, consoleErrors, foreignRequests } = session.watched;
    await runAnalysis(page);
    await page.getByTestId('tab-ledger').click();
    const row = page.locator(`[data-testid="ledger-file"][data-file="${UNSURE}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(2, 5).map((cell) => cell.trim())).toEqual(['8', '8', '0']);
    await page.getByTestId('search-input').fill('081299900104');
    await page.getByTestId('search-input').press('Enter');
    const panel = page.getByTestId('entity-panel');
    await page.waitForFunction((id) => document.querySelector('[data-testid="entity-panel"]')?.getAttribute('data-entity') === id, `phone:${ONLY_IN_UNSURE}`);
    await expect(panel.textContent()).resolves.toContain(UNSURE);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
