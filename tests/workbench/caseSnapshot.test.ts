import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { caseSnapshot } from '../../src/core/workbench/caseSnapshot.ts';
import { openCase, serializeCase } from '../../src/core/workspace/openCase.ts';

const FIXTURES = 'tests/browser/fixtures';

function sampleCase() {
  const files = ['people.csv', 'subscribers.csv', 'calls.csv'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${FIXTURES}/${name}`)) }));
  return runPipeline(files, { seed: 42, resolution: 1 });
}

describe('caseSnapshot', () => {
  it('saves a case that opens again exactly, notes, drawing and hub corrections included', () => {
    const output = sampleCase();
    const person = output.model.entities.find((entity) => entity.type === 'person');
    const cluster = output.analysis.clusters[0];
    if (!person || !cluster) throw new Error('fixture has no person or cluster');
    const data = caseSnapshot({
      ...output, files: output.ledger.map((entry) => ({ name: entry.file, rows: entry.rows })),
      parameters: { seed: 42, resolution: 1, stabilityRuns: 20, from: '', to: '', hubOverrides: { neverHub: [person.id] } },
      notes: { entities: { [person.id]: 'seen in Poipet' }, clusters: { [cluster.id]: 'compound A' } },
      view: { positions: { [person.id]: { x: 10, y: -4.5 } }, hidden: [person.id] },
    });
    expect(openCase(serializeCase(data, { savedAt: '2025-01-01T00:00:00Z' }), 'case.simpul.json')).toEqual(data);
  });

  it('drops notes, positions, hidden entities and corrections that name nothing in the case, so the file still opens', () => {
    const output = sampleCase();
    const data = caseSnapshot({
      ...output, files: [],
      parameters: { seed: 1, resolution: 1, stabilityRuns: 20, from: '', to: '', hubOverrides: { forceHub: ['phone:+000'] } },
      notes: { entities: { 'person:GONE': 'stale' }, clusters: { C999: 'stale' } },
      view: { positions: { 'person:GONE': { x: 0, y: 0 } }, hidden: ['person:GONE'] },
    });
    expect(data.notes).toEqual({ entities: {}, clusters: {} });
    expect(data.view).toEqual({ positions: {}, hidden: [] });
    expect(data.parameters.hubOverrides).toEqual({ forceHub: [] });
    expect(() => openCase(serializeCase(data), 'case.simpul.json')).not.toThrow();
  });
});
