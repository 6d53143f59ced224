// The screen after a run: header with parameters and search, the workbench, and a re-analysis overlay.
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import type { SearchIndex } from '../../core/workbench/searchIndex.ts';
import type { WorkbenchActions } from '../state/useWorkbench.ts';
import type { WorkbenchState } from '../state/workbenchState.ts';
import { useGraphView } from '../state/useGraphView.ts';
import { ProblemBanner } from '../components/ProblemBanner.tsx';
import { AppHeader } from './AppHeader.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { ParameterControls } from './ParameterControls.tsx';
import { RunProgress } from './RunProgress.tsx';
import { SearchBox } from './SearchBox.tsx';
import { WorkbenchView } from './WorkbenchView.tsx';
import { withHubChoice, type HubChoice } from '../../core/workbench/hubOverrides.ts';

export function CaseScreen({ state, actions, index, search, summary }: {
  state: WorkbenchState; actions: WorkbenchActions; index: CaseIndex; search: SearchIndex; summary: string;
}) {
  const graph = useGraphView(index);
  const overrides = state.parameters.hubOverrides;
  const correctHub = (id: string, choice: HubChoice) => actions.reanalyse({ ...state.parameters, hubOverrides: withHubChoice(overrides, id, choice) });
  return (
    <>
      <AppHeader summary={summary} onNewCase={actions.reset}>
        <SearchBox index={search} onJump={graph.jumpTo} />
        <ParameterControls parameters={state.parameters} modularity={index.analysis.modularity} busy={state.running === 'reanalyse'}
          onRerun={(next) => actions.reanalyse({ ...state.parameters, seed: next.seed, resolution: next.resolution })} />
        <ExportMenu />
      </AppHeader>
      {state.problem ? <ProblemBanner problem={state.problem} onDismiss={actions.dismissProblem} /> : null}
      <WorkbenchView index={index} search={search} ledger={state.result?.ledger ?? []} graph={graph} hubOverrides={overrides} onHubChoice={correctHub} />
      {state.running === 'reanalyse' ? (
        <div className="overlay"><RunProgress progress={state.progress} onCancel={actions.cancel} title="Re-running the analysis" /></div>
      ) : null}
    </>
  );
}
