// clusters.csv: one row per entity with its cluster.

import type { Report } from './reportModel.ts';
import { toCsv } from './csv.ts';

/** One row per entity: cluster, type, key, label, country (hub clusters flagged). */
export function clustersCsv(report: Report): string {
  const rows = report.clusters.flatMap((cluster) =>
    cluster.members.map((member) => [cluster.id, member.type, member.key, member.label, member.country ?? '', cluster.hub ? 'yes' : '']));
  return toCsv(['cluster', 'type', 'key', 'label', 'country', 'hub'], rows);
}
