// Autosave: after each change to the case (a run, a note, a hidden node, a hub correction), the case file is
// written to this browser's IndexedDB, half a second after the last change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { storeCase, storeTicket } from '../storage/caseStore.ts';
import { problemOf } from './useWorkbench.ts';
import type { Problem } from './workbenchState.ts';

const DELAY_MS = 500;

export interface AutosaveStatus {
  state: 'pending' | 'saved' | 'failed';
  /** Counts the changes seen; `savedRevision` is the last one stored. */
  revision: number;
  savedRevision: number;
  savedAt?: Date;
}

export interface AutosaveSource {
  /** Case-file bytes of the case as it is now. */
  bytes(): Promise<Uint8Array>;
  /** A short description for the start page's restore offer. */
  summary(): string;
}

/** Watches `changes`; returns the status and `flush`, which saves a pending change at once (before leaving the case). */
export function useAutosave(changes: readonly unknown[], source: AutosaveSource, onProblem: (problem: Problem) => void) {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'pending', revision: 0, savedRevision: 0 });
  const revision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failing = useRef(false);
  const latest = useRef({ source, onProblem });
  latest.current = { source, onProblem };

  const save = useCallback(async (mine: number) => {
    timer.current = undefined;
    const ticket = storeTicket();
    try {
      const bytes = await latest.current.source.bytes();
      await storeCase(bytes, { savedAt: new Date().toISOString(), size: bytes.length, summary: latest.current.source.summary() }, ticket);
      failing.current = false;
      setStatus((current) => ({ ...current, state: current.revision === mine ? 'saved' : current.state, savedRevision: mine, savedAt: new Date() }));
    } catch (error) {
      setStatus((current) => ({ ...current, state: 'failed' }));
      // NOTE: said once per run of failures; the header keeps showing "not saved" until a save succeeds.
      if (!failing.current) latest.current.onProblem(problemOf(error));
      failing.current = true;
    }
  }, []);

  useEffect(() => {
    revision.current += 1;
    const mine = revision.current;
    setStatus((current) => ({ ...current, state: 'pending', revision: mine }));
    timer.current = setTimeout(() => void save(mine), DELAY_MS);
    return () => clearTimeout(timer.current);
    // NOTE: the caller lists what counts as a change.
  }, changes);

  const flush = useCallback(async () => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    await save(revision.current);
  }, [save]);

  return { status, flush };
}
