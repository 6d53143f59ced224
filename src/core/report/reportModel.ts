// report.json: the documented, versioned findings of one run. Same inputs and seed → same report but for generatedAt.

import type { AnalysisParameters, AnalysisResult, BetweennessMethod, Broker, ClusterRanking, CountryShare, Hub, KeyPlayer } from '../analysis/types.ts';
import type { LedgerEntry } from '../ingest/ledger.ts';
import type { CaseModel, Entity, EntityType } from '../model/types.ts';
import { clusterTally } from '../workbench/clusterTally.ts';
import { findPossibleDuplicates, type PossibleDuplicate } from '../resolve/possibleDuplicates.ts';

export const REPORT_VERSION = 1;

export interface ReportEntityRef {
  type: EntityType;
  key: string;
  label: string;
  country?: string;
}

export interface ReportMember extends ReportEntityRef {
  /** Role or status as the sources wrote it (people only). */
  role?: string;
  /** Share of the stability re-runs in which the member stayed in its cluster's core, in [0, 1] (when measured). */
  coMembership?: number;
}

export interface ReportCluster {
  id: string;
  size: number;
  countries: string[];
  crossBorder: boolean;
  hub?: true;
  membersByType: Record<string, number>;
  members: ReportMember[];
  keyPlayers: ReportKeyPlayer[];
  /** Places and service numbers, ranked apart: venues, never key players. */
  venues?: ReportKeyPlayer[];
  /** Each country's share of the cluster's people, phones and accounts, largest first. */
  countryShares?: CountryShare[];
  betweenness?: BetweennessMethod;
  moneyIn: Record<string, number>;
  moneyOut: Record<string, number>;
  moneyInternal: Record<string, number>;
  firstActivity?: string;
  lastActivity?: string;
  /** Mean best overlap with a cluster of each stability re-run, in [0, 1] (when measured; not for hubs). */
  stability?: number;
  /** Investigative order (1 first), weight, background flag and the reasons in words. */
  ranking?: ClusterRanking;
}

export type ReportKeyPlayer = { type: EntityType; key: string; label: string; score: number } & Pick<KeyPlayer, 'measures' | 'why' | 'whyCode'>;

/** A broker: the clusters it bridges (`bridges`: ties, counts, amounts, significance), its role and why. */
export type ReportBroker = ReportEntityRef & { score: number; clusters: string[] } & Pick<Broker, 'bridges' | 'role' | 'roles' | 'pValue' | 'why' | 'whyCode'>;

export interface Report {
  type: 'simpul-report';
  version: typeof REPORT_VERSION;
  generator: { name: 'simpul'; version: string };
  /** The only field allowed to differ between two identical runs. */
  generatedAt: string;
  parameters: AnalysisParameters;
  summary: {
    files: number; rows: number; rejectedRows: number;
    entities: number; links: number; clusters: number; modularity: number; crossBorderClusters: number;
  };
  clusters: ReportCluster[];
  hubs: (ReportEntityRef & Pick<Hub, 'reason' | 'reasonCode'>)[];
  /** Phones broad enough to look like hubs, kept in the graph because their own call records are in the case; absent when none. */
  notHubs?: (ReportEntityRef & Pick<Hub, 'reason' | 'reasonCode'>)[];
  brokers: ReportBroker[];
  ledger: LedgerEntry[];
  /** People who may be one person under two keys, with reasons: suggestions to check, never merged. */
  possibleDuplicates: ReportPossibleDuplicate[];
}

export interface ReportPossibleDuplicate {
  a: Pick<ReportEntityRef, 'type' | 'key' | 'label'>;
  b: Pick<ReportEntityRef, 'type' | 'key' | 'label'>;
  reasons: string[];
  /** `reasons` as codes (catalogue `duplicates.reason`), same order, for the dossier in other languages. */
  reasonCodes?: PossibleDuplicate['reasonCodes'];
  strength: PossibleDuplicate['strength'];
}

export interface ReportContext {
  generatorVersion: string;
  generatedAt: string;
}

/**
 * Builds the report from a resolved case and its analysis. Possible duplicates are found from the model
 * unless given (tests hand in a list to check how it is reported).
 */
export function buildReport(
  model: CaseModel, analysis: AnalysisResult, ledger: readonly LedgerEntry[], context: ReportContext,
  possibleDuplicates: readonly PossibleDuplicate[] = findPossibleDuplicates(model),
): Report {
  const byId = new Map(model.entities.map((entity) => [entity.id, entity]));
  const ref = (id: string): ReportEntityRef => {
    const entity = byId.get(id);
    if (!entity) throw new Error(`report: entity ${id} is not in the case`);
    return { type: entity.type, key: entity.key, label: entity.label, ...(entity.country ? { country: entity.country } : {}) };
  };
  const clusters = analysis.clusters.map((cluster): ReportCluster => ({
    id: cluster.id,
    size: cluster.size,
    countries: cluster.countries,
    crossBorder: cluster.crossBorder,
    ...(cluster.hub ? { hub: true as const } : {}),
    membersByType: cluster.membersByType,
    members: cluster.memberIds.map((id) => withCoMembership(memberOf(byId.get(id), ref(id)), analysis.coMembership?.[id])),
    keyPlayers: cluster.keyPlayers.map(reportPlayer),
    ...(cluster.venues ? { venues: cluster.venues.map(reportPlayer) } : {}),
    ...(cluster.countryShares ? { countryShares: cluster.countryShares } : {}),
    ...(cluster.betweenness ? { betweenness: cluster.betweenness } : {}),
    moneyIn: cluster.moneyIn,
    moneyOut: cluster.moneyOut,
    moneyInternal: cluster.moneyInternal,
    ...(cluster.firstActivity ? { firstActivity: cluster.firstActivity } : {}),
    ...(cluster.lastActivity ? { lastActivity: cluster.lastActivity } : {}),
    ...(cluster.stability !== undefined ? { stability: cluster.stability } : {}),
    ...(cluster.ranking ? { ranking: cluster.ranking } : {}),
  }));
  const tally = clusterTally(clusters);
  return {
    type: 'simpul-report',
    version: REPORT_VERSION,
    generator: { name: 'simpul', version: context.generatorVersion },
    generatedAt: context.generatedAt,
    parameters: analysis.parameters,
    summary: {
      files: ledger.length,
      rows: ledger.reduce((sum, entry) => sum + entry.rows, 0),
      rejectedRows: ledger.reduce((sum, entry) => sum + entry.rejected.length, 0),
      entities: model.entities.length,
      links: model.links.length,
      clusters: tally.clusters,
      modularity: round6(analysis.modularity),
      crossBorderClusters: tally.crossBorder,
    },
    clusters,
    hubs: analysis.hubs.map((hub) => ({ ...ref(hub.id), reason: hub.reason, ...(hub.reasonCode ? { reasonCode: hub.reasonCode } : {}) })),
    ...(analysis.notHubs ? { notHubs: analysis.notHubs.map((kept) => ({ ...ref(kept.id), reason: kept.reason, ...(kept.reasonCode ? { reasonCode: kept.reasonCode } : {}) })) } : {}),
    brokers: analysis.brokers.map(({ id, score, clusters, bridges, role, roles, pValue, why, whyCode }) => ({
      ...ref(id), score, clusters, ...(bridges ? { bridges } : {}), ...(role ? { role } : {}), ...(roles ? { roles } : {}),
      ...(pValue !== undefined ? { pValue } : {}), ...(why ? { why } : {}), ...(whyCode ? { whyCode } : {}),
    })),
    ledger: [...ledger],
    possibleDuplicates: possibleDuplicates.map(({ a, b, reasons, reasonCodes, strength }) => {
      const [left, right] = [ref(a), ref(b)];
      return { a: { type: left.type, key: left.key, label: left.label }, b: { type: right.type, key: right.key, label: right.label }, reasons: [...reasons], ...(reasonCodes ? { reasonCodes: [...reasonCodes] } : {}), strength };
    }),
  };
}

function reportPlayer({ type, key, label, score, measures, why, whyCode }: KeyPlayer): ReportKeyPlayer {
  return { type, key, label, score, ...(measures ? { measures } : {}), ...(why ? { why } : {}), ...(whyCode ? { whyCode } : {}) };
}

function memberOf(entity: Entity | undefined, base: ReportEntityRef): ReportMember {
  const role = entity?.type === 'person' ? entity.attributes.role ?? entity.attributes.status : undefined;
  return role ? { ...base, role } : base;
}

function withCoMembership(member: ReportMember, share: number | undefined): ReportMember {
  return share === undefined ? member : { ...member, coMembership: share };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
