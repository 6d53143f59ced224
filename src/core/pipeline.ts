// The whole flow, files to findings, with progress: the CLI and the browser worker both call this.

import { compareIds } from './model/order.ts';
import { analyzeCase } from './analysis/analyzeCase.ts';
import { louvainValues, type LouvainValues } from './analysis/registry.ts';
import type { AnalysisResult, HubOverrides } from './analysis/types.ts';
import { importFile, unreadFileEntry } from './ingest/importFile.ts';
import { addRoleConflictsToLedger } from './resolve/roleConflicts.ts';
import type { LedgerEntry } from './ingest/ledger.ts';
import { detectedMapping, fileReading, type FileReading } from './ingest/detectedMapping.ts';
import type { MappingFile } from './ingest/mapping.ts';
import { prepareCase, type InputFile, type PrepareOptions, type PreparedFile } from './ingest/prepareFile.ts';
import { SimpulError } from './model/errors.ts';
import { TableRows } from './ingest/tableRows.ts';
import { forgetPhoneReadings } from './normalize/phone.ts';
import type { CaseModel } from './model/types.ts';
import { CaseBuilder } from './resolve/caseBuilder.ts';
import { fingerprintsOf, withFingerprints } from './report/fingerprints.ts';
import { listenForPulses } from './progressPulse.ts';
import type { ExternalCommunities } from './share/externalCommunities.ts';

export type PipelineStage = 'read' | 'parse' | 'plan' | 'normalise' | 'resolve' | 'cluster' | 'stability' | 'profile';
export const PIPELINE_STAGES: readonly PipelineStage[] = ['read', 'parse', 'plan', 'normalise', 'resolve', 'cluster', 'stability', 'profile'];

export interface PipelineProgress {
  stage: PipelineStage;
  done: number;
  total: number;
  /** What is being worked on, e.g. the file name. */
  detail?: string;
  /** Parse and plan: this file's step was kept from an earlier preparation (the review), not done again. */
  kept?: boolean;
}

/** Analysis parameters as given; checked and defaulted by the registry (`louvainValues`), their only owner. */
export interface PipelineOptions extends PrepareOptions, Partial<LouvainValues> {
  hubOverrides?: HubOverrides;
  /** Clusters read from a file (Neo4j GDS communityId) instead of computed. */
  communities?: ExternalCommunities;
  /** Stop at the first file that cannot be read (the CLI); otherwise record it in the ledger and go on (the browser). */
  strict?: boolean;
  onProgress?: (progress: PipelineProgress) => void;
  /** buildCase: drop each file's rows once it is imported, and each link draft once its link is made (runPipeline does; the files' plans stay). */
  releaseRows?: boolean;
  /** Polled between steps; true stops the run with a CANCELLED error. */
  isCancelled?: () => boolean;
}

export interface PipelineResult {
  model: CaseModel;
  ledger: LedgerEntry[];
  analysis: AnalysisResult;
  /** The mapping as used: stated choices plus what was detected, ready to save and reuse. */
  mapping: MappingFile;
  /** How each readable file was read: kind, confidence, what to check (for the CLI summary). */
  readings: FileReading[];
}

/** Prepares every file (the read and parse stages); unreadable files land in the ledger unless strict. */
export function prepareFiles(inputs: readonly InputFile[], options: PipelineOptions = {}): { prepared: PreparedFile[]; failed: LedgerEntry[] } {
  const prepared: PreparedFile[] = [];
  const failed: LedgerEntry[] = [];
  const outcomes = prepareCase(inputs, options, ({ step, done, total, file, kept }) => {
    checkCancelled(options);
    options.onProgress?.({ stage: step, done, total, detail: file, ...(kept ? { kept } : {}) });
  });
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.ok) prepared.push(outcome.prepared);
    else if (options.strict) throw outcome.error;
    else failed.push(unreadFileEntry(outcome.name, outcome.error, outcome.table, inputs[index]?.bytes));
  }
  options.onProgress?.({ stage: 'plan', done: inputs.length, total: inputs.length });
  // NOTE: plan inference tried each sampled number under every plan; the import needs one or two of them.
  forgetPhoneReadings();
  return { prepared, failed };
}

/** Imports prepared files into one resolved case (the normalise and resolve stages). */
export function buildCase(prepared: readonly PreparedFile[], options: PipelineOptions = {}): { model: CaseModel; ledger: LedgerEntry[] } {
  const builder = new CaseBuilder();
  const totalRows = prepared.reduce((sum, file) => sum + file.table.rows.length, 0);
  let doneBefore = 0;
  const ledger = prepared.map((file) => {
    const entry = importFile(file, builder, (done) => {
      checkCancelled(options);
      options.onProgress?.({ stage: 'normalise', done: doneBefore + done, total: totalRows, detail: file.table.file });
    });
    doneBefore += file.table.rows.length;
    if (options.releaseRows) releaseRows(file);
    return entry;
  });
  const steps = options.onProgress && stepsWithPulses(options.onProgress);
  steps?.report({ stage: 'resolve', done: 0, total: 1 });
  const model = listenForPulses(steps?.pulse, () => builder.build({ release: options.releaseRows }));
  addRoleConflictsToLedger(ledger, builder.roleConflicts());
  forgetPhoneReadings();
  options.onProgress?.({ stage: 'resolve', done: 1, total: 1 });
  return { model, ledger };
}

/** Runs everything: read, parse, normalise, resolve, cluster, profile. */
export function runPipeline(inputs: readonly InputFile[], options: PipelineOptions = {}): PipelineResult {
  // NOTE: the files' fingerprints are taken as they are read, the bar moving: taken after the analysis, they were seconds
  // of a national case with every bar full.
  const fingerprints = fingerprintsOf(inputs, (done, total) => options.onProgress?.({ stage: 'read', done, total }));
  options.onProgress?.({ stage: 'read', done: inputs.length, total: inputs.length });
  const { prepared, failed } = prepareFiles(inputs, options);
  const { model, ledger } = buildCase(prepared, { ...options, releaseRows: true });
  const analysis = analyseModel(model, options);
  return {
    model, ledger: withFingerprints([...ledger, ...failed].sort((a, b) => compareIds(a.file, b.file)), fingerprints), analysis, mapping: detectedMapping(prepared),
    readings: prepared.map(fileReading),
  };
}

/** The cluster and profile stages on a resolved case (also used when a case is reopened with new parameters). */
export function analyseModel(model: CaseModel, options: PipelineOptions = {}): AnalysisResult {
  checkCancelled(options);
  const values = louvainValues({ seed: options.seed, resolution: options.resolution, stabilityRuns: options.stabilityRuns, from: options.from, to: options.to });
  const steps = options.onProgress && stepsWithPulses(options.onProgress);
  return listenForPulses(steps?.pulse, () => analyzeCase(
    model,
    { ...values, ...(options.hubOverrides ? { hubOverrides: options.hubOverrides } : {}), ...(options.communities ? { communities: options.communities } : {}) },
    (stage, done, total) => {
      checkCancelled(options);
      steps?.report({ stage, done, total });
    },
  ));
}

/** A pulse moves the bar at most this often (ms). */
const PULSE_MS = 100;
/** Share of what is left of the step a pulse moves the bar when its loop cannot say how far it is. */
const CREEP = 0.04;

/**
 * Progress of a stage counted in steps, moved inside a step by the pulses of its loops (see progressPulse): from step
 * `done` towards the next whole step, by the fraction a loop says or, when it says less, a little of what is left
 * (the bar must move, and never goes back within a stage).
 * NOTE: a step of the analysis (the case graph, the hub test, centrality…) takes seconds on a national case; without
 * the pulses the page's bar stood still through it.
 */
export function stepsWithPulses(onProgress: (progress: PipelineProgress) => void) {
  let last: PipelineProgress | undefined;
  let shown = 0;
  let shownAt = 0;
  let within = 0;
  const show = (progress: PipelineProgress) => {
    if (progress.stage !== last?.stage) shown = -Infinity;
    if (progress.done < shown) return;
    shown = progress.done;
    shownAt = performance.now();
    onProgress(progress);
  };
  return {
    report(progress: PipelineProgress) {
      show(progress);
      last = progress;
      within = 0;
    },
    pulse(fraction: number) {
      if (!last || last.done >= last.total || performance.now() - shownAt < PULSE_MS) return;
      within = Math.max(fraction, within + (1 - within) * CREEP);
      const next = Math.min(last.total, Math.floor(last.done) + 1);
      show({ ...last, done: last.done + within * (next - last.done) });
    },
  };
}

/**
 * NOTE: a national case's cells weigh more than the case made of them: once a file is imported its rows
 * go (the plan, headers and ledger stay), so the whole case is never held twice.
 */
function releaseRows(file: PreparedFile): void {
  file.table.rows = TableRows.EMPTY;
  file.table.lines = [];
  file.table.endLines = [];
}

function checkCancelled(options: PipelineOptions): void {
  if (options.isCancelled?.()) throw new SimpulError('CANCELLED', 'The analysis was cancelled.');
}
