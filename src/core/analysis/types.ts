// The shapes an analysis hands to the report and the UI.

import type { CodedText } from '../i18n/coded.ts';
import type { EntityType, LinkType } from '../model/types.ts';

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
  /** `reason` as a message code and its figures, for other languages (absent on older results). */
  reasonCode?: CodedText;
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

/** The three measures a key player's score averages, each as measured (not scaled). */
export interface KeyPlayerMeasures {
  /** Weight of the actor's ties to other actors of the cluster (its phones', accounts' included). */
  strength: number;
  /** Sum of the actor's identifiers' weighted PageRank on the graph without hubs. */
  pagerank: number;
  /** Betweenness of the actor on the cluster's actor graph, normalised to [0, 1]. */
  betweenness: number;
  /** Level in the cluster's money chain (trophic level along transfers, lowest 0; 0 when it moved no money). */
  money: number;
}

/** An entity that holds a cluster together. */
export interface KeyPlayer {
  id: string;
  type: EntityType;
  key: string;
  label: string;
  /** Combined centrality within the cluster, in [0, 1], rounded to 6 decimals. */
  score: number;
  /** The measures behind the score (absent on results saved before they existed). */
  measures?: KeyPlayerMeasures;
  /** Ids of the phones, accounts and handsets whose ties this actor carries. */
  identifiers?: string[];
  /** Why it ranks, in words an investigator can check. */
  why?: string;
  /** `why` as a message code and its figures, for other languages (see i18n/coded.ts; absent on older results). */
  whyCode?: CodedText;
}

/** How a cluster's betweenness was computed: exactly, or from sampled sources with an error bound. */
export type BetweennessMethod =
  | { method: 'exact' }
  /** Hoeffding bound: every actor's value within ±`errorBound` of the exact one with probability `confidence`. */
  | { method: 'sampled'; samples: number; errorBound: number; confidence: number };

/** One country's part in a cluster: how many of its actors, and what they are there. */
export interface CountryShare {
  /** ISO 3166 alpha-2. */
  country: string;
  /** People, phones and accounts of this country among the cluster's actors. */
  actors: number;
  /** actors / all actors with a known country, rounded to 6 decimals. */
  share: number;
  /** Where the people come from: people of this nationality. */
  people: number;
  /** Where the phones are: phones numbered in this country. */
  phones: number;
  /** Where the money goes: accounts held in this country, and `transferred` money they received. */
  accounts: number;
  moneyReceived: MoneyByCurrency;
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
  /**
   * At least `CROSS_BORDER_MIN_ACTORS` actors and `CROSS_BORDER_MIN_SHARE` of them from a second country
   * (see `countryShares`); places do not count.
   */
  crossBorder: boolean;
  /** Each country's share of the cluster's actors, largest first (absent on older saved results). */
  countryShares?: CountryShare[];
  /** Up to five actors (people, or identifiers with no known holder), never victims, places or service numbers. */
  keyPlayers: KeyPlayer[];
  /** Places and service numbers of the cluster, ranked apart by the same score: venues, not actors. */
  venues?: KeyPlayer[];
  /** How betweenness was computed for this cluster's key players. */
  betweenness?: BetweennessMethod;
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
  /**
   * How firmly the clustering holds this group, in [0, 1]: mean best overlap (Jaccard) with a cluster of
   * each re-run under another seed (see `clusterStability`). Absent for hubs and when not measured.
   */
  stability?: number;
  /** Where the cluster stands in the investigative order, and why (see `rankClusters`). */
  ranking?: ClusterRanking;
}

/** A cluster's place in the investigative order. */
export interface ClusterRanking {
  /** 1 = look at it first. Background clusters come after all others, hubs last. */
  rank: number;
  /** Investigative weight in [0, 1] (people, money, spread, stability, cohesion). */
  weight: number;
  /** Present (true) for a group with no person, no money and few ties: background subscribers. */
  background?: true;
  /** The reasons, in words: "weight 0.71: 12 people (3 …), 45 transfers, 4 countries, …". */
  why: string;
  /** The figures `why` is written from, so the interface can say it in its own language (absent on older results). */
  facts?: ClusterRankFacts;
}

/** What a cluster's rank rests on, as figures. */
export interface ClusterRankFacts {
  /** Known persons among the members, and those with a crew role or suspect status. */
  persons: number;
  suspects: number;
  /** Transfer rows touching the cluster. */
  transfers: number;
  countries: number;
  /** The stability part; absent when stability was not measured. */
  stability?: number;
  cohesion: number;
  /** Share of possible pairs linked, and mean weight of the internal links. */
  density: number;
  meanTie: number;
}

/** Gould & Fernandez (1989) brokerage roles, by the groups of the two ends of a u → broker → w flow. */
export type BrokerRole = 'coordinator' | 'gatekeeper' | 'representative' | 'itinerant' | 'liaison';

/** A broker's ties into one cluster, against what its degree would give by chance. */
export interface BrokerBridge {
  cluster: string;
  /** W_c: weight of the actor's ties into the cluster (money and associations count more than calls). */
  weight: number;
  /** k_i · K_c / 2m: what the configuration model expects from the actor's and the cluster's degrees. */
  expected: number;
  /** weight − expected. */
  excess: number;
  /** (weight − expected) / √expected. */
  z: number;
  /** Poisson upper tail P(X ≥ weight | expected). */
  pValue: number;
  significant: boolean;
  /** A stronger bridge's cluster this one is tied to without the broker (one group split in two): not counted in the score. */
  tiedTo?: string;
  /** Distinct entities of the cluster it is tied to. */
  partners: number;
  /** Rows behind the ties, per link type (calls, transfers, sightings, associations…). */
  rows: Partial<Record<LinkType, number>>;
  /** Money moved across the ties, either way, per currency. */
  amounts: MoneyByCurrency;
}

/** An entity tying sizeable clusters together. */
export interface Broker {
  id: string;
  type: EntityType;
  key: string;
  label: string;
  /** Excess of its second-strongest significant bridge, rounded to 6 decimals; see `rankBrokers`. */
  score: number;
  /** Ids of the clusters it ties significantly, strongest tie first. */
  clusters: string[];
  /** Every cluster it is tied to, significant bridges first (absent on older saved results). */
  bridges?: BrokerBridge[];
  /** Its dominant brokerage role where call or transfer direction is known. */
  role?: BrokerRole;
  /** Open two-paths u → broker → w through it, by role. */
  roles?: Partial<Record<BrokerRole, number>>;
  /** P-value of the second-strongest significant bridge. */
  pValue?: number;
  /** Ids of the phones, accounts and handsets whose ties this actor carries. */
  identifiers?: string[];
  /** Why it ranks, in words an investigator can check. */
  why?: string;
  /** `why` as a message code and its figures, for other languages (see i18n/coded.ts; absent on older results). */
  whyCode?: CodedText;
}

/** Parameters that reproduce an analysis. */
export interface AnalysisParameters {
  algorithm: 'louvain';
  seed: number;
  resolution: number;
  /** Re-runs behind the stability figures (fewer than asked on a large graph); absent when not measured. */
  stabilityRuns?: number;
  /** The time window analysed (as written in the data); absent ends are open. */
  from?: string;
  to?: string;
  /** Set when the clusters were read from this file (Neo4j GDS communityId) instead of computed by Louvain. */
  communitiesFrom?: string;
}

/** Everything one analysis run produced. Every entity is in exactly one cluster. */
export interface AnalysisResult {
  parameters: AnalysisParameters;
  /** Modularity of the final (connected) partition of the graph without hubs. */
  modularity: number;
  clusters: ClusterProfile[];
  clusterOf: Record<string, string>;
  hubs: Hub[];
  /**
   * Phones broad enough to look like hubs that were kept in the graph, with why (their own call records are in the
   * case: `findRecordSubjects`); absent when there are none.
   */
  notHubs?: Hub[];
  brokers: Broker[];
  /** Per entity; none for protected ids (victims and what only victims use): nothing ranks them, exports included. */
  scores: Record<string, Pick<NodeScores, 'weightedDegree' | 'pagerank' | 'betweenness'>>;
  /**
   * Entity id → share of the stability re-runs in which it stayed in its cluster's core, in [0, 1];
   * absent when stability was not measured (hubs are not in it).
   */
  coMembership?: Record<string, number>;
}

/** Progress of a long analysis, for the worker to post. */
export type AnalysisStage = 'cluster' | 'stability' | 'profile';
export type AnalysisProgress = (stage: AnalysisStage, done: number, total: number) => void;
