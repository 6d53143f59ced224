// The bundled training case: CSV text compiled into the app, so "Open sample case" works offline and from vite preview.

import type { InputFile } from '../../core/ingest/prepareFile.ts';

// NOTE: eager, so the sample needs no extra request (and no dynamic chunk) when opened from file://.
const SAMPLE_TEXTS = import.meta.glob<string>('/sample-data/case/*.csv', { query: '?raw', import: 'default', eager: true });

/** The sample case's files, in name order. */
export function sampleCaseFiles(): InputFile[] {
  const encoder = new TextEncoder();
  return Object.entries(SAMPLE_TEXTS)
    .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: encoder.encode(text) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function hasSampleCase(): boolean {
  return Object.keys(SAMPLE_TEXTS).length > 0;
}
