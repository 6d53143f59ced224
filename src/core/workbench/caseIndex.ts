// Lookups the workbench needs on every click: entity by id, links by entity, hubs, and cluster order.

import type { AnalysisResult, ClusterProfile } from '../analysis/types.ts';
import { linkWeight } from '../graph/linkWeight.ts';
import type { CaseModel, Entity, Link } from '../model/types.ts';

export interface CaseIndex {
  model: CaseModel;
  analysis: AnalysisResult;
  entity: Map<string, Entity>;
  /** Link indexes (into model.links) touching each entity. */
  linksOf: Map<string, number[]>;
  /** Weight of each link, by index. */
  weights: Float64Array;
  hubIds: ReadonlySet<string>;
  cluster: Map<string, ClusterProfile>;
  /** All countries in the case, sorted. */
  countries: string[];
}

/** Indexes a run's result once; everything else reads from it. */
export function buildCaseIndex(model: CaseModel, analysis: AnalysisResult): CaseIndex {
  const entity = new Map(model.entities.map((item) => [item.id, item]));
  const linksOf = new Map<string, number[]>();
  const weights = new Float64Array(model.links.length);
  model.links.forEach((link, index) => {
    weights[index] = linkWeight(link);
    for (const end of link.source === link.target ? [link.source] : [link.source, link.target]) {
      const list = linksOf.get(end);
      if (list) list.push(index);
      else linksOf.set(end, [index]);
    }
  });
  const countries = [...new Set(model.entities.flatMap((item) => (item.country ? [item.country] : [])))].sort();
  return {
    model, analysis, entity, linksOf, weights,
    hubIds: new Set(analysis.hubs.map((hub) => hub.id)),
    cluster: new Map(analysis.clusters.map((cluster) => [cluster.id, cluster])),
    countries,
  };
}

/**
 * Clusters as an investigator wants them: by investigative weight (`ranking.rank`: people, money, reach,
 * confidence; background last), else cross-border first, then by size; hubs last (or left out).
 */
export function orderedClusters(analysis: AnalysisResult, includeHubs: boolean): ClusterProfile[] {
  return analysis.clusters
    .filter((cluster) => includeHubs || !cluster.hub)
    .map((cluster, index) => ({ cluster, index }))
    .sort((a, b) =>
      Number(Boolean(a.cluster.hub)) - Number(Boolean(b.cluster.hub))
      || (a.cluster.ranking?.rank ?? Infinity) - (b.cluster.ranking?.rank ?? Infinity)
      || Number(b.cluster.crossBorder) - Number(a.cluster.crossBorder)
      || b.cluster.size - a.cluster.size
      || a.index - b.index)
    .map((item) => item.cluster);
}

/** The link on the far side of `id`. */
export function otherEnd(link: Link, id: string): string {
  return link.source === id ? link.target : link.source;
}
