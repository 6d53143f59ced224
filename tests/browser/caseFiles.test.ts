// Notes, autosave and restore after a reload, Save case / Open case, refusing bad files, and Wipe case.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, tapNode } from './harness.ts';
import { browserSession } from './session.ts';

const ENTITY_NOTE = 'Recruiter seen in Poipet; ask KH police for the passport copy.';
const CLUSTER_NOTE = 'Compound A: recruitment to Sihanoukville.';
const SCRATCH = 'test-results/case-files';

/** Waits until the autosave has stored a change made after `since` (a revision read before the change). */
async function autosaved(page: Page, since: number): Promise<void> {
  await page.waitForFunction((before) => {
    const status = document.querySelector('[data-testid="autosave-status"]');
    return Number(status?.getAttribute('data-saved-revision')) > before && status?.getAttribute('data-state') === 'saved';
  }, since);
}

async function revision(page: Page): Promise<number> {
  return Number(await page.getByTestId('autosave-status').getAttribute('data-revision'));
}

async function clusterIds(page: Page): Promise<string[]> {
  return page.getByTestId('cluster-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-cluster') ?? ''));
}

describe('case files, notes and autosave', () => {
  const session = browserSession();
  let entityId = '';
  let clusterId = '';
  let clustersBefore: string[] = [];
  let savedPath = '';

  beforeAll(async () => {
    mkdirSync(SCRATCH, { recursive: true });
  });

  it('keeps a note on an entity and on a cluster, autosaved', async () => {
    const { page } = session.watched;
    await page.goto(session.harness.url);
    await expect(page.getByTestId('restore-case').count()).resolves.toBe(0);
    await page.getByTestId('open-sample').click();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled);
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('cluster-list').waitFor({ timeout: 60_000 });
    clustersBefore = await clusterIds(page);
    const first = page.getByTestId('cluster-item').first();
    clusterId = (await first.getAttribute('data-cluster')) ?? '';
    await first.locator('.cluster-open').click();
    await page.waitForFunction(() => ((window as unknown as { __simpulCy?: { nodes(): { length: number } } }).__simpulCy?.nodes().length ?? 0) > 3
      && !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out'));
    entityId = await page.evaluate(() => {
      const cy = (window as unknown as { __simpulCy: { nodes(selector: string): { id(): string }[] } }).__simpulCy;
      return cy.nodes('[type = "person"]')[0]?.id() ?? '';
    });
    await tapNode(page, entityId);
    await page.waitForSelector(`[data-testid="entity-panel"][data-entity="${entityId}"]`);
    await page.getByTestId('cluster-note').fill(CLUSTER_NOTE);
    const before = await revision(page);
    await page.getByTestId('entity-note').fill(ENTITY_NOTE);
    await autosaved(page, before);
    await screenshot(page, 'notes');
  });

  it('offers the autosaved case after a reload, and restores it with its notes', async () => {
    const { page } = session.watched;
    await page.reload();
    await page.getByTestId('restore-case').waitFor();
    await expect(page.getByTestId('restore-offer').textContent()).resolves.toMatch(/\d+(\.\d+)? (KB|MB|bytes)/);
    await screenshot(page, 'restore-offer');
    await page.getByTestId('restore-case').click();
    await page.getByTestId('cluster-list').waitFor();
    expect(await clusterIds(page)).toEqual(clustersBefore);
    // The saved drawing comes back with the entity in it.
    await tapNode(page, entityId);
    await page.waitForSelector(`[data-testid="entity-panel"][data-entity="${entityId}"]`);
    await expect(page.getByTestId('entity-note').inputValue()).resolves.toBe(ENTITY_NOTE);
  });

  it('saves the case to a file, and opens it again after a new case', async () => {
    const { page } = session.watched;
    await page.getByTestId('case-menu').click();
    await screenshot(page, 'case-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-case').click()]);
    expect(download.suggestedFilename()).toMatch(/^simpul-case-\d{4}-\d{2}-\d{2}\.simpul\.json(\.gz)?$/);
    savedPath = `${SCRATCH}/${download.suggestedFilename()}`;
    await download.saveAs(savedPath);
    // The name says what the bytes are: `.gz` exactly when they are gzip.
    const head = readFileSync(savedPath).subarray(0, 2);
    expect(savedPath.endsWith('.gz')).toBe(head[0] === 0x1f && head[1] === 0x8b);
    const saved = JSON.parse(caseText(savedPath)) as { type: string; notes: { entities: Record<string, string>; clusters: Record<string, string> }; view: { positions: Record<string, unknown> } };
    expect(saved.type).toBe('simpul-case');
    expect(saved.notes.entities[entityId]).toBe(ENTITY_NOTE);
    expect(saved.notes.clusters[clusterId]).toBe(CLUSTER_NOTE);
    expect(Object.keys(saved.view.positions)).toContain(entityId);

    await page.getByTestId('case-menu').click();
    await page.getByTestId('new-case').click();
    await page.getByTestId('open-sample').waitFor();
    await page.getByTestId('open-case-input').setInputFiles(savedPath);
    await page.getByTestId('cluster-list').waitFor();
    expect(await clusterIds(page)).toEqual(clustersBefore);
    await page.locator(`[data-testid="cluster-item"][data-cluster="${clusterId}"] .cluster-open`).click();
    await expect(page.getByTestId('cluster-note').inputValue()).resolves.toBe(CLUSTER_NOTE);
    await tapNode(page, entityId);
    await expect(page.getByTestId('entity-note').inputValue()).resolves.toBe(ENTITY_NOTE);
  });

  it('refuses a damaged file or a report, says why, and keeps the case on screen', async () => {
    const { page } = session.watched;
    const text = caseText(savedPath);
    const truncated = `${SCRATCH}/truncated.simpul.json`;
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    const report = `${SCRATCH}/report.json`;
    writeFileSync(report, JSON.stringify({ type: 'simpul-report', version: 1 }));
    for (const [file, message] of [[truncated, /not valid JSON|damaged/], [report, /report/]] as const) {
      await page.getByTestId('open-case-input').setInputFiles(file);
      await page.getByTestId('error-banner').waitFor();
      await expect(page.getByTestId('error-banner').textContent()).resolves.toMatch(message);
      await expect(page.getByTestId('error-banner').textContent()).resolves.toContain('CASE_FILE_INVALID');
      expect(await clusterIds(page)).toEqual(clustersBefore);
      await expect(page.getByTestId('entity-panel').getAttribute('data-entity')).resolves.toBe(entityId);
      await expect(page.getByTestId('entity-note').inputValue()).resolves.toBe(ENTITY_NOTE);
      if (file === truncated) await screenshot(page, 'open-case-error');
      await page.getByTestId('error-banner').getByRole('button', { name: 'Dismiss' }).click();
    }
  });

  it('wipes the case: nothing is offered after a reload', async () => {
    const { page } = session.watched;
    await page.getByTestId('case-menu').click();
    await page.getByTestId('wipe-case').click();
    await page.getByTestId('wipe-confirm').waitFor();
    await screenshot(page, 'wipe-confirm');
    await page.getByTestId('wipe-confirm-confirm').click();
    await page.getByTestId('open-sample').waitFor();
    await expect(page.getByTestId('restore-case').count()).resolves.toBe(0);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(databases).not.toContain('simpul');
    await page.reload();
    await page.getByTestId('open-sample').waitFor();
    await page.waitForTimeout(300);
    await expect(page.getByTestId('restore-case').count()).resolves.toBe(0);
  });

  it('made no request beyond the local server and logged no error', () => {
    expect(session.watched.foreignRequests).toEqual([]);
    expect(session.watched.consoleErrors).toEqual([]);
  });
});

/** A saved case's JSON text: case files above a size are gzipped (told by the magic bytes 1f 8b). */
function caseText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}
