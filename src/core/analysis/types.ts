// The shapes an analysis hands to the report and the UI.

import type { EntityType } from '../model/types.ts';

/** Analyst corrections to automatic hub detection, by entity id. */
export interface HubOverrides {
  /** Always treat as hubs (noise), whatever the rule says. */
  forceHub?: string[];
  /** Never treat as hubs, whatever the rule says (wins over `forceHub`). */
  neverHub?: string[];
}

/** A noise node (service number, busy public place) set aside before clustering. */
export interface Hub {
  id: string;
  type: EntityType;
  key: string;
  label: string;
  /** Why, in words an investigator can check: "called by 46 of 180 phones (26%) — …". */
  reason: string;
}

/** Centrality of one entity. */
export interface NodeScores {
  /** Number of distinct neighbours. */
  degree: number;
  /** Sum of edge weights (see `linkWeight`). */
  weightedDegree: number;
  /** Weighted PageRank; sums to 1 over the graph analysed. */
  pagerank: number;
  /** Normalised betweenness in [0, 1] (sampled on large graphs). */
  betweenness: number;
}

/** An entity that holds a cluster together. */
export interface KeyPlayer {
  id: string;
  type: EntityType;
  key: string;
  label: string;
  /** Combined centrality within the cluster, in [0, 1], rounded to 6 decimals. */
  score: number;
}

/** Money per currency (ISO 4217 or the unit written, e.g. USDT). */
export type MoneyByCurrency = Record<string, number>;

/** What a cluster is: its size, make-up, reach across borders, leaders, money and time span. */
export interface ClusterProfile {
  /** `C1`, `C2`, … — ordered by size (desc), then by smallest member id; hubs come last. */
  id: string;
  size: number;
  /** Member ids, sorted. */
  memberIds: string[];
  membersByType: Record<EntityType, number>;
  /** ISO country codes of members, sorted and distinct. */
  countries: string[];
  crossBorder: boolean;
  /** Up to five, never victims or identifiers only victims use. */
  keyPlayers: KeyPlayer[];
  /** `transferred` money entering from outside the cluster. */
  moneyIn: MoneyByCurrency;
  /** `transferred` money leaving the cluster. */
  moneyOut: MoneyByCurrency;
  /** `transferred` money between members. */
  moneyInternal: MoneyByCurrency;
  /** Earliest `firstTime` / latest `lastTime` of links touching members. */
  firstActivity?: string;
  lastActivity?: string;
  /** Present (true) when the cluster is a single hub set aside as noise. */
  hub?: true;
}

/** An entity tying sizeable clusters together. */
export interface Broker {
  id: string;
  type: EntityType;
  key: string;
  label: string;
  /** Participation × log(1 + external strength), rounded to 6 decimals; see `rankBrokers`. */
  score: number;
  /** Ids of the clusters it ties, strongest tie first. */
  clusters: string[];
}

/** Parameters that reproduce an analysis. */
export interface AnalysisParameters {
  algorithm: 'louvain';
  seed: number;
  resolution: number;
}

/** Everything one analysis run produced. Every entity is in exactly one cluster. */
export interface AnalysisResult {
  parameters: AnalysisParameters;
  /** Modularity of the final (connected) partition of the graph without hubs. */
  modularity: number;
  clusters: ClusterProfile[];
  clusterOf: Record<string, string>;
  hubs: Hub[];
  brokers: Broker[];
  scores: Record<string, Pick<NodeScores, 'weightedDegree' | 'pagerank' | 'betweenness'>>;
}

/** Progress of a long analysis, for the worker to post. */
export type AnalysisStage = 'cluster' | 'profile';
export type AnalysisProgress = (stage: AnalysisStage, done: number, total: number) => void;
