// `npm start` as a trainee meets it: the script prints no error, and the first analysis on a fresh dev server
// does not reload the page (vite would otherwise discover the worker's dependencies late and reload).
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { freePort } from './harness.ts';

interface Server {
  child: ChildProcess;
  output: string[];
  url: string;
}

/** Runs a command in its own process group and collects its output until `ready` matches a line. */
async function startServer(command: string, args: string[], port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv } });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}/`;
  const start = Date.now();
  while (Date.now() - start < 60_000) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return { child, output, url };
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  stopServer({ child, output, url });
  throw new Error(`the server did not answer at ${url}:\n${output.join('\n')}`);
}

function stopServer(server: Server): void {
  if (server.child.pid !== undefined && server.child.exitCode === null) {
    try {
      process.kill(-server.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Lines a person would read as a failure. */
function errorLines(output: string[]): string[] {
  return output.filter((line) => /\berror\b|ENOENT|failed|warn/i.test(line));
}

const servers: Server[] = [];
afterAll(() => servers.forEach(stopServer));

describe('npm start', () => {
  it('starts the dev server on 127.0.0.1 and prints no error', async () => {
    const port = await freePort();
    // A browser command that does not exist stands for a laptop without xdg-open: a script that opens a browser
    // would print `Error: spawn … ENOENT` here.
    const server = await startServer('npm', ['start', '--', '--port', String(port), '--strictPort'], port, { BROWSER: '/nonexistent/simpul-test-browser' });
    servers.push(server);
    // Vite opens a browser (and fails without one) only after it is listening: give it time to try.
    await sleep(1500);
    const text = server.output.join('\n');
    expect(text).toContain(`http://127.0.0.1:${port}/`);
    expect(errorLines(server.output)).toEqual([]);
    stopServer(server);
  });
});

describe('the dev server', () => {
  it('runs the sample case on a freshly optimised dev server without reloading the page', async () => {
    const port = await freePort();
    // --force: optimise dependencies from scratch, as on a trainee's first `npm start` after `npm install`.
    const server = await startServer(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--force'], port);
    servers.push(server);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      let navigations = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations += 1;
      });
      await page.goto(server.url);
      await page.getByTestId('open-sample').click({ timeout: 60_000 });
      await page.getByTestId('run-analysis').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="run-analysis"]')?.disabled, null, { timeout: 60_000 });
      await page.getByTestId('run-analysis').click();
      await page.getByTestId('cluster-list').waitFor({ timeout: 90_000 });
      await page.getByTestId('cluster-item').first().locator('.cluster-open').click();
      await page.getByTestId('graph').waitFor();
      // Vite reloads a couple of seconds after it finishes a late optimisation: wait it out.
      await sleep(4000);
      expect(await page.getByTestId('cluster-list').count()).toBe(1);
      expect(navigations).toBe(1);
      expect(server.output.filter((line) => /reload|new dependencies/i.test(line))).toEqual([]);
    } finally {
      await browser.close();
      stopServer(server);
    }
  });
});
