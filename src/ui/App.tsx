// The app shell: picks the screen for the current phase and wires the header.
import { useEffect, useMemo } from 'react';
import { buildCaseIndex } from '../core/workbench/caseIndex.ts';
import { clusterTally } from '../core/workbench/clusterTally.ts';
import { lazySearchIndex } from '../core/workbench/searchIndex.ts';
import { problemOf, useWorkbench } from './state/useWorkbench.ts';
import { useStoredCase } from './state/useStoredCase.ts';
import { hasSampleCase, sampleCaseFiles } from './state/sampleCase.ts';
import { readFiles } from './format/download.ts';
import { useWords } from './i18n/I18nProvider.tsx';
import { AppHeader } from './views/AppHeader.tsx';
import { StartView } from './views/StartView.tsx';
import { ImportReview } from './views/ImportReview.tsx';
import { RunProgress } from './views/RunProgress.tsx';
import { CaseScreen } from './views/CaseScreen.tsx';
import { ProblemBanner } from './components/ProblemBanner.tsx';
import { GuidedTour } from './training/GuidedTour.tsx';
import { TrainingPicker } from './training/TrainingPicker.tsx';
import { useWorkshop } from './training/WorkshopContext.tsx';

export function App() {
  const { t } = useWords();
  const workshop = useWorkshop();
  const [state, actions] = useWorkbench();
  const stored = useStoredCase(state.phase, actions);
  const result = state.result;
  const index = useMemo(() => (result ? buildCaseIndex(result.model, result.analysis) : null), [result]);
  const search = useMemo(() => (result ? lazySearchIndex(result.model.entities) : null), [result]);
  // NOTE: the search index is built between the page's tasks as soon as the case is open, not on the first search.
  useEffect(() => {
    if (!search) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const build = () => { if (!search.prepare(24)) timer = setTimeout(build, 0); };
    timer = setTimeout(build, 0);
    return () => clearTimeout(timer);
  }, [search]);
  const addFiles = (files: File[]) => { void readFiles(files).then(actions.addFiles, (error: unknown) => actions.showProblem(problemOf(error))); };
  const openCase = (file: File) => { void file.arrayBuffer().then((buffer) => actions.openCase(new Uint8Array(buffer), file.name)); };
  const summary = result
    ? t('app.summary', { files: state.caseFiles.length, entities: result.model.entities.length, links: result.model.links.length,
      clusters: clusterTally(result.analysis.clusters).clusters })
    : state.files.length > 0 ? t('app.summaryFiles', { files: state.files.length }) : undefined;

  return (
    <div className="app">
      {state.phase === 'workbench' && index && search && result ? (
        <CaseScreen key={state.caseId} state={state} actions={actions} index={index} search={search} summary={summary ?? ''} onWipe={() => void stored.wipe()} />
      ) : (
        <>
          <AppHeader summary={summary} {...(state.phase !== 'start' ? { onNewCase: actions.reset } : {})} />
          {state.problem ? <ProblemBanner problem={state.problem} onDismiss={actions.dismissProblem} /> : null}
          {state.phase === 'start' ? (
            <StartView onFiles={addFiles} onSample={() => actions.addFiles(sampleCaseFiles())} sampleAvailable={hasSampleCase()} onOpenCase={openCase}
              stored={stored.info} restoring={stored.restoring} onRestore={() => void stored.restore()} onDiscard={() => void stored.wipe()} />
          ) : null}
          {state.phase === 'review' ? (
            <ImportReview reviews={state.reviews} fileCount={state.files.length} preparing={state.preparing > 0} mapping={state.mapping} reading={state.progress.parse} planning={state.progress.plan}
              onEdit={actions.edit} onRemove={actions.removeFile} onAddFiles={addFiles} onRun={actions.run} onCancel={actions.cancel}
              onLoadMapping={(file) => { void file.text().then((text) => actions.loadMapping(text, file.name)); }} />
          ) : null}
          {state.phase === 'running' ? <RunProgress progress={state.progress} delivery={state.delivery} onCancel={actions.cancel} title={t('app.analysing')} /> : null}
        </>
      )}
      {workshop.pickerOpen ? <TrainingPicker onOpenCase={(bundled) => { actions.reset(); actions.addFiles(bundled.files()); }} /> : null}
      {workshop.tourOpen ? <GuidedTour /> : null}
    </div>
  );
}
