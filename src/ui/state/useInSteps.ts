// A computation run in steps between the page's other tasks: a generator yields after each step, the last returns.
import { useEffect, useState, type DependencyList } from 'react';

/** Steps run back to back in one task up to this long (ms), well under the 50 ms a task may take before it is long. */
const TASK_BUDGET_MS = 24;

/**
 * The value `make()`'s generator returns, computed a step per task (the page paints and answers input between
 * steps); `undefined` until the first result. Whenever `deps` change, a run still going is dropped and a new one
 * starts; the last finished value stays shown (with `pending` true) until the new one is ready.
 */
export function useInSteps<T>(make: () => Generator<undefined, T>, deps: DependencyList): { value: T | undefined; pending: boolean } {
  const [state, setState] = useState<{ value: T | undefined; pending: boolean }>({ value: undefined, pending: true });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const steps = make();
    setState((current) => (current.pending ? current : { ...current, pending: true }));
    // NOTE: steps are small (a few ms on a slow machine); a task runs as many as fit in its budget, then lets the page breathe.
    const run = () => {
      if (stopped) return;
      const until = performance.now() + TASK_BUDGET_MS;
      for (;;) {
        const step = steps.next();
        if (step.done) {
          setState({ value: step.value, pending: false });
          return;
        }
        if (performance.now() >= until) break;
      }
      timer = setTimeout(run, 0);
    };
    timer = setTimeout(run, 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // NOTE: the caller lists what the computation depends on, as for useMemo.
  }, deps);
  return state;
}
