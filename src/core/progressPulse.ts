// Progress from inside a long step: a loop says it is still going (`pulse`), whoever opened the step hears it.

/** The fraction (0–1) of the step a loop says is done; 0 when it cannot tell (a loop that repeats until stable). */
export type PulseListener = (fraction: number) => void;

/** Pulses passed on: one in this many (the listener throttles by time; this keeps a hot loop's cost to a decrement). */
const EVERY = 16;

let listener: PulseListener | undefined;
let countdown = EVERY;

/**
 * Inside a long loop of a core step: still going, `done` of `total` of the step's work done (leave them out when the
 * loop cannot tell: a sweep repeated until nothing moves). Does nothing unless a caller listens (see
 * {@link listenForPulses}), and then passes on one call in {@link EVERY}.
 * NOTE: a step of several loops says the whole step's fraction (the second loop starts where the first ended).
 */
export function pulse(done = 0, total = 1): void {
  if (listener === undefined || --countdown > 0) return;
  countdown = EVERY;
  listener(total > 0 ? Math.min(1, Math.max(0, done / total)) : 0);
}

/**
 * {@link pulse} from a loop whose every item takes a millisecond or more (a candidate's hub test, a sampled source's
 * search): always passed on (one in sixteen such items could leave the bar still for over a second).
 */
export function pulseItem(done = 0, total = 1): void {
  countdown = 1;
  pulse(done, total);
}

/**
 * Runs `step` with `onFraction` hearing the pulses of its loops (the worker moves the page's progress bar with them).
 * NOTE: one listener at a time (the core is synchronous): an inner listener replaces the outer one until it returns.
 */
export function listenForPulses<T>(onFraction: PulseListener | undefined, step: () => T): T {
  const outer = listener;
  listener = onFraction;
  countdown = 1;
  try {
    return step();
  } finally {
    listener = outer;
    countdown = 1;
  }
}
