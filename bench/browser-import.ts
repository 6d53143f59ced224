// Browser bench (not part of npm test): a 100,000-row CDR, or a folder of case files, imported through the UI, with
// the main thread, the progress bars and memory watched.
// Run: npx tsx bench/browser-import.ts [rows | folder] [webgl|canvas]. Builds the app, serves it with vite preview, drives Chromium.
// A folder (e.g. /work/bench-cases/s0.1) loads every .csv in it, as a person would pick them all.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, watchedPage } from '../tests/browser/harness.ts';

const SOURCE = process.argv[2] ?? '110000';
/** A folder of case files to load, or undefined: a generated CDR of ROWS rows. */
const FOLDER = existsSync(SOURCE) && statSync(SOURCE).isDirectory() ? SOURCE : undefined;
const ROWS = FOLDER ? 0 : Number(SOURCE);
/** Issue 9's targets for the browser: progress moves at least every 500 ms, no main-thread task over 100 ms. */
const TARGET = { progressGapMs: 500, longTaskMs: 100, heapMb: 2048 };
/** SIMPUL_BENCH_PROFILE=file.cpuprofile: also record the main thread's CPU profile from the run to the drill-down. */
const PROFILE = process.env.SIMPUL_BENCH_PROFILE;
/** `canvas` forces cytoscape's canvas renderer (headless Chromium's WebGL is software-emulated and slow). */
const RENDERER = process.argv[3] ?? 'webgl';

/** A deterministic CDR in a telco's own style: national A numbers, mixed B numbers, ISO start times. */
function generateCdr(rows: number, subscribers = 4000, devices = true): string {
  let state = 20240301;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const phone = (index: number) => `0812${String(10_000_000 + index * 7919 % 90_000_000).padStart(8, '0')}`;
  const lines = [devices ? 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION,IMEI,CELL_ID' : 'A_NUMBER,B_NUMBER,CALL_TYPE,START_TIME,DURATION'];
  for (let row = 0; row < rows; row++) {
    const a = Math.floor(random() * subscribers);
    // Calls stay mostly within groups of 40 subscribers, so the analysis has clusters to find.
    const group = Math.floor(a / 40) * 40;
    const b = random() < 0.85 ? group + Math.floor(random() * 40) : Math.floor(random() * subscribers);
    const bText = random() < 0.5 ? phone(b) : `62${phone(b).slice(1)}`;
    const day = 1 + Math.floor(random() * 28);
    const time = `2024-03-${String(day).padStart(2, '0')} ${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00`;
    const base = `${phone(a)},${bText},${random() < 0.8 ? 'MOC' : 'SMS-MO'},${time},${Math.floor(random() * 600)}`;
    lines.push(devices ? `${base},35${String(a).padStart(13, '0')},CELL-${a % 97}` : base);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  console.log('building…');
  // NOTE: a profiled run builds without minifying, so the profile names the app's own functions.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', ...(PROFILE ? ['--minify', 'false'] : [])], { stdio: 'inherit' });
  const dir = join(tmpdir(), 'simpul-bench');
  mkdirSync(dir, { recursive: true });
  let files: string[];
  if (FOLDER) {
    files = readdirSync(FOLDER).filter((name) => name.toLowerCase().endsWith('.csv')).sort().map((name) => join(FOLDER, name));
    const bytes = files.reduce((sum, path) => sum + statSync(path).size, 0);
    console.log(`loading ${files.length} files from ${FOLDER} (${(bytes / 2 ** 20).toFixed(1)} MB)`);
  } else {
    const file = join(dir, `cdr_${ROWS}.csv`);
    writeFileSync(file, generateCdr(ROWS));
    files = [file];
    console.log(`generated ${ROWS.toLocaleString('en')} rows → ${file}`);
  }
  const shot = (name: string) => `bench-${FOLDER ? `${FOLDER.split('/').filter(Boolean).pop()}-` : ''}${name}`;

  const harness = await startHarness();
  try {
    const { page, consoleErrors, foreignRequests } = await watchedPage(harness);
    await watchLongTasks(page);
    const memory = await watchMemory(page);
    await page.goto(RENDERER === 'canvas' ? `${harness.url}?renderer=canvas` : harness.url);
    const resetTasks = () => page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks.length = 0; });
    const readTasks = () => page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
    await resetTasks();
    let profileStart = 0;
    const cdp = PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      profileStart = await page.evaluate(() => performance.now());
    }

    memory.phase('review');
    let start = Date.now();
    const reading = watchProgress(page, `[...document.querySelectorAll('[data-testid="reading-progress"]')].map((bar) => Number(bar.value).toFixed(3)).join(' ')`);
    await page.getByTestId('file-input').setInputFiles(files);
    await page.getByTestId('file-card').first().waitFor({ timeout: 600_000 });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled, undefined, { timeout: 600_000 });
    const reviewMs = Date.now() - start;
    const readingGaps = await reading.stop();
    const reviewTasks = await readTasks();
    await screenshot(page, shot('review'));

    await resetTasks();
    memory.phase('run');
    start = Date.now();
    await page.getByTestId('run-analysis').click();
    const running = watchProgress(page, `[...document.querySelectorAll('[data-stage]')]
      .map((item) => item.dataset.stage + '=' + Number(item.querySelector('progress')?.value ?? 0).toFixed(3)).join(' ')`);
    // What a person sees while it runs: once early, once half way through the analysis.
    void page.waitForTimeout(1500).then(() => screenshot(page, shot('running'))).catch(() => undefined);
    void page.locator('[data-stage="stability"].active').waitFor({ timeout: 600_000 }).then(() => screenshot(page, shot('running-analysis'))).catch(() => undefined);
    await page.getByTestId('cluster-list').waitFor({ timeout: 1_800_000 });
    const runGaps = await running.stop();
    const samples = runGaps.samples;
    const runMs = Date.now() - start;
    await page.waitForTimeout(500);
    const runTasks = await readTasks();
    await screenshot(page, shot('overview'));

    await resetTasks();
    memory.phase('drill-down');
    await page.getByTestId('cluster-item').first().locator('.cluster-open').click();
    await page.waitForFunction(() => ((window as unknown as { __simpulCy?: { nodes(): { length: number } } }).__simpulCy?.nodes().length ?? 0) > 0, undefined, { timeout: 300_000 });
    await page.waitForTimeout(300);
    const drillTasks = await readTasks();
    const summary = await page.locator('.case-summary').textContent();
    await screenshot(page, shot('drill-down'));
    memory.phase('whole case');
    const capped = await drillIntoLargest(page, shot('drill-down-whole-case'));
    const peak = memory.stop();
    if (cdp && PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(PROFILE, JSON.stringify(profile));
      // The long tasks' spans, on the page's clock, with the clock's reading when the profile started (to line them up).
      writeFileSync(`${PROFILE}.tasks.json`, JSON.stringify({ profileStart, spans: await page.evaluate(() => (window as unknown as { __longTaskSpans: [number, number][] }).__longTaskSpans) }));
      console.log(`main-thread profile → ${PROFILE}`);
    }

    const max = (list: number[]) => (list.length ? Math.max(...list) : 0);
    console.log(`\ncase: ${summary} (renderer asked: ${RENDERER}; software WebGL falls back to canvas)`);
    console.log(`review: ${reviewMs} ms; long tasks ${reviewTasks.length}, max ${max(reviewTasks).toFixed(0)} ms`);
    console.log(`run:    ${runMs} ms; long tasks ${runTasks.length}, max ${max(runTasks).toFixed(0)} ms`);
    console.log(`drill-down (first cluster): long tasks ${drillTasks.length}, max ${max(drillTasks).toFixed(0)} ms`);
    console.log(`review tasks over 50 ms: ${reviewTasks.map((task) => task.toFixed(0)).join(' ')}`);
    console.log(`run tasks over 50 ms: ${runTasks.map((task) => task.toFixed(0)).join(' ')}`);
    console.log(`drill-down tasks over 50 ms: ${drillTasks.map((task) => task.toFixed(0)).join(' ')}`);
    console.log(`reading progress: ${readingGaps.samples.length} distinct states, longest still ${readingGaps.maxGap} ms (${readingGaps.where})`);
    console.log(`run progress: ${samples.length} distinct states, longest still ${runGaps.maxGap} ms (${runGaps.where})`);
    for (const still of [...readingGaps.stills, ...runGaps.stills]) console.log(`  still ${still}`);
    console.log(`whole case drill-down: ${capped.text}`);
    const worst = Math.max(max(reviewTasks), max(runTasks), max(drillTasks), capped.maxTask);
    const gap = Math.max(readingGaps.maxGap, runGaps.maxGap);
    console.log(`\ntargets: no main-thread task over ${TARGET.longTaskMs} ms: ${worst <= TARGET.longTaskMs ? 'MET' : 'MISSED'} (max ${worst.toFixed(0)} ms); ` +
      `progress at least every ${TARGET.progressGapMs} ms: ${gap <= TARGET.progressGapMs ? 'MET' : 'MISSED'} (longest ${gap} ms); ` +
      `peak main-thread JS heap ${peak.heapMb.toFixed(0)} MB, browser RSS ${peak.rssMb.toFixed(0)} MB, of which the tab's renderer (page + workers) ${peak.tabMb.toFixed(0)} MB; peak worker JS heap ${peak.workerMb.toFixed(0)} MB (tab alive under ${TARGET.heapMb} MB: ${peak.tabMb < TARGET.heapMb ? 'MET' : 'MISSED'})`);
    for (const [phase, figures] of peak.phases) {
      console.log(`  ${phase}: browser RSS ${figures.rssMb.toFixed(0)} MB, tab ${figures.tabMb.toFixed(0)} MB, page heap ${figures.heapMb.toFixed(0)} MB, worker heap ${figures.workerMb.toFixed(0)} MB`);
    }
    console.log(`console errors: ${consoleErrors.length}; requests beyond the local server: ${foreignRequests.length}`);
    await page.close();
    if (!FOLDER) await drawLargeGraph(harness, dir);
  } finally {
    await harness.close();
  }
}

/**
 * Watches a progress display (`expression` evaluated in the page gives its state as text) every 100 ms
 * until stopped; the longest time the state stood still, and between which states, is the figure.
 */
function watchProgress(page: Page, expression: string) {
  const samples: string[] = [];
  let done = false;
  let lastChange = Date.now();
  let maxGap = 0;
  let where = '';
  /** Every stretch over the target, with the states either side. */
  const stills: string[] = [];
  const poll = (async () => {
    while (!done) {
      const sample = await page.evaluate<string>(expression).catch(() => '');
      const now = Date.now();
      if (sample && samples[samples.length - 1] !== sample) {
        if (samples.length > 0 && now - lastChange > TARGET.progressGapMs) stills.push(`${now - lastChange} ms: ${samples[samples.length - 1]} → ${sample}`);
        if (samples.length > 0 && now - lastChange > maxGap) {
          maxGap = now - lastChange;
          where = `${samples[samples.length - 1]} → ${sample}`;
        }
        samples.push(sample);
        lastChange = now;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    /** Stops watching; the stretch from the last change to now (the end the caller waited for) counts as still too. */
    async stop() {
      done = true;
      await poll;
      const last = samples[samples.length - 1];
      const tail = Date.now() - lastChange;
      if (last !== undefined && tail > TARGET.progressGapMs) stills.push(`${tail} ms: ${last} → (the end)`);
      if (last !== undefined && tail > maxGap) {
        maxGap = tail;
        where = `${last} → (the end)`;
      }
      return { samples, maxGap, where, stills };
    },
  };
}

/**
 * Samples memory every 250 ms: the resident size of the Chromium this bench started (every process below
 * this one: browser, page and its workers), of the tab's renderer, the page's main-thread JS heap and each
 * worker's JS heap (asked through the DevTools protocol: the pipeline worker's heap is most of a big case).
 */
async function watchMemory(page: Page) {
  let rssMb = 0;
  let tabMb = 0;
  let heapMb = 0;
  let workerMb = 0;
  /** Each phase's peaks (the figures above are the whole bench's). */
  const phases = new Map<string, { rssMb: number; tabMb: number; heapMb: number; workerMb: number }>();
  let current = { rssMb: 0, tabMb: 0, heapMb: 0, workerMb: 0 };
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  let asked = 0;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }: { sessionId: string; targetInfo: { type: string } }) => {
    if (targetInfo.type === 'worker') workers.add(sessionId);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }: { sessionId: string }) => workers.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }: { message: string }) => {
    const answer = JSON.parse(message) as { result?: { usedSize?: number } };
    if (answer.result?.usedSize !== undefined) {
      workerMb = Math.max(workerMb, answer.result.usedSize / 2 ** 20);
      current.workerMb = Math.max(current.workerMb, answer.result.usedSize / 2 ** 20);
    }
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const timer = setInterval(() => {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
    const rows = out.trim().split('\n').map((line) => {
      const [pid = '0', ppid = '0', rss = '0', ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), renderer: args.includes('--type=renderer') };
    });
    const mine = new Set([process.pid]);
    let total = 0;
    for (let grew = true; grew;) {
      grew = false;
      for (const { pid, ppid, rss, renderer } of rows) {
        if (mine.has(ppid) && !mine.has(pid)) {
          mine.add(pid);
          total += rss;
          // NOTE: the tab's renderer process holds the page and its workers.
          if (renderer) {
            tabMb = Math.max(tabMb, rss / 1024);
            current.tabMb = Math.max(current.tabMb, rss / 1024);
          }
          grew = true;
        }
      }
    }
    rssMb = Math.max(rssMb, total / 1024);
    current.rssMb = Math.max(current.rssMb, total / 1024);
    void page.evaluate<number>('performance.memory ? performance.memory.usedJSHeapSize : 0')
      .then((bytes) => {
        heapMb = Math.max(heapMb, bytes / 2 ** 20);
        current.heapMb = Math.max(current.heapMb, bytes / 2 ** 20);
      }, () => undefined);
    for (const sessionId of workers) {
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++asked, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined);
    }
  }, 250);
  return {
    /** Figures from now on count for `name` too. */
    phase(name: string) {
      current = { rssMb: 0, tabMb: 0, heapMb: 0, workerMb: 0 };
      phases.set(name, current);
    },
    stop() {
      clearInterval(timer);
      void cdp.detach().catch(() => undefined);
      return { rssMb, tabMb, heapMb, workerMb, phases };
    },
  };
}

/** Draws the whole case (more entities than a drawing holds) and reads what the drill-down says about its cap. */
async function drillIntoLargest(page: Page, name: string): Promise<{ text: string; maxTask: number }> {
  await page.getByTestId('tab-overview').click();
  await page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks.length = 0; });
  await page.getByTestId('show-whole-case').click();
  await page.getByTestId('drawing-cap').waitFor({ timeout: 60_000 }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('[data-testid="graph"]')?.classList.contains('laying-out'), undefined, { timeout: 120_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
  const drawn = await page.evaluate<number>(`window.__simpulCy ? window.__simpulCy.nodes().length : 0`);
  const status = await page.getByTestId('graph-status').textContent().catch(() => '');
  const cap = await page.getByTestId('drawing-cap').textContent().catch(() => '(no cap notice)');
  await screenshot(page, name);
  const maxTask = Math.max(0, ...tasks);
  return { text: `${drawn} nodes drawn (long tasks ${tasks.length}, max ${maxTask.toFixed(0)} ms: ${tasks.map((task) => task.toFixed(0)).join(' ')}); status "${status}"; notice "${cap}"`, maxTask };
}

/** A mid-size case drawn whole (several thousand elements): long tasks while drawing, frame times while zooming. */
/** Records every main-thread task over 50 ms in `window.__longTasks`, from the page's first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    const spans: [number, number][] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    (window as unknown as { __longTaskSpans: [number, number][] }).__longTaskSpans = spans;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push(entry.duration);
        spans.push([entry.startTime, entry.duration]);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function drawLargeGraph(harness: Awaited<ReturnType<typeof startHarness>>, dir: string): Promise<void> {
  const file = join(dir, 'cdr_whole_case.csv');
  writeFileSync(file, generateCdr(7000, 1500, false));
  const { page } = await watchedPage(harness);
  await watchLongTasks(page);
  await page.goto(RENDERER === 'canvas' ? `${harness.url}?renderer=canvas` : harness.url);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled, undefined, { timeout: 120_000 });
  await page.getByTestId('run-analysis').click();
  await page.getByTestId('show-whole-case').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  await page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks.length = 0; });
  const start = Date.now();
  await page.getByTestId('show-whole-case').click();
  await page.waitForFunction(() => {
    const stage = document.querySelector('[data-testid="graph"]');
    const cy = (window as unknown as { __simpulCy?: { elements(): { length: number } } }).__simpulCy;
    return Boolean(cy && cy.elements().length > 0 && stage && !stage.classList.contains('laying-out'));
  }, undefined, { timeout: 120_000 });
  const drawMs = Date.now() - start;
  const elements = await page.evaluate(() => (window as unknown as { __simpulCy: { nodes(): { length: number }; edges(): { length: number } } }).__simpulCy.nodes().length
    + (window as unknown as { __simpulCy: { edges(): { length: number } } }).__simpulCy.edges().length);
  const actual = await page.evaluate<string>(`window.__simpulCy.renderer().webgl ? 'webgl' : 'canvas'`);
  const drawTasks = await page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
  // NOTE: a string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  const frames = await page.evaluate<number[]>(`new Promise((resolve) => {
    const cy = window.__simpulCy;
    const times = [];
    let last = performance.now();
    let frame = 0;
    const tick = () => {
      const now = performance.now();
      times.push(now - last);
      last = now;
      cy.zoom(cy.zoom() * (frame < 30 ? 1.02 : 0.98));
      cy.panBy({ x: 3, y: 2 });
      frame += 1;
      if (frame < 60) requestAnimationFrame(tick);
      else resolve(times.slice(1));
    };
    requestAnimationFrame(tick);
  })`);
  await screenshot(page, `bench-whole-case-${RENDERER}`);
  const mean = frames.reduce((sum, value) => sum + value, 0) / Math.max(1, frames.length);
  console.log(`\nwhole case drawn (${actual} renderer in use): ${elements.toLocaleString('en')} elements in ${drawMs} ms; long tasks ${drawTasks.length}, max ${Math.max(0, ...drawTasks).toFixed(0)} ms`);
  console.log(`zoom/pan: ${frames.length} frames, mean ${mean.toFixed(1)} ms (${(1000 / mean).toFixed(0)} fps), worst ${Math.max(...frames).toFixed(0)} ms`);
}

void main();
