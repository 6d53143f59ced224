// Browser test harness: serves the built app with `vite preview`, drives Chromium, and records what must never happen
// (console errors, page errors, requests to anything but the local server).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = 'test-results/screenshots';

export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(150);
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Starts `vite preview` on dist/ and launches Chromium. */
export async function startHarness(): Promise<Harness> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.resume();
  server.stderr?.resume();
  try {
    await waitForServer(url, server);
  } catch (error) {
    server.kill();
    throw error;
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      server.kill();
    },
  };
}

/** A fresh 1366×768 page that records console errors and every request not to the local server (or `allowed`). */
export async function watchedPage(harness: Harness, allowed: (url: string) => boolean = () => false): Promise<Watched> {
  const context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(harness.url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (requestUrl.startsWith('data:') || requestUrl.startsWith('blob:') || allowed(requestUrl)) return;
    if (new URL(requestUrl).origin !== origin) foreignRequests.push(requestUrl);
  });
  return { page, consoleErrors, foreignRequests };
}

/** Saves a screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Opens the app, loads the given fixture files through the file input, and waits for the review. */
export async function importFiles(page: Page, url: string, paths: string[]): Promise<void> {
  await page.goto(url);
  await page.getByTestId('file-input').setInputFiles(paths);
  await page.getByTestId('file-card').first().waitFor();
}

/** Starts the run from the review and waits for the cluster list. */
export async function runAnalysis(page: Page): Promise<void> {
  await page.getByTestId('run-analysis').click();
  await page.getByTestId('cluster-list').waitFor({ timeout: 60_000 });
}

/** Taps a node of the drill-down graph through the documented test hook. */
export async function tapNode(page: Page, id: string): Promise<void> {
  await page.waitForFunction((nodeId) => {
    const cy = (window as unknown as { __simpulCy?: { $id(id: string): { length: number } } }).__simpulCy;
    return Boolean(cy && cy.$id(nodeId).length > 0);
  }, id);
  await page.evaluate((nodeId) => {
    const cy = (window as unknown as { __simpulCy: { $id(id: string): { emit(event: string): void } } }).__simpulCy;
    cy.$id(nodeId).emit('tap');
  }, id);
}
