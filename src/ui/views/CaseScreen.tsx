// The screen after a run: header with parameters, search, Export and Case menus; the workbench; autosave.
import { useCallback, useEffect } from 'react';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import type { SearchIndex } from '../../core/workbench/searchIndex.ts';
import { withHubChoice, type HubChoice } from '../../core/workbench/hubOverrides.ts';
import type { WorkbenchActions } from '../state/useWorkbench.ts';
import type { WorkbenchState } from '../state/workbenchState.ts';
import { useGraphView } from '../state/useGraphView.ts';
import { useAutosave } from '../state/useAutosave.ts';
import { useCaseFiles } from '../state/useCaseFiles.ts';
import { drawingPositions, forgetDrawing } from '../graph/currentDrawing.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { ProblemBanner } from '../components/ProblemBanner.tsx';
import { AppHeader } from './AppHeader.tsx';
import { AutosaveIndicator } from './AutosaveIndicator.tsx';
import { CaseMenu } from './CaseMenu.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { MatchHashesButton } from './MatchHashes.tsx';
import { ParameterControls } from './ParameterControls.tsx';
import { RunProgress } from './RunProgress.tsx';
import { SearchBox } from './SearchBox.tsx';
import { WorkbenchView } from './WorkbenchView.tsx';
import { TrainingPanel } from '../training/TrainingPanel.tsx';

export function CaseScreen({ state, actions, index, search, summary, onWipe }: {
  state: WorkbenchState; actions: WorkbenchActions; index: CaseIndex; search: SearchIndex; summary: string; onWipe: () => void;
}) {
  const { t, language } = useWords();
  const graph = useGraphView(index, state.restoredView);
  useEffect(() => forgetDrawing(), []);
  const overrides = state.parameters.hubOverrides;
  const correctHub = (id: string, choice: HubChoice) => actions.reanalyse({ ...state.parameters, hubOverrides: withHubChoice(overrides, id, choice) });
  const hidden = graph.view.hidden;
  const currentView = useCallback(() => ({ positions: drawingPositions(), hidden }), [hidden]);
  const files = useCaseFiles(actions, currentView);
  const autosave = useAutosave(
    [state.result, state.notes, state.parameters, hidden, graph.view.source],
    { bytes: () => actions.caseBytes(currentView()), summary: () => summary },
    actions.showProblem,
  );
  const leave = () => { void autosave.flush().then(actions.reset); };
  return (
    <>
      <AppHeader summary={summary}>
        <SearchBox index={search} onJump={graph.jumpTo} />
        <ParameterControls parameters={state.parameters} modularity={index.analysis.modularity} busy={state.running === 'reanalyse'}
          onRerun={(next) => actions.reanalyse({ ...state.parameters, ...next })} />
        <ExportMenu busy={files.busy === 'export'} onExport={(name, options) => void files.exportFile(name, { ...options, language })} onImage={(kind) => void files.exportImage(kind)} />
        <MatchHashesButton index={index} />
        <CaseMenu busy={files.busy === 'case'} onNew={leave} onSave={() => void files.saveCase()} onOpen={(file) => void files.openFile(file)} onWipe={onWipe} />
        <AutosaveIndicator status={autosave.status} />
      </AppHeader>
      {state.problem ? <ProblemBanner problem={state.problem} onDismiss={actions.dismissProblem} /> : null}
      <WorkbenchView index={index} search={search} ledger={state.result?.ledger ?? []} graph={graph} hubOverrides={overrides} onHubChoice={correctHub}
        notes={state.notes} onNotes={actions.setNotes} />
      <TrainingPanel index={index} selectedId={graph.view.selectedId} {...(graph.view.source?.clusterId !== undefined ? { openCluster: graph.view.source.clusterId } : {})} />
      {state.running === 'reanalyse' ? (
        <div className="overlay"><RunProgress progress={state.progress} delivery={state.delivery} onCancel={actions.cancel} title={t('app.rerunning')} /></div>
      ) : null}
    </>
  );
}
