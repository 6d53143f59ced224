// An analysis cut into messages small enough to receive in a short task, and joined again on the other side.

import type { AnalysisResult, ClusterProfile } from '../core/analysis/types.ts';

/** One slice of an analysis's bulk: some clusters, or some entries of one per-entity record. */
export type AnalysisPart =
  | { field: 'clusters'; clusters: ClusterProfile[] }
  | { field: 'clusterOf' | 'coMembership'; entries: Record<string, string | number> }
  | { field: 'scores'; entries: AnalysisResult['scores'] };

/** Member ids (or record entries) per part: a few hundred kilobytes, a few milliseconds to receive. */
const PART_SIZE = 1000;
// NOTE: a cluster's profile besides its members (key players and venues with why, country shares, money) is ~6 kB, the
// size of some 250 member ids: counted as 1, a hundred small clusters travelled in one 670 kB part at a quarter of the
// national case, a 150 ms task to receive.
/** What a cluster's profile weighs in a part besides its member ids, in member ids. */
const PROFILE_WEIGHT = 250;

// NOTE: a national case's analysis is tens of megabytes (every cluster's member ids, a score per entity);
// received as one message it was a long task on the page (0.8 s at a tenth of the national case).
/**
 * The analysis without its bulk (`head`) and the bulk in parts, for {@link AnalysisJoiner}. The parts are made as
 * they are taken (a generator): a page sending them breathes between parts, not only between messages.
 */
export function analysisParts(analysis: AnalysisResult): { head: AnalysisResult; parts: Iterable<AnalysisPart> } {
  const head: AnalysisResult = {
    ...analysis, clusters: [], clusterOf: {}, scores: {}, ...(analysis.coMembership ? { coMembership: {} } : {}),
  };
  return { head, parts: partsOf(analysis) };
}

function* partsOf(analysis: AnalysisResult): Generator<AnalysisPart> {
  let clusters: ClusterProfile[] = [];
  let weight = 0;
  for (const cluster of analysis.clusters) {
    clusters.push(cluster);
    weight += PROFILE_WEIGHT + cluster.memberIds.length;
    if (weight >= PART_SIZE) {
      yield { field: 'clusters', clusters };
      clusters = [];
      weight = 0;
    }
  }
  if (clusters.length > 0) yield { field: 'clusters', clusters };
  for (const entries of recordSlices(analysis.clusterOf)) yield { field: 'clusterOf', entries };
  for (const entries of recordSlices(analysis.scores)) yield { field: 'scores', entries };
  if (analysis.coMembership) for (const entries of recordSlices(analysis.coMembership)) yield { field: 'coMembership', entries };
}

/**
 * Joins an analysis from its parts as they arrive (each part's share of the work in its own message task), then its
 * head; per-entity records come back null-prototype, keyed by data.
 */
export class AnalysisJoiner {
  private readonly clusters: ClusterProfile[] = [];
  private readonly clusterOf: Record<string, string> = Object.create(null) as Record<string, string>;
  private readonly scores: AnalysisResult['scores'] = Object.create(null) as AnalysisResult['scores'];
  private readonly coMembership: Record<string, number> = Object.create(null) as Record<string, number>;

  add(part: AnalysisPart): void {
    if (part.field === 'clusters') for (const cluster of part.clusters) this.clusters.push(cluster);
    else if (part.field === 'scores') Object.assign(this.scores, part.entries);
    else if (part.field === 'clusterOf') Object.assign(this.clusterOf, part.entries);
    else Object.assign(this.coMembership, part.entries);
  }

  join(head: AnalysisResult): AnalysisResult {
    const { clusters, clusterOf, scores, coMembership } = this;
    return { ...head, clusters, clusterOf, scores, ...(head.coMembership ? { coMembership } : {}) };
  }
}

function* recordSlices<T>(record: Record<string, T>): Generator<Record<string, T>> {
  let slice: Record<string, T> = Object.create(null) as Record<string, T>;
  let count = 0;
  // NOTE: keys one at a time (for…in over own keys), not Object.entries: no array of every entry made at once.
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    slice[key] = record[key] as T;
    if (++count === PART_SIZE) {
      yield slice;
      slice = Object.create(null) as Record<string, T>;
      count = 0;
    }
  }
  if (count > 0) yield slice;
}
