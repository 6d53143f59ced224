// Key players, brokers and cross-border flags scored against the answer keys of generated cases of many shapes.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCase } from '../sample-data/generate.ts';
import type { AnswerKey } from '../sample-data/generator/answer-key.ts';
import { BROKER_KINDS, type BrokerKind } from '../sample-data/generator/shape.ts';
import { readInputs } from '../src/cli/readInputs.ts';
import { entityId } from '../src/core/model/types.ts';
import { runPipeline } from '../src/core/pipeline.ts';
import type { AnalysisResult } from '../src/core/analysis/types.ts';

/** One generated case: its shape and the generator's seed. */
export interface CaseSpec {
  seed: number;
  crews: number;
  crossCrewShare: number;
  domestic: number;
  brokers: BrokerKind[];
}

/** What one case scored. Counts, so that many cases add up. */
export interface CaseFigures {
  spec: CaseSpec;
  plantedBrokers: number;
  plantedInTopTen: number;
  /** Planted brokers missed: "kind person-id (rank or —)". */
  missed: string[];
  /** Places, victims or victim-only identifiers in a top ten (brokers) or top five (key players). */
  forbiddenInTopLists: string[];
  syndicates: number;
  bossInTopThree: number;
  placeFirst: number;
  crossBorderRight: number;
  crossBorderWrong: string[];
}

/**
 * A spread of shapes: 6–20 syndicates, cross-crew share 0.1–0.5, 1–3 domestic, two or three planted
 * brokers of mixed kinds, generator seeds from `firstSeed` on. Same arguments, same list.
 */
export function caseSpecs(count: number, firstSeed = 101): CaseSpec[] {
  return Array.from({ length: count }, (_unused, i) => {
    const crews = 6 + ((i * 7) % 15);
    const kinds = BROKER_KINDS.length;
    return {
      seed: firstSeed + i,
      crews,
      crossCrewShare: Math.round((0.1 + ((i * 4) % 9) * 0.05) * 100) / 100,
      domestic: 1 + (i % 3),
      brokers: Array.from({ length: 2 + (i % 2) }, (_b, j) => BROKER_KINDS[(i + j) % kinds] as BrokerKind),
    };
  });
}

/** Generates, analyses and scores one case; the case's files live in a temporary folder meanwhile. */
export async function scoreCase(spec: CaseSpec, options: { callsPerCrew?: number; transfersPerCrew?: number } = {}): Promise<CaseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'simpul-players-'));
  try {
    const { answerKey } = await generateCase({
      out: dir, seed: spec.seed, crews: spec.crews,
      calls: spec.crews * (options.callsPerCrew ?? 500), transfers: spec.crews * (options.transfersPerCrew ?? 120),
      shape: { domestic: spec.domestic, crossCrewShare: spec.crossCrewShare, brokers: spec.brokers },
    });
    const { analysis } = runPipeline(readInputs([dir]), { strict: true, seed: 42 });
    return { spec, ...score(answerKey, analysis) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scores an analysis against an answer key. */
export function score(answer: AnswerKey, analysis: AnalysisResult): Omit<CaseFigures, 'spec'> {
  const roleOf = new Map<string, string>();
  const syndicateOf = new Map<string, string>();
  for (const syndicate of answer.syndicates) {
    for (const member of syndicate.members) {
      const id = entityId(member.type, member.key);
      syndicateOf.set(id, syndicate.id);
      if (member.role) roleOf.set(id, member.role);
    }
  }
  const brokerIds = analysis.brokers.map((broker) => broker.id);
  const planted = answer.brokers.filter((broker) => broker.type === 'person');
  const missed = planted
    .map((broker) => ({ broker, rank: brokerIds.indexOf(entityId('person', broker.key)) }))
    .filter(({ rank }) => rank < 0 || rank >= 10)
    .map(({ broker, rank }) => `${broker.kind ?? 'training'} ${broker.key} (${rank < 0 ? '—' : `#${rank + 1}`})`);

  const forbidden = (id: string) => id.startsWith('location:') || roleOf.get(id) === 'victim';
  const forbiddenInTopLists = [
    ...brokerIds.slice(0, 10).filter(forbidden).map((id) => `broker ${id}`),
    ...analysis.clusters.flatMap((cluster) => cluster.keyPlayers.filter((player) => forbidden(player.id)).map((player) => `key player ${player.id} in ${cluster.id}`)),
  ];

  let bossInTopThree = 0;
  let placeFirst = 0;
  let crossBorderRight = 0;
  const crossBorderWrong: string[] = [];
  const clusters = new Map(analysis.clusters.map((cluster) => [cluster.id, cluster]));
  for (const syndicate of answer.syndicates) {
    const boss = syndicate.members.find((member) => member.role === 'boss');
    const bossId = boss ? entityId(boss.type, boss.key) : undefined;
    const home = bossId ? clusters.get(analysis.clusterOf[bossId] ?? '') : undefined;
    if (home && home.keyPlayers.slice(0, 3).some((player) => player.id === bossId)) bossInTopThree += 1;
    // The cluster holding most of the syndicate's people, phones and accounts.
    const votes = new Map<string, number>();
    for (const member of syndicate.members) {
      if (member.type === 'location') continue;
      const cluster = analysis.clusterOf[entityId(member.type, member.key)];
      if (cluster) votes.set(cluster, (votes.get(cluster) ?? 0) + 1);
    }
    const main = clusters.get([...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '');
    if (main?.keyPlayers[0]?.type === 'location') placeFirst += 1;
    if (main && main.crossBorder === syndicate.crossBorder) crossBorderRight += 1;
    else crossBorderWrong.push(`${syndicate.id} (${syndicate.crossBorder ? 'cross-border' : 'domestic'}) → ${main?.id ?? '?'} ${JSON.stringify(main?.countryShares?.map((s) => [s.country, s.actors]))}`);
  }
  return {
    plantedBrokers: planted.length, plantedInTopTen: planted.length - missed.length, missed, forbiddenInTopLists,
    syndicates: answer.syndicates.length, bossInTopThree, placeFirst, crossBorderRight, crossBorderWrong,
  };
}

/** Sums of many cases, with the shares the issue asks about. */
export function summarise(figures: readonly CaseFigures[]) {
  const sum = (pick: (f: CaseFigures) => number) => figures.reduce((total, f) => total + pick(f), 0);
  const casesAllPlantedInTopTen = figures.filter((f) => f.plantedInTopTen === f.plantedBrokers).length;
  const syndicates = sum((f) => f.syndicates);
  return {
    cases: figures.length,
    plantedBrokers: sum((f) => f.plantedBrokers),
    plantedInTopTen: sum((f) => f.plantedInTopTen),
    casesAllPlantedInTopTen,
    shareCasesAllPlantedInTopTen: casesAllPlantedInTopTen / Math.max(1, figures.length),
    forbiddenInTopLists: sum((f) => f.forbiddenInTopLists.length),
    syndicates,
    bossInTopThree: sum((f) => f.bossInTopThree),
    shareBossInTopThree: sum((f) => f.bossInTopThree) / Math.max(1, syndicates),
    placeFirst: sum((f) => f.placeFirst),
    crossBorderRight: sum((f) => f.crossBorderRight),
    shareCrossBorderRight: sum((f) => f.crossBorderRight) / Math.max(1, syndicates),
  };
}

/** The figures in a few lines, for the test log and the bench. */
export function describe(figures: readonly CaseFigures[]): string {
  const s = summarise(figures);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    `${s.cases} generated cases (6–20 syndicates, cross-crew share 0.1–0.5, 1–3 domestic, 2–3 planted brokers):`,
    `  planted brokers in the top ten: ${s.plantedInTopTen} of ${s.plantedBrokers}; every planted broker of the case in the top ten in ${s.casesAllPlantedInTopTen} of ${s.cases} cases (${pct(s.shareCasesAllPlantedInTopTen)})`,
    `  places or victims in a top list: ${s.forbiddenInTopLists}`,
    `  boss among the top three key players: ${s.bossInTopThree} of ${s.syndicates} syndicates (${pct(s.shareBossInTopThree)})`,
    `  a place as #1 key player: ${s.placeFirst}`,
    `  cross-border flag right: ${s.crossBorderRight} of ${s.syndicates} syndicates (${pct(s.shareCrossBorderRight)})`,
    ...figures.flatMap((f) => [...f.missed.map((m) => `  missed in seed ${f.spec.seed}: ${m}`), ...f.crossBorderWrong.map((w) => `  cross-border wrong in seed ${f.spec.seed}: ${w}`)]),
  ].join('\n');
}
