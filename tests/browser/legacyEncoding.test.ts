// A file in a legacy encoding (here a Thai people list in Windows-874/TIS-620): the review refuses to guess, shows what
// each encoding makes of the text, best first, and reads the file in the encoding the person chooses.
import { describe, expect, it } from 'vitest';
import { importFiles, screenshot } from './harness.ts';
import { browserSession } from './session.ts';

const FILE = 'thai_people_tis620.csv';

describe('import review: a file that is not UTF-8', () => {
  const session = browserSession();
  const card = () => session.watched.page.locator(`[data-testid="file-card"][data-file="${FILE}"]`);

  it('shows each encoding’s reading, Thai first, and reads nothing until one is chosen', async () => {
    const { page } = session.watched;
    await importFiles(page, session.harness.url, [`tests/browser/fixtures/legacy-encoding/${FILE}`]);
    await card().getByTestId('encoding-choice').waitFor();
    const first = card().getByTestId('encoding-reading').first();
    await expect(first.getAttribute('data-encoding')).resolves.toBe('windows-874');
    await expect(first.locator('pre').textContent()).resolves.toContain('สมชาย ใจดี');
    await expect(page.getByTestId('run-analysis').isDisabled()).resolves.toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
    await screenshot(page, 'legacy-encoding-choice');
  });

  it('reads every row in the chosen encoding, and the choice stays on the card', async () => {
    const { page } = session.watched;
    await card().getByTestId('encoding-reading').first().getByTestId('read-as').click();
    await card().getByTestId('encoding-select').waitFor();
    await expect(card().getByTestId('encoding-select').inputValue()).resolves.toBe('windows-874');
    await expect(card().locator('thead').textContent()).resolves.toContain('ชื่อ-นามสกุล');
    await expect(card().textContent()).resolves.toMatch(/8 rows/);
    await screenshot(page, 'legacy-encoding-read');
  });
});
