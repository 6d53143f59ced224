// Why a cluster ranks where it does, in the interface language (core's clusterWhy, for a cluster profile).

import type { ClusterProfile, ClusterRanking } from '../../core/analysis/types.ts';
import { clusterWhy as sayClusterWhy } from '../../core/i18n/clusterWhy.ts';
import type { Translate } from '../../core/i18n/translate.ts';

/** The reasons for a cluster's rank; the recorded English `why` when a saved result has no figures. */
export function clusterWhy(cluster: Pick<ClusterProfile, 'hub' | 'memberIds'>, ranking: ClusterRanking, t: Translate, language: string): string {
  return sayClusterWhy({ ...(cluster.hub ? { hub: true } : {}), size: cluster.memberIds.length }, ranking, t, language);
}
