// Crew recovery: mean best-match F1 of the planted syndicates against the clusters found.

import { readFileSync } from 'node:fs';
import { entityId, type EntityType } from '../src/core/model/types.ts';

/** Entity types the answer key places; handsets (devices) are in no syndicate list, so clusters are sized without them. */
const KEY_TYPES = new Set(['person', 'phone', 'account', 'location']);

function sizesOverKeyTypes(clusterOf: Readonly<Record<string, string>>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [id, cluster] of Object.entries(clusterOf)) {
    if (KEY_TYPES.has(id.slice(0, id.indexOf(':')))) sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
  }
  return sizes;
}

interface KeyRef { type: EntityType; key: string }
interface AnswerKey { syndicates: { id: string; members: KeyRef[] }[] }

/**
 * For each planted syndicate, the best F1 over the clusters holding any of its members
 * (F1 = 2·|S∩C| / (|S| + |C|), C counted over the cluster's people, phones, accounts and places, planted or not), averaged
 * over syndicates. 1 = every crew found exactly; merging two equal crews scores about 0.67.
 */
export function crewRecoveryF1(answerKeyPath: string, clusterOf: Readonly<Record<string, string>>): number {
  const answer = JSON.parse(readFileSync(answerKeyPath, 'utf8')) as AnswerKey;
  const clusterSize = sizesOverKeyTypes(clusterOf);
  let sum = 0;
  for (const syndicate of answer.syndicates) {
    const overlap = new Map<string, number>();
    for (const member of syndicate.members) {
      const cluster = clusterOf[entityId(member.type, member.key)];
      if (cluster !== undefined) overlap.set(cluster, (overlap.get(cluster) ?? 0) + 1);
    }
    let best = 0;
    for (const [cluster, shared] of overlap) {
      best = Math.max(best, (2 * shared) / (syndicate.members.length + (clusterSize.get(cluster) ?? 0)));
    }
    sum += best;
  }
  return answer.syndicates.length === 0 ? 1 : sum / answer.syndicates.length;
}

/** Mean precision and recall of each syndicate's best-matching cluster (diagnostics). */
export function crewRecoveryDetail(answerKeyPath: string, clusterOf: Readonly<Record<string, string>>): { precision: number; recall: number } {
  const answer = JSON.parse(readFileSync(answerKeyPath, 'utf8')) as AnswerKey;
  const clusterSize = sizesOverKeyTypes(clusterOf);
  let p = 0;
  let r = 0;
  for (const syndicate of answer.syndicates) {
    const overlap = new Map<string, number>();
    for (const member of syndicate.members) {
      const cluster = clusterOf[entityId(member.type, member.key)];
      if (cluster !== undefined) overlap.set(cluster, (overlap.get(cluster) ?? 0) + 1);
    }
    let best = 0;
    let bp = 0;
    let br = 0;
    for (const [cluster, shared] of overlap) {
      const size = clusterSize.get(cluster) ?? 1;
      const f = (2 * shared) / (syndicate.members.length + size);
      if (f > best) {
        best = f;
        bp = shared / size;
        br = shared / syndicate.members.length;
      }
    }
    p += bp;
    r += br;
  }
  return { precision: p / answer.syndicates.length, recall: r / answer.syndicates.length };
}
