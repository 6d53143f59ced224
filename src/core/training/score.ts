// How close a trainee's answer is: found, partly or missed, with a coded reason the interface translates.

import type { TaskKey } from './scenario.ts';

export type Verdict = 'found' | 'partly' | 'missed';

export interface TaskScore {
  verdict: Verdict;
  /** Key of the reason under `training.reason` in the catalogues. */
  reason: 'all' | 'extra' | 'some' | 'forbidden' | 'none' | 'empty' | 'cluster-all' | 'cluster-some' | 'cluster-none';
  params: { hit: number; total: number; extra: number; forbidden: number };
  points: number;
}

const POINTS: Readonly<Record<Verdict, number>> = { found: 2, partly: 1, missed: 0 };

function scored(verdict: Verdict, reason: TaskScore['reason'], params: TaskScore['params']): TaskScore {
  return { verdict, reason, params, points: POINTS[verdict] };
}

/**
 * An answer naming entities. Found: every expected entity and at most one extra per two expected; partly:
 * some of them, or all with too many extras; naming a victim (a forbidden entity) is never better than partly.
 */
export function scoreEntities(key: TaskKey, picked: readonly string[]): TaskScore {
  const chosen = new Set(picked);
  const expected = new Set(key.expected);
  const hit = [...expected].filter((id) => chosen.has(id)).length;
  const forbidden = key.forbidden.filter((id) => chosen.has(id)).length;
  const extra = [...chosen].filter((id) => !expected.has(id)).length;
  const params = { hit, total: expected.size, extra, forbidden };
  if (chosen.size === 0) return scored('missed', 'empty', params);
  if (hit === 0) return scored('missed', 'none', params);
  if (forbidden > 0) return scored('partly', 'forbidden', params);
  if (hit < expected.size) return scored('partly', 'some', params);
  return extra > Math.floor(expected.size / 2) ? scored('partly', 'extra', params) : scored('found', 'all', params);
}

/** An answer choosing a cluster, given its members: found when it holds every expected entity. */
export function scoreCluster(key: TaskKey, memberIds: readonly string[] | undefined): TaskScore {
  if (!memberIds) return scored('missed', 'empty', { hit: 0, total: key.expected.length, extra: 0, forbidden: 0 });
  const members = new Set(memberIds);
  const hit = key.expected.filter((id) => members.has(id)).length;
  const params = { hit, total: key.expected.length, extra: 0, forbidden: 0 };
  if (hit === key.expected.length) return scored('found', 'cluster-all', params);
  return hit > 0 ? scored('partly', 'cluster-some', params) : scored('missed', 'cluster-none', params);
}

/** The score over all tasks, as points and as a share of the best possible. */
export function totalScore(scores: readonly (TaskScore | undefined)[], taskCount: number): { points: number; max: number } {
  return { points: scores.reduce((sum, item) => sum + (item?.points ?? 0), 0), max: taskCount * POINTS.found };
}
