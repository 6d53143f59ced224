// One app server and one watched Chromium page per test file, started before its tests and closed after.
import { afterAll, beforeAll } from 'vitest';
import { startHarness, watchedPage, type Harness, type Watched } from './harness.ts';

export interface BrowserSession {
  readonly harness: Harness;
  readonly watched: Watched;
}

/** Registers the file's beforeAll/afterAll; `allowed` names URLs beyond the local server a test may load. */
export function browserSession(allowed?: (url: string) => boolean): BrowserSession {
  let harness: Harness | undefined;
  let watched: Watched | undefined;
  beforeAll(async () => {
    harness = await startHarness();
    watched = await watchedPage(harness, allowed);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return {
    get harness() {
      if (!harness) throw new Error('the browser session has not started');
      return harness;
    },
    get watched() {
      if (!watched) throw new Error('the browser session has not started');
      return watched;
    },
  };
}
