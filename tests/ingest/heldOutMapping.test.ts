// A held-out file's message ends with a whole mapping file that would read it: pasted into a file as it stands, it is
// valid (type and version included, nothing after the JSON).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { MAPPING_EXAMPLE } from '../../src/core/ingest/classify.ts';
import { parseMapping } from '../../src/core/ingest/mapping.ts';

describe('the mapping a held-out file\'s message proposes', () => {
  it('is a valid mapping file naming the file', () => {
    const bytes = new TextEncoder().encode('col1,col2\nfoo,bar\nbaz,qux\nx,y\n');
    const entry = runPipeline([{ name: 'notes.csv', bytes }], { stabilityRuns: 0 }).ledger.find((candidate) => candidate.file === 'notes.csv');
    expect(entry?.error?.code).toBe('UNCLASSIFIABLE_FILE');
    const message = entry?.error?.message ?? '';
    const at = message.indexOf(MAPPING_EXAMPLE);
    expect(at).toBeGreaterThan(0);
    const mapping = parseMapping(message.slice(at + MAPPING_EXAMPLE.length));
    expect(Object.keys(mapping.files)).toEqual(['notes.csv']);
    expect(mapping.files['notes.csv']?.kind).toBeDefined();
  });
});
