// What the CLI says on stderr while it works: the stage, how far it is and how long it has run, so a long
// national case is never a silent terminal. A terminal gets one line rewritten in place; a log or a pipe gets
// a line when a stage starts and at most one every LOG_EVERY_MS inside it.

import type { PipelineProgress } from '../core/pipeline.ts';
import { translator } from '../core/i18n/translate.ts';
import type { Language } from '../core/i18n/languages.ts';

/** Where progress goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A terminal's line is rewritten at most this often (ms). */
const LIVE_EVERY_MS = 250;
/** A log gets a line inside a stage at most this often (ms). */
const LOG_EVERY_MS = 15_000;

/** Says the CLI's progress; `finish()` clears a terminal's line before the summary is printed. */
export interface CliProgress {
  onProgress(progress: PipelineProgress): void;
  /** An export file is being written. */
  exporting(name: string): void;
  finish(): void;
}

/**
 * Progress on `stream` in `language`. `now` (ms) is injectable for tests.
 * Lines read e.g. `simpul: Cluster 42% · 1:05` (the stage's name is the workbench's own word for it).
 */
export function cliProgress(stream: ProgressStream, language: Language, now: () => number = () => Date.now()): CliProgress {
  const t = translator(language);
  const started = now();
  const live = stream.isTTY === true;
  let shownAt = -Infinity;
  let shownKey = '';
  let width = 0;
  const elapsed = () => {
    const seconds = Math.floor((now() - started) / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  };
  const say = (key: string, line: string, force: boolean) => {
    const at = now();
    const changed = key !== shownKey;
    if (!force && !changed && at - shownAt < (live ? LIVE_EVERY_MS : LOG_EVERY_MS)) return;
    shownAt = at;
    shownKey = key;
    const text = `simpul: ${line}`;
    if (live) {
      stream.write(`\r${text.padEnd(width)}`);
      width = text.length;
    } else {
      stream.write(`${text}\n`);
    }
  };
  return {
    onProgress({ stage, done, total }) {
      const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      say(stage, t('cli.progress', { stage: t(`stage.${stage}`), percent, elapsed: elapsed() }), false);
    },
    exporting(name) {
      say(`export:${name}`, t('cli.progressExport', { name, elapsed: elapsed() }), true);
    },
    finish() {
      if (live && width > 0) stream.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
