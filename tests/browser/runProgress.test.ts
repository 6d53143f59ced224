// A moderately big CDR through the page: the bars move through reading, planning and the run, and the run
// reuses what the review read instead of reading the file again (counted from the worker's own messages).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness.ts';
import { browserSession } from './session.ts';

/** Invented: a telco's CDR of `rows` calls among 1,500 subscribers, national A numbers, B numbers in two forms. */
function cdr(rows: number): string {
  let state = 7;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const phone = (index: number) => `0812${String(10_000_000 + ((index * 7919) % 90_000_000)).padStart(8, '0')}`;
  const lines = ['A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION'];
  for (let row = 0; row < rows; row++) {
    const a = Math.floor(random() * 1500);
    const b = random() < 0.85 ? Math.floor(a / 30) * 30 + Math.floor(random() * 30) : Math.floor(random() * 1500);
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const b2 = random() < 0.5 ? phone(b) : `62${phone(b).slice(1)}`;
    lines.push(`${phone(a)},${b2},MOC,2024-03-${day} ${String(Math.floor(random() * 24)).padStart(2, '0')}:15:00,${Math.floor(random() * 600)}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Seen {
  stage: string;
  done: number;
  total: number;
  /** The file, on a message about one file (the stage's closing message names none). */
  detail?: string;
  kept?: boolean;
}

declare global {
  interface Window {
    __progress: Seen[];
    __bars: Record<string, string[]>;
    /**
     * Parts announced by the worker (`parts` messages), parts received after the last announcement, what the page last
     * said it had received (`received` requests), and the most parts that ever arrived beyond that.
     */
    __parts: { announced: number[]; received: number; acknowledged: number; mostAhead: number };
  }
}

describe('progress through a run of a moderately big file', () => {
  const session = browserSession();

  it('moves the bars and reads the file once: the run uses what the review read', async () => {
    const { page, consoleErrors, foreignRequests } = session.watched;
    const dir = join(tmpdir(), 'simpul-progress-test');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'cdr_telco_40k.csv');
    writeFileSync(file, cdr(40_000));
    // Every progress message a worker posts, and every value each stage's bar shows, recorded from the page's start.
    await page.addInitScript(() => {
      window.__progress = [];
      window.__bars = {};
      window.__parts = { announced: [], received: 0, acknowledged: 0, mostAhead: 0 };
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (event: MessageEvent<{ kind?: string; progress?: Seen; total?: number }>) => {
            if (event.data.kind === 'progress' && event.data.progress) window.__progress.push(event.data.progress);
            if (event.data.kind === 'parts' && event.data.total !== undefined) {
              window.__parts.announced.push(event.data.total);
              window.__parts.received = 0;
              window.__parts.acknowledged = 0;
            }
            if (event.data.kind === 'modelPart' || event.data.kind === 'analysisPart') {
              window.__parts.received += 1;
              window.__parts.mostAhead = Math.max(window.__parts.mostAhead, window.__parts.received - window.__parts.acknowledged);
            }
          });
        }
        override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
          const request = message as { op?: string; received?: number };
          if (request.op === 'received' && request.received !== undefined) window.__parts.acknowledged = request.received;
          super.postMessage(message, transfer as Transferable[]);
        }
      };
      new MutationObserver((records) => {
        for (const record of records) {
          const bar = record.target;
          if (!(bar instanceof HTMLProgressElement)) continue;
          const stage = bar.closest<HTMLElement>('[data-stage]')?.dataset.stage ?? bar.dataset.testid ?? 'other';
          (window.__bars[stage] ??= []).push(String(bar.value));
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['value'] });
    });
    await page.goto(session.harness.url);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('file-card').first().waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled, undefined, { timeout: 120_000 });

    const review = await page.evaluate(() => window.__progress.splice(0));
    // The review read the file and planned it, each with its own stage.
    expect(review.filter((item) => item.stage === 'parse' && !item.kept).length).toBeGreaterThan(0);
    // NOTE: reading and planning post their own stages; steps inside them are posted every 60 ms, so a file read or
    // planned sooner (a quiet machine) shows only its start and end — the stage is the behaviour, the count of steps is
    // timing. The reading bar's values below show the steps the page drew.
    expect(review.filter((item) => item.stage === 'plan' && !item.kept).length).toBeGreaterThan(0);
    expect(new Set((await page.evaluate(() => window.__bars['reading-progress'] ?? [])).filter((value) => value !== '0' && value !== '1')).size).toBeGreaterThan(0);

    await page.evaluate(() => { window.__bars = {}; });
    await page.getByTestId('run-analysis').click();
    await page.getByTestId('progress').waitFor();
    await screenshot(page, 'run-progress-40k');
    await page.getByTestId('cluster-list').waitFor({ timeout: 300_000 });

    const run = await page.evaluate(() => window.__progress.splice(0));
    const ofStage = (stage: string) => run.filter((item) => item.stage === stage && item.detail !== undefined);
    // Read once: every parse and plan message of the run says the file was kept from the review.
    expect(ofStage('parse').length).toBeGreaterThan(0);
    expect(ofStage('parse').every((item) => item.kept === true)).toBe(true);
    expect(ofStage('plan').every((item) => item.kept === true)).toBe(true);
    // The run's bars moved: several values strictly between empty and full while rows were imported and clusters re-run.
    const bars = await page.evaluate(() => window.__bars);
    const between = (stage: string) => new Set((bars[stage] ?? []).filter((value) => Number(value) > 0 && Number(value) < 1)).size;
    // NOTE: steps are posted every 60 ms: importing 40k rows takes several on any machine; the stability re-runs of
    // a small case may end within one, so only their stage's bar is asserted.
    expect(between('normalise')).toBeGreaterThan(0);
    // The case's arrival on the page is counted: the worker says how many parts come, and exactly that many came.
    const parts = await page.evaluate(() => window.__parts);
    expect(parts.announced.length).toBe(1);
    expect(parts.announced[0]).toBeGreaterThan(10);
    expect(parts.received).toBe(parts.announced[0]);
    // Flow control: the worker never ran more than PARTS_AHEAD (16) parts ahead of what the page said it had taken in.
    expect(parts.acknowledged).toBeGreaterThan(0);
    expect(parts.mostAhead).toBeLessThanOrEqual(16);
    expect((bars.stability ?? []).length).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
