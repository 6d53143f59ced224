// The case autosaved in this browser, as the start page offers it: restore it, or wipe it.
import { useCallback, useEffect, useState } from 'react';
import { storedCaseBytes, storedCaseInfo, wipeStoredCase, type StoredCaseInfo } from '../storage/caseStore.ts';
import { forgetDrawing } from '../graph/currentDrawing.ts';
import { problemOf, type WorkbenchActions } from './useWorkbench.ts';
import type { Phase } from './workbenchState.ts';

export function useStoredCase(phase: Phase, actions: WorkbenchActions) {
  const [info, setInfo] = useState<StoredCaseInfo | undefined>(undefined);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    if (phase !== 'start') return;
    let live = true;
    storedCaseInfo().then((found) => { if (live) setInfo(found); }, (error: unknown) => { if (live) actions.showProblem(problemOf(error)); });
    return () => { live = false; };
  }, [phase, actions]);

  const restore = useCallback(async () => {
    setRestoring(true);
    try {
      const bytes = await storedCaseBytes();
      if (!bytes) {
        setInfo(undefined);
        actions.showProblem({ code: 'STORAGE', message: 'The autosaved case is no longer in this browser (it was wiped, perhaps from another tab).' });
        return;
      }
      await actions.openCase(bytes, 'The autosaved case');
    } catch (error) {
      actions.showProblem(problemOf(error));
    } finally {
      setRestoring(false);
    }
  }, [actions]);

  /** Erases everything stored and goes back to the start page. */
  const wipe = useCallback(async () => {
    try {
      await wipeStoredCase();
      forgetDrawing();
      setInfo(undefined);
      actions.reset();
    } catch (error) {
      actions.showProblem(problemOf(error));
    }
  }, [actions]);

  return { info, restoring, restore, wipe };
}
