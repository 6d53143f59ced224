// The workbench's case as the case file holds it, keeping only what names an entity of this case.

import type { AnalysisResult, HubOverrides } from '../analysis/types.ts';
import { louvainValues, type LouvainValues } from '../analysis/registry.ts';
import type { LedgerEntry } from '../ingest/ledger.ts';
import type { MappingFile } from '../ingest/mapping.ts';
import type { CaseModel } from '../model/types.ts';
import type { CaseData, CaseInputFile, CaseView } from '../workspace/caseFile.ts';
import type { CaseNotes } from '../workspace/notes.ts';

export interface WorkbenchCase {
  model: CaseModel;
  ledger: LedgerEntry[];
  analysis: AnalysisResult;
  mapping: MappingFile;
  files: CaseInputFile[];
  parameters: LouvainValues & { hubOverrides?: HubOverrides };
  notes: CaseNotes;
  view: CaseView;
}

/**
 * CaseData for `serializeCase`. NOTE: `openCase` refuses a file whose notes, positions, hidden list or hub
 * corrections name an entity the model lacks; anything stale is dropped here rather than saved unopenable.
 */
export function caseSnapshot(current: WorkbenchCase): CaseData {
  const ids = new Set(current.model.entities.map((entity) => entity.id));
  const known = (id: string) => ids.has(id);
  const overrides = current.parameters.hubOverrides ?? {};
  const clusterIds = new Set(current.analysis.clusters.map((cluster) => cluster.id));
  return {
    mapping: current.mapping,
    files: current.files,
    model: current.model,
    ledger: current.ledger,
    parameters: {
      ...louvainValues(current.parameters),
      hubOverrides: {
        ...(overrides.forceHub ? { forceHub: overrides.forceHub.filter(known) } : {}),
        ...(overrides.neverHub ? { neverHub: overrides.neverHub.filter(known) } : {}),
      },
    },
    analysis: current.analysis,
    view: {
      positions: Object.fromEntries(Object.entries(current.view.positions).filter(([id, point]) => known(id) && Number.isFinite(point.x) && Number.isFinite(point.y))),
      hidden: current.view.hidden.filter(known),
    },
    notes: {
      entities: Object.fromEntries(Object.entries(current.notes.entities).filter(([id]) => known(id))),
      clusters: Object.fromEntries(Object.entries(current.notes.clusters).filter(([id]) => clusterIds.has(id))),
    },
  };
}
