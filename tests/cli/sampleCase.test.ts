// The bundled training case, analysed with no mapping file, against its answer key.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/readInputs.ts';
import { adjustedRandIndex, normalizedMutualInformation } from '../../src/core/analysis/scoring.ts';
import { entityId, type EntityType } from '../../src/core/model/types.ts';
import { runPipeline, type PipelineResult } from '../../src/core/pipeline.ts';
import { findPossibleDuplicates } from '../../src/core/resolve/possibleDuplicates.ts';

interface KeyRef { type: EntityType; key: string }
interface AnswerKey {
  syndicates: { id: string; crossBorder: boolean; members: KeyRef[] }[];
  brokers: (KeyRef & { bridges: string[] })[];
  decoys: (KeyRef & { why: string })[];
  hubs: KeyRef[];
}

const answer = JSON.parse(readFileSync('sample-data/case/answer-key.json', 'utf8')) as AnswerKey;
let result: PipelineResult;

beforeAll(() => {
  result = runPipeline(readInputs(['sample-data/case']), { strict: true, seed: 42 });
});

/** Truth and found partitions over the answer key's syndicate members. */
function partitions() {
  const truth = new Map<string, string>();
  const found = new Map<string, string>();
  for (const syndicate of answer.syndicates) {
    for (const member of syndicate.members) {
      const id = entityId(member.type, member.key);
      truth.set(id, syndicate.id);
      found.set(id, result.analysis.clusterOf[id] ?? 'missing');
    }
  }
  return { truth, found };
}

describe('the sample case, analysed without a mapping file', () => {
  it('finds every answer-key entity in the case', () => {
    const { found } = partitions();
    expect([...found.entries()].filter(([, cluster]) => cluster === 'missing')).toEqual([]);
  });

  it('recovers the syndicates (ARI ≥ 0.9, NMI ≥ 0.9 over their members)', () => {
    const { truth, found } = partitions();
    const ari = adjustedRandIndex(truth, found);
    const nmi = normalizedMutualInformation(truth, found);
    console.info(`sample case: ARI ${ari.toFixed(3)}, NMI ${nmi.toFixed(3)} over ${truth.size} syndicate members`);
    expect(ari).toBeGreaterThanOrEqual(0.9);
    expect(nmi).toBeGreaterThanOrEqual(0.9);
  });

  it('flags the single-country syndicate as not cross-border, and the others as cross-border', () => {
    const { truth, found } = partitions();
    for (const syndicate of answer.syndicates) {
      const clusters = new Set([...truth].filter(([, s]) => s === syndicate.id).map(([id]) => found.get(id)));
      for (const clusterId of clusters) {
        const cluster = result.analysis.clusters.find((c) => c.id === clusterId);
        expect(cluster?.crossBorder, `${syndicate.id} → ${clusterId}`).toBe(syndicate.crossBorder);
      }
    }
  });

  it('sets the planted hubs aside', () => {
    expect(result.analysis.hubs.map((hub) => hub.id).sort()).toEqual(answer.hubs.map((hub) => entityId(hub.type, hub.key)).sort());
  });

  it('ranks the planted broker among the top ten brokers', () => {
    const brokerIds = answer.brokers.map((broker) => entityId(broker.type, broker.key));
    const top = result.analysis.brokers.slice(0, 10).map((broker) => broker.id);
    expect(top.some((id) => brokerIds.includes(id))).toBe(true);
    expect(top).toContain(entityId('person', answer.brokers.find((b) => b.type === 'person')!.key));
  });

  it('does not rank the decoys (a stray call, a resold victim) as brokers', () => {
    const top = result.analysis.brokers.slice(0, 10).map((broker) => broker.id);
    for (const decoy of answer.decoys) expect(top).not.toContain(entityId(decoy.type, decoy.key));
  });

  it('accounts for every row and rejects exactly the planted bad rows', () => {
    const rejected = result.ledger.flatMap((entry) => entry.rejected.map((row) => `${entry.file}:${row.line}`)).sort();
    expect(rejected).toEqual(['cdr_mytel_MM.csv:43', 'mutasi_rekening_ID.csv:33', 'persons_partner_agencies.csv:22', 'transfers_bank_TH.csv:28']);
    for (const entry of result.ledger) expect(entry.imported + entry.rejected.length).toBe(entry.rows);
    expect(result.ledger.flatMap((entry) => entry.warnings.map((w) => `${entry.file}:${w.line}`))).toContain('mutasi_rekening_ID.csv:17');
  });

  it('suggests no duplicates: its namesakes (three Fajar, two Ratna Wulandari) differ in passport or birth date', () => {
    expect(findPossibleDuplicates(result.model)).toEqual([]);
  });
});
