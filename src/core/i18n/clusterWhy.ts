// Why a cluster ranks where it does, said in a language from the figures the ranking records (UI and dossier).

import type { ClusterRanking } from '../analysis/types.ts';
import type { Translate } from './translate.ts';

/** The reasons for a cluster's rank; the recorded English `why` when a saved result has no figures. */
export function clusterWhy(cluster: { hub?: boolean; size: number }, ranking: ClusterRanking, t: Translate, language: string): string {
  const facts = ranking.facts;
  if (cluster.hub) return t('bench.cluster.whyHub');
  if (!facts) return ranking.why;
  // NOTE: fixed decimals, as the recorded English (`0.70`), with the language's decimal sign.
  const fixed = (value: number, digits: number) => new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (ranking.background) {
    return t('bench.cluster.whyBackground', { small: cluster.size < 3 ? 'yes' : 'no', density: Math.round(facts.density * 100), meanTie: fixed(facts.meanTie, 1) });
  }
  return t('bench.cluster.whyRanked', {
    weight: fixed(ranking.weight, 2), persons: facts.persons, suspects: facts.suspects, transfers: facts.transfers, countries: facts.countries,
    measured: facts.stability === undefined ? 'no' : 'yes', stability: fixed(facts.stability ?? 0, 2), cohesion: fixed(facts.cohesion, 2),
  });
}
