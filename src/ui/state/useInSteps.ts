// A computation run in steps between the page's other tasks: a generator yields after each step, the last returns.
import { useEffect, useState, type DependencyList } from 'react';

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
    const run = () => {
      if (stopped) return;
      const step = steps.next();
      if (step.done) setState({ value: step.value, pending: false });
      else timer = setTimeout(run, 0);
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
