// Lookups the workbench needs on every click: entity by id, links by entity, hubs, and cluster order.

import type { AnalysisResult, ClusterProfile } from '../analysis/types.ts';
import { inRankOrder } from '../analysis/clusterRank.ts';
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

/**
 * The model's lookups built as its slices arrive (the worker sends a run's model in parts): each part's share of the
 * indexing happens in the task that receives it, so opening the workbench does not index a national case at once.
 */
export class CaseIndexParts {
  readonly entity = new Map<string, Entity>();
  readonly linksOf = new Map<string, number[]>();
  private weightList = new Float64Array(1024);
  private links = 0;
  private readonly countrySet = new Set<string>();

  addEntities(entities: readonly Entity[]): void {
    for (const item of entities) {
      this.entity.set(item.id, item);
      if (item.country) this.countrySet.add(item.country);
    }
  }

  private linkAt(end: string, index: number): void {
    const list = this.linksOf.get(end);
    if (list) list.push(index);
    else this.linksOf.set(end, [index]);
  }

  /** Links in model order: the first call's first link is link 0. */
  addLinks(links: readonly Link[]): void {
    if (this.links + links.length > this.weightList.length) {
      const grown = new Float64Array(Math.max(this.weightList.length * 2, this.links + links.length));
      grown.set(this.weightList);
      this.weightList = grown;
    }
    for (const link of links) {
      const index = this.links++;
      this.weightList[index] = linkWeight(link);
      // NOTE: each end on its own (no array per link): the page runs this for every link as the case arrives.
      this.linkAt(link.source, index);
      if (link.target !== link.source) this.linkAt(link.target, index);
    }
  }

  /** Hands the lookups to {@link buildCaseIndex} for this model (they must hold exactly its entities and links). */
  register(model: CaseModel): void {
    if (this.links === model.links.length && this.entity.size <= model.entities.length) prebuilt.set(model, this);
  }

  weights(): Float64Array {
    return this.weightList.slice(0, this.links);
  }

  countries(): string[] {
    return [...this.countrySet].sort();
  }
}

const prebuilt = new WeakMap<CaseModel, CaseIndexParts>();

/** Indexes a run's result once (or takes the lookups built as it arrived); everything else reads from it. */
export function buildCaseIndex(model: CaseModel, analysis: AnalysisResult): CaseIndex {
  const parts = prebuilt.get(model) ?? indexAll(model);
  return {
    model, analysis, entity: parts.entity, linksOf: parts.linksOf, weights: parts.weights(),
    hubIds: new Set(analysis.hubs.map((hub) => hub.id)),
    cluster: new Map(analysis.clusters.map((cluster) => [cluster.id, cluster])),
    countries: parts.countries(),
  };
}

function indexAll(model: CaseModel): CaseIndexParts {
  const parts = new CaseIndexParts();
  parts.addEntities(model.entities);
  parts.addLinks(model.links);
  return parts;
}

/**
 * Clusters as an investigator wants them (`inRankOrder`, the dossier's order too): by investigative weight
 * (`ranking.rank`: people, money, reach, confidence; background last), else cross-border first, then by size;
 * hubs last (or left out).
 */
export function orderedClusters(analysis: AnalysisResult, includeHubs: boolean): ClusterProfile[] {
  return inRankOrder(analysis.clusters.filter((cluster) => includeHubs || !cluster.hub));
}

/** The link on the far side of `id`. */
export function otherEnd(link: Link, id: string): string {
  return link.source === id ? link.target : link.source;
}
