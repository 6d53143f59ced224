// Columns named like an object's own machinery (prototype, constructor, __proto__, toString) are just columns:
// the case imports, autosaves, restores after a reload and saves to a file that opens again, notes and values intact.
import { mkdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importFiles, runAnalysis, screenshot } from './harness.ts';
import { browserSession } from './session.ts';

const FIXTURES = 'tests/browser/fixtures/hostile-keys';
const SCRATCH = 'test-results/hostile-keys';
const NOTE = 'constructor column says ctor-A; check with the __proto__ column (dunder-A).';
const PERSON = 'person:P101';
const HOSTILE = { prototype: 'proto-A', constructor: 'ctor-A', __proto__: 'dunder-A', toString: 'str-A' };

async function autosaved(page: Page, since: number): Promise<void> {
  await page.waitForFunction((before) => {
    const status = document.querySelector('[data-testid="autosave-status"]');
    return Number(status?.getAttribute('data-saved-revision')) > before && status?.getAttribute('data-state') === 'saved';
  }, since);
}

/** The person's attributes as the saved case holds them (own keys only). */
function savedAttributes(path: string): [string, unknown][] {
  const raw = readFileSync(path);
  const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
  const file = JSON.parse(text) as { model: { entities: { id: string; attributes: object }[] }; notes: { entities: object } };
  const person = file.model.entities.find((entity) => entity.id === PERSON);
  expect(Object.entries(file.notes.entities)).toContainEqual([PERSON, NOTE]);
  return Object.entries(person?.attributes ?? {});
}

async function openPerson(page: Page): Promise<void> {
  await page.getByTestId('search-input').fill('P101');
  await page.getByTestId('search-input').press('Enter');
  await page.waitForSelector(`[data-testid="entity-panel"][data-entity="${PERSON}"]`);
}

describe('columns named prototype, constructor, __proto__ and toString', () => {
  const session = browserSession();
  beforeAll(() => mkdirSync(SCRATCH, { recursive: true }));

  it('imports them as columns and shows their values on the person', async () => {
    const { page, consoleErrors } = session.watched;
    await importFiles(page, session.harness.url, ['people.csv', 'subscribers.csv', 'calls.csv'].map((name) => `${FIXTURES}/${name}`));
    await runAnalysis(page);
    await openPerson(page);
    const panel = page.getByTestId('entity-panel');
    for (const value of Object.values(HOSTILE)) await expect(panel.textContent()).resolves.toContain(value);
    const before = Number(await page.getByTestId('autosave-status').getAttribute('data-revision'));
    await page.getByTestId('entity-note').fill(NOTE);
    await autosaved(page, before);
    await screenshot(page, 'hostile-keys-entity');
    expect(consoleErrors).toEqual([]);
  });

  it('restores the autosaved case after a reload, with the note', async () => {
    const { page } = session.watched;
    await page.reload();
    await page.getByTestId('restore-case').waitFor();
    await page.getByTestId('restore-case').click();
    await page.getByTestId('cluster-list').waitFor();
    await expect(page.getByTestId('error-banner').count()).resolves.toBe(0);
    await openPerson(page);
    await expect(page.getByTestId('entity-note').inputValue()).resolves.toBe(NOTE);
    await expect(page.getByTestId('entity-panel').textContent()).resolves.toContain('dunder-A');
  });

  it('saves to a file holding every column, which opens again after a new case', async () => {
    const { page, consoleErrors, foreignRequests } = session.watched;
    await page.getByTestId('case-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-case').click()]);
    const path = `${SCRATCH}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    expect(savedAttributes(path)).toEqual(expect.arrayContaining(Object.entries(HOSTILE)));

    await page.getByTestId('case-menu').click();
    await page.getByTestId('new-case').click();
    await page.getByTestId('open-sample').waitFor();
    await page.getByTestId('open-case-input').setInputFiles(path);
    await page.getByTestId('cluster-list').waitFor();
    await expect(page.getByTestId('error-banner').count()).resolves.toBe(0);
    await openPerson(page);
    await expect(page.getByTestId('entity-note').inputValue()).resolves.toBe(NOTE);
    await screenshot(page, 'hostile-keys-reopened');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
